package org.datadeed.registry.registration.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

class StatisticsRangeTest {

    private static final YearMonth NOW = YearMonth.of(2026, 3);

    @Test
    void withoutMonthsTheRangeIsTheTwelveMonthsUpToTheCurrentOne() {
        StatisticsRange range = StatisticsRange.of(null, null, NOW);
        assertThat(range.from()).isEqualTo(YearMonth.of(2025, 4));
        assertThat(range.to()).isEqualTo(NOW);
        assertThat(range.months()).isEqualTo(12);
    }

    @Test
    void onlyTheLastMonthGivenCountsTheTwelveMonthsUpToIt() {
        assertThat(StatisticsRange.of(null, "2025-12", NOW)).isEqualTo(new StatisticsRange(YearMonth.of(2025, 1), YearMonth.of(2025, 12)));
    }

    @Test
    void onlyTheFirstMonthGivenCountsUpToTheCurrentMonth() {
        assertThat(StatisticsRange.of("2026-01", null, NOW)).isEqualTo(new StatisticsRange(YearMonth.of(2026, 1), NOW));
    }

    @Test
    void oneMonthAndThirtySixMonthsAreAccepted() {
        assertThat(StatisticsRange.of("2026-03", "2026-03", NOW).months()).isEqualTo(1);
        assertThat(StatisticsRange.of("2024-01", "2026-12", NOW).months()).isEqualTo(36);
    }

    @Test
    void aFirstMonthAfterTheLastIsRefusedNamingFrom() {
        assertThatThrownBy(() -> StatisticsRange.of("2026-04", "2026-03", NOW))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getType().toString()).isEqualTo("https://datadeed.org/problems/validation-failed");
                    assertThat(e.getBody().getDetail()).contains("2026-04", "2026-03");
                    assertThat(field(e.getBody())).isEqualTo("from");
                });
    }

    @Test
    void moreThanThirtySixMonthsAreRefusedNamingTo() {
        assertThatThrownBy(() -> StatisticsRange.of("2023-12", "2026-12", NOW))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getBody().getDetail()).contains("At most 36 months", "37");
                    assertThat(field(e.getBody())).isEqualTo("to");
                });
    }

    @Test
    void somethingThatIsNotAMonthIsRefused() {
        assertThatThrownBy(() -> StatisticsRange.of("2026-13", null, NOW))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getBody().getDetail()).contains("Not a month: '2026-13'");
                    assertThat(field(e.getBody())).isEqualTo("from");
                });
    }

    private static String field(ProblemDetail problem) {
        java.util.List<?> errors = (java.util.List<?>) problem.getProperties().get("errors");
        return String.valueOf(((java.util.Map<?, ?>) errors.get(0)).get("field"));
    }
}
