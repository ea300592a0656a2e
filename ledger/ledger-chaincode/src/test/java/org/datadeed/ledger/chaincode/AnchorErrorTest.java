package org.datadeed.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.datadeed.ledger.core.anchor.AnchorRefusal;
import org.junit.jupiter.api.Test;

class AnchorErrorTest {

    @Test
    void errorsMapOneToOneOntoTheRefusalsOfThePort() {
        assertThat(Arrays.stream(AnchorRefusal.values()).map(AnchorError::of))
                .containsExactly(AnchorError.values());
        for (AnchorError error : AnchorError.values()) {
            assertThat(AnchorError.of(error.refusal())).isEqualTo(error);
        }
    }
}
