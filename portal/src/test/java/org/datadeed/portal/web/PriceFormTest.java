package org.datadeed.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.PriceScheduleRequestScenarioDiscountsInner;
import org.datadeed.client.marketplace.model.Tier;
import org.junit.jupiter.api.Test;

class PriceFormTest {

    @Test
    void aScheduleInForceComesBackAsTheSameLinesAndDiscounts() {
        PriceScheduleRequest schedule = new PriceScheduleRequest().prices(List.of(new PriceLine()
                        .unit(ChargingUnit.TIERED_PER_CALL).price("0.008")
                        .tiers(List.of(new Tier().upTo(500_000L).unitPrice("0.008"), new Tier().upTo(0L).unitPrice("0.006")))))
                .scenarioDiscounts(List.of(new PriceScheduleRequestScenarioDiscountsInner().scenario("公交到站提醒").percent(20)));
        PriceForm form = PriceForm.showingSchedule(schedule, List.of("公交到站提醒", "线路规划"));

        assertThat(form.getLines()).hasSize(PriceForm.LINES);
        assertThat(form.getLines().get(0).getTiers()).hasSize(PriceForm.TIERS);
        assertThat(form.linesProblem()).isNull();
        assertThat(form.priceLines()).containsExactlyElementsOf(schedule.getPrices());
        assertThat(form.scenarioDiscounts()).containsExactlyElementsOf(schedule.getScenarioDiscounts());
    }

    @Test
    void blankSlotsAreLeftOutAndHalfFilledTiersOrBadNumbersAreRefused() {
        PriceForm empty = new PriceForm().padded();
        assertThat(empty.linesProblem()).isEqualTo("pricing.lines.missing");

        PriceForm form = PriceForm.showing(List.of(new PriceLine().unit(ChargingUnit.PER_CALL).price("0.04")));
        assertThat(form.priceLines()).singleElement().satisfies(line -> assertThat(line.getTiers()).isNull());
        form.getLines().get(0).setPrice("0,04");
        assertThat(form.linesProblem()).isEqualTo("pricing.price.invalid");
        form.getLines().get(0).setPrice("0.04");
        form.getLines().get(0).getTiers().get(0).setUpTo("1000");
        assertThat(form.linesProblem()).isEqualTo("pricing.tier.invalid");
        form.getLines().get(0).setAnnualFee("12.345");
        assertThat(form.linesProblem()).isEqualTo("pricing.annualFee.invalid");
    }

    @Test
    void aComparisonScalesToTheChartOrToEachRow() {
        List<ComparisonChart.Entry> entries = List.of(
                new ComparisonChart.Entry("per call", List.of(new BigDecimal("0.04"), new BigDecimal("0.05"))),
                new ComparisonChart.Entry("annual fee", Arrays.asList(new BigDecimal("18000"), null)));
        ComparisonChart perRow = ComparisonChart.of("prices", List.of("actual", "ceiling"), entries, true, BigDecimal::toPlainString);
        assertThat(perRow.rows().get(0).bars()).extracting(ComparisonChart.Bar::percent).containsExactly(80.0, 100.0);
        assertThat(perRow.rows().get(1).bars()).extracting(ComparisonChart.Bar::shown).containsExactly("18000", "—");

        ComparisonChart shared = ComparisonChart.of("prices", List.of("actual", "ceiling"), entries, false, BigDecimal::toPlainString);
        assertThat(shared.rows().get(0).bars().get(1).percent()).isLessThan(1.0);
        assertThat(shared.rows().get(1).bars().get(0).percent()).isEqualTo(100.0);
        assertThat(shared.height()).isEqualTo(2 * shared.rowHeight());
    }
}
