package org.datadeed.benchmarks.load;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.DataSource;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.Fingerprint;
import org.datadeed.client.registry.model.FingerprintMethod;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.RegistrationDraft;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.client.registry.model.RightClaim;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.Term;

/**
 * The registry and ledger mixes: registration submissions (drafts with their evidence prepared first, not timed; the
 * submission is what a holder waits for), reads of single registrations by their holder (the floor under a
 * submission), and inclusion-proof fetches by a regulator for the events just written.
 */
final class RegistryLoad {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RegistryLoad.class);

    private static final List<EvidenceKind> REQUIRED = List.of(EvidenceKind.APPLICATION_LETTER,
            EvidenceKind.COMMITMENT_LETTER, EvidenceKind.SOURCE_STATEMENT, EvidenceKind.FIELD_DICTIONARY,
            EvidenceKind.DATA_SAMPLE);

    private final LoadOptions options;
    private final ThreadLocal<RegistrationsApi> holder;
    private final ThreadLocal<AuditApi> regulator;
    private final EvidenceApi evidence;
    private final List<UUID> submitted = java.util.Collections.synchronizedList(new ArrayList<>());

    RegistryLoad(LoadOptions options, String holderToken, String regulatorToken) {
        this.options = options;
        this.holder = ThreadLocal.withInitial(() -> new RegistrationsApi(registryClient(holderToken)));
        this.evidence = new EvidenceApi(registryClient(holderToken));
        this.regulator = ThreadLocal.withInitial(() -> {
            org.datadeed.client.audit.ApiClient client = new org.datadeed.client.audit.ApiClient();
            client.setHttpClientBuilder(Http.client());
            client.updateBaseUri(options.ledger());
            client.setReadTimeout(java.time.Duration.ofSeconds(60));
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + regulatorToken));
            return new AuditApi(client);
        });
    }

    /** Submissions of complete drafts: submissions per second. */
    Map<String, Object> registrations() throws Exception {
        List<EvidenceAttachment> attachments = uploadEvidence();
        ConcurrentLinkedQueue<UUID> drafts = new ConcurrentLinkedQueue<>();
        AtomicLong left = new AtomicLong(options.registrations());
        Timings.run(options.threads(), t -> {
            if (left.getAndDecrement() <= 0) {
                return false;
            }
            RegistrationsApi api = holder.get();
            UUID id = api.createDraft(draft(), UUID.randomUUID().toString()).getRegistrationId();
            for (EvidenceAttachment attachment : attachments) {
                api.attachEvidence(id, attachment, UUID.randomUUID().toString());
            }
            drafts.add(id);
            return true;
        });
        log.info("registration: {} drafts prepared; timing the submissions after a warm-up of {}", drafts.size(), options.warmup());
        Timings timings = Timings.run(options.threads(), options.warmup(), t -> {
            UUID id = drafts.poll();
            if (id == null) {
                return false;
            }
            long start = System.nanoTime();
            try {
                if (holder.get().submitApplication(id, UUID.randomUUID().toString()).getStatus() == RegistrationStatus.SUBMITTED) {
                    t.ok(start, 1);
                    submitted.add(id);
                } else {
                    t.error(start, new IllegalStateException("not submitted"));
                }
            } catch (Exception e) {
                t.error(start, e);
            }
            return true;
        });
        Map<String, Object> result = timings.result("submissions");
        result.put("summary", timings.summary("submissions"));
        return result;
    }

    /** The registrations this run submitted, or up to {@code --proof-aggregates} of the holder's earlier ones. */
    private List<UUID> recentRegistrations() throws Exception {
        List<UUID> recent = new ArrayList<>(submitted);
        return recent.isEmpty() ? earlierRegistrations(options.proofAggregates()) : recent;
    }

    /** Up to {@code count} of the holder's registrations, a page of 50 at a time. */
    private List<UUID> earlierRegistrations(int count) throws Exception {
        List<UUID> found = new ArrayList<>();
        for (int page = 0; found.size() < count; page++) {
            List<UUID> more = holder.get().searchRegistrations(null, null, null, null, null, null, null, page, 50, null)
                    .getItems().stream().map(r -> r.getRegistrationId()).toList();
            if (more.isEmpty()) {
                break;
            }
            found.addAll(more);
        }
        return found;
    }

    /**
     * Reads of one registration at a time by its holder, among those just submitted (or the holder's earlier ones):
     * reads per second. A submission makes this same request and then some: the same token and organisation checks,
     * and its answer is this same document, read back after the write. No submission can be faster than this read on
     * the same machine, so it is the floor the submission figure is measured against.
     */
    Map<String, Object> reads() throws Exception {
        List<UUID> registrations = recentRegistrations();
        if (registrations.isEmpty()) {
            throw new IllegalStateException("no registrations to read");
        }
        Timings timings = randomFetches(options.reads(), registrations, id ->
                id.equals(holder.get().getRegistration(id).getRegistrationId()) ? null : "another registration answered for " + id);
        Map<String, Object> result = timings.result("reads");
        result.put("distinctRegistrations", registrations.size());
        result.put("summary", timings.summary("reads"));
        return result;
    }

    /**
     * Inclusion proofs of the events of {@code --proof-aggregates} registrations, those just submitted (or the holder's
     * earlier ones): proofs per second.
     */
    Map<String, Object> proofs() throws Exception {
        List<String> events = new ArrayList<>();
        List<UUID> aggregates = recentRegistrations();
        for (UUID aggregate : aggregates.subList(0, Math.min(options.proofAggregates(), aggregates.size()))) {
            regulator.get().getProvenHistory(aggregate.toString()).getEvents().forEach(e -> events.add(e.getEventId()));
        }
        if (events.isEmpty()) {
            throw new IllegalStateException("no sequenced events to prove");
        }
        Timings timings = randomFetches(options.proofs(), events, event ->
                regulator.get().getEventProof(event, null).getInclusionPath() != null ? null : "no inclusion path for " + event);
        Map<String, Object> result = timings.result("proofs");
        result.put("distinctEvents", events.size());
        result.put("summary", timings.summary("proofs"));
        return result;
    }

    /** One request of a fetch: what is wrong with its answer, or null when the answer is right. */
    private interface Fetch<T> {
        String check(T item) throws Exception;
    }

    /** {@code count} fetches on the threads, each of an item picked at random, timed after the warm-up. */
    private <T> Timings randomFetches(long count, List<T> items, Fetch<T> fetch) throws Exception {
        AtomicLong left = new AtomicLong(count);
        return Timings.run(options.threads(), options.warmup(), t -> {
            if (left.getAndDecrement() <= 0) {
                return false;
            }
            T item = items.get(ThreadLocalRandom.current().nextInt(items.size()));
            long start = System.nanoTime();
            try {
                String wrong = fetch.check(item);
                if (wrong == null) {
                    t.ok(start, 1);
                } else {
                    t.error(start, new IllegalStateException(wrong));
                }
            } catch (Exception e) {
                t.error(start, e);
            }
            return true;
        });
    }

    private List<EvidenceAttachment> uploadEvidence() throws Exception {
        List<EvidenceAttachment> attachments = new ArrayList<>();
        for (EvidenceKind kind : REQUIRED) {
            File file = File.createTempFile("load-" + kind, ".txt");
            file.deleteOnExit();
            Files.writeString(file.toPath(), "load test evidence " + kind + " " + UUID.randomUUID());
            String sha256 = evidence.uploadEvidence(file, UUID.randomUUID().toString()).getSha256();
            attachments.add(new EvidenceAttachment().kind(kind).sha256(sha256).fileName(kind + ".txt"));
        }
        return attachments;
    }

    private static RegistrationDraft draft() throws IOException {
        String seed = UUID.randomUUID().toString();
        return new RegistrationDraft().objectType(ObjectType.DATA_RESOURCE).name("负载测试数据集 " + seed)
                .description("load test").industry("交通运输、仓储和邮政业").scenarios(List.of("load test"))
                .classification(Classification.GENERAL).personalInformation(false)
                .source(new DataSource().statement("generated by the load generator").authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(new Fingerprint().sha256(sha256(seed + "a")).sm3(sha256(seed + "b")).method(FingerprintMethod.WHOLE_DATASET))
                .rights(List.of(new RightClaim().kind(RightKind.HOLDING).scope("the dataset")
                        .term(new Term().from(LocalDate.of(2026, 1, 1))).territory("CN")));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private ApiClient registryClient(String token) {
        ApiClient client = new ApiClient();
        client.setHttpClientBuilder(Http.client());
        client.updateBaseUri(options.registry());
        client.setReadTimeout(java.time.Duration.ofSeconds(60));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
