package org.datadeed.ledger.service.anchor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.datadeed.ledger.core.anchor.AnchorRefusal;
import org.datadeed.ledger.core.anchor.AnchorRefusedException;
import org.datadeed.ledger.core.anchor.AnchorRules;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The local development anchor: the checkpoints of each origin in PostgreSQL (schema {@code anchor}), under exactly
 * the rules the Fabric chaincode enforces ({@link AnchorRules}). Writes of one origin are serialised by a row lock
 * on its key. It passes the same contract test as the Fabric adapter; it proves nothing to an outsider, which is
 * why production anchors on Fabric.
 */
public class JdbcCheckpointAnchor implements CheckpointAnchor {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String submitter;
    private final Clock clock;

    public JdbcCheckpointAnchor(JdbcClient jdbc, TransactionTemplate transactions, String submitter, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.submitter = submitter;
        this.clock = clock;
    }

    @Override
    public void registerLog(String origin, String verifierKey) {
        transactions.executeWithoutResult(status -> {
            Optional<String> registered = key(origin, true);
            if (AnchorRules.register(origin, verifierKey, registered) == AnchorRules.Registration.REGISTER) {
                jdbc.sql("INSERT INTO anchor.log_key (origin, verifier_key) VALUES (:origin, :key)")
                        .param("origin", origin).param("key", verifierKey).update();
            }
        });
    }

    @Override
    public AnchoredCheckpoint anchor(String signedCheckpoint, List<Hash> consistencyProof) {
        String origin = AnchorRules.parseUnverified(signedCheckpoint).origin();
        return transactions.execute(status -> {
            String key = key(origin, true).orElseThrow(() -> new AnchorRefusedException(AnchorRefusal.UNKNOWN_ORIGIN,
                    "no log is registered for origin '" + origin + "'"));
            Optional<AnchoredCheckpoint> latest = latest(origin);
            AnchorRules.Decision decision = AnchorRules.decide(key, latest, signedCheckpoint, consistencyProof);
            if (decision.outcome() == AnchorRules.Outcome.ALREADY_ANCHORED) {
                return latest.orElseThrow();
            }
            Checkpoint checkpoint = decision.checkpoint();
            AnchoredCheckpoint anchored = new AnchoredCheckpoint(origin, checkpoint.size(), checkpoint.rootHash(),
                    signedCheckpoint, "local-" + UUID.randomUUID(), submitter,
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            jdbc.sql("""
                            INSERT INTO anchor.anchored_checkpoint (origin, tree_size, root_hash, signed_checkpoint,
                                transaction_id, submitter, anchored_at)
                            VALUES (:origin, :size, :root, :note, :tx, :submitter, :at)""")
                    .param("origin", origin).param("size", anchored.treeSize()).param("root", anchored.rootHash().bytes())
                    .param("note", signedCheckpoint).param("tx", anchored.transactionId())
                    .param("submitter", submitter).param("at", Timestamp.from(anchored.anchoredAt()))
                    .update();
            return anchored;
        });
    }

    @Override
    public Optional<AnchoredCheckpoint> latest(String origin) {
        return jdbc.sql(SELECT + " WHERE origin = :origin ORDER BY tree_size DESC LIMIT 1")
                .param("origin", origin).query(JdbcCheckpointAnchor::row).optional();
    }

    @Override
    public Optional<AnchoredCheckpoint> bySize(String origin, long treeSize) {
        return jdbc.sql(SELECT + " WHERE origin = :origin AND tree_size = :size")
                .param("origin", origin).param("size", treeSize).query(JdbcCheckpointAnchor::row).optional();
    }

    @Override
    public List<AnchoredCheckpoint> history(String origin, long fromSize, int limit) {
        AnchorRules.requireHistoryRange(fromSize, limit);
        return jdbc.sql(SELECT + " WHERE origin = :origin AND tree_size >= :from ORDER BY tree_size LIMIT :limit")
                .param("origin", origin).param("from", fromSize).param("limit", limit)
                .query(JdbcCheckpointAnchor::row).list();
    }

    private Optional<String> key(String origin, boolean lock) {
        return jdbc.sql("SELECT verifier_key FROM anchor.log_key WHERE origin = :origin" + (lock ? " FOR UPDATE" : ""))
                .param("origin", origin).query(String.class).optional();
    }

    private static final String SELECT = """
            SELECT origin, tree_size, root_hash, signed_checkpoint, transaction_id, submitter, anchored_at
            FROM anchor.anchored_checkpoint""";

    private static AnchoredCheckpoint row(ResultSet rs, int n) throws SQLException {
        return new AnchoredCheckpoint(rs.getString(1), rs.getLong(2), Hash.of(rs.getBytes(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
