package org.datadeed.ledger.service.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.datadeed.api.audit.model.AuditReport;
import org.datadeed.api.audit.model.Finding;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.merkle.CompactRange;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;
import org.datadeed.ledger.service.LedgerProperties;
import org.datadeed.ledger.service.log.LogKeys;
import org.datadeed.ledger.service.log.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The full audit: nothing the log or the event store says is taken on trust.
 * <ol>
 *   <li>Every leaf is recomputed from its event store row and compared with the log's leaf hash: a row that is gone
 *   is DELETED; one whose leaf matches only at its old global index was REORDERED; any other difference is
 *   MODIFIED.</li>
 *   <li>Every event store row older than the log's position that the log does not know was INSERTED.</li>
 *   <li>Every stored interior node is recomputed from its two children (NODE_MISMATCH names it).</li>
 *   <li>Every anchored checkpoint (read from the anchor, the one record the operator cannot rewrite) must carry the
 *   log's signature and equal the root recomputed from the logged leaves at its size (ROOT_MISMATCH otherwise); so
 *   must the log's own copy of each checkpoint.</li>
 * </ol>
 * Everything is read in one repeatable-read snapshot, so writes during the audit cannot look like tampering, and
 * streamed, so memory stays O(log n + findings) however long the log.
 */
@Service
public class FullAudit {

    private static final int FETCH_SIZE = 2_000;
    private static final int MAX_FINDINGS = 10_000;

    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final CheckpointAnchor anchor;
    private final LogKeys keys;
    private final LedgerProperties properties;
    private final Clock clock;

