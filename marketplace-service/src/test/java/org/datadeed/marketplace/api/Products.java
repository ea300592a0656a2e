package org.datadeed.marketplace.api;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.datadeed.client.marketplace.api.CatalogueApi;
import org.datadeed.client.marketplace.api.PricingApi;
import org.datadeed.client.marketplace.model.CeilingFilingRequest;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.Delivery;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.ProductTerms;
import org.datadeed.client.marketplace.model.UseCategory;
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
 * Products made the way they are made for real: a holder registers its data with an operation right held by the
 * operator, the registrar reviews and publishes the notice, the notice period passes on the test clock, and the
 * catalogue lists the registration; then the operator sets terms, files the ceiling and sets prices.
 */
final class Products {

    private static final Path FILES;

    static {
        try {
            FILES = Files.createTempDirectory("marketplace-it-files");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private Products() {
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    /** A registration taken to REGISTERED, operated by {@code operatorOrganisation}, and listed in the catalogue. */
    static UUID registered(MarketplaceTestStack stack, String name, String operatorOrganisation, Classification classification)
            throws Exception {
        ApiClient holder = stack.registry("holder");
        RegistrationsApi registrations = new RegistrationsApi(holder);
        Registration draft = registrations.createDraft(draft(name, operatorOrganisation, classification), key());
        UUID id = draft.getRegistrationId();
        EvidenceApi evidence = new EvidenceApi(holder);
        List<EvidenceKind> kinds = classification == Classification.IMPORTANT
                ? List.of(EvidenceKind.APPLICATION_LETTER, EvidenceKind.COMMITMENT_LETTER, EvidenceKind.SOURCE_STATEMENT,
                        EvidenceKind.FIELD_DICTIONARY, EvidenceKind.DATA_SAMPLE, EvidenceKind.CLASSIFICATION_ASSESSMENT,
                        EvidenceKind.THIRD_PARTY_VERIFICATION_REPORT)
                : List.of(EvidenceKind.APPLICATION_LETTER, EvidenceKind.COMMITMENT_LETTER, EvidenceKind.SOURCE_STATEMENT,
                        EvidenceKind.FIELD_DICTIONARY, EvidenceKind.DATA_SAMPLE);
        for (EvidenceKind kind : kinds) {
            StoredEvidence stored = evidence.uploadEvidence(file(kind + ".pdf", "%PDF-1.7 " + kind + " of " + name), key());
            registrations.attachEvidence(id, new EvidenceAttachment().kind(kind).sha256(stored.getSha256())
                    .fileName(kind + ".pdf"), key());
        }
        // the operator confirms the operation right claimed in its name
        new RegistrationsApi(stack.registry(operatorOrganisation.equals("org-operator-b") ? "operator-b" : "operator"))
                .confirmRightClaim(id, new org.datadeed.client.registry.model.RightConfirmation().kind(RightKind.OPERATION), key());
        registrations.submitApplication(id, key());
        ReviewApi review = new ReviewApi(stack.registry("reviewer"));
        review.acceptApplication(id, new Decision().reason("complete"), key());
        review.passFormalReview(id, new Decision().reason("in order"), key());
        if (classification == Classification.IMPORTANT) {
            String report = registrations.getRegistration(id).getEvidence().stream()
                    .filter(e -> e.getKind() == EvidenceKind.THIRD_PARTY_VERIFICATION_REPORT).findFirst().orElseThrow().getSha256();
            review.passSubstantiveReview(id, new org.datadeed.client.registry.model.SubstantiveReviewDecision()
                    .reportSha256(report).reason("verified"), key());
        }
        review.publishNotice(id, new Decision().reason("publish"), key());
        LocalDate endsOn = registrations.getRegistration(id).getNotice().getEndsOn();
        stack.clock.advancePast(endsOn.plusDays(1).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                registrations.getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        CatalogueApi catalogue = new CatalogueApi(stack.market("operator"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return "REGISTERED".equals(catalogue.getProduct(id).getRegistrationStatus());
            } catch (org.datadeed.client.marketplace.ApiException notYet) {
                return false;
            }
        });
        return id;
    }

    static RegistrationDraft draft(String name, String operatorOrganisation, Classification classification) {
        String seed = name + UUID.randomUUID();
        return new RegistrationDraft()
                .objectType(classification == Classification.IMPORTANT ? ObjectType.DATA_RESOURCE : ObjectType.DATA_RESOURCE)
                .name(name)
                .description("Boardings per stop and hour, " + name)
                .industry("transport")
                .scenarios(List.of("route planning", "urban research"))
                .classification(classification)
                .personalInformation(false)
                .source(new DataSource().statement("Collected by our own fare system").authorisedBySource(true)
                        .ownershipDisputed(false))
                .fingerprint(new Fingerprint().sha256(sha256(seed + "a")).sm3(sha256(seed + "b")).method(FingerprintMethod.WHOLE_DATASET))
                .rights(List.of(new RightClaim().kind(RightKind.HOLDING).scope("The whole dataset")
                                .term(new Term().from(LocalDate.of(2026, 1, 1))).territory("CN"),
                        new RightClaim().kind(RightKind.OPERATION).holderOrganisation(operatorOrganisation)
                                .holderName("Public Data Operator").scope("Provide as an API")
                                .term(new Term().from(LocalDate.of(2026, 1, 1)).until(LocalDate.of(2030, 12, 31)))
                                .territory("CN")));
    }

    /** Terms, a ceiling effective today, and prices: the product can be quoted and licensed. */
    static void offer(MarketplaceTestStack stack, String operator, UUID productId, boolean autoApprove,
                      List<PriceLine> ceilings, List<PriceLine> prices) throws Exception {
        PricingApi pricing = new PricingApi(stack.market(operator));
        pricing.setProductTerms(productId, terms(autoApprove));
        pricing.fileCeiling(productId, new CeilingFilingRequest().filingReference("HZ-PRICE-2026-" + productId.toString().substring(0, 8))
                .authorisingBody("Hangzhou Development and Reform Commission")
                .effectiveFrom(LocalDate.ofInstant(stack.clock.instant(), ZoneId.of("Asia/Shanghai")))
                .ceilings(ceilings), key());
        pricing.setPriceSchedule(productId, new PriceScheduleRequest().prices(prices));
    }

    static ProductTerms terms(boolean autoApprove) {
        return new ProductTerms().useCategories(List.of(UseCategory.COMMERCIAL, UseCategory.INDUSTRY, UseCategory.PUBLIC_WELFARE))
                .delivery(Delivery.API).termMonths(12).maxCallsPerMonth(1000L).overUseAlertPercent(80)
                .autoApprove(autoApprove).crossBorderAllowed(false);
    }

    static PriceLine perCall(String price) {
        return new PriceLine().unit(ChargingUnit.PER_CALL).price(price);
    }

    static File file(String name, String content) throws IOException {
        Path path = FILES.resolve(UUID.randomUUID() + "-" + name);
        Files.writeString(path, content);
        return path.toFile();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
