package org.datadeed.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void theDefaultsDriveTheLocalStackWithEveryMix() {
        LoadOptions options = LoadOptions.parse();
        assertThat(options.mixes()).containsExactly("baseline", "registration", "read", "proof", "grant", "usage");
        assertThat(options.marketplace()).isEqualTo("http://localhost:8083");
        assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:15432/datadeed");
    }

    @Test
    void optionsAreParsedAsNamed() {
        LoadOptions options = LoadOptions.parse("--mixes=grant,usage", "--threads=4", "--batch=2000",
                "--baseline-duration=5s", "--records=10000", "--warmup=3s", "--proof-aggregates=2000", "--reads=500");
        assertThat(options.mixes()).isEqualTo(List.of("grant", "usage"));
        assertThat(options.threads()).isEqualTo(4);
        assertThat(options.batch()).isEqualTo(2000);
        assertThat(options.baselineDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.records()).isEqualTo(10_000);
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.proofAggregates()).isEqualTo(2000);
        assertThat(options.reads()).isEqualTo(500);
        assertThat(LoadOptions.parse().proofAggregates()).isEqualTo(200);
        assertThat(LoadOptions.parse("--warmup=0s").warmup()).isZero();
    }

    @Test
    void unknownMixesOptionsAndOversizedBatchesAreRefused() {
        assertThatThrownBy(() -> LoadOptions.parse("--mixes=grant,teleport")).hasMessageContaining("mixes are some of");
        assertThatThrownBy(() -> LoadOptions.parse("--speed=11")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> LoadOptions.parse("--batch=10001")).hasMessageContaining("at most 10,000");
        assertThatThrownBy(() -> LoadOptions.parse("--proof-aggregates=0")).hasMessageContaining("counts must be positive");
        assertThatThrownBy(() -> LoadOptions.parse("--reads=0")).hasMessageContaining("counts must be positive");
        assertThatThrownBy(() -> LoadOptions.parse("threads=2")).hasMessageContaining("expected --name=value");
    }
}
