package org.datadeed.portal.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.datadeed.portal.config.PortalProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, times, numbers, sizes and amounts in the reader's language, and times in the portal's time zone. Pages
 * call it as {@code ${@fmt.date(...)}}; every method accepts null and then shows a dash.
 */
@Component("fmt")
public class Formats {

    static final String NONE = "—";
    private static final String[] BYTE_UNITS = {"B", "KB", "MB", "GB", "TB"};

    private final ZoneId zone;

    @Autowired
    public Formats(PortalProperties properties) {
        this.zone = properties.timeZone();
    }

    Formats(ZoneId zone) {
        this.zone = zone;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String date(LocalDate date) {
        return date == null ? NONE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** A calendar month given as {@code YYYY-MM}: 2026年3月, Mar 2026. */
    public String month(String yearMonth) {
        return yearMonth(yearMonth, "y年M月", "MMM y");
    }

    /** The month alone, where the year is shown apart (a chart's axis): 3月, Mar. */
    public String monthOnly(String yearMonth) {
        return yearMonth(yearMonth, "M月", "MMM");
    }

    /** The year of a month given as {@code YYYY-MM}: 2026年, 2026. */
    public String yearOf(String yearMonth) {
        return yearMonth(yearMonth, "y年", "y");
    }

    private static String yearMonth(String yearMonth, String chinese, String other) {
        if (yearMonth == null) {
            return NONE;
        }
        String pattern = locale().getLanguage().equals("zh") ? chinese : other;
        return DateTimeFormatter.ofPattern(pattern, locale()).format(java.time.YearMonth.parse(yearMonth));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? NONE : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())
                .format(time.atZoneSameInstant(zone));
    }

    /** A machine-readable instant for {@code <time datetime>}. */
    public String isoDateTime(OffsetDateTime time) {
        return time == null ? "" : time.toInstant().toString();
    }

    public String number(Number number) {
        return number == null ? NONE : NumberFormat.getNumberInstance(locale()).format(number);
    }

    /** A size in bytes, with the largest unit that keeps the number at least 1 (1024 steps). */
    public String bytes(Long bytes) {
        if (bytes == null) {
            return NONE;
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(unit == 0 ? 0 : 1);
        return format.format(value) + " " + BYTE_UNITS[unit];
    }

    /** A decimal amount (as the APIs send it, e.g. {@code "1500000.00"}) in a currency, e.g. ¥1,500,000.00. */
    public String amount(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return NONE;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        try {
            format.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException | NullPointerException e) {
            return amount + (currency == null ? "" : " " + currency);
        }
        return format.format(new BigDecimal(amount));
    }
}
