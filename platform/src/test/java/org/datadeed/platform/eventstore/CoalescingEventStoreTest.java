package org.datadeed.platform.eventstore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class CoalescingEventStoreTest {

    /** Counts the reads of the store, which is what a wake-up costs on PostgreSQL. */
    private static final class CountingEngine extends InMemoryEventStorageEngine {
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock);
        }
    }

    private final CountingEngine engine = new CountingEngine();
    private CoalescingEventStore store;

    /** The reader polls on its own only every ten minutes, so only a wake-up can deliver in time. */
    private CoalescingEventStore store(Duration wakeUpDelay) {
        store = new CoalescingEventStore(EmbeddedEventStore.builder().storageEngine(engine)
                .fetchDelay(TimeUnit.MINUTES.toMillis(10)), wakeUpDelay);
        return store;
    }

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    /**
     * Up to {@code count} payloads, waiting at most {@code within} in all. Axon's {@code hasNextAvailable} can return
     * false before its timeout (it wakes when the reader signals, even if that read found nothing new), so only the
     * deadline ends the wait.
     */
    private static List<Object> take(BlockingStream<TrackedEventMessage<?>> stream, int count, Duration within)
            throws InterruptedException {
        List<Object> payloads = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        for (long left = within.toNanos(); payloads.size() < count && left > 0; left = deadline - System.nanoTime()) {
            if (stream.hasNextAvailable((int) TimeUnit.NANOSECONDS.toMillis(left) + 1, TimeUnit.MILLISECONDS)) {
                payloads.add(stream.nextAvailable().getPayload());
            }
        }
        return payloads;
    }

    @Test
    void commitsWithinOneDelayAreReadTogetherAndNoneIsSkipped() throws InterruptedException {
        CoalescingEventStore store = store(Duration.ofMillis(500));
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            // asking starts the reader, whose first read finds the store empty; after it, only a wake-up makes it read
            assertThat(stream.hasNextAvailable()).isFalse();
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.reads.get() >= 1);
            int readsBefore = engine.reads.get();
            for (int i = 0; i < 100; i++) {
                store.publish(GenericEventMessage.asEventMessage("event " + i));
            }
            List<Object> received = take(stream, 100, Duration.ofSeconds(30));
            assertThat(received).hasSize(100).startsWith("event 0").endsWith("event 99").doesNotHaveDuplicates();
            // Axon's own store would read after each of the hundred commits; here one wake-up reads them all
            assertThat(engine.reads.get() - readsBefore).isBetween(1, 3);
        }
    }

    @Test
    void aCommitAfterAWakeUpSchedulesTheNextOne() throws InterruptedException {
        CoalescingEventStore store = store(Duration.ofMillis(20));
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            for (int round = 0; round < 5; round++) {
                store.publish(GenericEventMessage.asEventMessage("round " + round));
                assertThat(take(stream, 1, Duration.ofSeconds(30))).containsExactly("round " + round);
            }
        }
    }

    @Test
    void aNegativeDelayIsRefused() {
        assertThatThrownBy(() -> store(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        store = store(Duration.ZERO);
    }
}
