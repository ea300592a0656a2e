package org.datadeed.marketplace.licence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.Map;

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
        licence.addHistoryItem(historyItem("APPLIED", event.by(), "scenario: " + event.scenario() + "; purpose: " + event.purpose(), event.at()));
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
        String failed = String.join("; ", event.checks().stream().filter(c -> !c.passed())
                .map(c -> c.check() + ": " + c.detail()).toList());
        LicenceStatus outcome = !event.passed() ? LicenceStatus.CHECKS_FAILED
                : event.manualApprovalReasons().isEmpty() ? LicenceStatus.APPLIED : LicenceStatus.AWAITING_APPROVAL;
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("checks", event.checks().stream().map(LicenceProjection::check).toList());
        jdbc.sql("""
                        UPDATE licence_view SET
                            status = CASE WHEN status = 'APPLIED' THEN :outcome ELSE status END,
                            updated_at = :at,
                            document = jsonb_set(document || CAST(:patch AS JSONB)
                                    || CASE WHEN status = 'APPLIED' THEN jsonb_build_object('status', CAST(:outcome AS TEXT))
                                            ELSE '{}'::jsonb END,
                                '{history}', COALESCE(document -> 'history', '[]'::jsonb) || CAST(:item AS JSONB))
                        WHERE licence_id = :id""")
                .param("outcome", outcome.getValue())
                .param("at", Timestamp.from(event.at()))
                .param("patch", patchJson(patch, event.at()))
                .param("item", history(event.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED", Actor.SYSTEM,
                        event.passed() ? String.join("; ", event.manualApprovalReasons()) : failed, event.at()))
                .param("id", event.licenceId())
                .update();
    }

    private static CheckResult check(CheckOutcome outcome) {
        return new CheckResult().check(CheckResult.CheckEnum.fromValue(outcome.check())).passed(outcome.passed())
                .detail(outcome.detail());
    }

    @EventHandler
    void on(LicenceGrantedEvent event) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("validFrom", event.validFrom());
        patch.put("validUntil", event.validUntil());
        patch.put("documentSha256", event.documentSha256());
        change(event.licenceId(), LicenceStatus.ACTIVE, patch, event.validUntil(), event.jws(), event.limits(),
                event.automatic() ? "GRANTED_AUTOMATICALLY" : "APPROVED", event.by(), event.reason(), event.at());
        recogniseRevenue(event.licenceId(), "grant", event.at());
    }

    /** The licence's price on its current quote, recognised as its operator's revenue on the day. */
    private void recogniseRevenue(UUID licenceId, String what, Instant at) {
        jdbc.sql("""
                        INSERT INTO revenue_entry (entry_id, organisation, product_id, recognised_on, amount, reference)
                        SELECT licence_id || '/' || (document ->> 'quoteId'), operator_organisation, product_id, :on,
                               CAST(document ->> 'price' AS NUMERIC),
                               'licence ' || licence_id || ' ' || :what || ' on quote ' || (document ->> 'quoteId')
                        FROM licence_view WHERE licence_id = :id""")
                .param("on", policy.today(at))
                .param("what", what)
                .param("id", licenceId)
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
        change(event.licenceId(), null, Map.of(), null, null, null, "RENEWAL_REQUESTED", event.by(),
                event.reason() + " (quote " + event.quote().quoteId() + ", " + event.quote().total() + " CNY)", event.at());
    }

    @EventHandler
    void on(LicenceRenewedEvent event) {
        Map<String, Object> patch = new LinkedHashMap<>();
        patch.put("validUntil", event.validUntil());
        patch.put("quoteId", event.quoteId());
        patch.put("price", event.price());
        patch.put("documentSha256", event.documentSha256());
        change(event.licenceId(), null, patch, event.validUntil(), event.jws(), null,
                event.automatic() ? "RENEWED_AUTOMATICALLY" : "RENEWAL_APPROVED", event.by(), event.reason(), event.at());
        recogniseRevenue(event.licenceId(), "renewal", event.at());
    }

    @EventHandler
    void on(LicenceRenewalRejectedEvent event) {
        change(event.licenceId(), null, Map.of(), null, null, null, "RENEWAL_REJECTED", event.by(), event.reason(), event.at());
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
        change(event.licenceId(), null, Map.of(), null, null, null, event.kind(), Actor.SYSTEM, event.detail(), event.at());
    }

    private void transition(UUID licenceId, LicenceStatus status, String type, Actor by, String reason, Instant at) {
        change(licenceId, status, Map.of(), null, null, null, type, by, reason, at);
    }

    private String history(String type, Actor by, String reason, Instant at) {
        return json.writeValueAsString(historyItem(type, by, reason, at));
    }

    private static LicenceHistoryInner historyItem(String type, Actor by, String reason, Instant at) {
        return new LicenceHistoryInner().occurredAt(at.atOffset(ZoneOffset.UTC)).type(type)
                .actor(by.subject() + "@" + by.organisation() + " (" + by.role() + ")").reason(reason);
    }

    private String patchJson(Map<String, Object> fields, Instant at) {
        Map<String, Object> patch = new LinkedHashMap<>(fields);
        patch.put("updatedAt", at.atOffset(ZoneOffset.UTC));
        return json.writeValueAsString(patch);
    }

    /**
     * One statement per event: the document's fields replaced by the patch (JSONB top-level merge), a history item
     * appended, and the columns set that are not null.
     */
    private void change(UUID licenceId, LicenceStatus status, Map<String, Object> fields, java.time.LocalDate validUntil,
                        String jws, org.datadeed.marketplace.messages.LicenceLimits limits, String type, Actor by,
                        String reason, Instant at) {
        Map<String, Object> patch = new LinkedHashMap<>(fields);
        if (status != null) {
            patch.put("status", status.getValue());
        }
        int updated = jdbc.sql("""
                        UPDATE licence_view SET
                            status = COALESCE(:status, status),
                            valid_until = COALESCE(:validUntil, valid_until),
                            jws = COALESCE(:jws, jws),
                            limits = COALESCE(CAST(:limits AS JSONB), limits),
                            updated_at = :at,
                            document = jsonb_set(document || CAST(:patch AS JSONB), '{history}',
                                COALESCE(document -> 'history', '[]'::jsonb) || CAST(:item AS JSONB))
                        WHERE licence_id = :id""")
                .param("status", status == null ? null : status.getValue(), java.sql.Types.VARCHAR)
                .param("validUntil", validUntil, java.sql.Types.DATE)
                .param("jws", jws, java.sql.Types.VARCHAR)
                .param("limits", limits == null ? null : json.writeValueAsString(limits), java.sql.Types.VARCHAR)
                .param("at", Timestamp.from(at))
                .param("patch", patchJson(patch, at))
                .param("item", history(type, by, reason, at))
                .param("id", licenceId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("licence " + licenceId + " is not in licence_view");
        }
    }
}
