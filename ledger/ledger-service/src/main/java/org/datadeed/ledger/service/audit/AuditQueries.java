package org.datadeed.ledger.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.datadeed.api.audit.model.Alert;
import org.datadeed.api.audit.model.AnchorView;
import org.datadeed.api.audit.model.CheckpointView;
import org.datadeed.api.audit.model.ConsistencyProofView;
import org.datadeed.api.audit.model.Cosignature;
import org.datadeed.api.audit.model.EventProof;
import org.datadeed.api.audit.model.LogStatus;
import org.datadeed.api.audit.model.ProvenHistory;
import org.datadeed.api.audit.model.Stage;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.merkle.MerkleProver;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.tlog.TlogProof;
import org.datadeed.ledger.service.LedgerProperties;
import org.datadeed.ledger.service.log.JdbcNodeStore;
import org.datadeed.ledger.service.log.LogKeys;
import org.datadeed.ledger.service.log.Sequencer;
import org.datadeed.ledger.service.log.StoredEvent;
import org.datadeed.platform.domain.IllegalTransition;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** What a regulator can ask the log, answered from the log's tables and proven against its checkpoints. */
@Service
public class AuditQueries {

    private static final String CHECKPOINT_COLUMNS =
            "tree_size, root_hash, signed_note, cosigned_note, published_at, anchor_tx, anchor_submitter, anchored_at";

    /** The newest published checkpoint (columns {@code p.*}) and the newest anchored one ({@code a.*}), each maybe absent. */
    private static final String NEWEST_JOINS = " LEFT JOIN LATERAL (SELECT " + CHECKPOINT_COLUMNS
            + " FROM checkpoint ORDER BY tree_size DESC LIMIT 1) p ON true"
            + " LEFT JOIN LATERAL (SELECT " + CHECKPOINT_COLUMNS
            + " FROM checkpoint WHERE anchor_tx IS NOT NULL ORDER BY tree_size DESC LIMIT 1) a ON true";

    private static final String NEWEST_COLUMNS = "p." + CHECKPOINT_COLUMNS.replace(", ", ", p.") + ", a."
            + CHECKPOINT_COLUMNS.replace(", ", ", a.");

    private static final int CHECKPOINT_COLUMN_COUNT = CHECKPOINT_COLUMNS.split(", ").length;

    private final JdbcClient jdbc;
    private final JdbcNodeStore nodes;
    private final LedgerProperties properties;
    private final LogKeys keys;
    private final Sequencer sequencer;
    private final MeterRegistry meters;
    /** About 200 bytes per node: at most some 50 MB. */
    private final ProofNodeCache provenNodes = new ProofNodeCache(250_000);

    AuditQueries(JdbcClient jdbc, JdbcNodeStore nodes, LedgerProperties properties, LogKeys keys, Sequencer sequencer,
                 MeterRegistry meters) {
        this.jdbc = jdbc;
        this.nodes = nodes;
        this.properties = properties;
        this.keys = keys;
        this.sequencer = sequencer;
        this.meters = meters;
    }

    public LogStatus status() {
        long sequenced = jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1").query(Long.class).single();
        long backlog = sequencer.backlog();
        NewestCheckpoints newest = newest();
        LogStatus status = new LogStatus(properties.origin(), keys.log().verifier().verifierKey().encode(),
                keys.witness().verifier().verifierKey().encode(), sequenced, newest.integrated(), newest.anchoredSize(), backlog)
                .openAlerts(jdbc.sql("SELECT COUNT(*) FROM witness_alert").query(Long.class).single())
                .activeWriter(sequencer.isActive());
        Timer lag = meters.find("datadeed.ledger.anchoring.lag").timer();
        if (lag != null) {
            for (ValueAtPercentile percentile : lag.takeSnapshot().percentileValues()) {
                if (percentile.percentile() == 0.5) {
                    status.anchoringLagP50Millis(percentile.value(java.util.concurrent.TimeUnit.MILLISECONDS));
                } else if (percentile.percentile() == 0.99) {
                    status.anchoringLagP99Millis(percentile.value(java.util.concurrent.TimeUnit.MILLISECONDS));
                }
            }
        }
        return status;
    }

