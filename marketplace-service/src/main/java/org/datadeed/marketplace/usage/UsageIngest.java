package org.datadeed.marketplace.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.datadeed.api.marketplace.model.UsageBatchResult;
import org.datadeed.api.marketplace.model.UsageBatchResultRejectedInner;
import org.datadeed.api.marketplace.model.UsageRecord;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.licence.LicenceQueries;
import org.datadeed.marketplace.messages.RecordUsageCommand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingests batches of usage records from an operator's delivery points. A record id counts once per licence however
 * often it is sent. In one transaction: the new records are stored (one statement for the whole batch), and per
 * licence and metering month one {@link RecordUsageCommand} carries the increments and the SHA-256 of the accepted
 * records, so the licence aggregate keeps the counters, raises alerts and suspends on over-use, and the ledger
 * anchors what was counted. Either all of it is kept or none.
 */
@Service
public class UsageIngest {

    /** How far in the future a record's time may lie (clock skew of delivery points). */
    private static final Duration SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CommandGateway commands;
    private final LicenceQueries licences;
    private final MarketplacePolicy policy;

    UsageIngest(JdbcClient jdbc, TransactionTemplate transactions, CommandGateway commands, LicenceQueries licences,
                MarketplacePolicy policy) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.licences = licences;
        this.policy = policy;
    }

    private record Accepted(UUID licenceId, String recordId, Instant occurredAt, long calls, long bytes, long records) {
    }

    public UsageBatchResult ingest(String operatorOrganisation, List<UsageRecord> batch, Instant now) {
        List<UsageBatchResultRejectedInner> rejected = new ArrayList<>();
        Map<UUID, String> refusal = new HashMap<>();
        for (UUID licenceId : new HashSet<>(batch.stream().map(UsageRecord::getLicenceId).toList())) {
            String reason = licences.parties(licenceId).map(p -> refusal(operatorOrganisation, p)).orElse("no such licence");
            if (!reason.isEmpty()) {
                refusal.put(licenceId, reason);
            }
        }
        List<Accepted> candidates = new ArrayList<>();
        for (UsageRecord record : batch) {
            String reason = refusal.get(record.getLicenceId());
            Instant occurredAt = record.getOccurredAt().toInstant();
            if (reason == null && occurredAt.isAfter(now.plus(SKEW))) {
                reason = "occurred in the future";
            }
            if (reason != null) {
                rejected.add(new UsageBatchResultRejectedInner().recordId(record.getRecordId()).reason(reason));
                continue;
            }
            candidates.add(new Accepted(record.getLicenceId(), record.getRecordId(), occurredAt,
                    value(record.getCalls(), 1), value(record.getBytes(), 0), value(record.getRecords(), 0)));
        }
        List<Accepted> accepted = candidates.isEmpty() ? List.of()
                : transactions.execute(status -> store(operatorOrganisation, candidates, now));
        String sha = accepted.isEmpty() ? null : sha256(accepted);
        return new UsageBatchResult().accepted(accepted.size()).duplicates(candidates.size() - accepted.size())
                .rejected(rejected).batchSha256(sha);
    }

    /** Why the operator cannot report usage for the licence, or "" when it can. */
    private static String refusal(String operatorOrganisation, LicenceQueries.Parties licence) {
        if (!operatorOrganisation.equals(licence.operator())) {
            return "not a licence of your products";
        }
        if (!("ACTIVE".equals(licence.status()) || "SUSPENDED".equals(licence.status()))) {
            return "the licence is " + licence.status();
        }
        return "";
    }

    private static long value(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private List<Accepted> store(String operatorOrganisation, List<Accepted> candidates, Instant now) {
        UUID batchId = UUID.randomUUID();
        int n = candidates.size();
        UUID[] licenceIds = new UUID[n];
        String[] recordIds = new String[n];
        String[] times = new String[n];
        Long[] calls = new Long[n];
        Long[] bytes = new Long[n];
        Long[] records = new Long[n];
        for (int i = 0; i < n; i++) {
            Accepted a = candidates.get(i);
            licenceIds[i] = a.licenceId();
            recordIds[i] = a.recordId();
            times[i] = a.occurredAt().toString();
            calls[i] = a.calls();
            bytes[i] = a.bytes();
            records[i] = a.records();
        }
        Map<String, Accepted> byKey = new HashMap<>();
        candidates.forEach(a -> byKey.putIfAbsent(a.licenceId() + "/" + a.recordId(), a));
        List<Accepted> inserted = jdbc.sql("""
                        INSERT INTO usage_record (licence_id, record_id, occurred_at, calls, bytes, records, batch_id)
                        SELECT l, r, CAST(t AS TIMESTAMPTZ), c, b, d, :batch
                        FROM unnest(CAST(:licences AS UUID[]), CAST(:records AS TEXT[]), CAST(:times AS TEXT[]),
                                    CAST(:calls AS BIGINT[]), CAST(:bytes AS BIGINT[]), CAST(:data AS BIGINT[]))
                             AS u(l, r, t, c, b, d)
                        ON CONFLICT (licence_id, record_id) DO NOTHING
                        RETURNING licence_id, record_id""")
                .param("licences", licenceIds)
                .param("records", recordIds)
                .param("times", times)
                .param("calls", calls)
                .param("bytes", bytes)
                .param("data", records)
                .param("batch", batchId)
                .query((rs, i) -> byKey.get(rs.getObject(1, UUID.class) + "/" + rs.getString(2)))
                .list();
        if (inserted.isEmpty()) {
            return inserted;
        }
        String sha = sha256(inserted);
        jdbc.sql("INSERT INTO usage_batch (batch_id, operator, received_at, accepted, sha256) VALUES (:id, :operator, :at, :accepted, :sha)")
                .param("id", batchId)
                .param("operator", operatorOrganisation)
                .param("at", java.sql.Timestamp.from(now))
                .param("accepted", inserted.size())
                .param("sha", sha)
                .update();
        Map<String, long[]> increments = new TreeMap<>();
        for (Accepted a : inserted) {
            String key = a.licenceId() + " " + YearMonth.from(a.occurredAt().atZone(policy.zone()));
            long[] sum = increments.computeIfAbsent(key, k -> new long[4]);
            sum[0]++;
            sum[1] += a.calls();
            sum[2] += a.bytes();
            sum[3] += a.records();
        }
        increments.forEach((key, sum) -> {
            String[] parts = key.split(" ");
            commands.sendAndWait(new RecordUsageCommand(UUID.fromString(parts[0]), sha, parts[1], sum[0], sum[1],
                    sum[2], sum[3], now));
        });
        return inserted;
    }

    /** SHA-256 over the accepted records, one canonical line each, in licence and record id order. */
    static String sha256(List<Accepted> accepted) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            accepted.stream()
                    .sorted(Comparator.comparing((Accepted a) -> a.licenceId().toString()).thenComparing(Accepted::recordId))
                    .forEach(a -> digest.update((a.licenceId() + "|" + a.recordId() + "|" + a.occurredAt() + "|" + a.calls()
                            + "|" + a.bytes() + "|" + a.records() + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
