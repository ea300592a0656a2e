package org.datadeed.benchmarks.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Anchoring lag: for each event, the anchoring time of the first anchored checkpoint that covers it (tree size &gt;
 * the event's log index) minus the time the event was appended to the event store.
 */
final class AnchoringLag {

    /** Lags up to an hour, in microseconds, with 3 significant digits. */
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private AnchoringLag() {
    }

    /** An anchored checkpoint: its tree size and when it was anchored. */
    record Anchored(long treeSize, Instant anchoredAt) {
    }

    /** An event in the log: its leaf index and when it was appended to the event store. */
    record Sequenced(long logIndex, Instant appendedAt) {
    }

    /** The result: lags in microseconds, and the events no anchored checkpoint covers yet. */
    record Result(Histogram micros, long unanchored) {

        Duration percentile(double percentile) {
            return Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(micros.getValueAtPercentile(percentile)));
        }

        Duration max() {
            return Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(micros.getMaxValue()));
        }
    }

    /**
     * @param anchored anchored checkpoints, in increasing tree size
     * @param events   the events to measure, in any order
     */
    static Result of(List<Anchored> anchored, List<Sequenced> events) {
        Histogram histogram = new Histogram(HIGHEST_MICROS, 3);
        long unanchored = 0;
        for (Sequenced event : events) {
            Anchored covering = firstCovering(anchored, event.logIndex());
            if (covering == null) {
                unanchored++;
                continue;
            }
            long micros = Math.max(0, Duration.between(event.appendedAt(), covering.anchoredAt()).toNanos() / 1_000);
            histogram.recordValue(Math.min(micros, HIGHEST_MICROS));
        }
        return new Result(histogram, unanchored);
    }

    /** The first checkpoint whose tree includes leaf {@code logIndex}, or null. Binary search. */
    private static Anchored firstCovering(List<Anchored> anchored, long logIndex) {
        int low = 0;
        int high = anchored.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (anchored.get(mid).treeSize() > logIndex) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low < anchored.size() ? anchored.get(low) : null;
    }
}
