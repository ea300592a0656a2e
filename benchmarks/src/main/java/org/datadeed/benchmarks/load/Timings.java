package org.datadeed.benchmarks.load;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One timed phase of the load: its threads, a latency recorder (HdrHistogram, microseconds), the operations that
 * succeeded and the errors. Every mix measures through it, so every result has the same shape.
 */
final class Timings {

    static final Clock WALL = Clock.systemUTC();

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Timings.class);

    private static final Duration SHORTEST_MEASURED = Duration.ofSeconds(5);

    /** The work each thread repeats until it returns false (nothing left, or time is up). */
    @FunctionalInterface
    interface Step {
        boolean run(Timings timings) throws Exception;
    }

    private final Recorder latencies = new Recorder(TimeUnit.MINUTES.toMicros(5), 3);
    private final AtomicLong operations = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
    private Duration took = Duration.ZERO;
    private StackFacts.Cpu cpu;
    private Histogram histogram;

    /** Runs {@code step} on {@code threads} threads until each says it is done; measures the whole phase. */
    static Timings run(int threads, Step step) throws Exception {
        return run(threads, Duration.ZERO, step);
    }

    /**
     * Runs {@code step} on {@code threads} threads until each says it is done. For the first {@code warmup} the work
     * runs untimed, so that both JIT compilers (the stack's and this generator's), the connection pools and the
     * database's caches settle; from then on the phase is measured. A phase that ends within its warm-up is an error:
     * its count is too small to measure anything.
     */
    static Timings run(int threads, Duration warmup, Step step) throws Exception {
        Timings timings = new Timings();
        AtomicReference<Timings> current = new AtomicReference<>(warmup.isZero() ? timings : new Timings());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            StackFacts.Cpu cpuBefore = StackFacts.cpu();
            Instant start = WALL.instant();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    while (step.run(current.get())) {
                        // the step records its own timing
                    }
                    return null;
                }));
            }
            if (!warmup.isZero()) {
                pool.shutdown();
                if (pool.awaitTermination(warmup.toMillis(), TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the phase ended within its warm-up of " + warmup.toSeconds()
                            + " s: raise its count");
                }
                cpuBefore = StackFacts.cpu();
                start = WALL.instant();
                current.set(timings);
            }
            for (Future<?> future : futures) {
                future.get();
            }
            timings.took = Duration.between(start, WALL.instant());
            timings.cpu = StackFacts.cpu().minus(cpuBefore);
            if (!warmup.isZero() && timings.took.compareTo(SHORTEST_MEASURED) < 0) {
                log.warn("only {} ms measured after the warm-up: raise the phase's count for a figure worth keeping",
                        timings.took.toMillis());
            }
        } finally {
            pool.shutdownNow();
        }
        timings.histogram = timings.latencies.getIntervalHistogram();
        return timings;
    }

    /** Records one operation that took since {@code startNanos}, counting {@code count} units (records, rows…). */
    void ok(long startNanos, long count) {
        latencies.recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1000));
        operations.addAndGet(count);
    }

    void error(long startNanos, Exception e) {
        latencies.recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1000));
        if (errors.incrementAndGet() <= 5) {
            firstErrors.add(String.valueOf(e));
        }
    }

    long operations() {
        return operations.get();
    }

    double perSecond() {
        return operations.get() * 1e9 / Math.max(took.toNanos(), 1);
    }

    double millis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** The result: count, rate, latency percentiles in ms, errors with the first few. */
    Map<String, Object> result(String unit) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put(unit, operations.get());
        result.put(unit + "PerSecond", perSecond());
        result.put("seconds", took.toNanos() / 1e9);
        result.put("requests", histogram.getTotalCount());
        Map<String, Double> ms = new LinkedHashMap<>();
        for (double p : new double[] {50, 90, 99, 99.9}) {
            ms.put("p" + (p == Math.rint(p) ? Integer.toString((int) p) : Double.toString(p)), millis(p));
        }
        ms.put("max", histogram.getMaxValue() / 1000.0);
        result.put("latencyMs", ms);
        long done = Math.max(operations.get(), 1);
        result.put("cpuMsPerOperation", Map.of("stackJvm", cpu.stack() * 1000 / done, "postgres", cpu.postgres() * 1000 / done,
                "loadGenerator", cpu.loadGenerator() * 1000 / done));
        result.put("errors", errors.get());
        result.put("firstErrors", List.copyOf(firstErrors));
        return result;
    }

    String summary(String unit) {
        long done = Math.max(operations.get(), 1);
        return String.format(Locale.ROOT, "%.0f %s/s, p50 %.1f ms, p99 %.1f ms, %d errors, CPU per op: stack %.2f ms + PostgreSQL %.2f ms"
                        + " + load generator %.2f ms",
                perSecond(), unit, millis(50), millis(99), errors.get(), cpu.stack() * 1000 / done, cpu.postgres() * 1000 / done,
                cpu.loadGenerator() * 1000 / done);
    }
}
