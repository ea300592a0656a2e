package org.datadeed.marketplace.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.datadeed.api.marketplace.model.Licence;
import org.datadeed.api.marketplace.model.LicencePage;
import org.datadeed.api.marketplace.model.LicenceStatus;
import org.datadeed.api.marketplace.model.LicenceUsage;
import org.datadeed.api.marketplace.model.LicenceUsageAlertsInner;
import org.datadeed.marketplace.web.ApiModels;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads licences as the caller may see them: an enterprise its own, an operator those of its products, a regulator
 * all. Anything else is 404, as if it did not exist.
 */
@Service
public class LicenceQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LicenceQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The parties of a licence, for authorisation and ingest. */
    public record Parties(UUID licenceId, String licensee, String operator, String status, String jws) {
    }

    public Optional<Parties> parties(UUID licenceId) {
        return jdbc.sql("SELECT licence_id, licensee_organisation, operator_organisation, status, jws FROM licence_view WHERE licence_id = :id")
                .param("id", licenceId)
                .query((rs, n) -> new Parties(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .optional();
    }

    public Parties visibleParties(UUID licenceId, Caller caller) {
        return parties(licenceId).filter(p -> sees(caller, p)).orElseThrow(() -> new NotFound("No licence " + licenceId));
    }

    private static boolean sees(Caller caller, Parties parties) {
        return caller.has(Role.REGULATOR)
                || (caller.has(Role.ENTERPRISE) && caller.organisation().equals(parties.licensee()))
                || (caller.has(Role.OPERATOR) && caller.organisation().equals(parties.operator()));
    }

    public Licence get(UUID licenceId, Caller caller) {
        return jdbc.sql("SELECT licensee_organisation, operator_organisation, status, document FROM licence_view WHERE licence_id = :id")
                .param("id", licenceId)
                .query((rs, n) -> new Visible(sees(caller, new Parties(licenceId, rs.getString(1), rs.getString(2),
                        rs.getString(3), null)), rs.getString(4)))
                .optional()
                .filter(Visible::visible)
                .map(row -> json.readValue(row.document(), Licence.class))
                .orElseThrow(() -> new NotFound("No licence " + licenceId));
    }

    private record Visible(boolean visible, String document) {
    }

    public LicencePage search(Caller caller, LicenceStatus status, UUID productId, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        if (!caller.has(Role.REGULATOR)) {
            where.append(" AND (FALSE");
            if (caller.has(Role.ENTERPRISE)) {
                where.append(" OR licensee_organisation = :org");
            }
            if (caller.has(Role.OPERATOR)) {
                where.append(" OR operator_organisation = :org");
            }
            where.append(")");
            params.put("org", caller.organisation());
        }
        if (status != null) {
            where.append(" AND status = :status");
            params.put("status", status.getValue());
        }
        if (productId != null) {
            where.append(" AND product_id = :product");
            params.put("product", productId);
        }
        long total = jdbc.sql("SELECT count(*) FROM licence_view" + where).params(params).query(Long.class).single();
        List<Licence> items = jdbc.sql("SELECT document FROM licence_view" + where
                        + " ORDER BY created_at DESC, licence_id LIMIT :size OFFSET :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> json.readValue(rs.getString(1), Licence.class)).list();
        return new LicencePage().items(new ArrayList<>(items)).page(page).size(size).totalItems(total);
    }

    /** The usage of the licence's latest metering month, against its limits, with every alert raised. */
    public LicenceUsage usage(UUID licenceId, Caller caller) {
        Licence licence = get(licenceId, caller);
        LicenceUsage usage = jdbc.sql("""
                        SELECT period, calls, bytes, records FROM usage_counter WHERE licence_id = :id
                        ORDER BY period DESC LIMIT 1""")
                .param("id", licenceId)
                .query((rs, n) -> new LicenceUsage().licenceId(licenceId).period(rs.getString(1)).calls(rs.getLong(2))
                        .gigabytes(rs.getLong(3) / 1e9).thousandRecords(rs.getLong(4) / 1000))
                .optional()
                .orElse(new LicenceUsage().licenceId(licenceId).calls(0L).gigabytes(0.0).thousandRecords(0L));
        usage.setAlerts(new ArrayList<>(jdbc.sql("""
                        SELECT raised_at, kind, measure, detail FROM usage_alert WHERE licence_id = :id
                        ORDER BY alert_id""")
                .param("id", licenceId)
                .query((rs, n) -> new LicenceUsageAlertsInner()
                        .raisedAt(ApiModels.utc(rs.getTimestamp(1).toInstant()))
                        .kind(LicenceUsageAlertsInner.KindEnum.fromValue(rs.getString(2)))
                        .detail(rs.getString(3) + " " + rs.getString(4)))
                .list()));
        limits(licenceId).ifPresent(limits -> usage.maxCallsPerMonth(limits.maxCallsPerMonth()).maxGbPerMonth(limits.maxGbPerMonth()));
        return usage;
    }

    private Optional<org.datadeed.marketplace.messages.LicenceLimits> limits(UUID licenceId) {
        return jdbc.sql("SELECT limits FROM licence_view WHERE licence_id = :id AND limits IS NOT NULL").param("id", licenceId)
                .query((rs, n) -> json.readValue(rs.getString(1), org.datadeed.marketplace.messages.LicenceLimits.class))
                .optional();
    }
}
