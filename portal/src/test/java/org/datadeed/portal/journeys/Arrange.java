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
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.model.CeilingFilingRequest;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.Delivery;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.ProductTerms;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.Classification;
import org.datadeed.client.registry.model.DataSource;
import org.datadeed.client.registry.model.Decision;
import org.datadeed.client.registry.model.EvidenceAttachment;
import org.datadeed.client.registry.model.EvidenceKind;
import org.datadeed.client.registry.model.Fingerprint;
import org.datadeed.client.registry.model.FingerprintMethod;
import org.datadeed.client.registry.model.ObjectionDecision;
import org.datadeed.client.registry.model.ObjectionFiling;
import org.datadeed.client.registry.model.ObjectType;
import org.datadeed.client.registry.model.Registration;
import org.datadeed.client.registry.model.RegistrationDraft;
import org.datadeed.client.registry.model.RegistrationStatus;
import org.datadeed.client.registry.model.RightClaim;
import org.datadeed.client.registry.model.RightKind;
import org.datadeed.client.registry.model.Statement;
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
        return publishNotice(draftWithEvidence(name, dataset).getRegistrationId());
    }

    /** Submits a draft that has its evidence, and the registrar takes it to its public notice. */
    private UUID publishNotice(UUID id) throws Exception {
        new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER)).submitApplication(id, key());
        ReviewApi review = new ReviewApi(stack.registryAs(PortalTestStack.REVIEWER));
        review.acceptApplication(id, new Decision().reason("材料齐全，予以受理"), key());
        review.passFormalReview(id, new Decision().reason("形式审查通过"), key());
        review.publishNotice(id, new Decision().reason("予以公示"), key());
        return id;
    }

    /** A registration taken to REGISTERED: its notice period passes on the registry's clock. */
    Registration registered(String name, Dataset dataset) throws Exception {
        return toRegistered(inNotice(name, dataset));
    }

    /** Lets the notice period of a registration in notice pass on the services' clock, until it is REGISTERED. */
    private Registration toRegistered(UUID id) throws Exception {
        RegistrationsApi registrations = new RegistrationsApi(stack.registryAs(PortalTestStack.HOLDER));
        LocalDate endsOn = registrations.getRegistration(id).getNotice().getEndsOn();
        stack.clock.advancePast(endsOn.plusDays(1).atStartOfDay(PortalTestStack.CHINA).toInstant());
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> registrations.getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        return registrations.getRegistration(id);
    }

    /** Another holder objects, with evidence; the applicant answers; the registrar upholds or dismisses the objection. */
    Registration objectionDecided(UUID id, boolean upheld) throws Exception {
        ApiClient objector = stack.registryAs(PortalTestStack.OTHER_HOLDER);
        StoredEvidence evidence = new EvidenceApi(objector).uploadEvidence(evidenceFile("objection").toFile(), key());
        Registration objected = new ObjectionsApi(objector).raiseObjection(id, new ObjectionFiling()
                .objectorName("深圳市城市交通数据公司").grounds("部分站点数据由我单位采集")
                .evidence(List.of(new EvidenceAttachment().kind(EvidenceKind.OBJECTION_EVIDENCE).sha256(evidence.getSha256())
                        .fileName("objection.pdf"))), key());
        UUID objectionId = objected.getObjections().get(0).getObjectionId();
        new ObjectionsApi(stack.registryAs(PortalTestStack.HOLDER)).respondToObjection(id, objectionId,
                new Statement().statement("全部数据均由本单位票务系统采集"), key());
        return new ObjectionsApi(stack.registryAs(PortalTestStack.REVIEWER)).decideObjection(id, objectionId,
                new ObjectionDecision().upheld(upheld).reason(upheld ? "异议人的采集合同在先，异议成立" : "申请人的采集记录完整，异议不成立"), key());
    }

    /**
     * A marketplace product, made as for real: a registration whose operation right the operator holds, taken to
     * REGISTERED and listed in the catalogue; then the operator's terms (approval by the operator unless
     * {@code autoApprove}), a ceiling of ¥0.05 per call in force today and an actual price of ¥0.04.
     */
    UUID product(String name, boolean autoApprove) throws Exception {
        UUID id = claimingOperationForOperator(name);
        new RegistrationsApi(stack.registryAs(PortalTestStack.OPERATOR)).confirmRightClaim(id,
                new org.datadeed.client.registry.model.RightConfirmation().kind(RightKind.OPERATION), key());
        return offered(id, autoApprove);
    }

    /** A holder's complete draft that claims the operation right in the operator's name (not yet confirmed by it). */
    UUID claimingOperationForOperator(String name) throws Exception {
        ApiClient holder = stack.registryAs(PortalTestStack.HOLDER);
        RegistrationDraft withOperator = draft(name, dataset(name.replaceAll("\\W", "_"), 20));
        withOperator.setRights(new java.util.ArrayList<>(withOperator.getRights()));
        withOperator.addRightsItem(new RightClaim().kind(RightKind.OPERATION).holderOrganisation("org-operator")
                .holderName("杭州公共数据运营公司").scope("以接口方式提供")
                .term(new Term().from(LocalDate.of(2026, 1, 1)).until(LocalDate.of(2030, 12, 31))).territory("CN"));
        Registration draft = new RegistrationsApi(holder).createDraft(withOperator, key());
        UUID id = draft.getRegistrationId();
        for (EvidenceKind kind : REQUIRED_EVIDENCE) {
            StoredEvidence stored = new EvidenceApi(holder).uploadEvidence(evidenceFile(kind.name()).toFile(), key());
            new RegistrationsApi(holder).attachEvidence(id, new EvidenceAttachment().kind(kind).sha256(stored.getSha256())
                    .fileName(kind.name().toLowerCase() + ".pdf"), key());
        }
        return id;
    }

    private UUID offered(UUID id, boolean autoApprove) throws Exception {
        toRegistered(publishNotice(id));
        CatalogueApi catalogue = new CatalogueApi(stack.marketAs(PortalTestStack.OPERATOR));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return "REGISTERED".equals(catalogue.getProduct(id).getRegistrationStatus());
            } catch (org.datadeed.client.marketplace.ApiException notYet) {
                return false;
            }
        });
        PricingApi pricing = new PricingApi(stack.marketAs(PortalTestStack.OPERATOR));
        pricing.setProductTerms(id, new ProductTerms().useCategories(List.of(UseCategory.COMMERCIAL, UseCategory.INDUSTRY))
                .delivery(Delivery.API).termMonths(12).maxCallsPerMonth(1000L).overUseAlertPercent(80)
                .autoApprove(autoApprove).crossBorderAllowed(false));
        pricing.fileCeiling(id, new CeilingFilingRequest().filingReference("杭发改价格〔2026〕" + id.toString().substring(0, 6))
                .authorisingBody("杭州市发展和改革委员会")
                .effectiveFrom(LocalDate.ofInstant(stack.clock.instant(), PortalTestStack.CHINA))
                .ceilings(List.of(new PriceLine().unit(ChargingUnit.PER_CALL).price("0.05"))), key());
        pricing.setPriceSchedule(id, new PriceScheduleRequest().prices(List.of(new PriceLine().unit(ChargingUnit.PER_CALL).price("0.04"))));
        return id;
    }

    /** An enterprise's application on a product, quoted and applied for through the marketplace API. */
    Licence application(UUID productId, String purpose) throws Exception {
        org.datadeed.client.marketplace.ApiClient enterprise = stack.marketAs(PortalTestStack.ENTERPRISE);
        Quote quote = new QuotesApi(enterprise).requestQuote(new QuoteRequest().productId(productId)
                .useCategory(UseCategory.COMMERCIAL).scenario("线路规划").purpose(purpose).months(12).calls(5000L), key());
        return new LicencesApi(enterprise).applyForLicence(new LicenceApplication().quoteId(quote.getQuoteId())
                .scenario("线路规划").purpose(purpose).deliveryCountry("CN"), key());
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
