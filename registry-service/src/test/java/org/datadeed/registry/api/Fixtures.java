package org.datadeed.registry.api;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.*;

/** Builds registrations through the API the way holders and reviewers do, for the integration tests. */
final class Fixtures {

    private static final Path FILES;

    static {
        try {
            FILES = Files.createTempDirectory("registry-it-files");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Fixtures() {
    }

    static UUID inNotice(ApiClient holder, ApiClient reviewer) throws Exception {
        Registration draft = draftWithEvidence(holder, "Objectionable " + UUID.randomUUID());
        UUID id = draft.getRegistrationId();
        new RegistrationsApi(holder).submitApplication(id, key());
        ReviewApi review = new ReviewApi(reviewer);
        review.acceptApplication(id, new Decision().reason("ok"), key());
        review.passFormalReview(id, new Decision().reason("ok"), key());
        review.publishNotice(id, new Decision().reason("ok"), key());
        return id;
    }

    static Registration draftWithEvidence(ApiClient holder, String name) throws Exception {
        Registration draft = new RegistrationsApi(holder).createDraft(draft(name), key());
        EvidenceApi evidence = new EvidenceApi(holder);
        for (EvidenceKind kind : List.of(EvidenceKind.APPLICATION_LETTER, EvidenceKind.COMMITMENT_LETTER,
                EvidenceKind.SOURCE_STATEMENT, EvidenceKind.FIELD_DICTIONARY, EvidenceKind.DATA_SAMPLE)) {
            StoredEvidence stored = evidence.uploadEvidence(file(kind + ".pdf", "%PDF-1.7 " + kind + " of " + name), key());
            draft = new RegistrationsApi(holder).attachEvidence(draft.getRegistrationId(),
                    new EvidenceAttachment().kind(kind).sha256(stored.getSha256()).fileName(kind + ".pdf"), key());
        }
        return draft;
    }

    static RegistrationDraft draft(String name) {
        String seed = name + UUID.randomUUID();
        return new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE)
                .name(name)
                .description("Passenger boardings per stop and hour, 2023 onwards")
                .industry("transport")
                .scenarios(List.of("route planning", "urban research"))
                .classification(Classification.GENERAL)
                .personalInformation(false)
                .source(new DataSource().statement("Collected by our own fare system").authorisedBySource(true)
                        .ownershipDisputed(false))
                .fingerprint(new Fingerprint().sha256(hex(seed, "a")).sm3(hex(seed, "b")).method(FingerprintMethod.WHOLE_DATASET))
                .rights(List.of(new RightClaim().kind(RightKind.HOLDING).scope("The whole dataset")
                                .term(new Term().from(LocalDate.of(2026, 1, 1))).territory("CN"),
                        new RightClaim().kind(RightKind.OPERATION).scope("Provide as an API")
                                .term(new Term().from(LocalDate.of(2026, 1, 1)).until(LocalDate.of(2030, 12, 31)))
                                .territory("CN")));
    }

    private static String hex(String seed, String salt) {
        return org.datadeed.registry.evidence.EvidenceStore.sha256((seed + salt).getBytes(StandardCharsets.UTF_8));
    }

    static File file(String name, String content) throws IOException {
        Path path = FILES.resolve(UUID.randomUUID() + "-" + name);
        Files.writeString(path, content);
        return path.toFile();
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** A registration taken all the way to REGISTERED, letting the notice period pass on the test clock. */
    static Registration registered(RegistryTestStack stack, ApiClient holder, ApiClient reviewer) throws Exception {
        UUID id = inNotice(holder, reviewer);
        LocalDate endsOn = new RegistrationsApi(holder).getRegistration(id).getNotice().getEndsOn();
        stack.clock.advancePast(endsOn.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                new RegistrationsApi(holder).getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        return new RegistrationsApi(holder).getRegistration(id);
    }

    static EvidenceAttachment evidence(ApiClient client, EvidenceKind kind) throws Exception {
        StoredEvidence stored = new EvidenceApi(client).uploadEvidence(file(kind + ".pdf", "%PDF-1.7 " + kind + " " + UUID.randomUUID()), key());
        return new EvidenceAttachment().kind(kind).sha256(stored.getSha256()).fileName(kind + ".pdf");
    }
}
