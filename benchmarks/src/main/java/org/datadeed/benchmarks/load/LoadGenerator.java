package org.datadeed.benchmarks.load;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.audit.model.LogStatus;
import org.datadeed.devsupport.OAuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drives the running local stack through the generated clients, as holders, enterprises, operators' delivery points
 * and regulators do, and measures it: a raw-insert baseline on the same database, registration submissions,
 * registration reads, inclusion-proof fetches, licence applications to their grant, usage ingest. After each mix it
 * reads the ledger's status (backlog, anchoring lag p50/p99 as the ledger measures it). Every rate is also given as a
 * ratio of the baseline. Logs one summary line ({@code LOAD …}) and writes the JSON result to {@code --out}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.datadeed.benchmarks.load.LoadGenerator</pre>
 */
public final class LoadGenerator {

    private static final Logger log = LoggerFactory.getLogger(LoadGenerator.class);

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(options.credentials())) {
            credentials.load(reader);
        }
        String regulator = token(options.issuer(), "regulator-api", credentials);
        MarketplaceLoad marketplace = new MarketplaceLoad(options, token(options.issuer(), "enterprise-a-api", credentials),
                token(options.issuer(), "operator-api", credentials));
        RegistryLoad registry = new RegistryLoad(options, token(options.issuer(), "holder-hz-api", credentials), regulator);
        AuditApi audit = audit(options, regulator);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", Timings.WALL.instant().toString());
        results.put("options", options.describe());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        List<String> summary = new ArrayList<>();
        Double baseline = null;
        for (String mix : options.mixes()) {
            Map<String, Object> result = switch (mix) {
                case "baseline" -> new Baseline(options).rawInserts();
                case "registration" -> registry.registrations();
                case "read" -> registry.reads();
                case "proof" -> registry.proofs();
                case "grant" -> marketplace.grants();
                case "usage" -> marketplace.usage();
                default -> throw new IllegalArgumentException(mix);
            };
            double rate = result.entrySet().stream().filter(e -> e.getKey().endsWith("PerSecond"))
                    .mapToDouble(e -> ((Number) e.getValue()).doubleValue()).findFirst().orElse(0);
            if (mix.equals("baseline")) {
                baseline = rate;
            } else if (baseline != null) {
                result.put("ratioToBaseline", rate / baseline);
            }
            result.put("ledgerAfter", ledger(audit));
            results.put(mix, result);
            summary.add(mix + ": " + result.get("summary")
                    + (result.containsKey("ratioToBaseline") ? String.format(Locale.ROOT, " (%.2f× baseline)", result.get("ratioToBaseline")) : ""));
            log.info("{}: {}", mix, result.get("summary"));
        }
        results.put("stack", StackFacts.read(options));
        Files.createDirectories(options.out());
        Path file = options.out().resolve("load-" + Timings.WALL.instant().toString().replace(':', '-') + ".json");
        Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(results));
        log.info("LOAD {} -> {}", String.join(" | ", summary), file);
    }

    /** The ledger's view after a mix: how far behind sequencing is and the anchoring lag it measured. */
    private static Map<String, Object> ledger(AuditApi audit) {
        Map<String, Object> ledger = new LinkedHashMap<>();
        try {
            LogStatus status = audit.getLogStatus();
            ledger.put("sequencedSize", status.getSequencedSize());
            ledger.put("anchoredSize", status.getAnchoredSize());
            ledger.put("backlog", status.getBacklog());
            ledger.put("anchoringLagP50Millis", status.getAnchoringLagP50Millis());
            ledger.put("anchoringLagP99Millis", status.getAnchoringLagP99Millis());
        } catch (Exception e) {
            ledger.put("unavailable", e.toString());
        }
        return ledger;
    }

    private static AuditApi audit(LoadOptions options, String token) {
        org.datadeed.client.audit.ApiClient client = new org.datadeed.client.audit.ApiClient();
        client.setHttpClientBuilder(Http.client());
        client.updateBaseUri(options.ledger());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new AuditApi(client);
    }

    private static String token(String issuer, String clientId, Properties credentials) {
        return new OAuthTokens(issuer).clientCredentials(clientId, credentials.getProperty("client." + clientId + ".secret"));
    }
}
