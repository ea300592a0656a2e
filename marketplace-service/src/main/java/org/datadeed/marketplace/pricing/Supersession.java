package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The one supersession rule shared by ceiling filings and price schedules: at an instant, the record in force is the
 * <em>latest recorded</em> one whose effective date has arrived; if that record has expired by then, nothing is in
 * force. A superseded record never revives, even if its successor expires.
 */
final class Supersession {

    private Supersession() {
    }

    static <T> Optional<T> inForceAt(List<T> history, Instant instant, Function<T, Instant> effectiveFrom,
                                     Function<T, Optional<Instant>> expiry) {
        for (int i = history.size() - 1; i >= 0; i--) {
            T candidate = history.get(i);
            if (!effectiveFrom.apply(candidate).isAfter(instant)) {
                boolean expired = expiry.apply(candidate).map(until -> !instant.isBefore(until)).orElse(false);
                return expired ? Optional.empty() : Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The successive intervals in force, in time order, gaps (nothing in force) omitted. */
    static <T> List<InForce<T>> timeline(List<T> history, Function<T, Instant> effectiveFrom,
                                         Function<T, Optional<Instant>> expiry) {
        TreeSet<Instant> changes = new TreeSet<>();
        for (T record : history) {
            changes.add(effectiveFrom.apply(record));
            expiry.apply(record).ifPresent(changes::add);
        }
        List<InForce<T>> timeline = new ArrayList<>();
        List<Instant> instants = new ArrayList<>(changes);
        T current = null;
        Instant currentFrom = null;
        for (Instant change : instants) {
            T atChange = inForceAt(history, change, effectiveFrom, expiry).orElse(null);
            if (!Objects.equals(atChange, current)) {
                if (current != null) {
                    timeline.add(new InForce<>(current, currentFrom, change));
                }
                current = atChange;
                currentFrom = change;
            }
        }
        if (current != null) {
            timeline.add(new InForce<>(current, currentFrom, null));
        }
        return timeline;
    }
}
