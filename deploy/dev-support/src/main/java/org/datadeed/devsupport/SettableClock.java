package org.datadeed.devsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clock that tests, benchmarks and the local stack's demo seeding move forward, shared by the services and their
 * deadline schedulers in one JVM, so that working days, notice periods and licence terms pass in seconds. It either
 * stands still at a set instant (tests), or runs with the system clock at an offset (the local stack, which seeds
 * its demo history a few weeks back and then catches up with the present). It never goes backwards.
 */
public final class SettableClock extends Clock {

    private final Clock system;
    private volatile Instant fixed;
    private volatile Duration offset = Duration.ZERO;

    /** A clock standing still at {@code start} until moved. */
    public SettableClock(Instant start, ZoneId zone) {
        this.system = Clock.system(zone);
        this.fixed = Objects.requireNonNull(start, "start");
    }

    private SettableClock(Clock system, Instant fixed, Duration offset) {
        this.system = system;
        this.fixed = fixed;
        this.offset = offset;
    }

    /** A clock running with the system clock, {@code behind} in the past until it catches up. */
    public static SettableClock runningBehind(Duration behind, ZoneId zone) {
        return new SettableClock(Clock.system(zone), null, behind.negated());
    }

    /** Moves the clock a minute past {@code instant}, unless it is there already. */
    public synchronized void advancePast(Instant instant) {
        Instant now = instant();
        if (!now.isAfter(instant)) {
            advance(Duration.between(now, instant).plusSeconds(60));
        }
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the clock never goes backwards");
        }
        if (fixed != null) {
            fixed = fixed.plus(duration);
        } else {
            offset = offset.plus(duration).isNegative() ? offset.plus(duration) : Duration.ZERO;
        }
    }

    /** A running clock catches up with the system clock and runs with it from now on. */
    public synchronized void catchUp() {
        if (fixed == null) {
            offset = Duration.ZERO;
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(system.withZone(other), fixed, offset);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : system.instant().plus(offset);
    }
}
