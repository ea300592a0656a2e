package org.datadeed.devsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SettableClockTest {

    @Test
    void aFixedClockStandsStillUntilMovedAndMovesOnlyForward() {
        SettableClock clock = new SettableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-02T01:00:00Z"));
        clock.advancePast(Instant.parse("2026-03-10T00:00:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-10T00:01:00Z"));
        clock.advancePast(Instant.parse("2026-03-05T00:00:00Z"));
        assertThat(clock.instant()).as("already past it").isEqualTo(Instant.parse("2026-03-10T00:01:00Z"));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRunningClockRunsBehindUntilItCatchesUpAndNeverOvertakesTheSystemClock() {
        SettableClock clock = SettableClock.runningBehind(Duration.ofDays(40), ZoneOffset.UTC);
        Instant system = Instant.now();
        assertThat(Duration.between(clock.instant(), system)).isBetween(Duration.ofDays(40).minusMinutes(1), Duration.ofDays(40).plusMinutes(1));
        clock.advancePast(system.minus(Duration.ofDays(10)));
        assertThat(Duration.between(clock.instant(), Instant.now())).isBetween(Duration.ofDays(10).minusMinutes(2), Duration.ofDays(10));
        clock.advance(Duration.ofDays(365));
        assertThat(clock.instant()).isBeforeOrEqualTo(Instant.now());
        clock.catchUp();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
