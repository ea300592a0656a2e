package org.datadeed.platform.eventstore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

/**
 * Axon's embedded event store, except that its reader for the tracking processors is woken at most once per
 * {@code wakeUpDelay} after local commits instead of after every one. Axon wakes the reader after each commit; under
 * load that is one read of the store (and usually one more that finds nothing) per command, most of it events the
 * tracking processors ignore: about a tenth of a service's CPU under the licence-grant load (BENCHMARKS.md). Now the
 * commits within one delay are read together. Nothing is skipped: the reader reads everything after its position
 * each time it wakes, and it still polls on its own every fetch delay (events committed by other services, which
 * never woke it).
 */
public class CoalescingEventStore extends EmbeddedEventStore {

    private final long wakeUpDelayNanos;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "event-store-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    public CoalescingEventStore(Builder builder, Duration wakeUpDelay) {
        super(builder);
        if (wakeUpDelay.isNegative()) {
            throw new IllegalArgumentException("The wake-up delay must not be negative: " + wakeUpDelay);
        }
        this.wakeUpDelayNanos = wakeUpDelay.toNanos();
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (wakeUpPending.compareAndSet(false, true)) {
            timer.schedule(() -> wakeUpReader(events), wakeUpDelayNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** Cleared before the reader wakes: a commit after this point schedules the next wake-up, so none is lost. */
    private void wakeUpReader(List<? extends EventMessage<?>> events) {
        wakeUpPending.set(false);
        super.afterCommit(events);
    }

    @Override
    public void shutDown() {
        timer.shutdownNow();
        super.shutDown();
    }
}
