package org.datadeed.benchmarks.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The load generator's options ({@code --name=value}); the defaults drive the README's local stack. */
record LoadOptions(List<String> mixes, int threads, int applications, int licences, long records, int batch,
                   int registrations, int reads, int proofs, int proofAggregates, Duration warmup, Duration baselineDuration, String product, String issuer,
                   String registry, String ledger, String marketplace, String jdbcUrl, String jdbcUser,
                   Path credentials, Path out) {

    static final Set<String> MIXES = Set.of("baseline", "registration", "read", "proof", "grant", "usage");

    static final String USAGE = """
            java -cp benchmarks/target/benchmarks.jar org.datadeed.benchmarks.load.LoadGenerator [options]
              --mixes=baseline,registration,read,proof,grant,usage   what to run, in order
              --threads=8                    concurrent clients (and baseline connections)
              --warmup=20s                   untimed start of every timed phase (the counts below include it)
              --baseline-duration=20s        how long the raw-insert baseline runs
              --registrations=16000          registration submissions (drafts with evidence are prepared first)
              --reads=40000                  reads of one registration by its holder (the floor under a submission)
              --proofs=80000                 inclusion-proof fetches
              --proof-aggregates=200         registrations whose events the proofs are fetched for (at random)
              --applications=14000           licence applications, each on its own prepared quote
              --licences=20                  licences the usage records are spread over
              --records=3000000              usage records sent
              --batch=5000                   usage records per batch (at most 10,000)
              --product=公交实时到站          catalogue search text naming an auto-approvable product
              --issuer=http://localhost:9000 --registry=http://localhost:8081 --ledger=http://localhost:8082
              --marketplace=http://localhost:8083
              --jdbc-url=jdbc:postgresql://localhost:15432/datadeed --jdbc-user=postgres
              --credentials=.datadeed/credentials.properties
              --out=benchmarks/target/results""";

    LoadOptions {
        mixes = List.copyOf(mixes);
        if (!MIXES.containsAll(mixes) || mixes.isEmpty()) {
            throw new IllegalArgumentException("mixes are some of " + MIXES + "\n" + USAGE);
        }
        if (threads < 1 || applications < 1 || licences < 1 || records < 1 || batch < 1 || batch > 10_000
                || registrations < 1 || reads < 1 || proofs < 1 || proofAggregates < 1 || warmup.isNegative()) {
            throw new IllegalArgumentException("counts must be positive and a batch at most 10,000\n" + USAGE);
        }
    }

    static LoadOptions parse(String... args) {
        List<String> mixes = List.of("baseline", "registration", "read", "proof", "grant", "usage");
        int threads = 8;
        int applications = 14_000;
        int licences = 20;
        long records = 3_000_000;
        int batch = 5_000;
        int registrations = 16_000;
        int reads = 40_000;
        int proofs = 80_000;
        int proofAggregates = 200;
        Duration warmup = Duration.ofSeconds(20);
        Duration baseline = Duration.ofSeconds(20);
        String product = "公交实时到站";
        String issuer = "http://localhost:9000";
        String registry = "http://localhost:8081";
        String ledger = "http://localhost:8082";
        String marketplace = "http://localhost:8083";
        String jdbcUrl = "jdbc:postgresql://localhost:15432/datadeed";
        String jdbcUser = "postgres";
        Path credentials = Path.of(".datadeed", "credentials.properties");
        Path out = Path.of("benchmarks", "target", "results");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'\n" + USAGE);
            }
            String value = arg.substring(eq + 1);
            switch (arg.substring(2, eq)) {
                case "mixes" -> mixes = new ArrayList<>(List.of(value.split(",")));
                case "threads" -> threads = Integer.parseInt(value);
                case "applications" -> applications = Integer.parseInt(value);
                case "licences" -> licences = Integer.parseInt(value);
                case "records" -> records = Long.parseLong(value);
                case "batch" -> batch = Integer.parseInt(value);
                case "registrations" -> registrations = Integer.parseInt(value);
                case "reads" -> reads = Integer.parseInt(value);
                case "proofs" -> proofs = Integer.parseInt(value);
                case "proof-aggregates" -> proofAggregates = Integer.parseInt(value);
                case "warmup" -> warmup = duration(value);
                case "baseline-duration" -> baseline = duration(value);
                case "product" -> product = value;
                case "issuer" -> issuer = value;
                case "registry" -> registry = value;
                case "ledger" -> ledger = value;
                case "marketplace" -> marketplace = value;
                case "jdbc-url" -> jdbcUrl = value;
                case "jdbc-user" -> jdbcUser = value;
                case "credentials" -> credentials = Path.of(value);
                case "out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new LoadOptions(mixes, threads, applications, licences, records, batch, registrations, reads, proofs, proofAggregates, warmup,
                baseline, product, issuer, registry, ledger, marketplace, jdbcUrl, jdbcUser, credentials, out);
    }

    private static Duration duration(String value) {
        return Duration.parse("PT" + value.toUpperCase(java.util.Locale.ROOT));
    }

    Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mixes", mixes);
        map.put("threads", threads);
        map.put("warmupSeconds", warmup.toSeconds());
        map.put("baselineSeconds", baselineDuration.toSeconds());
        map.put("registrations", registrations);
        map.put("reads", reads);
        map.put("proofs", proofs);
        map.put("proofAggregates", proofAggregates);
        map.put("applications", applications);
        map.put("licences", licences);
        map.put("records", records);
        map.put("batch", batch);
        return map;
    }
}
