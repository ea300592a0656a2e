package org.datadeed.ledger.service.audit;

import java.util.Optional;

import org.datadeed.api.audit.model.CheckpointView;
import org.datadeed.api.audit.model.Stage;

/**
 * The newest published checkpoint and the newest anchored one, as read together: how far the log is proven, and which
 * checkpoint proves an event now. Older checkpoints are smaller, so when the newest of a kind does not cover an index
 * none of that kind does.
 */
record NewestCheckpoints(Optional<CheckpointView> published, Optional<CheckpointView> anchored) {

    /** The anchored checkpoint if it covers the log index, else the published one if it does. */
    Optional<CheckpointView> covering(long logIndex) {
        return anchored.filter(c -> c.getTreeSize() > logIndex).or(() -> published.filter(c -> c.getTreeSize() > logIndex));
    }

    long integrated() {
        return published.map(CheckpointView::getTreeSize).orElse(0L);
    }

    long anchoredSize() {
        return anchored.map(CheckpointView::getTreeSize).orElse(0L);
    }

    Stage stageOf(long logIndex) {
        if (logIndex < anchoredSize()) {
            return Stage.ANCHORED;
        }
        return logIndex < integrated() ? Stage.INTEGRATED : Stage.SEQUENCED;
    }
}
