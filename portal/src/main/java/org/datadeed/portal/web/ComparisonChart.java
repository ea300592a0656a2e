package org.datadeed.portal.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart that compares two or three series per row (a price against its ceiling, revenue against the
 * MAR), drawn by the page as inline SVG. Bars are scaled to the largest value of the whole chart, or of their own row
 * when the rows' magnitudes differ too much to share a scale (unit prices of different charging units).
 *
 * @param title what the chart shows (also its accessible name)
 * @param series the names of the series, in the order of each row's bars (the legend)
 * @param rows the rows, in the order shown
 */
public record ComparisonChart(String title, List<String> series, List<Row> rows) {

    /** @param percent the bar's length, 0 to 100, relative to the scale's largest value */
    public record Bar(String shown, double percent) {
    }

    public record Row(String label, List<Bar> bars) {
    }

    /** @param values one per series, null where the row has no value for that series */
    public record Entry(String label, List<BigDecimal> values) {
    }

    static final int BAR = 16;
    static final int GAP = 14;

    /**
     * @param perRow whether each row has its own scale (its largest value is a full bar)
     * @param format how a value is written beside its bar
     */
    public static ComparisonChart of(String title, List<String> series, List<Entry> entries, boolean perRow,
                                     Function<BigDecimal, String> format) {
        BigDecimal chartMax = entries.stream().flatMap(e -> e.values().stream()).filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        return new ComparisonChart(title, series, entries.stream().map(entry -> {
            BigDecimal max = perRow ? entry.values().stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::max)
                    : chartMax;
            return new Row(entry.label(), entry.values().stream().map(value -> value == null ? new Bar("—", 0)
                    : new Bar(format.apply(value), max.signum() == 0 ? 0
                    : value.multiply(BigDecimal.valueOf(100)).divide(max, 2, java.math.RoundingMode.HALF_UP).doubleValue()))
                    .toList());
        }).toList());
    }

    /** The height of one row: a label line, then one bar per series. */
    public int rowHeight() {
        return 20 + series.size() * BAR + GAP;
    }

    public int height() {
        return Math.max(1, rows.size()) * rowHeight();
    }

    public int rowY(int index) {
        return index * rowHeight();
    }

    public int barY(int index) {
        return 20 + index * BAR;
    }
}
