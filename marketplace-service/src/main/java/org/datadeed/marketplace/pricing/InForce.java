package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An interval during which one filing or schedule version was the one in force: {@code [from, until)}, open-ended
 * when {@code until} is {@code null}.
 *
 * @param item  the filing or schedule
 * @param from  first instant in force
 * @param until first instant no longer in force, or {@code null} if still in force; prefer {@link #end()}
 * @param <T>   {@link CeilingFiling} or {@link PriceSchedule}
 */
public record InForce<T>(T item, Instant from, Instant until) {

    public InForce {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("an interval in force ends after it starts");
        }
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(until);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && (until == null || instant.isBefore(until));
    }

    /** Whether this interval shares an instant with {@code [start, endExclusive)}. */
    public boolean overlaps(Instant start, Instant endExclusive) {
        return from.isBefore(endExclusive) && (until == null || until.isAfter(start));
    }

    /** This interval cut to {@code [start, endExclusive)}; only for overlapping intervals. */
    public InForce<T> clip(Instant start, Instant endExclusive) {
        Instant clippedFrom = from.isBefore(start) ? start : from;
        Instant clippedUntil = until == null || until.isAfter(endExclusive) ? endExclusive : until;
        return new InForce<>(item, clippedFrom, clippedUntil);
    }
}