    public List<CheckpointView> checkpoints(long fromSize, int limit, boolean anchoredOnly) {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoint WHERE tree_size >= :from"
                        + (anchoredOnly ? " AND anchor_tx IS NOT NULL" : "") + " ORDER BY tree_size LIMIT :limit")
                .param("from", fromSize).param("limit", limit)
                .query(checkpointRows).list();
    }

    public CheckpointView latest(boolean anchored) {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoint"
                        + (anchored ? " WHERE anchor_tx IS NOT NULL" : "") + " ORDER BY tree_size DESC LIMIT 1")
                .query(checkpointRows).optional()
                .orElseThrow(() -> new NotFound(anchored ? "No checkpoint is anchored yet" : "No checkpoint is published yet"));
    }

    public CheckpointView checkpoint(long treeSize) {
        return findCheckpoint(treeSize).orElseThrow(() -> new NotFound("No checkpoint of size " + treeSize));
    }

    private Optional<CheckpointView> findCheckpoint(long treeSize) {
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoint WHERE tree_size = :size")
                .param("size", treeSize).query(checkpointRows).optional();
    }

    /**
     * The event's proof to the checkpoint of {@code treeSize}, or to the newest anchored (else published) one. The event
     * and the newest checkpoints are one statement, the proof's nodes another.
     */
    public EventProof eventProof(String eventId, Long treeSize) {
        LoggedEvent logged = logged(eventId);
        CheckpointView target = treeSize != null ? checkpoint(treeSize) : logged.newest().covering(logged.logIndex()).orElse(null);
        return proof(logged, target, logged.newest());
    }

    public String receipt(String eventId) {
        LoggedEvent logged = logged(eventId);
        CheckpointView target = logged.newest().covering(logged.logIndex()).orElseThrow(() -> new IllegalTransition(Stage.SEQUENCED,
                "issue a receipt before a checkpoint covers the event"));
        InclusionProof inclusion = proverUpTo(target.getTreeSize()).inclusionProof(logged.logIndex(), target.getTreeSize());
        String note = target.getCosignedNote() != null ? target.getCosignedNote() : target.getSignedNote();
        return TlogProof.of(inclusion, Note.parse(note), null).format();
    }

    public ConsistencyProofView consistency(long from, long to) {
        if (from > to) {
            throw new DomainRuleViolation("sizes-out-of-order", "from must not exceed to");
        }
        CheckpointView older = checkpoint(from);
        CheckpointView newer = checkpoint(to);
        List<Hash> path = from == to ? List.of() : proverUpTo(to).consistencyProof(from, to).path();
        return new ConsistencyProofView(from, to, older.getRootHash(), newer.getRootHash(), hex(path));
    }

    public ProvenHistory history(String aggregateId) {
        List<LoggedEvent> events = jdbc.sql(LOGGED + " WHERE l.aggregate_identifier = :id ORDER BY l.log_index")
                .param("id", aggregateId).query(this::loggedEvent).list();
        if (events.isEmpty()) {
            throw new NotFound("No logged events of " + aggregateId);
        }
        NewestCheckpoints newest = events.get(0).newest();
        Optional<CheckpointView> target = newest.covering(events.get(events.size() - 1).logIndex());
        ProvenHistory history = new ProvenHistory(aggregateId, new ArrayList<>());
        target.ifPresent(history::checkpoint);
        for (LoggedEvent event : events) {
            history.getEvents().add(proof(event, target.orElse(null), newest).checkpoint(null));
        }
        return history;
    }

    public List<Alert> alerts(int limit) {
        return jdbc.sql("SELECT raised_at, tree_size, reason, checkpoint FROM witness_alert ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Alert(time(rs, 1), rs.getString(3)).treeSize(rs.getLong(2)).checkpoint(rs.getString(4)))
                .list();
    }

    private EventProof proof(LoggedEvent logged, CheckpointView target, NewestCheckpoints newest) {
        EventProof proof = new EventProof(logged.event().eventId(), logged.logIndex(), logged.event().globalIndex(),
                newest.stageOf(logged.logIndex()), logged.event().leaf().canonicalJson(), logged.event().leaf().leafHash().hex())
                .aggregateId(logged.event().aggregateId())
                .eventType(logged.event().payloadType());
        if (target != null) {
            if (logged.logIndex() >= target.getTreeSize()) {
                throw new DomainRuleViolation("checkpoint-too-small",
                        "The checkpoint of size " + target.getTreeSize() + " does not cover log index " + logged.logIndex());
            }
            proof.treeSize(target.getTreeSize())
                    .inclusionPath(hex(proverUpTo(target.getTreeSize()).inclusionProof(logged.logIndex(), target.getTreeSize()).path()))
                    .checkpoint(target);
        }
        return proof;
    }

    /**
     * A prover over the log as far as a published checkpoint reaches. A checkpoint is signed only over nodes already
     * stored, so its size is known to be stored without reading the log's size (one statement less per proof).
     */
    private MerkleProver proverUpTo(long checkpointSize) {
        return provenNodes.proverUpTo(checkpointSize, nodes::readNodes);
    }

    /** Two index lookups (the primary key and checkpoint_anchored), whatever the number of checkpoints. */
    private NewestCheckpoints newest() {
        return jdbc.sql("SELECT " + NEWEST_COLUMNS + " FROM (VALUES (1)) AS one (x)" + NEWEST_JOINS)
                .query((rs, n) -> newest(rs, 1)).single();
    }

    private NewestCheckpoints newest(ResultSet rs, int first) throws SQLException {
        return new NewestCheckpoints(Optional.ofNullable(checkpointAt(rs, first)),
                Optional.ofNullable(checkpointAt(rs, first + CHECKPOINT_COLUMN_COUNT)));
    }

    /** A logged event with the newest checkpoints as they stood when it was read (the same on every row). */
    private static final String LOGGED = "SELECT l.log_index, " + StoredEvent.columns("e") + ", " + NEWEST_COLUMNS
            + " FROM log_leaf l JOIN eventstore.domain_event_entry e ON e.event_identifier = l.event_identifier"
            + NEWEST_JOINS;

    private record LoggedEvent(long logIndex, StoredEvent event, NewestCheckpoints newest) {
    }

    private LoggedEvent logged(String eventId) {
        return jdbc.sql(LOGGED + " WHERE l.event_identifier = :id")
                .param("id", eventId).query(this::loggedEvent).optional()
                .orElseThrow(() -> new NotFound("Event " + eventId + " is not in the log (yet)"));
    }

    private LoggedEvent loggedEvent(ResultSet rs, int n) throws SQLException {
        return new LoggedEvent(rs.getLong(1), StoredEvent.read(rs, 2), newest(rs, 2 + StoredEvent.COLUMN_COUNT));
    }

    private final org.springframework.jdbc.core.RowMapper<CheckpointView> checkpointRows = (rs, n) -> checkpointAt(rs, 1);

    /** The checkpoint in the columns from {@code first} on ({@link #CHECKPOINT_COLUMNS}), or null when they are null. */
    private CheckpointView checkpointAt(ResultSet rs, int first) throws SQLException {
        long treeSize = rs.getLong(first);
        if (rs.wasNull()) {
            return null;
        }
        String signed = rs.getString(first + 2);
        String cosigned = rs.getString(first + 3);
        CheckpointView view = new CheckpointView(properties.origin(), treeSize, Hash.of(rs.getBytes(first + 1)).hex(), signed,
                time(rs, first + 4)).cosignedNote(cosigned);
        if (cosigned != null) {
            for (NoteSignature signature : Note.parse(cosigned).signatures()) {
                if (signature.keyName().equals(keys.witness().keyName())) {
                    org.datadeed.ledger.core.tlog.Cosignature cosignature = org.datadeed.ledger.core.tlog.Cosignature.from(signature);
                    view.addCosignaturesItem(new Cosignature().keyName(signature.keyName())
                            .timestamp(cosignature.time().atOffset(ZoneOffset.UTC)));
                }
            }
        }
        if (rs.getString(first + 5) != null) {
            view.anchor(new AnchorView(rs.getString(first + 5), rs.getString(first + 6), time(rs, first + 7)));
        }
        return view;
    }

    private static OffsetDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant().atOffset(ZoneOffset.UTC);
    }

    static List<String> hex(List<Hash> hashes) {
        return new ArrayList<>(hashes.stream().map(Hash::hex).toList());
    }
}
