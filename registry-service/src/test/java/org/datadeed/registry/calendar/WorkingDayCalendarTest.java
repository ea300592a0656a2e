package org.datadeed.registry.calendar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;

import org.datadeed.registry.calendar.WorkingDayCalendar.DayKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The working-day calendar, on the week alone and on the official 2025 and 2026 calendars shipped with the service. */
class WorkingDayCalendarTest {

    private static final WorkingDayCalendar WEEK_ONLY = new WorkingDayCalendar(Map.of());
    private static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    private static final LocalDate FRIDAY = LocalDate.of(2026, 6, 5);

    private static WorkingDayCalendar china;

    @BeforeAll
    static void loadOfficialCalendars() throws IOException {
        china = load("/calendar/cn-2025.csv").merge(load("/calendar/cn-2026.csv"));
    }

    private static WorkingDayCalendar load(String resource) throws IOException {
        InputStream in = Objects.requireNonNull(WorkingDayCalendarTest.class.getResourceAsStream(resource), resource);
        try (Reader reader = new InputStreamReader(in, UTF_8)) {
            return WorkingDayCalendar.parse(reader);
        }
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    // ---------------------------------------------------------------- the week

    @Test
    void theCalendarKnowsWhichYearsItHasOfficialDataFor() {
        assertThat(china.coveredYears()).containsExactly(2025, 2026);
        assertThat(WEEK_ONLY.coveredYears()).isEmpty();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusWeeks(1)); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            assertThat(WEEK_ONLY.isWorkingDay(day)).as(day + " " + day.getDayOfWeek()).isEqualTo(!weekend);
        }
    }

    @Test
    void periodsCountFromTheDayAfter() {
        assertThat(WEEK_ONLY.addWorkingDays(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
    }

    @Test
    void addingWorkingDaysSkipsTheWeekend() {
        assertThat(WEEK_ONLY.addWorkingDays(FRIDAY, 1)).isEqualTo(day(2026, 6, 8));
        assertThat(WEEK_ONLY.addWorkingDays(FRIDAY, 5)).isEqualTo(day(2026, 6, 12));
        assertThat(WEEK_ONLY.addWorkingDays(FRIDAY, 10)).isEqualTo(day(2026, 6, 19));
    }

    @Test
    void atLeastOneWorkingDayMustBeAdded() {
        assertThatThrownBy(() -> WEEK_ONLY.addWorkingDays(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WEEK_ONLY.addWorkingDays(MONDAY, -3)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- the official calendars

    @Test
    void officialHolidaysAreSkipped() {
        for (LocalDate day = day(2025, 10, 1); !day.isAfter(day(2025, 10, 8)); day = day.plusDays(1)) {
            assertThat(china.isWorkingDay(day)).as("National Day holiday " + day).isFalse();
        }
        assertThat(china.addWorkingDays(day(2025, 9, 30), 1)).isEqualTo(day(2025, 10, 9));
    }

    @Test
    void makeUpWorkdaysAreCounted() {
        assertThat(china.isWorkingDay(day(2025, 9, 28))).as("Sunday make-up workday").isTrue();
        assertThat(china.isWorkingDay(day(2025, 10, 11))).as("Saturday make-up workday").isTrue();
        assertThat(china.addWorkingDays(day(2025, 9, 26), 1)).isEqualTo(day(2025, 9, 28));
        assertThat(china.addWorkingDays(day(2025, 10, 10), 1)).isEqualTo(day(2025, 10, 11));
    }

    @Test
    void aTenWorkingDayPeriodRunsAcrossNationalDay() {
        // 28 Sep (make-up), 29, 30 Sep, 9, 10, 11 (make-up), 13, 14, 15, 16 Oct
        assertThat(china.addWorkingDays(day(2025, 9, 26), 10)).isEqualTo(day(2025, 10, 16));
        assertThat(WEEK_ONLY.addWorkingDays(day(2025, 9, 26), 10)).isEqualTo(day(2025, 10, 10));
    }

    @Test
    void theSpringFestivalOf2026IsSkippedAndItsMakeUpDaysCounted() {
        assertThat(china.addWorkingDays(day(2026, 2, 13), 1)).isEqualTo(day(2026, 2, 14));
        assertThat(china.addWorkingDays(day(2026, 2, 14), 1)).isEqualTo(day(2026, 2, 24));
    }

    @Test
    void mergedCalendarsRunFromOneYearIntoTheNext() {
        // 1–3 January 2026 are holidays; Sunday 4 January is a make-up workday
        assertThat(china.addWorkingDays(day(2025, 12, 31), 1)).isEqualTo(day(2026, 1, 4));
    }

    @Test
    void theLaterCalendarWinsWhenBothListADay() {
        WorkingDayCalendar holiday = new WorkingDayCalendar(Map.of(MONDAY, DayKind.HOLIDAY));
        WorkingDayCalendar workday = new WorkingDayCalendar(Map.of(MONDAY, DayKind.WORKDAY));
        assertThat(holiday.merge(workday).isWorkingDay(MONDAY)).isTrue();
        assertThat(workday.merge(holiday).isWorkingDay(MONDAY)).isFalse();
    }

    // ---------------------------------------------------------------- workingDaysBetween

    @Test
    void workingDaysBetweenCountsAfterTheFirstDayUpToTheLast() {
        assertThat(WEEK_ONLY.workingDaysBetween(MONDAY, MONDAY.plusWeeks(1))).isEqualTo(5);
        assertThat(WEEK_ONLY.workingDaysBetween(FRIDAY, FRIDAY.plusDays(2))).isZero();
        // 28 Sep (make-up), 29, 30 Sep, 9, 10, 11 (make-up) Oct
        assertThat(china.workingDaysBetween(day(2025, 9, 26), day(2025, 10, 12))).isEqualTo(6);
    }

    @Test
    void workingDaysBetweenIsZeroForAnEmptyOrBackwardRange() {
        assertThat(WEEK_ONLY.workingDaysBetween(MONDAY, MONDAY)).isZero();
        assertThat(WEEK_ONLY.workingDaysBetween(FRIDAY, MONDAY)).isZero();
    }

    @Test
    void workingDaysBetweenUndoesAddWorkingDaysOnEveryDayOfBothYears() {
        for (LocalDate day = day(2025, 1, 1); day.getYear() < 2027; day = day.plusDays(1)) {
            for (int n : new int[] {1, 5, 10, 15}) {
                LocalDate due = china.addWorkingDays(day, n);
                assertThat(china.isWorkingDay(due)).as("%s + %d lands on a working day", day, n).isTrue();
                assertThat(china.workingDaysBetween(day, due)).as("%s + %d", day, n).isEqualTo(n);
            }
        }
    }

    // ---------------------------------------------------------------- parsing

    @Test
    void parsingSkipsCommentsAndBlankLinesAndTakesAnOptionalName() throws IOException {
        WorkingDayCalendar parsed = WorkingDayCalendar.parse(new StringReader("""
                # a local calendar

                  2026-06-01 , HOLIDAY
                2026-06-06,WORKDAY,Make-up, with a comma in the name
                """));
        assertThat(parsed.isWorkingDay(MONDAY)).isFalse();
        assertThat(parsed.isWorkingDay(day(2026, 6, 6))).isTrue();
        assertThat(parsed.isWorkingDay(day(2026, 6, 2))).isTrue();
    }

    @Test
    void aLineWithoutAKindIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("# header\n\n2026-06-01\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("Line 3: expected date,kind[,name]");
    }

    @Test
    void anUnknownKindIsRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("2026-06-01,FEAST_DAY,x\n")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FEAST_DAY");
    }

    @Test
    void aMalformedDateIsRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse(new StringReader("2026-13-01,HOLIDAY\n")))
                .isInstanceOf(DateTimeParseException.class);
    }
}
