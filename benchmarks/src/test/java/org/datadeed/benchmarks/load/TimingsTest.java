package org.datadeed.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class TimingsTest {

    @Test
    void operationsDuringTheWarmUpAreNotCounted() throws Exception {
        AtomicLong started = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        AtomicReference<Timings> warmUp = new AtomicReference<>();
        long begun = System.nanoTime();
        Timings timings = Timings.run(2, Duration.ofMillis(200), t -> {
            warmUp.compareAndSet(null, t);
            // operations back to back: those of the warm-up, then 100 after it (however late the switch comes)
            if (t != warmUp.get() && measured.incrementAndGet() > 100) {
                return false;
            }
            started.incrementAndGet();
            t.ok(System.nanoTime(), 1);
            return true;
        });
        double overall = (System.nanoTime() - begun) / 1e9;
        assertThat(timings).isNotSameAs(warmUp.get());
        assertThat(timings.operations()).isBetween(100L, 101L).isLessThan(started.get());
        Map<String, Object> result = timings.result("things");
        assertThat((Double) result.get("seconds")).isPositive().isLessThanOrEqualTo(overall - 0.2);
        assertThat(result.get("requests")).isEqualTo(timings.operations());
    }

    @Test
    void withoutWarmUpEveryOperationCounts() throws Exception {
        AtomicLong left = new AtomicLong(50);
        Timings timings = Timings.run(3, t -> {
            if (left.getAndDecrement() <= 0) {
                return false;
            }
            t.ok(System.nanoTime(), 2);
            return true;
        });
        assertThat(timings.operations()).isEqualTo(100);
    }

    @Test
    void aPhaseThatEndsWithinItsWarmUpIsRefused() {
        AtomicLong left = new AtomicLong(5);
        assertThatThrownBy(() -> Timings.run(2, Duration.ofSeconds(5), t -> left.getAndDecrement() > 0))
                .hasMessageContaining("ended within its warm-up");
    }
}
