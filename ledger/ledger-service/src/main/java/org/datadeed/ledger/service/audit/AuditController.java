package org.datadeed.ledger.service.audit;

import java.util.List;

import org.datadeed.api.audit.AuditApi;
import org.datadeed.api.audit.model.Alert;
import org.datadeed.api.audit.model.AuditReport;
import org.datadeed.api.audit.model.CheckpointView;
import org.datadeed.api.audit.model.ConsistencyProofView;
import org.datadeed.api.audit.model.EventProof;
import org.datadeed.api.audit.model.LogStatus;
import org.datadeed.api.audit.model.ProvenHistory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The regulators' audit API; the security chain admits regulators only. */
@RestController
class AuditController implements AuditApi {

    private final AuditQueries queries;
    private final FullAudit fullAudit;

    AuditController(AuditQueries queries, FullAudit fullAudit) {
        this.queries = queries;
        this.fullAudit = fullAudit;
    }

    @Override
    public ResponseEntity<LogStatus> getLogStatus() {
        return ResponseEntity.ok(queries.status());
    }

    @Override
    public ResponseEntity<List<CheckpointView>> listCheckpoints(Long fromSize, Integer limit, Boolean anchoredOnly) {
        return ResponseEntity.ok(queries.checkpoints(fromSize, limit, Boolean.TRUE.equals(anchoredOnly)));
    }

    @Override
    public ResponseEntity<CheckpointView> getLatestCheckpoint(Boolean anchored) {
        return ResponseEntity.ok(queries.latest(!Boolean.FALSE.equals(anchored)));
    }

    @Override
    public ResponseEntity<CheckpointView> getCheckpoint(Long treeSize) {
        return ResponseEntity.ok(queries.checkpoint(treeSize));
    }

    @Override
    public ResponseEntity<EventProof> getEventProof(String eventId, Long treeSize) {
        return ResponseEntity.ok(queries.eventProof(eventId, treeSize));
    }

    @Override
    public ResponseEntity<String> getEventReceipt(String eventId) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(queries.receipt(eventId));
    }

    @Override
    public ResponseEntity<ConsistencyProofView> getConsistencyProof(Long from, Long to) {
        return ResponseEntity.ok(queries.consistency(from, to));
    }

    @Override
    public ResponseEntity<ProvenHistory> getProvenHistory(String aggregateId) {
        return ResponseEntity.ok(queries.history(aggregateId));
    }

    @Override
    public ResponseEntity<AuditReport> runFullAudit() {
        return ResponseEntity.ok(fullAudit.run());
    }

    @Override
    public ResponseEntity<List<Alert>> listAlerts(Integer limit) {
        return ResponseEntity.ok(queries.alerts(limit));
    }
}
