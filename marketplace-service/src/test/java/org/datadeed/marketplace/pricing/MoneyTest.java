package org.datadeed.marketplace.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundingIsHalfUpToTheFen() {
        assertThat(Money.round(new BigDecimal("0.005"))).isEqualTo(Money.of("0.01"));
        assertThat(Money.round(new BigDecimal("0.00499999"))).isEqualTo(Money.of("0.00"));
        assertThat(Money.round(new BigDecimal("48662.99725"))).isEqualTo(Money.of("48663.00"));
        assertThat(Money.round(new BigDecimal("1.125"))).isEqualTo(Money.of("1.13"));
    }

    @Test
    void moneyIsKeptToTheFenAndNeverRoundsImplicitly() {
        assertThatThrownBy(() -> Money.of("0.001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Money.round");
        assertThat(Money.of("1.5")).isEqualTo(Money.of("1.50")).isEqualTo(Money.ofFen(150));
        assertThat(Money.of("1.50").amount().scale()).isEqualTo(2);
        assertThat(Money.of("12.34").fen()).isEqualTo(1234);
    }

    @Test
    void unitPricesMayGoBelowTheFenButAreCanonical() {
        assertThat(UnitPrice.of("0.0035").perUnit()).isEqualByComparingTo("0.0035");
        assertThat(UnitPrice.of("0.1")).isEqualTo(UnitPrice.of("0.100000"));
        assertThat(UnitPrice.of("0.1").toString()).isEqualTo("0.10");
        assertThatThrownBy(() -> UnitPrice.of("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitPrice.of("0.0000001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantitiesOfCountedUnitsAreWholeNumbers() {
        assertThatThrownBy(() -> Quantity.of(ChargingUnit.CALL, "1.5")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Quantity.of(ChargingUnit.GIGABYTE, "1.500").amount()).isEqualByComparingTo("1.5");
        assertThat(Quantity.of(ChargingUnit.RECORD, "100.00")).isEqualTo(Quantity.of(ChargingUnit.RECORD, 100));
        assertThatThrownBy(() -> Quantity.of(ChargingUnit.MONTH, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratiosAreNonNegativeAndCanonical() {
        assertThat(Ratio.percent("15")).isEqualTo(Ratio.of("0.150"));
        assertThat(Ratio.of("0.15").complement()).isEqualTo(Ratio.of("0.85"));
        assertThatThrownBy(() -> Ratio.of("-0.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
