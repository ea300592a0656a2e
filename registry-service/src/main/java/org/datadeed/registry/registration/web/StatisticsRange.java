package org.datadeed.registry.registration.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.datadeed.platform.problem.ProblemType;
import org.datadeed.platform.problem.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The months a statistics request asks for, both included: by default the twelve months up to the current one, at
 * most {@value #MAX_MONTHS}. Anything else is refused as a 400 problem naming the parameter.
 */
record StatisticsRange(YearMonth from, YearMonth to) {

    static final int DEFAULT_MONTHS = 12;
    static final int MAX_MONTHS = 36;

    /**
     * @param from the first month ({@code YYYY-MM}), or null for {@value #DEFAULT_MONTHS} months up to {@code to}
     * @param to the last month ({@code YYYY-MM}), or null for the current month
     * @param current the current month in the registry's time zone
     */
    static StatisticsRange of(String from, String to, YearMonth current) {
        YearMonth last = to == null ? current : month("to", to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1) : month("from", from);
        if (first.isAfter(last)) {
            throw invalid("from", "The first month (%s) is after the last (%s)".formatted(first, last));
        }
        StatisticsRange range = new StatisticsRange(first, last);
        if (range.months() > MAX_MONTHS) {
            throw invalid("to", "At most %d months at a time; %s to %s are %d".formatted(MAX_MONTHS, first, last, range.months()));
        }
        return range;
    }

    long months() {
        return ChronoUnit.MONTHS.between(from, to) + 1;
    }

    private static YearMonth month(String parameter, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid(parameter, "Not a month: '%s' (write YYYY-MM)".formatted(value));
        }
    }

    private static ErrorResponseException invalid(String parameter, String message) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, message);
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return new ErrorResponseException(ProblemType.VALIDATION_FAILED.status(), problem, null);
    }
}
