package org.datadeed.ledger.service.anchor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.datadeed.ledger.core.anchor.AnchorRefusedException;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleProver;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.tlog.AddCheckpointRequest;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.Witness;
import org.datadeed.ledger.core.tlog.WitnessException;
import org.datadeed.ledger.core.tlog.WitnessState;
import org.datadeed.ledger.service.LedgerProperties;
import org.datadeed.ledger.service.log.JdbcNodeStore;
import org.datadeed.ledger.service.log.LogKeys;
import org.datadeed.ledger.service.log.Sequencer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.datadeed.ledger.service.BackgroundWorker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Takes the newest published checkpoint, has the regulator's witness cosign it (the witness checks it is consistent
 * with the last one it cosigned, and refuses a fork, which is raised as an alert), and anchors the cosigned
 * checkpoint with the consistency proof from the last anchored one. Events up to an anchored checkpoint are
 * <em>anchored</em>. Intermediate checkpoints that were overtaken before their turn stay unanchored: the anchored
 * ones after them prove them by consistency.
 */
@Component
public class Anchorer extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(Anchorer.class);

    private final JdbcClient jdbc;
    private final JdbcNodeStore nodes;
    private final Witness witness;
    private final WitnessState witnessState;
    private final CheckpointAnchor anchor;
    private final Sequencer sequencer;
    private final LogKeys keys;
    private final LedgerProperties properties;
    private final Clock clock;
    private final Timer lag;

    Anchorer(JdbcClient jdbc, JdbcNodeStore nodes, Witness witness, WitnessState witnessState, CheckpointAnchor anchor,
             Sequencer sequencer, LogKeys keys, LedgerProperties properties, Clock clock, MeterRegistry meters) {
        super("ledger-anchorer");
        this.jdbc = jdbc;
        this.keys = keys;
        this.nodes = nodes;
        this.witness = witness;
        this.witnessState = witnessState;
        this.anchor = anchor;
        this.sequencer = sequencer;
        this.properties = properties;
        this.clock = clock;
        this.lag = Timer.builder("datadeed.ledger.anchoring.lag")
                .description("From an event's time to the anchoring of the first checkpoint that covers it")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                .register(meters);
    }

    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 1;
    }

    /**
     * Registers the log's key with the anchor before anything else (so the first checkpoint is never refused as
     * unknown), then anchors; every failure backs off exponentially up to 30 s and is retried.
     */
    @Override
    protected void run() {
        Duration backoff = properties.anchorInterval();
        boolean registered = false;
        while (isRunning()) {
            try {
                if (!registered) {
                    anchor.registerLog(properties.origin(), keys.log().verifier().verifierKey().encode());
                    registered = true;
                }
                boolean worked = sequencer.isActive() && anchorNewest();
                backoff = properties.anchorInterval();
                if (!worked) {
                    LockSupport.parkNanos(properties.anchorInterval().toNanos());
                }
            } catch (Exception | Error e) {
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                log.warn("Anchoring failed; retrying in {}", backoff, e);
                LockSupport.parkNanos(backoff.toNanos());
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
            }
        }
    }

    /** Cosigns and anchors the newest checkpoint, if it is not anchored yet; returns whether there was work. */
    boolean anchorNewest() {
        Optional<PendingCheckpoint> pending = jdbc.sql("""
                        SELECT tree_size, signed_note, cosigned_note FROM checkpoint
                        WHERE anchor_tx IS NULL AND tree_size > COALESCE((SELECT MAX(tree_size) FROM checkpoint
                                                                         WHERE anchor_tx IS NOT NULL), 0)
                        ORDER BY tree_size DESC LIMIT 1""")
                .query((rs, n) -> new PendingCheckpoint(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .optional();
        if (pending.isEmpty()) {
            return false;
        }
        PendingCheckpoint checkpoint = pending.get();
        MerkleProver prover = new MerkleProver(nodes);
        String cosigned = checkpoint.cosignedNote() != null ? checkpoint.cosignedNote() : cosign(checkpoint, prover);
        if (cosigned == null) {
            return false;
        }
        long anchoredSize = anchor.latest(properties.origin()).map(AnchoredCheckpoint::treeSize).orElse(0L);
        List<Hash> proof = anchoredSize == 0 ? List.of() : prover.consistencyProof(anchoredSize, checkpoint.treeSize()).path();
        AnchoredCheckpoint anchored;
        try {
            anchored = anchor.anchor(cosigned, proof);
        } catch (AnchorRefusedException refused) {
            raiseAlert(checkpoint, "anchor refused: " + refused.getMessage());
            throw refused;
        }
        jdbc.sql("""
                        UPDATE checkpoint SET anchor_tx = :tx, anchor_submitter = :submitter, anchored_at = :at
                        WHERE tree_size = :size""")
                .param("tx", anchored.transactionId()).param("submitter", anchored.submitter())
                .param("at", Timestamp.from(anchored.anchoredAt())).param("size", checkpoint.treeSize())
                .update();
        recordLag(anchoredSize, checkpoint.treeSize(), anchored.anchoredAt());
        return true;
    }

    private String cosign(PendingCheckpoint checkpoint, MerkleProver prover) {
        long cosignedSize = witnessState.latest(properties.origin()).map(Checkpoint::size).orElse(0L);
        List<Hash> proof = cosignedSize == 0 || cosignedSize == checkpoint.treeSize() ? List.of()
                : prover.consistencyProof(cosignedSize, checkpoint.treeSize()).path();
        NoteSignature cosignature;
        try {
            cosignature = witness.addCheckpoint(new AddCheckpointRequest(cosignedSize, proof, checkpoint.signedNote()));
        } catch (WitnessException refused) {
            raiseAlert(checkpoint, "witness refused (" + refused.rejection() + "): " + refused.getMessage());
            return null;
        }
        Note signed = Note.parse(checkpoint.signedNote());
        List<NoteSignature> signatures = new java.util.ArrayList<>(signed.signatures());
        signatures.add(cosignature);
        String cosigned = new Note(signed.text(), signatures).format();
        jdbc.sql("UPDATE checkpoint SET cosigned_note = :note, cosigned_at = :at WHERE tree_size = :size")
                .param("note", cosigned).param("at", Timestamp.from(clock.instant())).param("size", checkpoint.treeSize())
                .update();
        return cosigned;
    }

    /** Logs and records an alert, once per checkpoint and reason. */
    private void raiseAlert(PendingCheckpoint checkpoint, String reason) {
        log.error("LEDGER ALERT for checkpoint of size {}: {}", checkpoint.treeSize(), reason);
        jdbc.sql("""
                        INSERT INTO witness_alert (raised_at, origin, tree_size, reason, checkpoint)
                        SELECT :at, :origin, :size, :reason, :note
                        WHERE NOT EXISTS (SELECT 1 FROM witness_alert WHERE tree_size = :size AND reason = :reason)""")
                .param("at", Timestamp.from(clock.instant())).param("origin", properties.origin())
                .param("size", checkpoint.treeSize()).param("reason", reason).param("note", checkpoint.signedNote())
                .update();
    }

    private void recordLag(long fromSize, long toSize, Instant anchoredAt) {
        jdbc.sql("SELECT event_time FROM log_leaf WHERE log_index >= :from AND log_index < :to")
                .param("from", fromSize).param("to", toSize)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .list()
                .forEach(eventTime -> lag.record(Duration.between(eventTime, anchoredAt)));
    }

    private record PendingCheckpoint(long treeSize, String signedNote, String cosignedNote) {
    }
}