    FullAudit(javax.sql.DataSource dataSource, PlatformTransactionManager transactionManager, CheckpointAnchor anchor,
              LogKeys keys, LedgerProperties properties, Clock clock) {
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(FETCH_SIZE);
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.transactions.setReadOnly(true);
        this.anchor = anchor;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    public AuditReport run() {
        Instant started = clock.instant();
        List<AnchoredCheckpoint> anchored = anchoredHistory();
        List<Finding> findings = new ArrayList<>();
        long[] counts = new long[4];
        // One snapshot for every pass: events, leaves, nodes and checkpoints published meanwhile are not seen at all.
        transactions.executeWithoutResult(status -> {
            Map<Long, Hash> roots = checkLeaves(anchored, findings, counts);
            checkInsertions(findings);
            counts[2] = checkNodes(findings);
            checkCheckpoints(anchored, roots, findings);
            counts[3] = template.queryForObject("SELECT COUNT(*) FROM eventstore.domain_event_entry", Long.class);
        });
        return new AuditReport(findings.isEmpty(), started.atOffset(ZoneOffset.UTC), clock.instant().atOffset(ZoneOffset.UTC),
                counts[3], counts[0], (long) anchored.size(), findings.size() > MAX_FINDINGS
                ? new ArrayList<>(findings.subList(0, MAX_FINDINGS)) : findings)
                .nodesChecked(counts[2]);
    }

    private List<AnchoredCheckpoint> anchoredHistory() {
        List<AnchoredCheckpoint> all = new ArrayList<>();
        long from = 0;
        while (true) {
            List<AnchoredCheckpoint> page = anchor.history(properties.origin(), from, 500);
            all.addAll(page);
            if (page.size() < 500) {
                return all;
            }
            from = page.get(page.size() - 1).treeSize() + 1;
        }
    }

    /** Pass 1: leaves against the event store; returns the roots of the logged leaves at every anchored size. */
    private Map<Long, Hash> checkLeaves(List<AnchoredCheckpoint> anchored, List<Finding> findings, long[] counts) {
        TreeMap<Long, Hash> roots = new TreeMap<>();
        anchored.forEach(checkpoint -> roots.put(checkpoint.treeSize(), null));
        template.query("SELECT checkpoint.tree_size FROM checkpoint", rs -> {
            roots.putIfAbsent(rs.getLong(1), null);
        });
        CompactRange[] range = {CompactRange.empty()};
        long[] expectedIndex = {0};
        String sql = "SELECT l.log_index, l.event_identifier, l.global_index, n.hash, "
                + StoredEvent.columns("e")
                + " FROM log_leaf l LEFT JOIN log_node n ON n.level = 0 AND n.idx = l.log_index"
                + " LEFT JOIN eventstore.domain_event_entry e ON e.event_identifier = l.event_identifier ORDER BY l.log_index";
        template.query(sql, rs -> {
            long logIndex = rs.getLong(1);
            String eventId = rs.getString(2);
            long loggedGlobalIndex = rs.getLong(3);
            byte[] storedHash = rs.getBytes(4);
            counts[0]++;
            if (logIndex != expectedIndex[0]) {
                add(findings, finding(Finding.KindEnum.NODE_MISMATCH, null, expectedIndex[0], null,
                        "log leaves " + expectedIndex[0] + " to " + (logIndex - 1) + " have no record").node("0/" + expectedIndex[0]));
            }
            expectedIndex[0] = logIndex + 1;
            Hash logged = storedHash == null ? null : Hash.of(storedHash);
            if (logged == null) {
                add(findings, finding(Finding.KindEnum.NODE_MISMATCH, eventId, logIndex, loggedGlobalIndex,
                        "the log has no leaf hash at index " + logIndex).node("0/" + logIndex));
            }
            if (rs.getString(6) == null) {
                add(findings, finding(Finding.KindEnum.DELETED, eventId, logIndex, loggedGlobalIndex,
                        "the event is no longer in the event store"));
            } else if (logged != null) {
                StoredEvent event = StoredEvent.read(rs, 5);
                if (!event.leaf().leafHash().equals(logged)) {
                    boolean moved = event.globalIndex() != loggedGlobalIndex
                            && event.leafAt(loggedGlobalIndex).leafHash().equals(logged);
                    add(findings, moved
                            ? finding(Finding.KindEnum.REORDERED, eventId, logIndex, event.globalIndex(),
                            "the event moved from global index " + loggedGlobalIndex + " to " + event.globalIndex())
                            : finding(Finding.KindEnum.MODIFIED, eventId, logIndex, event.globalIndex(),
                            "the event's content no longer matches its leaf"));
                }
            }
            range[0] = range[0].append(logged == null ? Rfc6962.emptyRoot() : logged).range();
            if (roots.containsKey(range[0].size())) {
                roots.put(range[0].size(), range[0].rootHash());
            }
        });
        return roots;
    }

    /** Pass 2: event store rows the log should have but does not know (not counting gaps still awaited). */
    private void checkInsertions(List<Finding> findings) {
        template.query("""
                SELECT e.event_identifier, e.global_index FROM eventstore.domain_event_entry e
                LEFT JOIN log_leaf l ON l.event_identifier = e.event_identifier
                WHERE l.log_index IS NULL
                  AND e.global_index <= (SELECT COALESCE(MAX(global_index), 0) FROM log_leaf)
                  AND NOT (e.global_index = ANY ((SELECT token_gaps FROM log_state WHERE id = 1)::BIGINT[]))
                ORDER BY e.global_index""", rs -> {
            add(findings, finding(Finding.KindEnum.INSERTED, rs.getString(1), null, rs.getLong(2),
                    "the event store holds an event the log never saw, inside the range the log has read"));
        });
    }

    /** Pass 3: every interior node against its children. */
    private long checkNodes(List<Finding> findings) {
        Integer top = template.queryForObject("SELECT MAX(level) FROM log_node", Integer.class);
        long[] checked = {0};
        for (int level = 1; top != null && level <= top; level++) {
            int parentLevel = level;
            template.query("""
                    SELECT p.idx, p.hash, l.hash, r.hash FROM log_node p
                    LEFT JOIN log_node l ON l.level = p.level - 1 AND l.idx = 2 * p.idx
                    LEFT JOIN log_node r ON r.level = p.level - 1 AND r.idx = 2 * p.idx + 1
                    WHERE p.level = ?""", rs -> {
                checked[0]++;
                byte[] left = rs.getBytes(3);
                byte[] right = rs.getBytes(4);
                Hash stored = Hash.of(rs.getBytes(2));
                if (left == null || right == null
                        || !Rfc6962.nodeHash(Hash.of(left), Hash.of(right)).equals(stored)) {
                    add(findings, finding(Finding.KindEnum.NODE_MISMATCH, null, null, null,
                            "the stored node does not match its children").node(parentLevel + "/" + rs.getLong(1)));
                }
            }, parentLevel);
        }
        return checked[0];
    }

    /** Pass 4: anchored checkpoints (and the log's own copies) against the roots recomputed from the leaves. */
    private void checkCheckpoints(List<AnchoredCheckpoint> anchored, Map<Long, Hash> roots, List<Finding> findings) {
        CheckpointPolicy policy = CheckpointPolicy.logOnly(properties.origin(), keys.log().verifier());
        for (AnchoredCheckpoint checkpoint : anchored) {
            try {
                policy.verify(checkpoint.signedCheckpoint());
            } catch (RuntimeException e) {
                add(findings, finding(Finding.KindEnum.BAD_CHECKPOINT, null, null, null,
                        "anchored checkpoint not validly signed by the log: " + e.getMessage()).treeSize(checkpoint.treeSize()));
            }
            compareRoot(checkpoint.treeSize(), checkpoint.rootHash(), roots, "anchored", findings);
        }
        Map<Long, Hash> logged = new HashMap<>();
        template.query("SELECT tree_size, root_hash FROM checkpoint", rs -> {
            logged.put(rs.getLong(1), Hash.of(rs.getBytes(2)));
        });
        logged.forEach((size, root) -> compareRoot(size, root, roots, "published", findings));
    }

    private static void compareRoot(long size, Hash root, Map<Long, Hash> roots, String which, List<Finding> findings) {
        Hash recomputed = roots.get(size);
        if (recomputed == null) {
            add(findings, finding(Finding.KindEnum.ROOT_MISMATCH, null, null, null,
                    "the " + which + " checkpoint of size " + size + " is larger than the log").treeSize(size));
        } else if (!recomputed.equals(root)) {
            add(findings, finding(Finding.KindEnum.ROOT_MISMATCH, null, null, null,
                    "the logged leaves no longer hash to the " + which + " root of size " + size).treeSize(size));
        }
    }

    private static Finding finding(Finding.KindEnum kind, String eventId, Long logIndex, Long globalIndex, String detail) {
        return new Finding(kind, detail).eventId(eventId).logIndex(logIndex).globalIndex(globalIndex);
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (findings.size() <= MAX_FINDINGS) {
            findings.add(finding);
        }
    }
}
