package org.datadeed.portal.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.DataSource;
import org.datadeed.client.registry.model.Decision;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.Fingerprint;
import org.datadeed.client.registry.model.FingerprintMethod;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationDraft;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.client.registry.model.RightClaim;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.StoredEvidence;
import org.datadeed.client.registry.model.Term;

/**
 * Puts registrations into the state a journey starts from, through the registry API as its users would, so that each
 * browser journey exercises only its own role's pages.
 */
final class Arrange {

    static final List<EvidenceKind> REQUIRED_EVIDENCE = List.of(EvidenceKind.APPLICATION_LETTER, EvidenceKind.COMMITMENT_LETTER,
            EvidenceKind.SOURCE_STATEMENT, EvidenceKind.FIELD_DICTIONARY, EvidenceKind.DATA_SAMPLE);
    private static final Path FILES;

    static {
        try {
            FILES = Files.createTempDirectory("portal-it-files");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final PortalTestStack stack;

    Arrange(PortalTestStack stack) {
        this.stack = stack;
    }

    /** A dataset file with distinct content, and its SHA-256 and SM3 as the registry expects them. */
    record Dataset(Path file, String sha256, String sm3) {
    }

    static Dataset dataset(String name, int rows) {
        StringBuilder csv = new StringBuilder("stop_id,hour,boardings\n");
        for (int i = 0; i < rows; i++) {
            csv.append(i % 97).append(',').append(i % 24).append(',').append((i * 7919) % 1000).append('\n');
        }
        csv.append("# ").append(name).append(' ').append(UUID.randomUUID()).append('\n');
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Path file = FILES.resolve(name + ".csv");
        try {
            Files.write(file, bytes);
            SM3Digest sm3 = new SM3Digest();
            sm3.update(bytes, 0, bytes.length);
            byte[] sm3Hash = new byte[32];
            sm3.doFinal(sm3Hash, 0);
            return new Dataset(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    HexFormat.of().formatHex(sm3Hash));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A small evidence file the registry accepts (a PDF signature and some text). */
    static Path evidenceFile(String name) {
        Path file = FILES.resolve(UUID.randomUUID() + "-" + name + ".pdf");
        try {
            Files.writeString(file, "%PDF-1.7\n% " + name + " " + UUID.randomUUID() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    Registration draftWithEvidence(String name, Dataset dataset) throws Exception {
        ApiClient holder = stack.registryAs(PortalTestStack.HOLDER);
        Registration draft = new RegistrationsApi(holder).createDraft(draft(name, dataset), key());
        for (EvidenceKind kind : REQUIRED_EVIDENCE) {
            StoredEvidence stored = new EvidenceApi(holder).uploadEvidence(evidenceFile(kind.name()).toFile(), key());
            draft = new RegistrationsApi(holder).attachEvidence(draft.getRegistrationId(),
                    new EvidenceAttachment().kind(kind).sha256(stored.getSha256()).fileName(kind.name().toLowerCase() + ".pdf"), key());
        }
        return draft;
    }

    UUID submitted(String name) throws Exception {
        UUID id = draftWithEvidence(name, dataset(name, 50)).getRegistrationId();
        new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER)).submitApplication(id, key());
        return id;
    }

    UUID inNotice(String name, Dataset dataset) throws Exception {
        UUID id = draftWithEvidence(name, dataset).getRegistrationId();
        new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER)).submitApplication(id, key());
        ReviewApi review = new ReviewApi(stack.registryAs(PortalTestStack.REVIEWER));
        review.acceptApplication(id, new Decision().reason("材料齐全，予以受理"), key());
        review.passFormalReview(id, new Decision().reason("形式审查通过"), key());
        review.publishNotice(id, new Decision().reason("予以公示"), key());
        return id;
    }

    /** A registration taken to REGISTERED: its notice period passes on the registry's clock. */
    Registration registered(String name, Dataset dataset) throws Exception {
        UUID id = inNotice(name, dataset);
        RegistrationsApi registrations = new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER));
        LocalDate endsOn = registrations.getRegistration(id).getNotice().getEndsOn();
        stack.clock.advancePast(endsOn.plusDays(1).atStartOfDay(PortalTestStack.CHINA).toInstant());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> registrations.getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        return registrations.getRegistration(id);
    }

    static RegistrationDraft draft(String name, Dataset dataset) {
        return new RegistrationDraft()
                .objectType(ObjectType.DATA_RESOURCE)
                .name(name)
                .description("按站点和小时统计的公交刷卡上车人次（测试数据）")
                .industry("交通运输")
                .scenarios(List.of("线路规划", "城市研究"))
                .classification(Classification.GENERAL)
                .personalInformation(false)
                .source(new DataSource().statement("由本单位票务系统采集").authorisedBySource(true).ownershipDisputed(false))
                .fingerprint(new Fingerprint().sha256(dataset.sha256()).sm3(dataset.sm3()).method(FingerprintMethod.WHOLE_DATASET))
                .rights(List.of(new RightClaim().kind(RightKind.HOLDING).scope("整个数据集")
                        .term(new Term().from(LocalDate.of(2026, 1, 1))).territory("CN")));
    }

    static String key() {
        return UUID.randomUUID().toString();
    }
}
