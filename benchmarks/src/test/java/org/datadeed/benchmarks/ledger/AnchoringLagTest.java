package org.datadeed.benchmarks.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class AnchoringLagTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void eachEventWaitsForTheFirstAnchoredCheckpointThatCoversIt() {
        List<AnchoringLag.Anchored> anchored = List.of(
                new AnchoringLag.Anchored(2, T0.plusMillis(300)),
                new AnchoringLag.Anchored(5, T0.plusMillis(900)));
        List<AnchoringLag.Sequenced> events = List.of(
                new AnchoringLag.Sequenced(0, T0),
                new AnchoringLag.Sequenced(1, T0.plusMillis(100)),
                new AnchoringLag.Sequenced(2, T0.plusMillis(200)),
                new AnchoringLag.Sequenced(4, T0.plusMillis(800)),
                new AnchoringLag.Sequenced(5, T0.plusMillis(850)));

        AnchoringLag.Result result = AnchoringLag.of(anchored, events);

        assertThat(result.micros().getTotalCount()).isEqualTo(4);
        assertThat(result.unanchored()).isEqualTo(1);
        assertThat(result.max()).isBetween(Duration.ofMillis(699), Duration.ofMillis(701));
        assertThat(result.micros().getMinValue()).isBetween(99_000L, 101_000L);
    }

    @Test
    void optionsPassUnknownDottedNamesToTheLedger() {
        Options options = Options.parse("--events=2000", "--duration=2m", "--phases=lag",
                "--datadeed.ledger.batch-size=1000");
        assertThat(options.events()).isEqualTo(2000);
        assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.phases()).containsExactly("lag");
        assertThat(options.ledgerProperties()).containsExactly("datadeed.ledger.batch-size=1000");
    }
}
