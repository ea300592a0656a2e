package org.datadeed.ledger.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

class InMemoryCheckpointAnchorTest extends CheckpointAnchorContract {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @Override
    protected CheckpointAnchor newAnchor() {
        return new InMemoryCheckpointAnchor("local-anchor", Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    protected String expectedSubmitter() {
        return "local-anchor";
    }

    @Test
    void anchoredAtIsTheClockTime() {
        TestLog log = TestLog.of(ORIGIN).grow(1);
        anchor().registerLog(ORIGIN, log.verifierKey());

        assertThat(anchor().anchor(log.signedCheckpoint(), List.of()).anchoredAt()).isEqualTo(NOW);
    }
}
