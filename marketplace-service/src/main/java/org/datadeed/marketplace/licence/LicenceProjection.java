package org.datadeed.marketplace.licence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.api.marketplace.model.CheckResult;
import org.datadeed.api.marketplace.model.Licence;
import org.datadeed.api.marketplace.model.LicenceHistoryInner;
import org.datadeed.api.marketplace.model.LicenceStatus;
import org.datadeed.api.marketplace.model.UseCategory;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.CheckOutcome;
import org.datadeed.marketplace.messages.LicenceAppliedEvent;
import org.datadeed.marketplace.messages.LicenceChecksCompletedEvent;
import org.datadeed.marketplace.messages.LicenceExpiredEvent;
import org.datadeed.marketplace.messages.LicenceGrantedEvent;
import org.datadeed.marketplace.messages.LicenceRejectedEvent;
import org.datadeed.marketplace.messages.LicenceRenewalRejectedEvent;
import org.datadeed.marketplace.messages.LicenceRenewalRequestedEvent;
import org.datadeed.marketplace.messages.LicenceRenewedEvent;
import org.datadeed.marketplace.messages.LicenceResumedEvent;
import org.datadeed.marketplace.messages.LicenceRevokedEvent;
import org.datadeed.marketplace.messages.LicenceSuspendedEvent;
import org.datadeed.marketplace.messages.LicenceTerminatedEvent;
import org.datadeed.marketplace.messages.UsageAlertRaisedEvent;
import org.datadeed.marketplace.messages.UsageRecordedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps {@code licence_view} (the API's licence document with its history), the quotes' single use, the revenue a
 * grant or renewal recognises, and the usage counters and alerts. Subscribing: it runs in the transaction that
 * stores the events, so a second application on the same quote fails with them.
 */
@Component
@ProcessingGroup("market-projection")
class LicenceProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MarketplacePolicy policy;

    LicenceProjection(JdbcClient jdbc, JsonMapper json, MarketplacePolicy policy) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
    }

    @EventHandler
    void on(LicenceAppliedEvent event) {
        Licence licence = new Licence()
                .licenceId(event.licenceId())
                .productId(event.product().productId())
                .productName(event.product().productName())
                .licenseeOrganisation(event.requester().organisation())
                .operatorOrganisation(event.product().operatorOrganisation())
                .status(LicenceStatus.APPLIED)
                .useCategory(UseCategory.fromValue(event.quote().useCategory()))
                .scenario(event.scenario())
                .purpose(event.purpose())
                .quoteId(event.quote().quoteId())
                .price(event.quote().total())
                .checks(new ArrayList<>())
                .history(new ArrayList<>())
                .createdAt(event.at().atOffset(ZoneOffset.UTC))
                .updatedAt(event.at().atOffset(ZoneOffset.UTC));
        history(licence, "APPLIED", event.by(), "scenario: " + event.scenario() + "; purpose: " + event.purpose(), event.at());
        jdbc.sql("""
                        INSERT INTO licence_view (licence_id, product_id, licensee_organisation, operator_organisation,
                            status, created_at, updated_at, pending_quote_id, document)
                        VALUES (:id, :product, :licensee, :operator, 'APPLIED', :at, :at, :quote, CAST(:document AS JSONB))""")
                .param("quote", event.quote().quoteId())
                .param("id", event.licenceId())
                .param("product", event.product().productId())
                .param("licensee", event.requester().organisation())
                .param("operator", event.product().operatorOrganisation())
                .param("at", Timestamp.from(event.at()))
                .param("document", json.writeValueAsString(licence))
                .update();
    }

    @EventHandler
    void on(LicenceChecksCompletedEvent event) {
        if (event.passed()) {
            jdbc.sql("""
                            INSERT INTO quote_use (quote_id, licence_id)
                            SELECT pending_quote_id, licence_id FROM licence_view WHERE licence_id = :licence""")
                    .param("licence", event.licenceId()).update();
        }
        change(event.licenceId(), event.at(), licence -> {
            licence.setChecks(new ArrayList<>(event.checks().stream().map(LicenceProjection::check).toList()));
            if (licence.getStatus() == LicenceStatus.APPLIED) {
                licence.setStatus(!event.passed() ? LicenceStatus.CHECKS_FAILED
                        : event.manualApprovalReasons().isEmpty() ? LicenceStatus.APPLIED : LicenceStatus.AWAITING_APPROVAL);
            }
            String failed = String.join("; ", event.checks().stream().filter(c -> !c.passed())
                    .map(c -> c.check() + ": " + c.detail()).toList());
            history(licence, event.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED", Actor.SYSTEM,
                    event.passed() ? String.join("; ", event.manualApprovalReasons()) : failed, event.at());
        });
    }

    private static CheckResult check(CheckOutcome outcome) {
        return new CheckResult().check(CheckResult.CheckEnum.fromValue(outcome.check())).passed(outcome.passed())
                .detail(outcome.detail());
    }

    @EventHandler
    void on(LicenceGrantedEvent event) {
        change(event.licenceId(), event.at(), licence -> {
            licence.status(LicenceStatus.ACTIVE).validFrom(event.validFrom()).validUntil(event.validUntil())
                    .documentSha256(event.documentSha256());
            history(licence, event.automatic() ? "GRANTED_AUTOMATICALLY" : "APPROVED", event.by(), event.reason(), event.at());
            recogniseRevenue(licence, "grant", event.at());
        });
        jdbc.sql("UPDATE licence_view SET jws = :jws, limits = CAST(:limits AS JSONB) WHERE licence_id = :id")
                .param("jws", event.jws()).param("limits", json.writeValueAsString(event.limits()))
                .param("id", event.licenceId()).update();
    }

    private void recogniseRevenue(Licence licence, String what, Instant at) {
        jdbc.sql("""
                        INSERT INTO revenue_entry (entry_id, organisation, product_id, recognised_on, amount, reference)
                        VALUES (:id, :organisation, :product, :on, CAST(:amount AS NUMERIC), :reference)""")
                .param("id", licence.getLicenceId() + "/" + licence.getQuoteId())
                .param("organisation", licence.getOperatorOrganisation())
                .param("product", licence.getProductId())
                .param("on", policy.today(at))
                .param("amount", licence.getPrice())
                .param("reference", "licence " + licence.getLicenceId() + " " + what + " on quote " + licence.getQuoteId())
                .update();
    }

    @EventHandler
    void on(LicenceRejectedEvent event) {
        transition(event.licenceId(), LicenceStatus.REJECTED, "REJECTED", event.by(), event.reason(), event.at());
    }

    @EventHandler
    void on(LicenceSuspendedEvent event) {
        transition(event.licenceId(), LicenceStatus.SUSPENDED, "SUSPENDED_" + event.cause(), event.by(), event.reason(), event.at());
    }

    @EventHandler
    void on(LicenceResumedEvent event) {
        transition(event.licenceId(), LicenceStatus.ACTIVE, "RESUMED", event.by(), event.reason(), event.at());
    }

    @EventHandler
    void on(LicenceRevokedEvent event) {
        transition(event.licenceId(), LicenceStatus.REVOKED, "REVOKED", event.by(), event.reason(), event.at());
    }

    @EventHandler
    void on(LicenceTerminatedEvent event) {
        transition(event.licenceId(), LicenceStatus.TERMINATED, "TERMINATED", event.by(), event.reason(), event.at());
    }

    @EventHandler
    void on(LicenceExpiredEvent event) {
        transition(event.licenceId(), LicenceStatus.EXPIRED, "EXPIRED", event.by(), "term ended " + event.validUntil(), event.at());
    }

    @EventHandler
    void on(LicenceRenewalRequestedEvent event) {
        jdbc.sql("UPDATE licence_view SET pending_quote_id = :quote WHERE licence_id = :id")
                .param("quote", event.quote().quoteId()).param("id", event.licenceId()).update();
        change(event.licenceId(), event.at(), licence -> history(licence, "RENEWAL_REQUESTED", event.by(),
                event.reason() + " (quote " + event.quote().quoteId() + ", " + event.quote().total() + " CNY)", event.at()));
    }

    @EventHandler
    void on(LicenceRenewedEvent event) {
        change(event.licenceId(), event.at(), licence -> {
            licence.validUntil(event.validUntil()).quoteId(event.quoteId()).price(event.price())
                    .documentSha256(event.documentSha256());
            history(licence, event.automatic() ? "RENEWED_AUTOMATICALLY" : "RENEWAL_APPROVED", event.by(), event.reason(), event.at());
            recogniseRevenue(licence, "renewal", event.at());
        });
        jdbc.sql("UPDATE licence_view SET jws = :jws WHERE licence_id = :id")
                .param("jws", event.jws()).param("id", event.licenceId()).update();
    }

    @EventHandler
    void on(LicenceRenewalRejectedEvent event) {
        change(event.licenceId(), event.at(), licence -> history(licence, "RENEWAL_REJECTED", event.by(), event.reason(), event.at()));
    }

    @EventHandler
    void on(UsageRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO usage_counter (licence_id, period, calls, bytes, records)
                        VALUES (:id, :period, :calls, :bytes, :records)
                        ON CONFLICT (licence_id, period) DO UPDATE SET calls = EXCLUDED.calls, bytes = EXCLUDED.bytes,
                            records = EXCLUDED.records""")
                .param("id", event.licenceId())
                .param("period", event.period())
                .param("calls", event.totalCalls())
                .param("bytes", event.totalBytes())
                .param("records", event.totalDataRecords())
                .update();
    }

    @EventHandler
    void on(UsageAlertRaisedEvent event) {
        jdbc.sql("""
                        INSERT INTO usage_alert (licence_id, raised_at, kind, measure, period, detail)
                        VALUES (:id, :at, :kind, :measure, :period, :detail)""")
                .param("id", event.licenceId())
                .param("at", Timestamp.from(event.at()))
                .param("kind", event.kind())
                .param("measure", event.measure())
                .param("period", event.period())
                .param("detail", event.detail())
                .update();
        change(event.licenceId(), event.at(), licence -> history(licence, event.kind(), Actor.SYSTEM, event.detail(), event.at()));
    }

    private void transition(UUID licenceId, LicenceStatus status, String type, Actor by, String reason, Instant at) {
        change(licenceId, at, licence -> {
            licence.setStatus(status);
            history(licence, type, by, reason, at);
        });
    }

    private static void history(Licence licence, String type, Actor by, String reason, Instant at) {
        licence.addHistoryItem(new LicenceHistoryInner().occurredAt(at.atOffset(ZoneOffset.UTC)).type(type)
                .actor(by.subject() + "@" + by.organisation() + " (" + by.role() + ")").reason(reason));
    }

    private void change(UUID licenceId, Instant at, Consumer<Licence> change) {
        Licence licence = jdbc.sql("SELECT document FROM licence_view WHERE licence_id = :id").param("id", licenceId)
                .query((rs, n) -> json.readValue(rs.getString(1), Licence.class)).single();
        change.accept(licence);
        licence.setUpdatedAt(at.atOffset(ZoneOffset.UTC));
        jdbc.sql("""
                        UPDATE licence_view SET status = :status, valid_until = :validUntil, updated_at = :at,
                            document = CAST(:document AS JSONB)
                        WHERE licence_id = :id""")
                .param("status", licence.getStatus().getValue())
                .param("validUntil", licence.getValidUntil())
                .param("at", Timestamp.from(at))
                .param("document", json.writeValueAsString(licence))
                .param("id", licenceId)
                .update();
    }
}
