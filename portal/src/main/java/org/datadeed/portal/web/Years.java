package org.datadeed.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** The year a page is about (MAR, costs, reports, oversight): the one asked for, else the current one. */
final class Years {

    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private Years() {
    }

    /** The year asked for, trimmed, or the current year in the portal's time zone when none was asked for. */
    static String askedOrCurrent(String year, Clock clock, ZoneId zone) {
        return year == null || year.isBlank() ? String.valueOf(LocalDate.now(clock.withZone(zone)).getYear()) : year.strip();
    }

    static boolean isYear(String text) {
        return YEAR.matcher(text).matches();
    }
}
