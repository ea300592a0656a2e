package org.datadeed.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.datadeed.registry.api.Fixtures.*;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.ApiException;
import org.datadeed.client.registry.ApiResponse;
import org.datadeed.client.registry.api.EvidenceApi;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.PublicApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's HTTP API end to end: real PostgreSQL, real tokens from the authorization server (authorization code
 * + PKCE for people, client credentials for API clients), real HTTP through the generated Java client.
 */
class RegistryApiIT {

    private static RegistryTestStack stack;

    @BeforeAll
    static void start() throws IOException {
        stack = RegistryTestStack.get();
    }

    @Test
    void aRegistrationGoesFromDraftToCertificateAndIsPubliclyVerifiable() throws Exception {
        ApiClient holder = stack.as("holder-a");
        ApiClient reviewer = stack.as("reviewer");
        Registration draft = draftWithEvidence(holder, "Hangzhou bus ridership " + UUID.randomUUID());
        UUID id = draft.getRegistrationId();
        assertThat(draft.getStatus()).isEqualTo(RegistrationStatus.DRAFT);
        assertThat(draft.getMissingEvidence()).isEmpty();
        assertThat(draft.getRights()).extracting(Right::getHolderName)
                .as("the holder is the organisation, not the person who signed in").containsOnly("Holder A Data Co.");

        Registration submitted = new RegistrationsApi(holder).submitApplication(id, key());
        assertThat(submitted.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);

        ReviewApi review = new ReviewApi(reviewer);
        Registration accepted = review.acceptApplication(id, new Decision().reason("Complete application"), key());
        assertThat(accepted.getStatus()).isEqualTo(RegistrationStatus.FORMAL_REVIEW);
        assertThat(accepted.getRegistrationNumber()).matches("DDR-2026-DR-\\d{6}");

        Registration passed = review.passFormalReview(id, new Decision().reason("Consistent"), key());
        assertThat(passed.getStatus()).isEqualTo(RegistrationStatus.APPROVED_FOR_NOTICE);
        Registration inNotice = review.publishNotice(id, new Decision().reason("Publish"), key());
        assertThat(inNotice.getStatus()).isEqualTo(RegistrationStatus.IN_NOTICE);
        LocalDate endsOn = inNotice.getNotice().getEndsOn();
        assertThat(endsOn).isEqualTo(LocalDate.of(2026, 3, 16));

        assertThat(new PublicApi(stack.anonymous()).getNoticeBoard(0, 200).getItems())
                .extracting(NoticeEntry::getRegistrationId).contains(id);

        stack.clock.advancePast(endsOn.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        await().atMost(Duration.ofSeconds(30)).until(() ->
                new RegistrationsApi(holder).getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        Registration registered = new RegistrationsApi(holder).getRegistration(id);
        String number = registered.getCertificate().getNumber();
        assertThat(number).matches("ZJ-DDR-2026-DR-\\d{6}-[0-9A-Z]");
        assertThat(registered.getCertificate().getValidFrom()).isEqualTo(endsOn.plusDays(1));
        assertThat(registered.getCertificate().getValidUntil()).isEqualTo(endsOn.plusYears(3));

        Verification verification = new PublicApi(stack.anonymous()).verifyCertificate(number);
        assertThat(verification.getStatus()).isEqualTo(VerificationStatus.VALID);
        assertThat(verification.getNotice()).contains("presumption of rights");
        assertThat(verification.getHistory()).extracting(VerificationHistoryInner::getType)
                .contains("ApplicationSubmitted", "NoticePublished", "RegistrationGranted");
        List<Verification> byFingerprint = new PublicApi(stack.anonymous())
                .verifyFingerprint(registered.getFingerprint().getSm3());
        assertThat(byFingerprint).extracting(Verification::getCertificateNumber).containsExactly(number);

        List<TimelineEntry> timeline = new RegistrationsApi(holder).getTimeline(id);
        assertThat(timeline).extracting(TimelineEntry::getType).containsSubsequence("DraftCreated", "ApplicationSubmitted",
                "ApplicationAccepted", "FormalReviewStarted", "FormalReviewPassed", "NoticePublished", "RegistrationGranted");
        assertThat(timeline).filteredOn(e -> e.getType().equals("ApplicationAccepted")).singleElement()
                .satisfies(e -> {
                    assertThat(e.getActor()).isEqualTo("reviewer@org-registrar (REVIEWER)");
                    assertThat(e.getReason()).isEqualTo("Complete application");
                });
    }

    @Test
    void anObjectionPausesTheNoticeAndTheRegistrarDecidesIt() throws Exception {
        ApiClient holder = stack.as("holder-a");
        ApiClient reviewer = stack.as("reviewer");
        UUID id = inNotice(holder, reviewer);

        Registration objected = new ObjectionsApi(stack.as("holder-b")).raiseObjection(id,
                new ObjectionFiling().objectorName("Holder B Analytics").grounds("We collected part of this data")
                        .evidence(List.of(evidence(stack.as("holder-b"), EvidenceKind.OBJECTION_EVIDENCE))), key());
        assertThat(objected.getStatus()).isEqualTo(RegistrationStatus.OBJECTION_RAISED);
        assertThat(objected.getObjections()).hasSize(1);
        assertThat(objected.getEvidence()).as("an objector who is not a party sees the notice board's view, without the holder's evidence")
                .isNullOrEmpty();
        assertThat(new RegistrationsApi(holder).getRegistration(id).getEvidence()).isNotEmpty();
        UUID objectionId = objected.getObjections().get(0).getObjectionId();

        Registration responded = new ObjectionsApi(holder).respondToObjection(id, objectionId,
                new Statement().statement("Our contracts cover every source"), key());
        assertThat(responded.getStatus()).isEqualTo(RegistrationStatus.OBJECTION_REVIEW);

        Registration resumed = new ObjectionsApi(reviewer).decideObjection(id, objectionId,
                new ObjectionDecision().upheld(false).reason("The contracts cover the data"), key());
        assertThat(resumed.getStatus()).isEqualTo(RegistrationStatus.IN_NOTICE);
        assertThat(resumed.getObjections().get(0).getStatus()).isEqualTo(Objection.StatusEnum.DISMISSED);
        assertThat(resumed.getObjections().get(0).getDecisionReason()).isEqualTo("The contracts cover the data");
    }

    @Test
    void invalidInputIsA400ProblemAndCreatesNothing() throws Exception {
        ApiClient holder = stack.as("holder-a");
        long before = new RegistrationsApi(holder).searchRegistrations(null, null, null, null, null, null, null, 0, 1, null)
                .getTotalItems();
        RegistrationDraft invalid = draft("x").name("");
        assertThatThrownBy(() -> new RegistrationsApi(holder).createDraft(invalid, key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(400);
                    assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                            type -> assertThat(type).startsWith("application/problem+json"));
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/validation-failed", "name");
                });
        assertThat(new RegistrationsApi(holder).searchRegistrations(null, null, null, null, null, null, null, 0, 1, null)
                .getTotalItems()).isEqualTo(before);
    }

    @Test
    void withoutATokenTheApiAnswers401ButPublicVerificationIsOpen() {
        assertThatThrownBy(() -> new RegistrationsApi(stack.anonymous()).createDraft(draft("anon"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/unauthenticated");
                });
        assertThatThrownBy(() -> new PublicApi(stack.anonymous()).verifyCertificate("ZJ-DDR-2026-DR-999999-0"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void regulatorsReadEverythingAndChangeNothing() throws Exception {
        Registration draft = draftWithEvidence(stack.as("holder-a"), "Regulated " + UUID.randomUUID());
        ApiClient regulator = stack.as("regulator");
        assertThat(new RegistrationsApi(regulator).getRegistration(draft.getRegistrationId()).getName())
                .isEqualTo(draft.getName());
        assertThatThrownBy(() -> new RegistrationsApi(regulator).createDraft(draft("by regulator"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(403);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/forbidden");
                });
        assertThatThrownBy(() -> new ReviewApi(regulator).acceptApplication(draft.getRegistrationId(),
                new Decision().reason("not mine to take"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new RegistrationsApi(regulator).createDraft(new RegistrationDraft(), key()))
                .as("refused for the role before the body is even validated")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }

    @Test
    void anotherOrganisationsHolderCanNeitherReadNorChangeARegistration() throws Exception {
        Registration draft = draftWithEvidence(stack.as("holder-a"), "Private to A " + UUID.randomUUID());
        RegistrationsApi other = new RegistrationsApi(stack.as("holder-b"));
        assertThatThrownBy(() -> other.getRegistration(draft.getRegistrationId()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> other.updateDraft(draft.getRegistrationId(), draft("taken over")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> other.submitApplication(draft.getRegistrationId(), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThat(other.searchRegistrations(draft.getName(), null, null, null, null, null, null, 0, 20, null).getItems())
                .isEmpty();
        assertThat(new RegistrationsApi(stack.as("holder-a")).getRegistration(draft.getRegistrationId()).getName())
                .isEqualTo(draft.getName());
    }

    @Test
    void anIllegalTransitionIsA409AndWritesNoEvent() throws Exception {
        Registration draft = draftWithEvidence(stack.as("holder-a"), "Too early " + UUID.randomUUID());
        List<TimelineEntry> before = new RegistrationsApi(stack.as("holder-a")).getTimeline(draft.getRegistrationId());
        assertThatThrownBy(() -> new ReviewApi(stack.as("reviewer")).publishNotice(draft.getRegistrationId(),
                new Decision().reason("skip review"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(409);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/illegal-transition", "DRAFT");
                });
        assertThat(new RegistrationsApi(stack.as("holder-a")).getTimeline(draft.getRegistrationId())).isEqualTo(before);
    }

    @Test
    void coreDataIsRefusedAtSubmissionWithItsOwnProblemType() throws Exception {
        ApiClient holder = stack.as("holder-a");
        Registration draft = draftWithEvidence(holder, "Core " + UUID.randomUUID());
        new RegistrationsApi(holder).updateDraft(draft.getRegistrationId(),
                draft(draft.getName()).classification(Classification.CORE));
        assertThatThrownBy(() -> new RegistrationsApi(holder).submitApplication(draft.getRegistrationId(), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/core-data-refused");
                });
        assertThat(new RegistrationsApi(holder).getRegistration(draft.getRegistrationId()).getStatus())
                .isEqualTo(RegistrationStatus.DRAFT);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResultAndChangesNothing() throws Exception {
        RegistrationsApi holder = new RegistrationsApi(stack.as("holder-a"));
        String name = "Idempotent " + UUID.randomUUID();
        String key = key();
        RegistrationDraft draft = draft(name);
        ApiResponse<Registration> first = holder.createDraftWithHttpInfo(draft, key);
        ApiResponse<Registration> retry = holder.createDraftWithHttpInfo(draft, key);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getStatusCode()).isEqualTo(201);
        assertThat(retry.getData().getRegistrationId()).isEqualTo(first.getData().getRegistrationId());
        assertThat(retry.getHeaders().get("Idempotent-Replayed")).containsExactly("true");
        assertThat(retry.getHeaders().get("Location")).isEqualTo(first.getHeaders().get("Location")).isNotEmpty();
        assertThat(holder.searchRegistrations(name, null, null, null, null, null, null, 0, 20, null).getTotalItems())
                .isEqualTo(1);

        assertThatThrownBy(() -> holder.createDraft(draft.name(name + " changed"), key))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/idempotency-key-reused");
                });
    }

    @Test
    void anApiClientWithClientCredentialsIsIdentifiedByItsOrganisation() throws Exception {
        String token = stack.clientCredentialsToken("ent-api", stack.entApiSecret);
        RegistrationsApi enterprise = new RegistrationsApi(stack.withToken(token));
        assertThat(enterprise.searchRegistrations(null, null, null, null, null, null, null, 0, 20, null).getItems())
                .isEmpty();
        assertThatThrownBy(() -> enterprise.createDraft(draft("not a holder"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
    }

    @Test
    void aCommandWhoseReadModelCannotBeWrittenFailsAndStoresNoEvent() {
        org.springframework.context.ApplicationContext context = stack.registry;
        assertThat(context.getBean(org.axonframework.common.transaction.TransactionManager.class))
                .isInstanceOf(org.axonframework.spring.messaging.unitofwork.SpringTransactionManager.class);
        String tooLongForTheReadModel = "org-" + "x".repeat(120);
        UUID id = UUID.randomUUID();
        org.datadeed.registry.registration.api.Actor holder =
                new org.datadeed.registry.registration.api.Actor("holder-a", tooLongForTheReadModel, "HOLDER");
        org.datadeed.registry.registration.api.ApplicationContent content = new org.datadeed.registry.registration.api.ApplicationContent(
                org.datadeed.registry.registration.api.ObjectType.DATA_RESOURCE, null, "Unprojectable", "d", "transport",
                List.of(), null, null, null, null, null, null, null, org.datadeed.registry.registration.api.Classification.GENERAL,
                false, false, new org.datadeed.registry.registration.api.DataSource("own", true, false), null,
                List.of(new org.datadeed.registry.registration.api.RightClaim(org.datadeed.registry.registration.api.RightKind.HOLDING,
                        null, null, "all", new org.datadeed.registry.registration.api.Term(LocalDate.of(2026, 1, 1), null), "CN")),
                null);
        assertThatThrownBy(() -> context.getBean(org.axonframework.commandhandling.gateway.CommandGateway.class).sendAndWait(
                new org.datadeed.registry.registration.api.CreateDraftCommand(id, tooLongForTheReadModel, "x", content, holder,
                        java.time.Instant.now())))
                .isInstanceOf(RuntimeException.class);
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("SELECT COUNT(*) FROM eventstore.domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", id.toString()).query(Long.class).single()).as("no event without its read model").isZero();
    }

    @Test
    void aChangeAndItsKeptAnswerAreKeptTogetherOrNotAtAll() throws Exception {
        ApiClient client = stack.as("holder-a");
        RegistrationsApi holder = new RegistrationsApi(client);
        UUID id = draftWithEvidence(client, "All or nothing " + UUID.randomUUID()).getRegistrationId();
        org.springframework.jdbc.core.simple.JdbcClient jdbc = stack.registry.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        String key = key();
        // the answer to this one key cannot be kept, as when the service dies between the change and its record
        jdbc.sql("ALTER TABLE idempotency_record ADD CONSTRAINT test_unkept CHECK (idempotency_key <> '" + key
                + "' OR NOT completed) NOT VALID").update();
        try {
            assertThatThrownBy(() -> holder.submitApplication(id, key))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(500));
            assertThat(holder.getRegistration(id).getStatus()).as("the submission went with its answer").isEqualTo(RegistrationStatus.DRAFT);
        } finally {
            jdbc.sql("ALTER TABLE idempotency_record DROP CONSTRAINT test_unkept").update();
        }

        ApiResponse<Registration> retry = holder.submitApplicationWithHttpInfo(id, key);
        assertThat(retry.getData().getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(retry.getHeaders()).doesNotContainKey("Idempotent-Replayed");
        assertThat(holder.getTimeline(id)).extracting(TimelineEntry::getType).containsOnlyOnce("ApplicationSubmitted");
    }

    @Test
    void concurrentRequestsWithOneKeyAllGetTheFirstAnswerAndChangeOnce() throws Exception {
        UUID id = draftWithEvidence(stack.as("holder-a"), "Sent four times " + UUID.randomUUID()).getRegistrationId();
        String key = key();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(4);
            List<java.util.concurrent.Future<ApiResponse<Registration>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RegistrationsApi holder = new RegistrationsApi(stack.as("holder-a"));
                answers.add(senders.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return holder.submitApplicationWithHttpInfo(id, key);
                }));
            }
            List<ApiResponse<Registration>> responses = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<ApiResponse<Registration>> answer : answers) {
                responses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(responses).allSatisfy(r -> {
                assertThat(r.getStatusCode()).isEqualTo(200);
                assertThat(r.getData().getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
            });
            assertThat(responses).filteredOn(r -> !r.getHeaders().containsKey("Idempotent-Replayed")).hasSize(1);
        } finally {
            senders.shutdownNow();
        }
        assertThat(new RegistrationsApi(stack.as("holder-a")).getTimeline(id)).extracting(TimelineEntry::getType)
                .containsOnlyOnce("ApplicationSubmitted");
    }

    @Test
    void unknownRegistrationsAre404() {
        assertThatThrownBy(() -> new RegistrationsApi(stack.as("reviewer")).getRegistration(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/not-found");
                });
    }

    @Test
    void knowingAnotherOrganisationsEvidenceHashGivesNoAccessToIt() throws Exception {
        Registration draftOfA = draftWithEvidence(stack.as("holder-a"), "A's evidence " + UUID.randomUUID());
        String hashOfA = draftOfA.getEvidence().get(0).getSha256();
        Registration draftOfB = new RegistrationsApi(stack.as("holder-b")).createDraft(draft("B's draft"), key());
        assertThatThrownBy(() -> new RegistrationsApi(stack.as("holder-b")).attachEvidence(draftOfB.getRegistrationId(),
                new EvidenceAttachment().kind(EvidenceKind.DATA_SAMPLE).sha256(hashOfA).fileName("stolen.pdf"), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/evidence-not-stored");
                });
        assertThatThrownBy(() -> new RegistrationsApi(stack.as("holder-b")).downloadEvidence(draftOfB.getRegistrationId(), hashOfA))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> new RegistrationsApi(stack.as("holder-b")).attachEvidence(draftOfA.getRegistrationId(),
                new EvidenceAttachment().kind(EvidenceKind.DATA_SAMPLE).sha256(hashOfA).fileName("x.pdf"), key()))
                .as("another organisation's registration is not found before anything else is looked at")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    @Test
    void anOversizedUploadIsA413ProblemWithOrWithoutIdempotencyKey() throws Exception {
        File large = file("large.pdf", "");
        byte[] content = new byte[21 * 1024 * 1024];
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 8);
        Files.write(large.toPath(), content);
        EvidenceApi evidence = new EvidenceApi(stack.as("holder-a"));
        for (String key : java.util.Arrays.asList(key(), null)) {
            assertThatThrownBy(() -> evidence.uploadEvidence(large, key))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(413);
                        assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/payload-too-large");
                    });
        }
    }

    @Test
    void evidenceIsStoredOnceByContentAndItsTypeIsChecked() throws Exception {
        EvidenceApi evidence = new EvidenceApi(stack.as("holder-a"));
        File pdf = file("same.pdf", "%PDF-1.7 identical content");
        StoredEvidence first = evidence.uploadEvidence(pdf, key());
        StoredEvidence second = evidence.uploadEvidence(file("copy.pdf", "%PDF-1.7 identical content"), key());
        assertThat(second.getSha256()).isEqualTo(first.getSha256()).hasSize(64);
        assertThat(first.getMediaType()).isEqualTo("application/pdf");
        File binary = file("random.bin", "");
        Files.write(binary.toPath(), new byte[] {0, (byte) 0xFF, 0x13, (byte) 0xC3, 0x28});
        assertThatThrownBy(() -> evidence.uploadEvidence(binary, key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(415);
                    assertThat(e.getResponseBody()).contains("https://datadeed.org/problems/unsupported-media-type");
                });
    }

    // ---------------------------------------------------------------- helpers


    @Test
    void aRightClaimedInAnotherOrganisationsNameIsSubmittedOnlyOnceThatOrganisationConfirmedIt() throws Exception {
        ApiClient holder = stack.as("holder-a");
        RegistrationsApi registrations = new RegistrationsApi(holder);
        Registration draft = draftWithEvidence(holder, "Claimed for B " + UUID.randomUUID());
        UUID id = draft.getRegistrationId();
        RegistrationDraft changed = Fixtures.draft(draft.getName());
        changed.setFingerprint(draft.getFingerprint());
        changed.setRights(changed.getRights().stream().map(r -> r.getKind() == RightKind.OPERATION
                ? r.holderOrganisation("org-b").holderName("Holder B Analytics") : r).toList());
        registrations.updateDraft(id, changed);

        assertThatThrownBy(() -> registrations.submitApplication(id, key()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(422);
                    assertThat(e.getResponseBody()).contains("right-holder-confirmation-missing");
                });
        assertThatThrownBy(() -> new RegistrationsApi(stack.as("enterprise")).confirmRightClaim(id,
                new RightConfirmation().kind(RightKind.OPERATION), key()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));

        Registration confirmed = new RegistrationsApi(stack.as("holder-b")).confirmRightClaim(id,
                new RightConfirmation().kind(RightKind.OPERATION), key());
        assertThat(confirmed.getRights()).filteredOn(r -> r.getKind() == RightKind.OPERATION).singleElement()
                .satisfies(r -> assertThat(r.getConfirmedAt()).isNotNull());
        assertThat(registrations.submitApplication(id, key()).getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
    }

}
