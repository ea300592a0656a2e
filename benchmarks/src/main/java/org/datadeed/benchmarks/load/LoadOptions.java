package org.datadeed.benchmarks.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The load generator's options ({@code --name=value}); defaults drive the README's local stack. */
record LoadOptions(List<String> mixes, int threads, int applications, int licences, long records, int batch,
                   String product, String issuer, String marketplace, Path credentials, Path out) {

    static final String USAGE = """
            java -cp benchmarks/target/benchmarks.jar org.datadeed.benchmarks.load.LoadGenerator [options]
              --mixes=grant,usage            what to run, in order
              --threads=8                    concurrent clients
              --applications=5000            licence applications (grant mix), each on its own prepared quote
              --licences=20                  licences the usage records are spread over (usage mix)
              --records=1000000              usage records sent (usage mix)
              --batch=5000                   records per batch (at most 10,000)
              --product=公交实时到站          catalogue search text naming an auto-approvable product
              --issuer=http://localhost:9000 --marketplace=http://localhost:8083
              --credentials=.datadeed/credentials.properties
              --out=benchmarks/target/results""";

    LoadOptions {
        mixes = List.copyOf(mixes);
        if (threads < 1 || applications < 1 || licences < 1 || records < 1 || batch < 1 || batch > 10_000) {
            throw new IllegalArgumentException("counts must be positive and a batch at most 10,000\n" + USAGE);
        }
    }

    static LoadOptions parse(String... args) {
        List<String> mixes = List.of("grant", "usage");
        int threads = 8;
        int applications = 5_000;
        int licences = 20;
        long records = 1_000_000;
        int batch = 5_000;
        String product = "公交实时到站";
        String issuer = "http://localhost:9000";
        String marketplace = "http://localhost:8083";
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
                case "product" -> product = value;
                case "issuer" -> issuer = value;
                case "marketplace" -> marketplace = value;
                case "credentials" -> credentials = Path.of(value);
                case "out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new LoadOptions(mixes, threads, applications, licences, records, batch, product, issuer, marketplace,
                credentials, out);
    }

    Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("mixes", mixes);
        map.put("threads", threads);
        map.put("applications", applications);
        map.put("licences", licences);
        map.put("records", records);
        map.put("batch", batch);
        map.put("marketplace", marketplace);
        return map;
    }
}
