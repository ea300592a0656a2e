package org.datadeed.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Columns per month, one per series side by side (a month's submissions, registrations and refusals), drawn by the
 * page as inline SVG, with its figures in a table under it. Every column is scaled to the chart's largest value.
 *
 * @param title what the chart shows (also its accessible name and its table's caption)
 * @param series the names of the series, in the order of each month's columns (the legend and the table's columns)
 * @param months the months, oldest first
 * @param totals per series, its sum over the months
 * @param max the largest value, the top of the scale
 */
public record MonthlyChart(String title, List<String> series, List<Month> months, List<Long> totals, long max) {

    /**
     * @param key the month as {@code YYYY-MM}
     * @param label the month as the reader writes it (the table's)
     * @param axisLabel the month alone, drawn under its columns; null where not drawn (with many months, only every
     *                  few are)
     * @param yearLabel the year, drawn under the first month drawn and wherever the year changes; null elsewhere
     */
    public record Month(String key, String label, String axisLabel, String yearLabel, List<Long> values) {
    }

    /**
     * @param key the month as {@code YYYY-MM}
     * @param label the month as the reader writes it
     * @param axisLabel the month alone (the year is drawn apart)
     * @param yearLabel its year
     * @param values one per series
     */
    public record Entry(String key, String label, String axisLabel, String yearLabel, List<Long> values) {
    }

    static final int WIDTH = 600;
    static final int LEFT = 48;
    static final int TOP = 8;
    static final int PLOT = 160;
    static final int BOTTOM = 40;
    static final int MAX_LABELS = 12;

    public static MonthlyChart of(String title, List<String> series, List<Entry> entries) {
        long max = entries.stream().flatMap(entry -> entry.values().stream()).mapToLong(Long::longValue).max().orElse(0);
        int every = Math.max(1, (entries.size() + MAX_LABELS - 1) / MAX_LABELS);
        List<Month> months = new ArrayList<>();
        String yearShown = null;
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            boolean drawn = i % every == 0;
            boolean newYear = drawn && !entry.yearLabel().equals(yearShown);
            yearShown = newYear ? entry.yearLabel() : yearShown;
            months.add(new Month(entry.key(), entry.label(), drawn ? entry.axisLabel() : null,
                    newYear ? entry.yearLabel() : null, entry.values()));
        }
        List<Long> totals = IntStream.range(0, series.size())
                .mapToObj(s -> entries.stream().mapToLong(entry -> entry.values().get(s)).sum()).toList();
        return new MonthlyChart(title, series, List.copyOf(months), totals, max);
    }

    public int height() {
        return TOP + PLOT + BOTTOM;
    }

    public int left() {
        return LEFT;
    }

    public int top() {
        return TOP;
    }

    /** Where the columns stand. */
    public int baseline() {
        return TOP + PLOT;
    }

    public double columnWidth() {
        return round(groupWidth() * 0.8 / Math.max(1, series.size()));
    }

    public double columnX(int month, int column) {
        return round(LEFT + month * groupWidth() + groupWidth() * 0.1 + column * groupWidth() * 0.8 / Math.max(1, series.size()));
    }

    public double columnHeight(long value) {
        return max == 0 ? 0 : round(PLOT * (double) value / max);
    }

    /** The middle of a month's columns, where its label goes. */
    public double labelX(int month) {
        return round(LEFT + (month + 0.5) * groupWidth());
    }

    private double groupWidth() {
        return (WIDTH - LEFT) / (double) Math.max(1, months.size());
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
