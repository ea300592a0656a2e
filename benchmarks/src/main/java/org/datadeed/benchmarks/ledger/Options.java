package org.datadeed.benchmarks.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Command-line options of {@link LedgerThroughput}, each {@code --name=value}; any other {@code --a.b=c} is passed
 * to the ledger service as a property (for instance {@code --datadeed.ledger.batch-size=1000}).
 *
 * @param events           events appended by the throughput phases
 * @param appendBatch      events per event-store transaction in the throughput phases
 * @param rate             events per second offered in the lag phase
 * @param duration         how long the lag phase offers them
 * @param threads          appending threads in the lag phase
 * @param txEvents         events per event-store transaction in the lag phase
 * @param phases           which of {@code concurrent}, {@code backlog}, {@code lag} to run, in that order
 * @param timeout          how long to wait for the anchored checkpoint that covers a phase's events
 * @param out              the folder for the JSON results
 * @param ledgerProperties properties passed to the ledger service
 */
record Options(int events, int appendBatch, int rate, Duration duration, int threads, int txEvents, Set<String> phases,
               Duration timeout, Path out, List<String> ledgerProperties) {

    static final Set<String> PHASES = Set.of("concurrent", "backlog", "lag");

    static final String USAGE = """
            java -cp benchmarks/target/benchmarks.jar org.datadeed.benchmarks.ledger.LedgerThroughput [options]
              --events=100000        events appended by the throughput phases
              --append-batch=1000    events per event-store transaction in the throughput phases
              --rate=1000            events/s offered in the lag phase
              --duration=60s         length of the lag phase
              --threads=4            appending threads in the lag phase
              --tx-events=5          events per event-store transaction in the lag phase
              --phases=concurrent,backlog,lag
              --timeout=300s         longest wait for the anchored checkpoint covering a phase
              --out=benchmarks/target/results
              --<ledger property>=<value>   e.g. --datadeed.ledger.batch-size=1000""";

    Options {
        if (events < 1 || appendBatch < 1 || rate < 1 || threads < 1 || txEvents < 1) {
            throw new IllegalArgumentException("counts and rates must be positive");
        }
        if (duration.isNegative() || duration.isZero() || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
        if (!PHASES.containsAll(phases) || phases.isEmpty()) {
            throw new IllegalArgumentException("phases are some of " + PHASES + ", got " + phases);
        }
        phases = Set.copyOf(phases);
        ledgerProperties = List.copyOf(ledgerProperties);
    }

    static Options parse(String... args) {
        int events = 100_000;
        int appendBatch = 1_000;
        int rate = 1_000;
        Duration duration = Duration.ofSeconds(60);
        int threads = 4;
        int txEvents = 5;
        Set<String> phases = new LinkedHashSet<>(List.of("concurrent", "backlog", "lag"));
        Duration timeout = Duration.ofSeconds(300);
        Path out = Path.of("benchmarks", "target", "results");
        List<String> ledger = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + USAGE);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "events" -> events = Integer.parseInt(value);
                case "append-batch" -> appendBatch = Integer.parseInt(value);
                case "rate" -> rate = Integer.parseInt(value);
                case "duration" -> duration = seconds(value);
                case "threads" -> threads = Integer.parseInt(value);
                case "tx-events" -> txEvents = Integer.parseInt(value);
                case "phases" -> phases = new LinkedHashSet<>(List.of(value.split(",")));
                case "timeout" -> timeout = seconds(value);
                case "out" -> out = Path.of(value);
                default -> {
                    if (!name.contains(".")) {
                        throw new IllegalArgumentException("unknown option --" + name + "\n" + USAGE);
                    }
                    ledger.add(name + "=" + value);
                }
            }
        }
        return new Options(events, appendBatch, rate, duration, threads, txEvents, phases, timeout, out, ledger);
    }

    /** {@code 60}, {@code 60s}, {@code 2m}. */
    private static Duration seconds(String value) {
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofSeconds(Long.parseLong(value.endsWith("s") ? value.substring(0, value.length() - 1) : value));
    }
}
