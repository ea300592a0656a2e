package org.datadeed.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MonthlyChartTest {

    @Test
    void theLargestValueIsAFullColumnAndTheTotalsSumEachSeries() {
        MonthlyChart chart = MonthlyChart.of("Applications", List.of("submitted", "refused"),
                List.of(entry("2026-02", 4L, 1L), entry("2026-03", 8L, 0L)));
        assertThat(chart.max()).isEqualTo(8);
        assertThat(chart.columnHeight(8)).isEqualTo(160);
        assertThat(chart.columnHeight(4)).isEqualTo(80);
        assertThat(chart.totals()).containsExactly(12L, 1L);
        assertThat(chart.months()).extracting(MonthlyChart.Month::key).containsExactly("2026-02", "2026-03");
        assertThat(chart.months()).extracting(MonthlyChart.Month::axisLabel).containsExactly("Feb", "Mar");
        assertThat(chart.months()).extracting(MonthlyChart.Month::yearLabel).as("the year once").containsExactly("2026", null);
    }

    @Test
    void aMonthsColumnsStandSideBySideWithinItsShareOfTheWidth() {
        MonthlyChart chart = MonthlyChart.of("c", List.of("a", "b"), List.of(entry("2026-02", 1L, 1L), entry("2026-03", 1L, 1L)));
        // 552 wide for two months: 276 each, 10 % margin, two columns of 110.4
        assertThat(chart.columnWidth()).isEqualTo(110.4);
        assertThat(chart.columnX(0, 0)).isEqualTo(75.6);
        assertThat(chart.columnX(0, 1)).isEqualTo(186.0);
        assertThat(chart.columnX(1, 0)).isEqualTo(351.6);
        assertThat(chart.columnX(1, 1) + chart.columnWidth()).isLessThanOrEqualTo(600);
        assertThat(chart.labelX(1)).isEqualTo(462.0);
    }

    @Test
    void withManyMonthsOnlyEveryFewIsLabelledAndEachYearOnce() {
        List<MonthlyChart.Entry> entries = IntStream.range(0, 36)
                .mapToObj(i -> entry(YearMonth.of(2024, 2).plusMonths(i).toString(), 0L)).toList();
        MonthlyChart chart = MonthlyChart.of("c", List.of("a"), entries);
        assertThat(chart.months()).filteredOn(m -> m.axisLabel() != null).extracting(MonthlyChart.Month::key)
                .hasSize(12).startsWith("2024-02", "2024-05");
        assertThat(chart.months()).filteredOn(m -> m.yearLabel() != null).as("the first month drawn in each year")
                .extracting(MonthlyChart.Month::key).containsExactly("2024-02", "2025-02", "2026-02");
    }

    @Test
    void nothingToCountDrawsNoColumns() {
        MonthlyChart chart = MonthlyChart.of("c", List.of("a"), List.of(entry("2026-03", 0L)));
        assertThat(chart.max()).isZero();
        assertThat(chart.columnHeight(0)).isZero();
        assertThat(chart.totals()).containsExactly(0L);
    }

    /** A month labelled as in English: "Feb 2026", "Feb" on the axis, "2026" under it. */
    private static MonthlyChart.Entry entry(String key, Long... values) {
        YearMonth month = YearMonth.parse(key);
        String name = month.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
        return new MonthlyChart.Entry(key, name + " " + month.getYear(), name, String.valueOf(month.getYear()), List.of(values));
    }
}
