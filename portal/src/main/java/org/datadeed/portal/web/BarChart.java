package org.datadeed.portal.web;

import java.util.List;

/**
 * A horizontal bar chart, drawn by the page as inline SVG: each bar's length is its share of the largest value.
 *
 * @param title what the chart shows (also its accessible name)
 * @param bars the bars, in the order shown
 */
public record BarChart(String title, List<Bar> bars) {

    /** @param percent the bar's length, 0 to 100, relative to the largest value of the chart */
    public record Bar(String label, long value, double percent) {
    }

    public record Entry(String label, long value) {
    }

    public static BarChart of(String title, List<Entry> entries) {
        long max = entries.stream().mapToLong(Entry::value).max().orElse(0);
        return new BarChart(title, entries.stream()
                .map(entry -> new Bar(entry.label(), entry.value(), max == 0 ? 0 : 100.0 * entry.value() / max))
                .toList());
    }

    /** The SVG's height for the page: one row per bar. */
    public int height() {
        return bars.size() * ROW;
    }

    public int rowY(int index) {
        return index * ROW;
    }

    static final int ROW = 28;
}
