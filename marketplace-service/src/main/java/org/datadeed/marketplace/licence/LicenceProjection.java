package org.datadeed.marketplace.licence;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 *
 * <p>The events of one batch (what one command applied) change the licence document in memory; each changed row is
 * written once when the batch commits, still in that transaction. An automatic grant (applied, checked, granted) is
 * then one insert instead of an insert and two updates. Two batches never change one licence at once: its events come
 * from one aggregate, whose event store rows serialise them.
 */
@Component
@ProcessingGroup("market-projection")
class LicenceProjection {

    private static final String ROWS = LicenceProjection.class.getName() + ".rows";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MarketplacePolicy policy;

    LicenceProjection(JdbcClient jdbc, JsonMapper json, MarketplacePolicy policy) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
    }

    /** A {@code licence_view} row as the events of the current batch leave it. */
    private static final class Row {
        private final boolean stored;
        private final Licence document;
        private String jws;
        private String limits;
        private UUID pendingQuoteId;
        /** The quote this batch used up ({@code quote_use}, whose key refuses a second licence on it), if any. */
        private UUID usedQuoteId;
        private final List<Revenue> revenue = new ArrayList<>();

        private Row(boolean stored, Licence document, String jws, String limits, UUID pendingQuoteId) {
            this.stored = stored;
            this.document = document;
            this.jws = jws;
            this.limits = limits;
            this.pendingQuoteId = pendingQuoteId;
        }
    }

    /** A {@code revenue_entry} row. */
    private record Revenue(String entryId, String organisation, UUID productId, LocalDate recognisedOn,
                           BigDecimal amount, String reference) {
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
                .createdAt(event.at().atOffset(ZoneOffset.UTC));
        batchRows().put(event.licenceId(), new Row(false, licence, null, null, event.quote().quoteId()));
        record(licence, "APPLIED", event.by(), "scenario: " + event.scenario() + "; purpose: " + event.purpose(), event.at());
    }

    @EventHandler
    void on(LicenceChecksCompletedEvent event) {
        Row row = row(event.licenceId());
        if (event.passed()) {
            row.usedQuoteId = row.pendingQuoteId;
        }
        String failed = String.join("; ", event.checks().stream().filter(c -> !c.passed())
                .map(c -> c.check() + ": " + c.detail()).toList());
        LicenceStatus outcome = !event.passed() ? LicenceStatus.CHECKS_FAILED
                : event.manualApprovalReasons().isEmpty() ? LicenceStatus.APPLIED : LicenceStatus.AWAITING_APPROVAL;
        Licence licence = row.document.checks(new ArrayList<>(event.checks().stream().map(LicenceProjection::check).toList()));
        if (licence.getStatus() == LicenceStatus.APPLIED) {
            licence.status(outcome);
        }
        record(licence, event.passed() ? "CHECKS_PASSED" : "CHECKS_FAILED", Actor.SYSTEM,
                event.passed() ? String.join("; ", event.manualApprovalReasons()) : failed, event.at());
    }

    private static CheckResult check(CheckOutcome outcome) {
        return new CheckResult().check(CheckResult.CheckEnum.fromValue(outcome.check())).passed(outcome.passed())
                .detail(outcome.detail());
    }

    @EventHandler
    void on(LicenceGrantedEvent event) {
        Row row = row(event.licenceId());
        row.jws = event.jws();
        row.limits = json.writeValueAsString(event.limits());
        row.document.status(LicenceStatus.ACTIVE).validFrom(event.validFrom()).validUntil(event.validUntil())
                .documentSha256(event.documentSha256());
        record(row.document, event.automatic() ? "GRANTED_AUTOMATICALLY" : "APPROVED", event.by(), event.reason(), event.at());
        recogniseRevenue(row, "grant", event.at());
    }

    /** The licence's price on its current quote, recognised as its operator's revenue on the day. */
    private void recogniseRevenue(Row row, String what, Instant at) {
        Licence licence = row.document;
        row.revenue.add(new Revenue(licence.getLicenceId() + "/" + licence.getQuoteId(), licence.getOperatorOrganisation(),
                licence.getProductId(), policy.today(at), new BigDecimal(licence.getPrice()),
                "licence " + licence.getLicenceId() + " " + what + " on quote " + licence.getQuoteId()));
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
        Row row = row(event.licenceId());
        row.pendingQuoteId = event.quote().quoteId();
        record(row.document, "RENEWAL_REQUESTED", event.by(),
                event.reason() + " (quote " + event.quote().quoteId() + ", " + event.quote().total() + " CNY)", event.at());
    }

    @EventHandler
    void on(LicenceRenewedEvent event) {
        Row row = row(event.licenceId());
        row.jws = event.jws();
        row.document.validUntil(event.validUntil()).quoteId(event.quoteId()).price(event.price())
                .documentSha256(event.documentSha256());
        record(row.document, event.automatic() ? "RENEWED_AUTOMATICALLY" : "RENEWAL_APPROVED", event.by(), event.reason(),
                event.at());
        recogniseRevenue(row, "renewal", event.at());
    }

    @EventHandler
    void on(LicenceRenewalRejectedEvent event) {
        record(row(event.licenceId()).document, "RENEWAL_REJECTED", event.by(), event.reason(), event.at());
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
        record(row(event.licenceId()).document, event.kind(), Actor.SYSTEM, event.detail(), event.at());
    }

    private void transition(UUID licenceId, LicenceStatus status, String type, Actor by, String reason, Instant at) {
        record(row(licenceId).document.status(status), type, by, reason, at);
    }

    /** One step in the licence's history, which is also when the document last changed. */
    private static void record(Licence licence, String type, Actor by, String reason, Instant at) {
        licence.updatedAt(at.atOffset(ZoneOffset.UTC)).addHistoryItem(new LicenceHistoryInner()
                .occurredAt(at.atOffset(ZoneOffset.UTC)).type(type)
                .actor(by.subject() + "@" + by.organisation() + " (" + by.role() + ")").reason(reason));
    }

    /** The licence's row as this batch has left it so far, read from {@code licence_view} at its first event here. */
    private Row row(UUID licenceId) {
        Map<UUID, Row> rows = batchRows();
        Row row = rows.get(licenceId);
        if (row == null) {
            row = jdbc.sql("SELECT document, jws, limits, pending_quote_id FROM licence_view WHERE licence_id = :id")
                    .param("id", licenceId)
                    .query((rs, n) -> new Row(true, json.readValue(rs.getString(1), Licence.class), rs.getString(2),
                            rs.getString(3), rs.getObject(4, UUID.class)))
                    .optional()
                    .orElseThrow(() -> new IllegalStateException("licence " + licenceId + " is not in licence_view"));
            rows.put(licenceId, row);
        }
        return row;
    }

    /** The rows the current batch changes, written when it commits (before the transaction does). */
    private Map<UUID, Row> batchRows() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(ROWS, key -> {
            Map<UUID, Row> rows = new LinkedHashMap<>();
            batch.onPrepareCommit(committing -> rows.values().forEach(this::write));
            return rows;
        });
    }

    /**
     * Writes the row, with the quote it used up and the revenue it recognised, in one statement (data-modifying
     * {@code WITH} clauses): one round trip to PostgreSQL per licence and batch.
     */
    private void write(Row row) {
        Licence licence = row.document;
        StringBuilder sql = new StringBuilder();
        List<String> sideWrites = new ArrayList<>();
        if (row.usedQuoteId != null) {
            sideWrites.add("used AS (INSERT INTO quote_use (quote_id, licence_id) VALUES (:usedQuote, :id))");
        }
        if (!row.revenue.isEmpty()) {
            StringBuilder values = new StringBuilder();
            for (int i = 0; i < row.revenue.size(); i++) {
                values.append(i == 0 ? "" : ", ").append(String.format(
                        "(:entry%1$d, :operator%1$d, :product%1$d, :on%1$d, :amount%1$d, :reference%1$d)", i));
            }
            sideWrites.add("revenue AS (INSERT INTO revenue_entry (entry_id, organisation, product_id, recognised_on,"
                    + " amount, reference) VALUES " + values + ")");
        }
        if (!sideWrites.isEmpty()) {
            sql.append("WITH ").append(String.join(", ", sideWrites)).append('\n');
        }
        sql.append(row.stored ? """
                UPDATE licence_view SET status = :status, valid_until = :validUntil, updated_at = :updatedAt,
                    jws = :jws, pending_quote_id = :quote, limits = CAST(:limits AS JSONB),
                    document = CAST(:document AS JSONB)
                WHERE licence_id = :id""" : """
                INSERT INTO licence_view (licence_id, product_id, licensee_organisation, operator_organisation,
                    status, valid_until, created_at, updated_at, jws, pending_quote_id, limits, document)
                VALUES (:id, :product, :licensee, :operator, :status, :validUntil, :createdAt, :updatedAt, :jws,
                    :quote, CAST(:limits AS JSONB), CAST(:document AS JSONB))""");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString())
                .param("id", licence.getLicenceId())
                .param("status", licence.getStatus().getValue())
                .param("validUntil", licence.getValidUntil(), java.sql.Types.DATE)
                .param("updatedAt", Timestamp.from(licence.getUpdatedAt().toInstant()))
                .param("jws", row.jws, java.sql.Types.VARCHAR)
                .param("quote", row.pendingQuoteId)
                .param("limits", row.limits, java.sql.Types.VARCHAR)
                .param("document", json.writeValueAsString(licence));
        if (!row.stored) {
            statement = statement.param("product", licence.getProductId())
                    .param("licensee", licence.getLicenseeOrganisation())
                    .param("operator", licence.getOperatorOrganisation())
                    .param("createdAt", Timestamp.from(licence.getCreatedAt().toInstant()));
        }
        if (row.usedQuoteId != null) {
            statement = statement.param("usedQuote", row.usedQuoteId);
        }
        for (int i = 0; i < row.revenue.size(); i++) {
            Revenue entry = row.revenue.get(i);
            statement = statement.param("entry" + i, entry.entryId()).param("operator" + i, entry.organisation())
                    .param("product" + i, entry.productId()).param("on" + i, entry.recognisedOn())
                    .param("amount" + i, entry.amount()).param("reference" + i, entry.reference());
        }
        statement.update();
    }
}
