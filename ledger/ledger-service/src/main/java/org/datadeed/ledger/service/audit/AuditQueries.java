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

    private final JdbcClient jdbc;
    private final MerkleProver prover;
    private final LedgerProperties properties;
    private final LogKeys keys;
    private final Sequencer sequencer;
    private final MeterRegistry meters;

    AuditQueries(JdbcClient jdbc, JdbcNodeStore nodes, LedgerProperties properties, LogKeys keys, Sequencer sequencer,
                 MeterRegistry meters) {
        this.jdbc = jdbc;
        this.prover = new MerkleProver(nodes);
        this.properties = properties;
        this.keys = keys;
        this.sequencer = sequencer;
        this.meters = meters;
    }

    public LogStatus status() {
        long sequenced = jdbc.sql("SELECT tree_size FROM log_state WHERE id = 1").query(Long.class).single();
        long backlog = sequencer.backlog();
        Sizes sizes = sizes();
        LogStatus status = new LogStatus(properties.origin(), keys.log().verifier().verifierKey().encode(),
                keys.witness().verifier().verifierKey().encode(), sequenced, sizes.integrated(), sizes.anchored(), backlog)
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

    /** The event's proof to the checkpoint of {@code treeSize}, or to the newest anchored (else published) one. */
    public EventProof eventProof(String eventId, Long treeSize) {
        LoggedEvent logged = logged(eventId);
        CheckpointView target = treeSize != null ? checkpoint(treeSize) : covering(logged.logIndex()).orElse(null);
        return proof(logged, target, sizes());
    }

    public String receipt(String eventId) {
        LoggedEvent logged = logged(eventId);
        CheckpointView target = covering(logged.logIndex()).orElseThrow(() -> new IllegalTransition(Stage.SEQUENCED,
                "issue a receipt before a checkpoint covers the event"));
        InclusionProof inclusion = prover.inclusionProof(logged.logIndex(), target.getTreeSize());
        String note = target.getCosignedNote() != null ? target.getCosignedNote() : target.getSignedNote();
        return TlogProof.of(inclusion, Note.parse(note), null).format();
    }

    public ConsistencyProofView consistency(long from, long to) {
        if (from > to) {
            throw new DomainRuleViolation("sizes-out-of-order", "from must not exceed to");
        }
        CheckpointView older = checkpoint(from);
        CheckpointView newer = checkpoint(to);
        List<Hash> path = from == to ? List.of() : prover.consistencyProof(from, to).path();
        return new ConsistencyProofView(from, to, older.getRootHash(), newer.getRootHash(), hex(path));
    }

    public ProvenHistory history(String aggregateId) {
        List<LoggedEvent> events = jdbc.sql(LOGGED + " WHERE l.aggregate_identifier = :id ORDER BY l.log_index")
                .param("id", aggregateId).query(AuditQueries::loggedEvent).list();
        if (events.isEmpty()) {
            throw new NotFound("No logged events of " + aggregateId);
        }
        Optional<CheckpointView> target = covering(events.get(events.size() - 1).logIndex());
        ProvenHistory history = new ProvenHistory(aggregateId, new ArrayList<>());
        target.ifPresent(history::checkpoint);
        Sizes sizes = sizes();
        for (LoggedEvent event : events) {
            history.getEvents().add(proof(event, target.orElse(null), sizes).checkpoint(null));
        }
        return history;
    }

    public List<Alert> alerts(int limit) {
        return jdbc.sql("SELECT raised_at, tree_size, reason, checkpoint FROM witness_alert ORDER BY id DESC LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Alert(time(rs, 1), rs.getString(3)).treeSize(rs.getLong(2)).checkpoint(rs.getString(4)))
                .list();
    }

    private EventProof proof(LoggedEvent logged, CheckpointView target, Sizes sizes) {
        EventProof proof = new EventProof(logged.event().eventId(), logged.logIndex(), logged.event().globalIndex(),
                sizes.stageOf(logged.logIndex()), logged.event().leaf().canonicalJson(), logged.event().leaf().leafHash().hex())
                .aggregateId(logged.event().aggregateId())
                .eventType(logged.event().payloadType());
        if (target != null) {
            if (logged.logIndex() >= target.getTreeSize()) {
                throw new DomainRuleViolation("checkpoint-too-small",
                        "The checkpoint of size " + target.getTreeSize() + " does not cover log index " + logged.logIndex());
            }
            proof.treeSize(target.getTreeSize())
                    .inclusionPath(hex(prover.inclusionProof(logged.logIndex(), target.getTreeSize()).path()))
                    .checkpoint(target);
        }
        return proof;
    }

    /** How far the published and the anchored checkpoints reach, read once per request. */
    private record Sizes(long integrated, long anchored) {
        Stage stageOf(long logIndex) {
            if (logIndex < anchored) {
                return Stage.ANCHORED;
            }
            return logIndex < integrated ? Stage.INTEGRATED : Stage.SEQUENCED;
        }
    }

    /** Two index lookups (the primary key and checkpoint_anchored): an aggregate over the table grew with every checkpoint. */
    private Sizes sizes() {
        return jdbc.sql("""
                        SELECT COALESCE((SELECT MAX(tree_size) FROM checkpoint), 0),
                               COALESCE((SELECT MAX(tree_size) FROM checkpoint WHERE anchor_tx IS NOT NULL), 0)""")
                .query((rs, n) -> new Sizes(rs.getLong(1), rs.getLong(2))).single();
    }

    private Optional<CheckpointView> covering(long logIndex) {
        Optional<CheckpointView> anchored = jdbc.sql("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM checkpoint WHERE anchor_tx IS NOT NULL AND tree_size > :index ORDER BY tree_size DESC LIMIT 1")
                .param("index", logIndex).query(checkpointRows).optional();
        if (anchored.isPresent()) {
            return anchored;
        }
        return jdbc.sql("SELECT " + CHECKPOINT_COLUMNS + " FROM checkpoint WHERE tree_size > :index ORDER BY tree_size DESC LIMIT 1")
                .param("index", logIndex).query(checkpointRows).optional();
    }


    private static final String LOGGED = "SELECT l.log_index, " + StoredEvent.columns("e") + " FROM log_leaf l"
            + " JOIN eventstore.domain_event_entry e ON e.event_identifier = l.event_identifier";

    private record LoggedEvent(long logIndex, StoredEvent event) {
    }

    private LoggedEvent logged(String eventId) {
        return jdbc.sql(LOGGED + " WHERE l.event_identifier = :id")
                .param("id", eventId).query(AuditQueries::loggedEvent).optional()
                .orElseThrow(() -> new NotFound("Event " + eventId + " is not in the log (yet)"));
    }

    private static LoggedEvent loggedEvent(ResultSet rs, int n) throws SQLException {
        return new LoggedEvent(rs.getLong(1), StoredEvent.read(rs, 2));
    }

    private final org.springframework.jdbc.core.RowMapper<CheckpointView> checkpointRows = this::checkpointRow;

    private CheckpointView checkpointRow(ResultSet rs, int n) throws SQLException {
        String signed = rs.getString(3);
        String cosigned = rs.getString(4);
        CheckpointView view = new CheckpointView(properties.origin(), rs.getLong(1), Hash.of(rs.getBytes(2)).hex(), signed,
                time(rs, 5)).cosignedNote(cosigned);
        if (cosigned != null) {
            for (NoteSignature signature : Note.parse(cosigned).signatures()) {
                if (signature.keyName().equals(keys.witness().keyName())) {
                    org.datadeed.ledger.core.tlog.Cosignature cosignature = org.datadeed.ledger.core.tlog.Cosignature.from(signature);
                    view.addCosignaturesItem(new Cosignature().keyName(signature.keyName())
                            .timestamp(cosignature.time().atOffset(ZoneOffset.UTC)));
                }
            }
        }
        if (rs.getString(6) != null) {
            view.anchor(new AnchorView(rs.getString(6), rs.getString(7), time(rs, 8)));
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
