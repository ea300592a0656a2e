package org.datadeed.registry.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Working days as official calendars define them: Monday to Friday, except official holidays, plus the make-up
 * workdays that fall on weekends. The exceptions are data (a CSV per jurisdiction and year), never code.
 * Periods count from the day after the triggering day, as administrative deadlines do.
 */
public final class WorkingDayCalendar {

    /** What a listed day is, whatever its weekday. */
    public enum DayKind { HOLIDAY, WORKDAY }

    private final Map<LocalDate, DayKind> exceptions;

    public WorkingDayCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /**
     * Reads {@code date,kind,name} lines ({@code 2026-10-01,HOLIDAY,National Day}); blank lines and lines starting
     * with {@code #} are skipped.
     */
    public static WorkingDayCalendar parse(Reader csv) throws IOException {
        Map<LocalDate, DayKind> days = new HashMap<>();
        BufferedReader lines = new BufferedReader(csv);
        int number = 0;
        for (String line; (line = lines.readLine()) != null; ) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split(",", 3);
            if (fields.length < 2) {
                throw new IOException("Line " + number + ": expected date,kind[,name]");
            }
            days.put(LocalDate.parse(fields[0].strip()), DayKind.valueOf(fields[1].strip()));
        }
        return new WorkingDayCalendar(days);
    }

    /** The years this calendar has official data for (a year with no listed day is not covered). */
    public java.util.SortedSet<Integer> coveredYears() {
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        exceptions.keySet().forEach(day -> years.add(day.getYear()));
        return years;
    }

    public WorkingDayCalendar merge(WorkingDayCalendar other) {
        Map<LocalDate, DayKind> merged = new HashMap<>(exceptions);
        merged.putAll(other.exceptions);
        return new WorkingDayCalendar(merged);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind listed = exceptions.get(day);
        if (listed != null) {
            return listed == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The {@code n}-th working day after {@code day} (the day itself not counted); n ≥ 1. */
    public LocalDate addWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < n) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /** Working days after {@code fromExclusive} up to and including {@code toInclusive}; 0 when none. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        long span = ChronoUnit.DAYS.between(fromExclusive, toInclusive);
        for (long i = 1; i <= span; i++) {
            if (isWorkingDay(fromExclusive.plusDays(i))) {
                count++;
            }
        }
        return count;
    }
}
