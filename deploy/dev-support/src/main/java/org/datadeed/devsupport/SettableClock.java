package org.datadeed.devsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that tests (and benchmarks) move forward, shared by the services and their deadline schedulers in one JVM,
 * so that working days, notice periods and licence terms can pass in seconds.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;
    private final ZoneId zone;

    public SettableClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock a minute past {@code instant}, unless it is there already. */
    public void advancePast(Instant instant) {
        if (!now.isAfter(instant)) {
            now = instant.plusSeconds(60);
        }
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
