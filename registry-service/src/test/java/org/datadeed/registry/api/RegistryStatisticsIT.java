package org.datadeed.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.registry.api.Fixtures.*;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.datadeed.client.registry.ApiClient;
import org.datadeed.client.registry.ApiException;
import org.datadeed.client.registry.api.ObjectionsApi;
import org.datadeed.client.registry.api.RegistrarActionsApi;
import org.datadeed.client.registry.api.RegistrationsApi;
import org.datadeed.client.registry.api.ReviewApi;
import org.datadeed.client.registry.api.StatisticsApi;
import org.datadeed.client.registry.model.*;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The registry's statistics through the API: each month of China time counts exactly what was decided in it, and only
 * regulators and the registrar may read them. The decisions are taken in a month no other test reaches (the shared
 * clock is moved there first), so the counts are exact.
 */
class RegistryStatisticsIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final RegistrationFlow NOTHING = flow(0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static RegistryTestStack stack;

    @BeforeAll
    static void start() throws IOException {
        stack = RegistryTestStack.get();
    }

    private final ApiClient holder = stack.as("holder-a");
    private final ApiClient reviewer = stack.as("reviewer");
    private final ApiClient regulator = stack.as("regulator");

    @Test
    void eachMonthCountsExactlyTheSubmissionsRefusalsObjectionsAndRegistrationsDecidedInIt() throws Exception {
        YearMonth month = YearMonth.from(stack.clock.instant().atZone(CHINA)).plusMonths(2);
        stack.clock.advancePast(month.atDay(1).atTime(9, 0).atZone(CHINA).toInstant());
        ReviewApi review = new ReviewApi(reviewer);

        UUID notAccepted = submitted("Not accepted");
        review.refuseAcceptance(notAccepted, new Refusal().grounds(Refusal.GroundsEnum.INCOMPLETE).reason("No source contracts"), key());
        UUID rejected = submitted("Rejected in review");
        review.acceptApplication(rejected, new Decision().reason("Complete"), key());
        review.rejectApplication(rejected, new Refusal().grounds(Refusal.GroundsEnum.INCONSISTENT)
                .reason("The sample contradicts the field dictionary"), key());
        UUID upheld = inNotice(holder, reviewer);
        assertThat(objectAndDecide(upheld, true).getStatus()).isEqualTo(RegistrationStatus.REJECTED);
        UUID dismissed = inNotice(holder, reviewer);
        assertThat(objectAndDecide(dismissed, false).getStatus()).isEqualTo(RegistrationStatus.IN_NOTICE);
        UUID unopposed = inNotice(holder, reviewer);
        letNoticesEnd(dismissed, unopposed);
        new RegistrarActionsApi(reviewer).revokeRegistration(dismissed, new Refusal().grounds(Refusal.GroundsEnum.FRAUD)
                .reason("Forged source statement"), key());
        new RegistrarActionsApi(reviewer).cancelExOfficio(unopposed, new Refusal().grounds(Refusal.GroundsEnum.HOLDER_DISSOLVED)
                .reason("The holder was dissolved"), key());

        // half an hour into the next month in China is still the previous month in UTC: it counts for the next month
        YearMonth next = month.plusMonths(1);
        stack.clock.advancePast(next.atDay(1).atStartOfDay(CHINA).plusMinutes(30).toInstant());
        assertThat(YearMonth.from(stack.clock.instant().atZone(java.time.ZoneOffset.UTC))).isEqualTo(month);
        submitted("Submitted after midnight in China");

        RegistrationStatistics statistics = new StatisticsApi(regulator).getRegistrationStatistics(month.toString(), next.toString());
        RegistrationFlow expected = flow(5, 1, 2, 2, 2, 1, 1, 1, 1);
        assertThat(statistics.getZone()).isEqualTo("Asia/Shanghai");
        assertThat(statistics.getFrom()).isEqualTo(month.toString());
        assertThat(statistics.getTo()).isEqualTo(next.toString());
        assertThat(statistics.getMonths()).extracting(MonthlyRegistrationFlow::getMonth)
                .containsExactly(month.toString(), next.toString());
        assertThat(statistics.getMonths().get(0).getCounts()).isEqualTo(expected);
        assertThat(statistics.getMonths().get(1).getCounts()).isEqualTo(flow(1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(statistics.getTotals()).isEqualTo(flow(6, 1, 2, 2, 2, 1, 1, 1, 1));

        RegistrationStatistics later = new StatisticsApi(reviewer).getRegistrationStatistics(next.plusMonths(1).toString(),
                next.plusMonths(3).toString());
        assertThat(later.getMonths()).as("months without events are there, with zeros").hasSize(3)
                .allSatisfy(m -> assertThat(m.getCounts()).isEqualTo(NOTHING));
        assertThat(later.getTotals()).isEqualTo(NOTHING);

        RegistrationStatistics byDefault = new StatisticsApi(reviewer).getRegistrationStatistics(null, null);
        assertThat(byDefault.getMonths()).as("the twelve months up to the current one").hasSize(12);
        assertThat(byDefault.getTo()).isEqualTo(next.toString());
        assertThat(byDefault.getFrom()).isEqualTo(next.minusMonths(11).toString());
        assertThat(byDefault.getMonths().get(10).getCounts()).isEqualTo(expected);
    }

    @Test
    void theCountsByStatusAreThoseOfTheRegisterNow() throws Exception {
        submitted("Counted by status");
        RegistrationsApi search = new RegistrationsApi(regulator);
        // deadlines of other tests' registrations may still be firing after a clock move: compare once they have
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            RegistrationStatistics statistics = new StatisticsApi(regulator).getRegistrationStatistics(null, null);
            assertThat(statistics.getByStatus()).extracting(StatusCount::getStatus).containsExactly(RegistrationStatus.values());
            for (StatusCount count : statistics.getByStatus()) {
                assertThat(count.getCount()).as("%s", count.getStatus()).isEqualTo(search.searchRegistrations(null, null,
                        List.of(count.getStatus()), null, null, null, null, 0, 1, null).getTotalItems());
            }
            assertThat(statistics.getByStatus()).filteredOn(c -> c.getStatus() == RegistrationStatus.SUBMITTED)
                    .singleElement().satisfies(c -> assertThat(c.getCount()).isPositive());
        });
    }

    @Test
    void holdersAndEnterprisesAreRefusedWithA403Problem() {
        String enterpriseToken = stack.clientCredentialsToken("ent-api", stack.entApiSecret);
        for (ApiClient refused : List.of(holder, stack.as("enterprise"), stack.withToken(enterpriseToken))) {
            assertProblem(() -> new StatisticsApi(refused).getRegistrationStatistics(null, null), 403,
                    "https://datadeed.org/problems/forbidden");
        }
        assertProblem(() -> new StatisticsApi(stack.anonymous()).getRegistrationStatistics(null, null), 401,
                "https://datadeed.org/problems/unauthenticated");
    }

    @Test
    void aBadRangeIsA400ProblemNamingTheParameter() {
        StatisticsApi statistics = new StatisticsApi(regulator);
        assertProblem(() -> statistics.getRegistrationStatistics("2026-05", "2026-04"), 400,
                "https://datadeed.org/problems/validation-failed", "\"field\":\"from\"", "is after the last");
        assertProblem(() -> statistics.getRegistrationStatistics("2020-01", "2026-12"), 400,
                "https://datadeed.org/problems/validation-failed", "\"field\":\"to\"", "At most 36 months");
        assertProblem(() -> statistics.getRegistrationStatistics("2026-13", null), 400,
                "https://datadeed.org/problems/validation-failed", "from");
    }

    /** The call is refused with this status, as an RFC 9457 problem whose body says all of {@code said}. */
    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status, String... said) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getCode()).isEqualTo(status);
            assertThat(e.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(e.getResponseBody()).contains(said);
        });
    }

    private UUID submitted(String name) throws Exception {
        UUID id = draftWithEvidence(holder, name + " " + UUID.randomUUID()).getRegistrationId();
        new RegistrationsApi(holder).submitApplication(id, key());
        return id;
    }

    /** Another organisation objects, the applicant answers, and the registrar upholds or dismisses the objection. */
    private Registration objectAndDecide(UUID id, boolean upheld) throws Exception {
        ApiClient objector = stack.as("holder-b");
        Registration objected = new ObjectionsApi(objector).raiseObjection(id, new ObjectionFiling()
                .objectorName("Holder B Analytics").grounds("We collected part of this data")
                .evidence(List.of(evidence(objector, EvidenceKind.OBJECTION_EVIDENCE))), key());
        UUID objectionId = objected.getObjections().get(0).getObjectionId();
        new ObjectionsApi(holder).respondToObjection(id, objectionId, new Statement().statement("Our contracts cover it"), key());
        return new ObjectionsApi(reviewer).decideObjection(id, objectionId,
                new ObjectionDecision().upheld(upheld).reason(upheld ? "The objector's contracts prevail" : "Covered by contracts"), key());
    }

    /** Moves the clock past the end of every given notice and waits until each registration is granted. */
    private void letNoticesEnd(UUID... ids) throws Exception {
        RegistrationsApi registrations = new RegistrationsApi(holder);
        LocalDate last = LocalDate.MIN;
        for (UUID id : ids) {
            LocalDate endsOn = registrations.getRegistration(id).getNotice().getEndsOn();
            last = endsOn.isAfter(last) ? endsOn : last;
        }
        stack.clock.advancePast(last.plusDays(1).atStartOfDay(CHINA).toInstant());
        for (UUID id : ids) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> registrations.getRegistration(id).getStatus() == RegistrationStatus.REGISTERED);
        }
    }

    private static RegistrationFlow flow(long submitted, long notAccepted, long rejected, long registered, long raised,
                                         long upheld, long dismissed, long cancelled, long revoked) {
        return new RegistrationFlow().submitted(submitted).notAccepted(notAccepted).rejected(rejected)
                .refused(notAccepted + rejected).registered(registered).objectionsRaised(raised).objectionsUpheld(upheld)
                .objectionsDismissed(dismissed).cancelled(cancelled).revoked(revoked);
    }
}
