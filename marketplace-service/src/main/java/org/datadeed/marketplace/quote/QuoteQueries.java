package org.datadeed.marketplace.quote;

import java.util.Optional;
import java.util.UUID;

import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads recorded quotes: the requester's own, the product operator's and, for regulators, all. */
@Service
public class QuoteQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuoteQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<QuoteIssuedEvent> find(UUID quoteId) {
        return jdbc.sql("SELECT event FROM quote_view WHERE quote_id = :id").param("id", quoteId)
                .query((rs, n) -> json.readValue(rs.getString(1), QuoteIssuedEvent.class)).optional();
    }

    /** A quote the caller may see, and the licence that used it (one query, on the application's path). */
    public record Visible(QuoteIssuedEvent quote, UUID usedBy) {
    }

    public Visible visibleWithUse(UUID quoteId, Caller caller) {
        return jdbc.sql("""
                        SELECT q.event, u.licence_id FROM quote_view q LEFT JOIN quote_use u ON u.quote_id = q.quote_id
                        WHERE q.quote_id = :id""")
                .param("id", quoteId)
                .query((rs, n) -> new Visible(json.readValue(rs.getString(1), QuoteIssuedEvent.class), rs.getObject(2, UUID.class)))
                .optional()
                .filter(v -> sees(caller, v.quote()))
                .orElseThrow(() -> new NotFound("No quote " + quoteId));
    }

    private static boolean sees(Caller caller, QuoteIssuedEvent q) {
        return caller.organisation().equals(q.requesterOrganisation())
                || (caller.has(Role.OPERATOR) && caller.organisation().equals(q.operatorOrganisation()))
                || caller.has(Role.REGULATOR);
    }

    public QuoteIssuedEvent visible(UUID quoteId, Caller caller) {
        return find(quoteId).filter(q -> sees(caller, q)).orElseThrow(() -> new NotFound("No quote " + quoteId));
    }

}
