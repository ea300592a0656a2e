package org.datadeed.ledger.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.datadeed.api.audit.model.CheckpointView;
import org.datadeed.api.audit.model.Stage;
import org.junit.jupiter.api.Test;

class NewestCheckpointsTest {

    private static final NewestCheckpoints BOTH = new NewestCheckpoints(Optional.of(checkpoint(20)), Optional.of(checkpoint(12)));

    @Test
    void anEventIsProvenByTheAnchoredCheckpointWhenItCoversIt() {
        assertThat(BOTH.covering(0)).map(CheckpointView::getTreeSize).contains(12L);
        assertThat(BOTH.covering(11)).map(CheckpointView::getTreeSize).contains(12L);
        assertThat(BOTH.stageOf(11)).isEqualTo(Stage.ANCHORED);
    }

    @Test
    void elseByThePublishedOneWhenItCoversIt() {
        assertThat(BOTH.covering(12)).map(CheckpointView::getTreeSize).contains(20L);
        assertThat(BOTH.covering(19)).map(CheckpointView::getTreeSize).contains(20L);
        assertThat(BOTH.stageOf(12)).isEqualTo(Stage.INTEGRATED);
    }

    @Test
    void anEventBeyondEveryCheckpointIsOnlySequenced() {
        assertThat(BOTH.covering(20)).isEmpty();
        assertThat(BOTH.stageOf(20)).isEqualTo(Stage.SEQUENCED);
    }

    @Test
    void aLogWithoutCheckpointsHasSizesZero() {
        NewestCheckpoints none = new NewestCheckpoints(Optional.empty(), Optional.empty());
        assertThat(none.integrated()).isZero();
        assertThat(none.anchoredSize()).isZero();
        assertThat(none.covering(0)).isEmpty();
        assertThat(new NewestCheckpoints(Optional.of(checkpoint(3)), Optional.empty()).covering(2))
                .map(CheckpointView::getTreeSize).contains(3L);
    }

    private static CheckpointView checkpoint(long size) {
        return new CheckpointView("datadeed.test/log", size, "00".repeat(32), "note", OffsetDateTime.parse("2026-11-24T00:00:00Z"));
    }
}
