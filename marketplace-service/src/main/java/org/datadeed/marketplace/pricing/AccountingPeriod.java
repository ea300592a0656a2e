package org.datadeed.marketplace.pricing;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A period of account: the dates {@code [start, end)}. MAR is set per period, costs are booked per period, and
 * excess revenue carries from a period to the {@linkplain #following() following} one. Periods are usually calendar
 * years (the annual operating report is per year).
 *
 * @param start first day
 * @param end   first day after the period
 */
public record AccountingPeriod(LocalDate start, LocalDate end) {

    public AccountingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a period ends after it starts: " + start + " to " + end);
        }
    }

    public static AccountingPeriod ofYear(int year) {
        return ofYear(Year.of(year));
    }

    public static AccountingPeriod ofYear(Year year) {
        return new AccountingPeriod(year.atDay(1), year.plusYears(1).atDay(1));
    }

    /**
     * The next period of the same length: same number of months if both ends fall on the first of a month (so a
     * year follows a year), otherwise the same number of days.
     */
    public AccountingPeriod following() {
        if (monthAligned()) {
            return new AccountingPeriod(end, end.plusMonths(ChronoUnit.MONTHS.between(start, end)));
        }
        return new AccountingPeriod(end, end.plusDays(ChronoUnit.DAYS.between(start, end)));
    }

    /** The previous period of the same length; {@code p.preceding().following()} is {@code p}. */
    public AccountingPeriod preceding() {
        if (monthAligned()) {
            return new AccountingPeriod(start.minusMonths(ChronoUnit.MONTHS.between(start, end)), start);
        }
        return new AccountingPeriod(start.minusDays(ChronoUnit.DAYS.between(start, end)), start);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && date.isBefore(end);
    }

    /** Whether {@code other} lies entirely inside this period. */
    public boolean encloses(AccountingPeriod other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public boolean overlaps(AccountingPeriod other) {
        return other.start.isBefore(end) && start.isBefore(other.end);
    }

    private boolean monthAligned() {
        return start.getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
    }

    /** {@code [2025-01-01, 2026-01-01)}. */
    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
