package org.datadeed.registry.registration.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.datadeed.registry.registration.api.EvidenceKind.APPLICATION_LETTER;
import static org.datadeed.registry.registration.api.EvidenceKind.CLASSIFICATION_ASSESSMENT;
import static org.datadeed.registry.registration.api.EvidenceKind.COMPLIANCE_REPORT;
import static org.datadeed.registry.registration.api.EvidenceKind.DATA_SAMPLE;
import static org.datadeed.registry.registration.api.EvidenceKind.EXCHANGE_VERIFICATION_REPORT;
import static org.datadeed.registry.registration.api.EvidenceKind.FIELD_DICTIONARY;
import static org.datadeed.registry.registration.api.EvidenceKind.JUDICIAL_ORDER;
import static org.datadeed.registry.registration.api.EvidenceKind.LICENCE_AGREEMENT;
import static org.datadeed.registry.registration.api.EvidenceKind.OBJECTION_EVIDENCE;
import static org.datadeed.registry.registration.api.EvidenceKind.PLEDGE_CONTRACT;
import static org.datadeed.registry.registration.api.EvidenceKind.PLEDGE_RELEASE_CERTIFICATE;
import static org.datadeed.registry.registration.api.EvidenceKind.POWER_OF_ATTORNEY;
import static org.datadeed.registry.registration.api.EvidenceKind.RESPONSE_EVIDENCE;
import static org.datadeed.registry.registration.api.EvidenceKind.THIRD_PARTY_VERIFICATION_REPORT;
import static org.datadeed.registry.registration.api.EvidenceKind.TRANSFER_CONTRACT;
import static org.datadeed.registry.registration.api.RightKind.HOLDING;
import static org.datadeed.registry.registration.api.RightKind.OPERATION;
import static org.datadeed.registry.registration.api.RightKind.USE;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.domain.IllegalTransition;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.registry.calendar.WorkingDayCalendar;
import org.datadeed.registry.calendar.WorkingDayCalendar.DayKind;
import org.datadeed.registry.registration.api.*;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registration aggregate, one test per rule. Histories are built from events by the small stage helpers at the
 * bottom; deadlines are exercised through the fixture's stub deadline manager, whose clock starts at {@link #NOW}.
 */
class RegistrationTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final RegistrationPolicy POLICY = RegistrationPolicy.defaults();

    /** Thursday 5 and Friday 6 March 2026 are listed holidays: every deadline counted from 2 March skips them. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Map.of(
            LocalDate.of(2026, 3, 5), DayKind.HOLIDAY,
            LocalDate.of(2026, 3, 6), DayKind.HOLIDAY));

    /** A Monday; the fixture's clock starts at 10:00 on it, Beijing time. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final Instant NOW = at(MONDAY);
    /** The tenth working day after MONDAY: 3, 4, 9–13, 16–18 March (the weekend and both holidays skipped). */
    private static final LocalDate TENTH_WORKING_DAY = LocalDate.of(2026, 3, 18);
    private static final LocalDate OBJECTED_ON = LocalDate.of(2026, 3, 9);
    /** Five working days after OBJECTED_ON. */
    private static final LocalDate RESPONSE_DUE = LocalDate.of(2026, 3, 16);
    /** Working days of notice left when the objection comes on OBJECTED_ON: 10–13 and 16–18 March. */
    private static final int NOTICE_DAYS_LEFT = 7;
    private static final LocalDate DECIDED_ON = LocalDate.of(2026, 3, 20);
    /** Seven working days after DECIDED_ON: 23–27, 30 and 31 March. */
    private static final LocalDate RESUMED_NOTICE_ENDS = LocalDate.of(2026, 3, 31);
    private static final LocalDate VALID_FROM = TENTH_WORKING_DAY.plusDays(1);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2029, 3, 18);
    private static final LocalDate RENEWED_UNTIL = VALID_UNTIL.plusYears(3);
    private static final Instant RENEWAL_OPENS = at(VALID_UNTIL.minusDays(90));

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID FILING = UUID.fromString("00000000-0000-4000-8000-0000000000f1");
    private static final UUID OTHER_FILING = UUID.fromString("00000000-0000-4000-8000-0000000000f0");
    private static final UUID PLEDGE = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    private static final UUID OBJECTION = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    private static final UUID SECOND_OBJECTION = UUID.fromString("00000000-0000-4000-8000-0000000000c2");

    private static final String ACME = "org-acme";
    private static final Actor APPLICANT = new Actor("alice", ACME, "HOLDER");
    private static final Actor STRANGER = new Actor("mallory", "org-other", "HOLDER");
    private static final Actor REVIEWER = new Actor("rita", "registrar-zj", "REVIEWER");
    private static final Actor OBJECTOR = new Actor("olga", "org-rival", "HOLDER");
    private static final Actor OPERATOR = new Actor("oscar", "org-operator", "HOLDER");
    private static final Actor PLEDGEE = new Actor("petra", "org-bank", "HOLDER");
    private static final Actor TRANSFEREE = new Actor("tom", "org-buyer", "HOLDER");

    private static final String REGISTRATION_NUMBER = "DDR-2026-DATA_RESOURCE-000001";
    private static final String CERTIFICATE = "ZJ-DDR-2026-DATA_RESOURCE-000001";
    private static final String APPROVED = "in order";
    private static final BigDecimal SECURED = new BigDecimal("5000000.00");

    private static final Term OPEN_ENDED = new Term(LocalDate.of(2026, 1, 1), null);
    private static final Term USE_TERM = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2035, 12, 31));
    private static final Term YEAR_2027 = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
    private static final Term YEAR_2028 = new Term(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31));
    private static final Term MID_2027_TO_MID_2028 = new Term(LocalDate.of(2027, 7, 1), LocalDate.of(2028, 6, 30));
    private static final List<RightClaim> RIGHTS = List.of(
            new RightClaim(HOLDING, null, null, "the whole dataset", OPEN_ENDED, "mainland China"),
            new RightClaim(USE, null, null, "analysis and derivation", USE_TERM, "mainland China"),
            new RightClaim(OPERATION, OPERATOR.organisation(), "Port Operator Co.", "external supply", OPEN_ENDED,
                    "mainland China"));
    private static final DataSource LAWFUL = new DataSource("collected by the holder's own port sensors", true, false);
    private static final Fingerprint FINGERPRINT = new Fingerprint("ab".repeat(32), "cd".repeat(32),
            FingerprintMethod.WHOLE_DATASET, "ef".repeat(32));
    private static final ApplicationContent RESOURCE = content(ObjectType.DATA_RESOURCE, Classification.GENERAL);
    private static final ApplicationContent IMPORTANT_RESOURCE = content(ObjectType.DATA_RESOURCE, Classification.IMPORTANT);
    private static final ParticularsChange NEW_STORAGE = new ParticularsChange(null, null, null, null, null,
            "Ningbo data centre", null, null, null, null, null);

    private AggregateTestFixture<Registration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Registration.class);
        fixture.registerInjectableResource(POLICY);
        fixture.registerInjectableResource(CALENDAR);
        fixture.registerInjectableResource(new CountingNumbers());
    }

    // ---------------------------------------------------------------- draft

    @Test
    void aHolderStartsADraft() {
        expectEvents(List.of(), createDraft(RESOURCE, APPLICANT),
                new DraftCreatedEvent(ID, ACME, "Acme Data Co.", RESOURCE, APPLICANT, NOW));
    }

    @Test
    void onlyAHolderStartsADraft() {
        expectForbidden(List.of(), createDraft(RESOURCE, REVIEWER));
    }

    static Stream<Arguments> malformedRights() {
        RightClaim holding = RIGHTS.get(0);
        RightClaim backwards = new RightClaim(USE, null, null, "analysis", new Term(LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 12, 31)), "mainland China");
        return Stream.of(
                arguments("no-rights", List.of()),
                arguments("duplicate-right", List.of(holding, holding)),
                arguments("term-ends-before-it-starts", List.of(holding, backwards)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRights")
    void aDraftClaimsEachRightOnceWithAValidTerm(String rule, List<RightClaim> rights) {
        ApplicationContent content = content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, LAWFUL, rights, null);
        expectViolation(List.of(), createDraft(content, APPLICANT), rule);
    }

    @Test
    void theApplicantReplacesItsDraftContent() {
        expectEvents(drafted(RESOURCE), new UpdateDraftCommand(ID, IMPORTANT_RESOURCE, APPLICANT, NOW),
                new DraftUpdatedEvent(ID, IMPORTANT_RESOURCE, APPLICANT, NOW));
    }

    @Test
    void onlyTheApplicantOrganisationCanEditItsDraft() {
        expectForbidden(drafted(RESOURCE), new UpdateDraftCommand(ID, IMPORTANT_RESOURCE, STRANGER, NOW));
    }

    @Test
    void evidenceIsVersionedPerKind() {
        EvidenceRef secondLetter = new EvidenceRef(APPLICATION_LETTER, "9".repeat(64), "letter-v2.pdf",
                "application/pdf", 2048, "signed again");
        expectEvents(drafted(RESOURCE), new AttachEvidenceCommand(ID, secondLetter, APPLICANT, NOW),
                new EvidenceAttachedEvent(ID, secondLetter, 2, APPLICANT, NOW));
    }

    @Test
    void aSubmittedApplicationCannotBeEdited() {
        expectIllegalFrom(RegistrationStatus.SUBMITTED, submitted(drafted(RESOURCE)),
                new UpdateDraftCommand(ID, IMPORTANT_RESOURCE, APPLICANT, NOW));
    }

    // ---------------------------------------------------------------- submission

    @Test
    void aCompleteApplicationIsSubmitted() {
        expectEvents(drafted(RESOURCE), submit(), new ApplicationSubmittedEvent(ID, APPLICANT, NOW));
    }

    @Test
    void coreDataIsRefusedAtSubmission() {
        expectViolation(drafted(content(ObjectType.DATA_RESOURCE, Classification.CORE)), submit(), "core-data-refused");
    }

    @Test
    void dataObtainedWithoutTheSourcesAuthorisationIsRefusedAtSubmission() {
        DataSource scraped = new DataSource("scraped from a partner portal", false, false);
        expectViolation(drafted(content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, scraped, RIGHTS, null)),
                submit(), "unauthorised-source-refused");
    }

    @Test
    void anUnresolvedOwnershipDisputeIsRefusedAtSubmission() {
        DataSource disputed = new DataSource("jointly collected with a former partner", true, true);
        expectViolation(drafted(content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, disputed, RIGHTS, null)),
                submit(), "ownership-dispute-refused");
    }

    @Test
    void submissionNeedsTheEvidenceChecklist() {
        Set<EvidenceKind> withoutSample = EnumSet.copyOf(POLICY.requiredEvidence());
        withoutSample.remove(DATA_SAMPLE);
        fixture.given(draftWith(RESOURCE, withoutSample))
                .when(submit())
                .expectException(violating("evidence-incomplete"))
                .expectExceptionMessage(containsString("DATA_SAMPLE"))
                .expectNoEvents();
    }

    static Stream<Arguments> declarationsThatNeedMoreEvidence() {
        return Stream.of(
                arguments(POWER_OF_ATTORNEY, content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, LAWFUL,
                        RIGHTS, "Hangzhou Filing Agents Ltd.")),
                arguments(CLASSIFICATION_ASSESSMENT, IMPORTANT_RESOURCE),
                arguments(COMPLIANCE_REPORT, content(ObjectType.DATA_RESOURCE, Classification.GENERAL, true, LAWFUL,
                        RIGHTS, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declarationsThatNeedMoreEvidence")
    void declarationsAddToTheEvidenceChecklist(EvidenceKind needed, ApplicationContent content) {
        fixture.given(draftWith(content, POLICY.requiredEvidence()))
                .when(submit())
                .expectException(violating("evidence-incomplete"))
                .expectExceptionMessage(containsString(needed.name()))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- review

    static Stream<Arguments> reviewerActions() {
        return Stream.of(
                arguments("accept", new AcceptApplicationCommand(ID, "complete", APPLICANT, NOW)),
                arguments("refuse acceptance", new RefuseAcceptanceCommand(ID, RefusalGrounds.INCOMPLETE, "x", APPLICANT, NOW)),
                arguments("request correction", requestCorrection(APPLICANT, NOW)),
                arguments("pass formal review", new PassFormalReviewCommand(ID, "x", APPLICANT, NOW)),
                arguments("pass substantive review", passSubstantiveReview(sha(THIRD_PARTY_VERIFICATION_REPORT), APPLICANT)),
                arguments("reject", new RejectApplicationCommand(ID, RefusalGrounds.INCONSISTENT, "x", APPLICANT, NOW)),
                arguments("publish notice", publishNotice(APPLICANT)),
                arguments("decide objection", new DecideObjectionCommand(ID, OBJECTION, false, "x", APPLICANT, NOW)),
                arguments("approve filing", new ApproveFilingCommand(ID, FILING, "x", APPLICANT, NOW)),
                arguments("reject filing", new RejectFilingCommand(ID, FILING, RefusalGrounds.OTHER, "x", APPLICANT, NOW)),
                arguments("freeze", freeze(APPLICANT)),
                arguments("unfreeze", unfreeze(APPLICANT)),
                arguments("cancel ex officio", new CancelExOfficioCommand(ID, RefusalGrounds.FRAUD, "x", APPLICANT, NOW)),
                arguments("correct ex officio", new CorrectExOfficioCommand(ID, NEW_STORAGE, "x", APPLICANT, NOW)),
                arguments("revoke", new RevokeRegistrationCommand(ID, RefusalGrounds.FRAUD, "x", APPLICANT, NOW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reviewerActions")
    void reviewerActionsNeedTheReviewerRole(String action, Object byTheApplicant) {
        expectForbidden(submitted(drafted(RESOURCE)), byTheApplicant);
    }

    @Test
    void acceptanceGivesARegistrationNumberAndStartsFormalReview() {
        expectEvents(submitted(drafted(RESOURCE)), new AcceptApplicationCommand(ID, "complete", REVIEWER, NOW),
                new ApplicationAcceptedEvent(ID, REGISTRATION_NUMBER, "complete", REVIEWER, NOW),
                new FormalReviewStartedEvent(ID, TENTH_WORKING_DAY, REVIEWER, NOW));
    }

    @Test
    void refusedAcceptanceIsFinal() {
        List<Object> refused = then(submitted(drafted(RESOURCE)),
                new AcceptanceRefusedEvent(ID, RefusalGrounds.INCOMPLETE, "no sample", REVIEWER, NOW));
        expectIllegalFrom(RegistrationStatus.NOT_ACCEPTED, refused, new AcceptApplicationCommand(ID, "x", REVIEWER, NOW));
    }

    @Test
    void importantDataTakesSubstantiveReview() {
        expectEvents(inFormalReview(drafted(IMPORTANT_RESOURCE)), passFormalReview(),
                new FormalReviewPassedEvent(ID, true, THIRD_PARTY_VERIFICATION_REPORT, "complete", REVIEWER, NOW));
    }

    static Stream<Arguments> riskTiers() {
        return Stream.of(
                arguments(ObjectType.DATA_RESOURCE, Classification.GENERAL, null),
                arguments(ObjectType.DATA_ASSET, Classification.GENERAL, THIRD_PARTY_VERIFICATION_REPORT),
                arguments(ObjectType.DATA_PRODUCT, Classification.GENERAL, EXCHANGE_VERIFICATION_REPORT));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("riskTiers")
    void theRiskTierDecidesTheSubstantiveReport(ObjectType type, Classification classification, EvidenceKind report) {
        expectEvents(inFormalReview(drafted(content(type, classification))), passFormalReview(),
                new FormalReviewPassedEvent(ID, report != null, report, "complete", REVIEWER, NOW));
    }

    @Test
    void substantiveReviewRestsOnTheRequiredReport() {
        List<Object> wrongReport = inSubstantiveReview(drafted(IMPORTANT_RESOURCE, EXCHANGE_VERIFICATION_REPORT));
        expectViolation(wrongReport, passSubstantiveReview(sha(EXCHANGE_VERIFICATION_REPORT), REVIEWER),
                "substantive-report-missing");
    }

    @Test
    void substantiveReviewPassesOnTheAttachedReport() {
        String report = sha(THIRD_PARTY_VERIFICATION_REPORT);
        expectEvents(inSubstantiveReview(drafted(IMPORTANT_RESOURCE, THIRD_PARTY_VERIFICATION_REPORT)),
                passSubstantiveReview(report, REVIEWER),
                new SubstantiveReviewPassedEvent(ID, report, "verified", REVIEWER, NOW));
    }

    /**
     * Documents a bug: {@code PassSubstantiveReviewCommand} only checks that APPROVED_FOR_NOTICE is reachable, which it
     * is from FORMAL_REVIEW too, and there {@code requiredReport} is still null, so an unknown hash "matches" it. The
     * substantive review of important data is skipped. Expected: refused unless in SUBSTANTIVE_REVIEW.
     */
    @Test
    void substantiveReviewCannotBeSkippedDuringFormalReview() {
        expectIllegalFrom(RegistrationStatus.FORMAL_REVIEW, inFormalReview(drafted(IMPORTANT_RESOURCE)),
                passSubstantiveReview("0".repeat(64), REVIEWER));
    }

    @Test
    void reviewCanRejectTheApplication() {
        expectEvents(inSubstantiveReview(drafted(IMPORTANT_RESOURCE)),
                new RejectApplicationCommand(ID, RefusalGrounds.FAILED_VERIFICATION, "report contradicts", REVIEWER, NOW),
                new ApplicationRejectedEvent(ID, RefusalGrounds.FAILED_VERIFICATION, "report contradicts", REVIEWER, NOW));
    }

    @Test
    void theApplicantWithdrawsUntilRegistration() {
        expectEvents(inNotice(), withdrawApplication(),
                new ApplicationWithdrawnEvent(ID, "no longer needed", APPLICANT, NOW));
    }

    @Test
    void aRegistrationCannotBeWithdrawnAsAnApplication() {
        expectIllegalFrom(RegistrationStatus.REGISTERED, registered(), withdrawApplication());
    }

    // ---------------------------------------------------------------- correction

    @Test
    void correctionDeadlineCountsWorkingDaysAndSkipsHolidays() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inFormalReview(drafted(RESOURCE)))
                .when(requestCorrection(REVIEWER, fixture.currentTime()))
                .expectEvents(new CorrectionRequestedEvent(ID, List.of("field dictionary lacks units"), "inconsistent",
                        TENTH_WORKING_DAY, REVIEWER, NOW))
                .expectScheduledDeadline(endOf(TENTH_WORKING_DAY), new Deadlines.CorrectionDue(TENTH_WORKING_DAY));
    }

    @Test
    void correctionNotResubmittedInTimeLapsesTheApplication() {
        correctionRequestedByCommand()
                .whenTimeAdvancesTo(endOf(TENTH_WORKING_DAY))
                .expectTriggeredDeadlines(new Deadlines.CorrectionDue(TENTH_WORKING_DAY))
                .expectEvents(new ApplicationLapsedEvent(ID, TENTH_WORKING_DAY, Actor.SYSTEM, endOf(TENTH_WORKING_DAY)));
    }

    @Test
    void correctionStaysOpenUntilItsLastDayEnds() {
        correctionRequestedByCommand()
                .whenTimeElapses(Duration.between(NOW, endOf(TENTH_WORKING_DAY)).minusSeconds(1))
                .expectNoEvents()
                .expectScheduledDeadline(endOf(TENTH_WORKING_DAY), new Deadlines.CorrectionDue(TENTH_WORKING_DAY));
    }

    @Test
    void aResubmittedCorrectionDoesNotLapse() {
        correctionRequestedByCommand()
                .andGivenCommands(resubmit(List.of()))
                .whenTimeAdvancesTo(endOf(TENTH_WORKING_DAY))
                .expectTriggeredDeadlines(new Deadlines.CorrectionDue(TENTH_WORKING_DAY))
                .expectNoEvents();
    }

    @Test
    void resubmissionReturnsToFormalReviewWithTheNewEvidence() {
        EvidenceRef dictionary = new EvidenceRef(FIELD_DICTIONARY, "7".repeat(64), "dictionary-v2.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 4096, "units added");
        Instant resubmittedAt = at(OBJECTED_ON);
        expectEvents(correctionRequested(), resubmit(List.of(dictionary)),
                new EvidenceAttachedEvent(ID, dictionary, 2, APPLICANT, resubmittedAt),
                new CorrectionResubmittedEvent(ID, "units added", LocalDate.of(2026, 3, 23), APPLICANT, resubmittedAt));
    }

    @Test
    void resubmissionNeedsTheEvidenceChecklist() {
        ApplicationContent viaAgent = content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, LAWFUL, RIGHTS,
                "Hangzhou Filing Agents Ltd.");
        List<Object> nowFiledByAnAgent = then(correctionRequested(), new DraftUpdatedEvent(ID, viaAgent, APPLICANT, NOW));
        expectViolation(nowFiledByAnAgent, resubmit(List.of()), "evidence-incomplete");
    }

    /**
     * Documents a gap: the mandatory refusals are checked only at submission, but UpdateDraft is allowed while a
     * correction is requested, so an applicant can re-grade its data as core and resubmit. Expected: refused.
     */
    @Test
    void coreDataIsRefusedAtResubmissionToo() {
        ApplicationContent core = content(ObjectType.DATA_RESOURCE, Classification.CORE);
        List<Object> regradedAsCore = then(correctionRequested(), new DraftUpdatedEvent(ID, core, APPLICANT, NOW));
        expectViolation(regradedAsCore, resubmit(List.of()), "core-data-refused");
    }

    // ---------------------------------------------------------------- public notice

    @Test
    void illegalTransitionWritesNoEvent() {
        expectIllegalFrom(RegistrationStatus.DRAFT, drafted(RESOURCE), publishNotice(REVIEWER));
    }

    @Test
    void theNoticeRunsTenWorkingDaysSkippingHolidays() {
        fixture.givenCurrentTime(NOW)
                .andGiven(approvedForNotice())
                .when(publishNotice(REVIEWER))
                .expectEvents(new NoticePublishedEvent(ID, MONDAY.plusDays(1), TENTH_WORKING_DAY, "approved", REVIEWER, NOW))
                .expectScheduledDeadline(endOf(TENTH_WORKING_DAY), new Deadlines.NoticeEnds(TENTH_WORKING_DAY));
    }

    @Test
    void noticeEndsWithRegistrationAndACertificate() {
        noticePublishedByCommand()
                .whenTimeAdvancesTo(endOf(TENTH_WORKING_DAY))
                .expectEvents(granted())
                .expectScheduledDeadline(endOf(VALID_UNTIL.minusDays(91)), new Deadlines.RenewalReminder(VALID_UNTIL))
                .expectScheduledDeadline(endOf(VALID_UNTIL), new Deadlines.ValidityEnds(VALID_UNTIL));
    }

    @Test
    void theNoticeRunsToTheEndOfItsLastDay() {
        noticePublishedByCommand()
                .whenTimeElapses(Duration.between(NOW, endOf(TENTH_WORKING_DAY)).minusSeconds(1))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- objections

    @Test
    void anObjectionPausesTheNoticeAndOpensAResponseWindow() {
        fixture.given(inNotice())
                .when(raiseObjection(OBJECTION, OBJECTOR))
                .expectEvents(objectionRaised(OBJECTION))
                .expectScheduledDeadline(endOf(RESPONSE_DUE), new Deadlines.ObjectionResponseDue(OBJECTION, RESPONSE_DUE));
    }

    @Test
    void objectionPausesTheNoticeAndDismissalResumesIt() {
        LocalDate validFrom = RESUMED_NOTICE_ENDS.plusDays(1);
        noticePublishedByCommand()
                .andGivenCommands(raiseObjection(OBJECTION, OBJECTOR), respond(OBJECTION, APPLICANT),
                        decide(OBJECTION, false))
                .whenTimeAdvancesTo(endOf(RESUMED_NOTICE_ENDS))
                .expectTriggeredDeadlines(new Deadlines.ObjectionResponseDue(OBJECTION, RESPONSE_DUE),
                        new Deadlines.NoticeEnds(TENTH_WORKING_DAY), new Deadlines.NoticeEnds(RESUMED_NOTICE_ENDS))
                .expectEvents(new RegistrationGrantedEvent(ID, CERTIFICATE, validFrom,
                        validFrom.plusYears(3).minusDays(1), Actor.SYSTEM, endOf(RESUMED_NOTICE_ENDS)));
    }

    @Test
    void dismissalResumesTheNoticeForTheWorkingDaysLeft() {
        fixture.given(inNotice(objectionRaised(OBJECTION), responded(OBJECTION)))
                .when(decide(OBJECTION, false))
                .expectEvents(new ObjectionDismissedEvent(ID, OBJECTION, "unfounded", REVIEWER, at(DECIDED_ON)),
                        new NoticeResumedEvent(ID, RESUMED_NOTICE_ENDS, REVIEWER, at(DECIDED_ON)))
                .expectScheduledDeadline(endOf(RESUMED_NOTICE_ENDS), new Deadlines.NoticeEnds(RESUMED_NOTICE_ENDS));
    }

    @Test
    void theNoticeResumesOnlyWhenEveryObjectionIsDecided() {
        List<Object> twoObjections = inNotice(objectionRaised(OBJECTION), objectionRaised(SECOND_OBJECTION),
                responded(OBJECTION), responded(SECOND_OBJECTION));
        expectEvents(twoObjections, decide(OBJECTION, false),
                new ObjectionDismissedEvent(ID, OBJECTION, "unfounded", REVIEWER, at(DECIDED_ON)));
    }

    @Test
    void upheldObjectionRejectsTheApplication() {
        expectEvents(inNotice(objectionRaised(OBJECTION), responded(OBJECTION)), decide(OBJECTION, true),
                new ObjectionUpheldEvent(ID, OBJECTION, "founded", REVIEWER, at(DECIDED_ON)),
                new ApplicationRejectedEvent(ID, RefusalGrounds.OBJECTION_UPHELD, "founded", REVIEWER, at(DECIDED_ON)));
    }

    @Test
    void objectionResponseWindowClosesWithoutResponse() {
        fixture.givenCurrentTime(NOW)
                .andGiven(inNotice())
                .andGivenCommands(raiseObjection(OBJECTION, OBJECTOR))
                .whenTimeAdvancesTo(endOf(RESPONSE_DUE))
                .expectEvents(new ObjectionResponseWindowClosedEvent(ID, OBJECTION, RESPONSE_DUE, Actor.SYSTEM,
                        endOf(RESPONSE_DUE)));
    }

    @Test
    void theApplicantRespondsToAnObjection() {
        expectEvents(inNotice(objectionRaised(OBJECTION)), respond(OBJECTION, APPLICANT), responded(OBJECTION));
    }

    @Test
    void onlyTheApplicantRespondsToAnObjection() {
        expectForbidden(inNotice(objectionRaised(OBJECTION)), respond(OBJECTION, STRANGER));
    }

    @Test
    void anObjectionAwaitingTheResponseCannotBeDecided() {
        expectIllegalFrom(RegistrationStatus.OBJECTION_RAISED, inNotice(objectionRaised(OBJECTION)),
                decide(OBJECTION, false));
    }

    @Test
    void applicantCannotObjectToItself() {
        expectViolation(inNotice(), raiseObjection(OBJECTION, APPLICANT), "objector-is-applicant");
    }

    @Test
    void anObjectionIsRaisedOnce() {
        expectViolation(inNotice(objectionRaised(OBJECTION)), raiseObjection(OBJECTION, OBJECTOR), "objection-exists");
    }

    @Test
    void objectionsAreHeardOnlyDuringTheNotice() {
        expectIllegalFrom(RegistrationStatus.REGISTERED, registered(), raiseObjection(OBJECTION, OBJECTOR));
    }

    /**
     * Documents a bug: RespondToObjection checks only the objection's own stage, and on(ObjectionRespondedEvent)
     * recomputes the status from the objections, so answering a second objection turns a REJECTED application back
     * into OBJECTION_REVIEW (and a dismissal then resumes its notice). Expected: refused, nothing written.
     */
    @Test
    void answeringAnotherObjectionDoesNotReviveARejectedApplication() {
        List<Object> rejected = inNotice(objectionRaised(OBJECTION), objectionRaised(SECOND_OBJECTION),
                responded(OBJECTION), new ObjectionUpheldEvent(ID, OBJECTION, "founded", REVIEWER, NOW),
                new ApplicationRejectedEvent(ID, RefusalGrounds.OBJECTION_UPHELD, "founded", REVIEWER, NOW));
        expectIllegalFrom(RegistrationStatus.REJECTED, rejected, respond(SECOND_OBJECTION, APPLICANT));
    }

    /**
     * Documents a bug: dismissing an objection has no status check and on(ObjectionDismissedEvent) recomputes the
     * status, so a WITHDRAWN application returns to IN_NOTICE, its notice resumes and it is later registered.
     * Expected: refused, nothing written.
     */
    @Test
    void dismissingAnObjectionDoesNotReviveAWithdrawnApplication() {
        List<Object> withdrawn = inNotice(objectionRaised(OBJECTION), responded(OBJECTION),
                new ApplicationWithdrawnEvent(ID, "no longer needed", APPLICANT, NOW));
        expectIllegalFrom(RegistrationStatus.WITHDRAWN, withdrawn, decide(OBJECTION, false));
    }

    // ---------------------------------------------------------------- filings: every type

    static Stream<Arguments> everyFilingType() {
        return Stream.of(
                arguments(FilingType.CHANGE, fileChange(APPLICANT), changeFiled(FILING, APPLICANT)),
                arguments(FilingType.CORRECTION, new FileCorrectionCommand(ID, FILING, NEW_STORAGE, List.of(),
                        "typo", APPLICANT, NOW), correctionFiled()),
                arguments(FilingType.TRANSFER, fileTransfer(USE, TRANSFEREE.organisation()), transferFiled(USE, FILING)),
                arguments(FilingType.LICENCE, fileLicence(USE, APPLICANT, YEAR_2027, false),
                        licenceFiled(USE, APPLICANT, YEAR_2027, false)),
                arguments(FilingType.PLEDGE, filePledge(SECURED), pledgeFiled(FILING)),
                arguments(FilingType.RENEWAL, fileRenewal(FILING, RENEWAL_OPENS), renewalFiled()),
                arguments(FilingType.CANCELLATION, fileCancellation(), cancellationFiled()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFilingType")
    void theRegistrantFilesEveryRegistrationType(FilingType type, Object command, Object filed) {
        expectEvents(whollyOwned(), command, filed);
    }

    static Stream<Arguments> everyApproval() {
        return Stream.of(
                arguments(FilingType.CHANGE, registered(changeFiled(FILING, APPLICANT)),
                        new ParticularsChangedEvent(ID, FILING, NEW_STORAGE, 2, APPROVED, REVIEWER, NOW)),
                arguments(FilingType.CORRECTION, registered(correctionFiled()),
                        new RecordCorrectedEvent(ID, FILING, NEW_STORAGE, false, 2, APPROVED, REVIEWER, NOW)),
                arguments(FilingType.TRANSFER, registered(transferFiled(USE, FILING)),
                        transferred(USE, FILING)),
                arguments(FilingType.LICENCE, registered(licenceFiled(USE, APPLICANT, YEAR_2027, false)),
                        licensed(FILING, YEAR_2027, false)),
                arguments(FilingType.PLEDGE, registered(pledgeFiled(FILING)), pledged(FILING)),
                arguments(FilingType.PLEDGE_RELEASE, pledgedRegistration(releaseFiled(PLEDGEE)),
                        new PledgeReleasedEvent(ID, FILING, PLEDGE, APPROVED, REVIEWER, NOW)),
                arguments(FilingType.RENEWAL, registered(renewalFiled()),
                        new RegistrationRenewedEvent(ID, FILING, RENEWED_UNTIL, APPROVED, REVIEWER, NOW)),
                arguments(FilingType.CANCELLATION, whollyOwned(cancellationFiled()),
                        new RegistrationCancelledEvent(ID, FILING, false, null, APPROVED, REVIEWER, NOW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyApproval")
    void approvalRegistersWhatWasFiled(FilingType type, List<Object> history, Object effect) {
        expectEvents(history, approve(FILING, NOW), effect);
    }

    // ---------------------------------------------------------------- filings: rules

    @Test
    void onlyTheRegistrantFilesAfterRegistration() {
        expectForbidden(registered(), fileChange(STRANGER));
    }

    @Test
    void aChangeMustChangeSomething() {
        ParticularsChange nothing = new ParticularsChange(null, null, null, null, null, null, null, null, null, null, null);
        expectViolation(registered(), new FileChangeCommand(ID, FILING, nothing, List.of(), "x", APPLICANT, NOW),
                "nothing-to-change");
    }

    @Test
    void aRegistrationWithRightsHeldByOthersCannotBeCancelledByTheRegistrant() {
        expectViolation(registered(), fileCancellation(), "rights-held-by-others");
    }

    @Test
    void aRegistrationWithLicencesOutstandingCannotBeCancelled() {
        expectViolation(whollyOwned(licenceFiled(USE, APPLICANT, YEAR_2027, false), licensed(FILING, YEAR_2027, false)),
                fileCancellation(), "licences-outstanding");
    }

    @Test
    void aFrozenRegistrationCanStillBeRenewed() {
        expectEvents(registered(new RegistrationFrozenEvent(ID, "order-1", "court", null, "preservation", REVIEWER, NOW),
                        renewalFiled()), approve(FILING, NOW),
                new RegistrationRenewedEvent(ID, FILING, RENEWED_UNTIL, APPROVED, REVIEWER, NOW));
    }

    @Test
    void onlyOneFilingIsPendingAtATime() {
        expectViolation(registered(changeFiled(OTHER_FILING, APPLICANT)), fileTransfer(USE, TRANSFEREE.organisation()),
                "filing-pending");
    }

    @Test
    void theRegistrarRejectsAFilingWithItsGrounds() {
        expectEvents(registered(changeFiled(FILING, APPLICANT)),
                new RejectFilingCommand(ID, FILING, RefusalGrounds.INCONSISTENT, "no such site", REVIEWER, NOW),
                new FilingRejectedEvent(ID, FILING, FilingType.CHANGE, RefusalGrounds.INCONSISTENT, "no such site",
                        REVIEWER, NOW));
    }

    @Test
    void aRejectedFilingMakesRoomForTheNext() {
        List<Object> rejected = registered(changeFiled(OTHER_FILING, APPLICANT), new FilingRejectedEvent(ID,
                OTHER_FILING, FilingType.CHANGE, RefusalGrounds.INCONSISTENT, "x", REVIEWER, NOW));
        expectEvents(rejected, fileChange(APPLICANT), changeFiled(FILING, APPLICANT));
    }

    @Test
    void theFilerWithdrawsItsFiling() {
        expectEvents(registered(changeFiled(FILING, APPLICANT)), new WithdrawFilingCommand(ID, FILING, "x", APPLICANT, NOW),
                new FilingWithdrawnEvent(ID, FILING, FilingType.CHANGE, "x", APPLICANT, NOW));
    }

    @Test
    void onlyTheFilerWithdrawsAFiling() {
        expectForbidden(registered(licenceFiled(OPERATION, OPERATOR, YEAR_2027, false)),
                new WithdrawFilingCommand(ID, FILING, "x", APPLICANT, NOW));
    }

    @Test
    void anUnknownFilingCannotBeApproved() {
        fixture.given(registered(changeFiled(OTHER_FILING, APPLICANT)))
                .when(approve(FILING, NOW))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void transferToTheCurrentHolderIsRefused() {
        expectViolation(registered(), fileTransfer(USE, ACME), "transfer-to-self");
    }

    @Test
    void transferOfTheHoldingRightMakesTheTransfereeTheRegistrant() {
        expectEvents(registered(transferFiled(HOLDING, OTHER_FILING), transferred(HOLDING, OTHER_FILING)),
                fileChange(TRANSFEREE), changeFiled(FILING, TRANSFEREE));
    }

    @Test
    void theFormerHolderNoLongerFilesAfterTransferringTheHoldingRight() {
        expectForbidden(registered(transferFiled(HOLDING, OTHER_FILING), transferred(HOLDING, OTHER_FILING)),
                fileChange(APPLICANT));
    }

    @Test
    void holdingRightIsNotLicensable() {
        expectViolation(registered(), fileLicence(HOLDING, APPLICANT, YEAR_2027, false), "holding-not-licensable");
    }

    @Test
    void onlyTheHolderOfARightLicensesIt() {
        expectForbidden(registered(), fileLicence(OPERATION, APPLICANT, YEAR_2027, false));
    }

    @Test
    void theOperatorLicensesItsOwnOperationRight() {
        expectEvents(registered(), fileLicence(OPERATION, OPERATOR, YEAR_2027, true),
                licenceFiled(OPERATION, OPERATOR, YEAR_2027, true));
    }

    @Test
    void aLicenceCannotOutlastTheRight() {
        Term beyond = new Term(LocalDate.of(2035, 6, 1), LocalDate.of(2036, 5, 31));
        expectViolation(registered(), fileLicence(USE, APPLICANT, beyond, false), "licence-outside-right-term");
    }

    @ParameterizedTest(name = "existing exclusive: {0}, new exclusive: {1}")
    @CsvSource({"true, false", "false, true", "true, true"})
    void anExclusiveLicenceCannotOverlapAnotherLicence(boolean existingExclusive, boolean newExclusive) {
        expectViolation(registered(licensed(OTHER_FILING, YEAR_2027, existingExclusive)),
                fileLicence(USE, APPLICANT, MID_2027_TO_MID_2028, newExclusive), "exclusive-licence-conflict");
    }

    @Test
    void nonExclusiveLicencesMayOverlap() {
        expectEvents(registered(licensed(OTHER_FILING, YEAR_2027, false)),
                fileLicence(USE, APPLICANT, MID_2027_TO_MID_2028, false),
                licenceFiled(USE, APPLICANT, MID_2027_TO_MID_2028, false));
    }

    @Test
    void anExclusiveLicenceMayFollowOneThatHasEnded() {
        expectEvents(registered(licensed(OTHER_FILING, YEAR_2027, true)), fileLicence(USE, APPLICANT, YEAR_2028, true),
                licenceFiled(USE, APPLICANT, YEAR_2028, true));
    }

    @Test
    void theSecuredAmountMustBePositive() {
        expectViolation(registered(), filePledge(BigDecimal.ZERO), "secured-amount-not-positive");
    }

    @Test
    void aRightIsPledgedOnceAtATime() {
        expectViolation(pledgedRegistration(), filePledge(SECURED), "right-pledged");
    }

    @Test
    void pledgedRightCannotBeTransferred() {
        expectViolation(pledgedRegistration(), fileTransfer(USE, TRANSFEREE.organisation()), "right-pledged");
    }

    @Test
    void voluntaryCancellationIsRefusedWhilePledged() {
        expectViolation(pledgedRegistration(), fileCancellation(), "right-pledged");
    }

    @Test
    void thePledgeeReleasesThePledge() {
        expectEvents(pledgedRegistration(), fileRelease(PLEDGEE), releaseFiled(PLEDGEE));
    }

    @Test
    void onlyTheHolderOrThePledgeeReleasesAPledge() {
        expectForbidden(pledgedRegistration(), fileRelease(STRANGER));
    }

    @Test
    void anUnknownPledgeCannotBeReleased() {
        fixture.given(registered())
                .when(fileRelease(APPLICANT))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void aReleasedRightCanBeTransferredAgain() {
        List<Object> released = pledgedRegistration(
                new PledgeReleaseFiledEvent(ID, OTHER_FILING, PLEDGE, List.of(), "repaid", PLEDGEE, NOW),
                new PledgeReleasedEvent(ID, OTHER_FILING, PLEDGE, APPROVED, REVIEWER, NOW));
        expectEvents(released, fileTransfer(USE, TRANSFEREE.organisation()), transferFiled(USE, FILING));
    }

    // ---------------------------------------------------------------- freeze and registrar actions

    @Test
    void theRegistrarFreezesOnAJudicialOrder() {
        expectEvents(registered(), freeze(REVIEWER), frozen());
    }

    @Test
    void freezeBlocksFilingApproval() {
        expectIllegalFrom(RegistrationStatus.FROZEN, registered(changeFiled(FILING, APPLICANT), frozen()),
                approve(FILING, NOW));
    }

    @Test
    void aFrozenRegistrationTakesNoNewFilings() {
        expectIllegalFrom(RegistrationStatus.FROZEN, registered(frozen()), fileChange(APPLICANT));
    }

    @Test
    void unfreezeLiftsTheFreeze() {
        expectEvents(registered(frozen()), unfreeze(REVIEWER), new RegistrationUnfrozenEvent(ID, "(2026) Zhe 01 Zhi 7",
                "Hangzhou Intermediate People's Court", sha(JUDICIAL_ORDER), "order lifted", REVIEWER, NOW));
    }

    @Test
    void afterUnfreezeThePendingFilingCanBeApproved() {
        List<Object> unfrozen = registered(changeFiled(FILING, APPLICANT), frozen(), new RegistrationUnfrozenEvent(ID,
                "(2026) Zhe 01 Zhi 7", "Hangzhou Intermediate People's Court", sha(JUDICIAL_ORDER), "lifted", REVIEWER, NOW));
        expectEvents(unfrozen, approve(FILING, NOW),
                new ParticularsChangedEvent(ID, FILING, NEW_STORAGE, 2, APPROVED, REVIEWER, NOW));
    }

    @Test
    void onlyAFrozenRegistrationIsUnfrozen() {
        expectIllegalFrom(RegistrationStatus.REGISTERED, registered(), unfreeze(REVIEWER));
    }

    @Test
    void exOfficioCancellationNeedsNoFiling() {
        expectEvents(registered(), new CancelExOfficioCommand(ID, RefusalGrounds.HOLDER_DISSOLVED, "deregistered",
                        REVIEWER, NOW),
                new RegistrationCancelledEvent(ID, null, true, RefusalGrounds.HOLDER_DISSOLVED, "deregistered", REVIEWER, NOW));
    }

    @Test
    void aFrozenRegistrationIsNotCancelledExOfficio() {
        expectIllegalFrom(RegistrationStatus.FROZEN, registered(frozen()),
                new CancelExOfficioCommand(ID, RefusalGrounds.HOLDER_DISSOLVED, "x", REVIEWER, NOW));
    }

    @Test
    void exOfficioCorrectionIssuesANewCertificateVersion() {
        expectEvents(registered(), correctExOfficio(), correctedExOfficio());
    }

    @Test
    void exOfficioCorrectionLeavesThePendingFilingAlone() {
        expectEvents(registered(changeFiled(FILING, APPLICANT), correctedExOfficio()), approve(FILING, NOW),
                new ParticularsChangedEvent(ID, FILING, NEW_STORAGE, 3, APPROVED, REVIEWER, NOW));
    }

    @Test
    void revocationEndsTheRegistration() {
        expectEvents(registered(), revoke(), revoked());
    }

    @Test
    void aFrozenRegistrationCanBeRevoked() {
        expectEvents(registered(frozen()), revoke(), revoked());
    }

    @Test
    void aRevokedRegistrationTakesNoFilings() {
        expectIllegalFrom(RegistrationStatus.REVOKED, registered(revoked()), fileChange(APPLICANT));
    }

    // ---------------------------------------------------------------- validity, reminder, renewal

    @Test
    void theHolderIsRemindedWhenTheRenewalWindowOpens() {
        Instant windowOpens = endOf(VALID_UNTIL.minusDays(91));
        noticePublishedByCommand()
                .whenTimeAdvancesTo(windowOpens)
                .expectEvents(granted(), new RenewalReminderIssuedEvent(ID, VALID_UNTIL, Actor.SYSTEM, windowOpens))
                .expectScheduledDeadline(endOf(VALID_UNTIL), new Deadlines.ValidityEnds(VALID_UNTIL));
    }

    @Test
    void theRegistrationExpiresAtTheEndOfValidity() {
        noticePublishedByCommand()
                .whenTimeAdvancesTo(endOf(VALID_UNTIL))
                .expectEvents(granted(),
                        new RenewalReminderIssuedEvent(ID, VALID_UNTIL, Actor.SYSTEM, endOf(VALID_UNTIL.minusDays(91))),
                        new RegistrationExpiredEvent(ID, VALID_UNTIL, Actor.SYSTEM, endOf(VALID_UNTIL)));
    }

    @Test
    void renewalIsRefusedBeforeTheWindowOpens() {
        expectViolation(registered(), fileRenewal(FILING, at(VALID_UNTIL.minusDays(91))), "renewal-window-not-open");
    }

    @Test
    void renewalMovesExpiry() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(renewalFiled()))
                .andGivenCommands(approve(FILING, RENEWAL_OPENS))
                .whenTimeAdvancesTo(endOf(RENEWED_UNTIL))
                .expectEvents(new RenewalReminderIssuedEvent(ID, RENEWED_UNTIL, Actor.SYSTEM,
                                endOf(RENEWED_UNTIL.minusDays(91))),
                        new RegistrationExpiredEvent(ID, RENEWED_UNTIL, Actor.SYSTEM, endOf(RENEWED_UNTIL)));
    }

    @Test
    void aStaleValidityDeadlineIsIgnoredAfterRenewal() {
        LocalDate finallyUntil = RENEWED_UNTIL.plusYears(3);
        Instant secondWindowOpens = at(RENEWED_UNTIL.minusDays(90));
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(renewalFiled()))
                .andGivenCommands(approve(FILING, RENEWAL_OPENS), fileRenewal(OTHER_FILING, secondWindowOpens),
                        approve(OTHER_FILING, secondWindowOpens))
                .whenTimeAdvancesTo(endOf(RENEWED_UNTIL))
                .expectTriggeredDeadlines(new Deadlines.RenewalReminder(RENEWED_UNTIL),
                        new Deadlines.ValidityEnds(RENEWED_UNTIL))
                .expectNoEvents()
                .expectScheduledDeadline(endOf(finallyUntil), new Deadlines.ValidityEnds(finallyUntil));
    }

    @Test
    void anExpiredRegistrationCannotBeRenewed() {
        List<Object> expired = registered(new RegistrationExpiredEvent(ID, VALID_UNTIL, Actor.SYSTEM, endOf(VALID_UNTIL)));
        expectIllegalFrom(RegistrationStatus.EXPIRED, expired, fileRenewal(FILING, at(VALID_UNTIL.plusDays(1))));
    }

    // ================================================================ expectations

    private void expectEvents(List<?> history, Object command, Object... events) {
        fixture.given(history).when(command).expectSuccessfulHandlerExecution().expectEvents(events);
    }

    // ---------------------------------------------------------------- rules added after review

    @Test
    void anObjectionMustComeWithEvidence() {
        expectViolation(inNotice(), new RaiseObjectionCommand(ID, OBJECTION, "Rival Data Co.", "trust us", List.of(),
                OBJECTOR, at(OBJECTED_ON)), "objection-evidence-missing");
    }

    @Test
    void anObjectionAfterTheLastNoticeDayIsRefused() {
        expectViolation(inNotice(), new RaiseObjectionCommand(ID, OBJECTION, "Rival Data Co.", "late",
                List.of(evidence(OBJECTION_EVIDENCE)), OBJECTOR, at(TENTH_WORKING_DAY.plusDays(1))), "notice-period-over");
    }

    @Test
    void anObjectorHasAtMostOneUndecidedObjection() {
        expectViolation(inNotice(objectionRaised(OBJECTION)), raiseObjection(SECOND_OBJECTION, OBJECTOR), "objection-pending");
    }

    @Test
    void aLicenceThatHasEndedNoLongerBlocksCancellation() {
        List<Object> licensedIn2027 = whollyOwned(licenceFiled(USE, APPLICANT, YEAR_2027, false), licensed(FILING, YEAR_2027, false));
        expectEvents(licensedIn2027, new FileCancellationCommand(ID, OTHER_FILING, List.of(), "retired", APPLICANT,
                at(LocalDate.of(2028, 2, 1))),
                new CancellationFiledEvent(ID, OTHER_FILING, List.of(), "retired", APPLICANT, at(LocalDate.of(2028, 2, 1))));
    }

    @Test
    void everyFreezeOrderMustBeLiftedBeforeTheRegistrationIsFreeAgain() {
        Object secondOrder = new RegistrationFrozenEvent(ID, "(2026) Hu 02 Zhi 9", "Shanghai Second Intermediate People's Court",
                sha(JUDICIAL_ORDER), "preservation", REVIEWER, NOW);
        fixture.given(registered(frozen(), secondOrder))
                .when(unfreeze(REVIEWER))
                .expectSuccessfulHandlerExecution()
                .expectState(registration -> assertThat(registration).extracting("status").isEqualTo(RegistrationStatus.FROZEN));
        expectViolation(registered(frozen()), new UnfreezeRegistrationCommand(ID, "(2025) other order", "Another court",
                null, "lifted", REVIEWER, NOW), "no-such-freeze-order");
    }

    @Test
    void aRenewalFiledInTimeKeepsTheRegistrationAliveUntilDecided() {
        fixture.givenCurrentTime(NOW)
                .andGiven(registered(renewalFiled()))
                .andGivenCommands(approve(FILING, NOW), fileRenewal(OTHER_FILING, at(RENEWED_UNTIL.minusDays(30))))
                .whenTimeAdvancesTo(endOf(RENEWED_UNTIL).plusSeconds(1))
                .expectTriggeredDeadlinesWithName(Deadlines.RENEWAL_REMINDER, Deadlines.VALIDITY_ENDS)
                .expectEvents(new RenewalReminderIssuedEvent(ID, RENEWED_UNTIL, Actor.SYSTEM,
                        endOf(RENEWED_UNTIL.minusDays(90).minusDays(1))));
    }

    @Test
    void aRenewalRejectedAfterTheEndOfValidityLetsTheRegistrationExpire() {
        Instant afterExpiry = endOf(VALID_UNTIL).plusSeconds(3600);
        fixture.given(registered(renewalFiled()))
                .when(new RejectFilingCommand(ID, FILING, RefusalGrounds.INCOMPLETE, "no fee paid", REVIEWER, afterExpiry))
                .expectEvents(new FilingRejectedEvent(ID, FILING, FilingType.RENEWAL, RefusalGrounds.INCOMPLETE, "no fee paid",
                                REVIEWER, afterExpiry),
                        new RegistrationExpiredEvent(ID, VALID_UNTIL, Actor.SYSTEM, afterExpiry));
    }

    @Test
    void revocationLapsesAPendingFiling() {
        expectEvents(registered(changeFiled(FILING, APPLICANT)), revoke(),
                new FilingLapsedEvent(ID, FILING, FilingType.CHANGE, "the registration was revoked", REVIEWER, NOW),
                revoked());
    }

    @Test
    void aDataAssetNeedsItsVerificationReportBeforeSubmission() {
        ApplicationContent asset = content(ObjectType.DATA_ASSET, Classification.GENERAL);
        List<EvidenceKind> withoutReport = POLICY.requiredEvidenceFor(asset).stream()
                .filter(kind -> kind != THIRD_PARTY_VERIFICATION_REPORT).toList();
        expectViolation(draftWith(asset, withoutReport), submit(), "evidence-incomplete");
    }

    private void expectViolation(List<?> history, Object command, String rule) {
        fixture.given(history).when(command).expectException(violating(rule)).expectNoEvents();
    }

    private void expectForbidden(List<?> history, Object command) {
        fixture.given(history).when(command).expectException(Forbidden.class).expectNoEvents();
    }

    private void expectIllegalFrom(RegistrationStatus from, List<?> history, Object command) {
        fixture.given(history).when(command).expectException(transitionFrom(from)).expectNoEvents();
    }

    private static Matcher<DomainRuleViolation> violating(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "a violation of the rule", "rule") {
            @Override
            protected String featureValueOf(DomainRuleViolation actual) {
                return actual.rule();
            }
        };
    }

    private static Matcher<IllegalTransition> transitionFrom(RegistrationStatus from) {
        return new FeatureMatcher<>(equalTo(from.name()), "an illegal transition from", "from") {
            @Override
            protected String featureValueOf(IllegalTransition actual) {
                return actual.from();
            }
        };
    }

    private TestExecutor<Registration> noticePublishedByCommand() {
        return fixture.givenCurrentTime(NOW).andGiven(approvedForNotice()).andGivenCommands(publishNotice(REVIEWER));
    }

    private TestExecutor<Registration> correctionRequestedByCommand() {
        return fixture.givenCurrentTime(NOW)
                .andGiven(inFormalReview(drafted(RESOURCE)))
                .andGivenCommands(requestCorrection(REVIEWER, NOW));
    }

    // ================================================================ rights claimed in another organisation's name

    private static List<Object> unconfirmedResource() {
        return unconfirmedDraftWith(RESOURCE, POLICY.requiredEvidenceFor(RESOURCE));
    }

    private static RightClaim operationClaim() {
        return RESOURCE.rights().stream().filter(r -> r.kind() == OPERATION).findFirst().orElseThrow();
    }

    @Test
    void aRightClaimedInAnotherOrganisationsNameNeedsItsConfirmationBeforeSubmission() {
        fixture.given(unconfirmedResource())
                .when(new SubmitApplicationCommand(ID, APPLICANT, NOW))
                .expectException(DomainRuleViolation.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("OPERATION right of org-operator"))
                .expectNoEvents();
    }

    @Test
    void theNamedOrganisationConfirmsTheClaimAsItStandsAndTheApplicationCanBeSubmitted() {
        fixture.given(unconfirmedResource())
                .when(new ConfirmRightClaimCommand(ID, OPERATION, OPERATOR, NOW))
                .expectEvents(new RightClaimConfirmedEvent(ID, operationClaim(), OPERATOR, NOW));
        fixture.given(then(unconfirmedResource(), new RightClaimConfirmedEvent(ID, operationClaim(), OPERATOR, NOW)))
                .when(new SubmitApplicationCommand(ID, APPLICANT, NOW))
                .expectEvents(new ApplicationSubmittedEvent(ID, APPLICANT, NOW));
    }

    @Test
    void onlyTheOrganisationNamedInTheClaimConfirmsIt() {
        fixture.given(unconfirmedResource())
                .when(new ConfirmRightClaimCommand(ID, OPERATION, STRANGER, NOW))
                .expectException(Forbidden.class)
                .expectNoEvents();
        fixture.given(unconfirmedResource())
                .when(new ConfirmRightClaimCommand(ID, USE, OPERATOR, NOW))
                .expectException(Forbidden.class)
                .expectNoEvents();
    }

    @Test
    void theApplicantsOwnRightsNeedNoConfirmation() {
        fixture.given(unconfirmedResource())
                .when(new ConfirmRightClaimCommand(ID, HOLDING, APPLICANT, NOW))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClaimChangedAfterItsConfirmationNeedsANewOne() {
        List<RightClaim> changedRights = RESOURCE.rights().stream()
                .map(r -> r.kind() == OPERATION ? new RightClaim(OPERATION, r.holderOrganisation(), r.holderName(),
                        "external supply, also abroad", r.term(), "worldwide") : r)
                .toList();
        ApplicationContent changed = content(ObjectType.DATA_RESOURCE, Classification.GENERAL, false, LAWFUL, changedRights, null);
        fixture.given(then(unconfirmedResource(), new RightClaimConfirmedEvent(ID, operationClaim(), OPERATOR, NOW),
                        new DraftUpdatedEvent(ID, changed, APPLICANT, NOW)))
                .when(new SubmitApplicationCommand(ID, APPLICANT, NOW))
                .expectException(DomainRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void aClaimIsConfirmedOnlyWhileTheApplicationCanBeEdited() {
        fixture.given(submitted(drafted(RESOURCE)))
                .when(new ConfirmRightClaimCommand(ID, OPERATION, OPERATOR, NOW))
                .expectException(IllegalTransition.class)
                .expectNoEvents();
    }

    // ================================================================ histories

    private static List<Object> then(List<Object> history, Object... events) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(Arrays.asList(events));
        return all;
    }

    /** The draft with exactly the checklist its content calls for, plus {@code extra} evidence. */
    private static List<Object> drafted(ApplicationContent content, EvidenceKind... extra) {
        Set<EvidenceKind> kinds = EnumSet.copyOf(POLICY.requiredEvidenceFor(content));
        kinds.addAll(Arrays.asList(extra));
        return draftWith(content, kinds);
    }

    /** The draft with its evidence, every right claimed for another organisation confirmed by it. */
    private static List<Object> draftWith(ApplicationContent content, Collection<EvidenceKind> evidence) {
        List<Object> events = unconfirmedDraftWith(content, evidence);
        content.rights().stream().filter(r -> r.holderOrganisation() != null && !r.holderOrganisation().equals(ACME))
                .forEach(r -> events.add(new RightClaimConfirmedEvent(ID, r,
                        new Actor("oscar", r.holderOrganisation(), "HOLDER"), NOW)));
        return events;
    }

    private static List<Object> unconfirmedDraftWith(ApplicationContent content, Collection<EvidenceKind> evidence) {
        List<Object> events = new ArrayList<>();
        events.add(new DraftCreatedEvent(ID, ACME, "Acme Data Co.", content, APPLICANT, NOW));
        evidence.forEach(kind -> events.add(new EvidenceAttachedEvent(ID, evidence(kind), 1, APPLICANT, NOW)));
        return events;
    }

    private static List<Object> submitted(List<Object> draft) {
        return then(draft, new ApplicationSubmittedEvent(ID, APPLICANT, NOW));
    }

    private static List<Object> inFormalReview(List<Object> draft) {
        return then(submitted(draft), new ApplicationAcceptedEvent(ID, REGISTRATION_NUMBER, "complete", REVIEWER, NOW),
                new FormalReviewStartedEvent(ID, TENTH_WORKING_DAY, REVIEWER, NOW));
    }

    private static List<Object> inSubstantiveReview(List<Object> draft) {
        return then(inFormalReview(draft),
                new FormalReviewPassedEvent(ID, true, THIRD_PARTY_VERIFICATION_REPORT, "complete", REVIEWER, NOW));
    }

    private static List<Object> correctionRequested() {
        return then(inFormalReview(drafted(RESOURCE)), new CorrectionRequestedEvent(ID,
                List.of("field dictionary lacks units"), "inconsistent", TENTH_WORKING_DAY, REVIEWER, NOW));
    }

    private static List<Object> approvedForNotice() {
        return then(inFormalReview(drafted(RESOURCE)), new FormalReviewPassedEvent(ID, false, null, "complete", REVIEWER, NOW));
    }

    private static List<Object> inNotice(Object... after) {
        List<Object> published = then(approvedForNotice(),
                new NoticePublishedEvent(ID, MONDAY.plusDays(1), TENTH_WORKING_DAY, "approved", REVIEWER, NOW));
        return then(published, after);
    }

    private static List<Object> registered(Object... after) {
        return then(inNotice(granted()), after);
    }

    /** Registered, with the operation right bought back, so the applicant holds every right. */
    private static List<Object> whollyOwned(Object... after) {
        return then(registered(new RightTransferredEvent(ID, OTHER_FILING, OPERATION, OPERATOR.organisation(),
                APPLICANT.organisation(), "Applicant", 2, "bought back", REVIEWER, NOW)), after);
    }

    private static List<Object> pledgedRegistration(Object... after) {
        return then(registered(pledgeFiled(PLEDGE), pledged(PLEDGE)), after);
    }

    // ================================================================ events

    private static Object granted() {
        return new RegistrationGrantedEvent(ID, CERTIFICATE, VALID_FROM, VALID_UNTIL, Actor.SYSTEM, endOf(TENTH_WORKING_DAY));
    }

    private static Object objectionRaised(UUID objection) {
        return new ObjectionRaisedEvent(ID, objection, "Rival Data Co.", "we collected these records",
                List.of(evidence(OBJECTION_EVIDENCE)), RESPONSE_DUE, NOTICE_DAYS_LEFT, OBJECTOR, at(OBJECTED_ON));
    }

    private static Object responded(UUID objection) {
        return new ObjectionRespondedEvent(ID, objection, "our own sensors", List.of(evidence(RESPONSE_EVIDENCE)),
                APPLICANT, at(OBJECTED_ON));
    }

    private static Object changeFiled(UUID filing, Actor by) {
        return new ChangeFiledEvent(ID, filing, NEW_STORAGE, List.of(), "storage moved", by, NOW);
    }

    private static Object correctionFiled() {
        return new CorrectionFiledEvent(ID, FILING, NEW_STORAGE, List.of(), "typo", APPLICANT, NOW);
    }

    private static Object transferFiled(RightKind right, UUID filing) {
        return new TransferFiledEvent(ID, filing, right, TRANSFEREE.organisation(), "Buyer Co.",
                List.of(evidence(TRANSFER_CONTRACT)), "sold", APPLICANT, NOW);
    }

    private static Object transferred(RightKind right, UUID filing) {
        return new RightTransferredEvent(ID, filing, right, ACME, TRANSFEREE.organisation(), "Buyer Co.", 2, APPROVED,
                REVIEWER, NOW);
    }

    private static Object licenceFiled(RightKind right, Actor by, Term term, boolean exclusive) {
        return new LicenceFiledEvent(ID, FILING, right, "org-licensee", "Licensee Co.", "analytics", term, "Zhejiang",
                exclusive, List.of(evidence(LICENCE_AGREEMENT)), "licensed", by, NOW);
    }

    private static Object licensed(UUID licence, Term term, boolean exclusive) {
        return new RightLicensedEvent(ID, licence, USE, "org-licensee", "Licensee Co.", "analytics", term, "Zhejiang",
                exclusive, APPROVED, REVIEWER, NOW);
    }

    private static Object pledgeFiled(UUID filing) {
        return new PledgeFiledEvent(ID, filing, USE, PLEDGEE.organisation(), "Bank Co.", SECURED, "CNY", YEAR_2027,
                List.of(evidence(PLEDGE_CONTRACT)), "loan security", APPLICANT, NOW);
    }

    private static Object pledged(UUID pledge) {
        return new RightPledgedEvent(ID, pledge, USE, PLEDGEE.organisation(), "Bank Co.", SECURED, "CNY", YEAR_2027,
                APPROVED, REVIEWER, NOW);
    }

    private static Object releaseFiled(Actor by) {
        return new PledgeReleaseFiledEvent(ID, FILING, PLEDGE, List.of(evidence(PLEDGE_RELEASE_CERTIFICATE)), "repaid",
                by, NOW);
    }

    private static Object renewalFiled() {
        return new RenewalFiledEvent(ID, FILING, List.of(), "still held", APPLICANT, RENEWAL_OPENS);
    }

    private static Object cancellationFiled() {
        return new CancellationFiledEvent(ID, FILING, List.of(), "dataset retired", APPLICANT, NOW);
    }

    private static Object frozen() {
        return new RegistrationFrozenEvent(ID, "(2026) Zhe 01 Zhi 7", "Hangzhou Intermediate People's Court",
                sha(JUDICIAL_ORDER), "preservation", REVIEWER, NOW);
    }

    private static Object correctedExOfficio() {
        return new RecordCorrectedEvent(ID, null, NEW_STORAGE, true, 2, "clerical error", REVIEWER, NOW);
    }

    private static Object revoked() {
        return new RegistrationRevokedEvent(ID, RefusalGrounds.FRAUD, "forged contracts", REVIEWER, NOW);
    }

    // ================================================================ commands

    private static CreateDraftCommand createDraft(ApplicationContent content, Actor by) {
        return new CreateDraftCommand(ID, ACME, "Acme Data Co.", content, by, NOW);
    }

    private static SubmitApplicationCommand submit() {
        return new SubmitApplicationCommand(ID, APPLICANT, NOW);
    }

    private static WithdrawApplicationCommand withdrawApplication() {
        return new WithdrawApplicationCommand(ID, "no longer needed", APPLICANT, NOW);
    }

    private static RequestCorrectionCommand requestCorrection(Actor by, Instant at) {
        return new RequestCorrectionCommand(ID, List.of("field dictionary lacks units"), "inconsistent", by, at);
    }

    private static ResubmitCorrectedCommand resubmit(List<EvidenceRef> evidence) {
        return new ResubmitCorrectedCommand(ID, "units added", evidence, APPLICANT, at(OBJECTED_ON));
    }

    private static PassFormalReviewCommand passFormalReview() {
        return new PassFormalReviewCommand(ID, "complete", REVIEWER, NOW);
    }

    private static PassSubstantiveReviewCommand passSubstantiveReview(String reportSha256, Actor by) {
        return new PassSubstantiveReviewCommand(ID, reportSha256, "verified", by, NOW);
    }

    private static PublishNoticeCommand publishNotice(Actor by) {
        return new PublishNoticeCommand(ID, "approved", by, NOW);
    }

    private static RaiseObjectionCommand raiseObjection(UUID objection, Actor by) {
        return new RaiseObjectionCommand(ID, objection, "Rival Data Co.", "we collected these records",
                List.of(evidence(OBJECTION_EVIDENCE)), by, at(OBJECTED_ON));
    }

    private static RespondToObjectionCommand respond(UUID objection, Actor by) {
        return new RespondToObjectionCommand(ID, objection, "our own sensors", List.of(evidence(RESPONSE_EVIDENCE)), by,
                at(OBJECTED_ON));
    }

    private static DecideObjectionCommand decide(UUID objection, boolean upheld) {
        return new DecideObjectionCommand(ID, objection, upheld, upheld ? "founded" : "unfounded", REVIEWER, at(DECIDED_ON));
    }

    private static FileChangeCommand fileChange(Actor by) {
        return new FileChangeCommand(ID, FILING, NEW_STORAGE, List.of(), "storage moved", by, NOW);
    }

    private static FileTransferCommand fileTransfer(RightKind right, String to) {
        return new FileTransferCommand(ID, FILING, right, to, "Buyer Co.", List.of(evidence(TRANSFER_CONTRACT)), "sold",
                APPLICANT, NOW);
    }

    private static FileLicenceCommand fileLicence(RightKind right, Actor by, Term term, boolean exclusive) {
        return new FileLicenceCommand(ID, FILING, right, "org-licensee", "Licensee Co.", "analytics", term, "Zhejiang",
                exclusive, List.of(evidence(LICENCE_AGREEMENT)), "licensed", by, NOW);
    }

    private static FilePledgeCommand filePledge(BigDecimal securedAmount) {
        return new FilePledgeCommand(ID, FILING, USE, PLEDGEE.organisation(), "Bank Co.", securedAmount, "CNY", YEAR_2027,
                List.of(evidence(PLEDGE_CONTRACT)), "loan security", APPLICANT, NOW);
    }

    private static FilePledgeReleaseCommand fileRelease(Actor by) {
        return new FilePledgeReleaseCommand(ID, FILING, PLEDGE, List.of(evidence(PLEDGE_RELEASE_CERTIFICATE)), "repaid",
                by, NOW);
    }

    private static FileRenewalCommand fileRenewal(UUID filing, Instant at) {
        return new FileRenewalCommand(ID, filing, List.of(), "still held", APPLICANT, at);
    }

    private static FileCancellationCommand fileCancellation() {
        return new FileCancellationCommand(ID, FILING, List.of(), "dataset retired", APPLICANT, NOW);
    }

    private static ApproveFilingCommand approve(UUID filing, Instant at) {
        return new ApproveFilingCommand(ID, filing, APPROVED, REVIEWER, at);
    }

    private static FreezeRegistrationCommand freeze(Actor by) {
        return new FreezeRegistrationCommand(ID, "(2026) Zhe 01 Zhi 7", "Hangzhou Intermediate People's Court",
                sha(JUDICIAL_ORDER), "preservation", by, NOW);
    }

    private static UnfreezeRegistrationCommand unfreeze(Actor by) {
        return new UnfreezeRegistrationCommand(ID, "(2026) Zhe 01 Zhi 7", "Hangzhou Intermediate People's Court",
                sha(JUDICIAL_ORDER), "order lifted", by, NOW);
    }

    private static CorrectExOfficioCommand correctExOfficio() {
        return new CorrectExOfficioCommand(ID, NEW_STORAGE, "clerical error", REVIEWER, NOW);
    }

    private static RevokeRegistrationCommand revoke() {
        return new RevokeRegistrationCommand(ID, RefusalGrounds.FRAUD, "forged contracts", REVIEWER, NOW);
    }

    // ================================================================ values

    private static ApplicationContent content(ObjectType type, Classification classification) {
        return content(type, classification, false, LAWFUL, RIGHTS, null);
    }

    private static ApplicationContent content(ObjectType type, Classification classification, boolean personalInformation,
                                              DataSource source, List<RightClaim> rights, String agentName) {
        return new ApplicationContent(type, type == ObjectType.DATA_PRODUCT ? ProductForm.API : null,
                "Port container movements", "Hourly container movements at the port", "logistics",
                List.of("route planning"), "CSV", "Hangzhou data centre", "object storage", "hourly",
                new Term(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)), 1_000_000L, 5_000_000_000L,
                classification, personalInformation, false, source, FINGERPRINT, rights, agentName);
    }

    private static EvidenceRef evidence(EvidenceKind kind) {
        return new EvidenceRef(kind, sha(kind), kind.name().toLowerCase(java.util.Locale.ROOT) + ".pdf",
                "application/pdf", 1024, null);
    }

    private static String sha(EvidenceKind kind) {
        return "%064x".formatted(kind.ordinal() + 1);
    }

    /** 10:00 in Beijing on {@code day}. */
    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ZONE).toInstant();
    }

    private static Instant endOf(LocalDate day) {
        return POLICY.endOf(day);
    }

    /** Deterministic numbering: a counter per kind, starting at 1 in every test. */
    private static final class CountingNumbers implements RegistrationNumbers {
        private int registrations;
        private int certificates;

        @Override
        public String nextRegistrationNumber(ObjectType type, LocalDate on) {
            return "DDR-%d-%s-%06d".formatted(on.getYear(), type, ++registrations);
        }

        @Override
        public String nextCertificateNumber(ObjectType type, LocalDate on) {
            return "ZJ-DDR-%d-%s-%06d".formatted(on.getYear(), type, ++certificates);
        }
    }
}
