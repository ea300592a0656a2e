package org.datadeed.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import org.datadeed.ledger.chaincode.testing.WorldState;
import org.junit.jupiter.api.Test;

class WorldStateKeysTest {

    @Test
    void checkpointKeysSortByTreeSize() {
        assertThat(WorldState.compareUtf8(WorldStateKeys.checkpoint("o", 9), WorldStateKeys.checkpoint("o", 10)))
                .isNegative();
        assertThat(WorldState.compareUtf8(WorldStateKeys.checkpoint("o", 10), WorldStateKeys.checkpoint("o",
                Long.MAX_VALUE))).isNegative();
    }

    @Test
    void everyCheckpointKeyOfAnOriginIsBelowItsEndKeyAndNoOtherOriginsKeyIsInBetween() {
        String end = WorldStateKeys.checkpointsEnd("o");

        assertThat(WorldState.compareUtf8(WorldStateKeys.checkpoint("o", Long.MAX_VALUE), end)).isNegative();
        assertThat(WorldStateKeys.checkpoint("o/1", 0)).doesNotStartWith(end.substring(0, end.length() - 1));
        assertThat(WorldStateKeys.checkpoint("o", 0)).hasSize(WorldStateKeys.checkpoint("another origin", 0).length());
    }
}
