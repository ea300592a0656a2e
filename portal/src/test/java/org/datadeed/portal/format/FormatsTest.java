package org.datadeed.portal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.datadeed.portal.config.PortalProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats fmt = new Formats(new PortalProperties("http://r", "http://l", "http://m", "http://p",
            ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(1)));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesFollowTheReadersLanguage() {
        LocalDate date = LocalDate.of(2026, 3, 16);
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.date(date)).isEqualTo("2026年3月16日");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.date(date)).isEqualTo("Mar 16, 2026");
    }

    @Test
    void monthsFollowTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.month("2026-03")).isEqualTo("2026年3月");
        assertThat(fmt.monthOnly("2026-03")).isEqualTo("3月");
        assertThat(fmt.yearOf("2026-03")).isEqualTo("2026年");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.month("2026-03")).isEqualTo("Mar 2026");
        assertThat(fmt.monthOnly("2026-03")).isEqualTo("Mar");
        assertThat(fmt.yearOf("2026-03")).isEqualTo("2026");
        assertThat(fmt.month(null)).isEqualTo("—");
    }

    @Test
    void timesAreShownInThePortalsZone() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.dateTime(OffsetDateTime.parse("2026-03-02T17:30:00Z"))).startsWith("2026年3月3日").endsWith("1:30:00");
    }

    @Test
    void numbersAmountsAndSizesFollowTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.number(1234567)).isEqualTo("1,234,567");
        assertThat(fmt.amount("1500000.5", "CNY")).isEqualTo("CN¥1,500,000.50");
        assertThat(fmt.bytes(1536L)).isEqualTo("1.5 KB");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.amount("1500000.5", "CNY")).isEqualTo("¥1,500,000.50");
        assertThat(fmt.bytes(5L * 1024 * 1024 * 1024)).isEqualTo("5 GB");
    }

    @Test
    void missingValuesShowADash() {
        assertThat(fmt.date(null)).isEqualTo("—");
        assertThat(fmt.amount(null, "CNY")).isEqualTo("—");
        assertThat(fmt.amount("12", "not a currency")).isEqualTo("12 not a currency");
    }
}
