package org.datadeed.marketplace.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ScenarioDiscountSpec;
import org.datadeed.marketplace.pricing.AuthorityReference;
import org.datadeed.marketplace.pricing.CeilingFiling;
import org.datadeed.marketplace.pricing.CeilingRegister;
import org.datadeed.marketplace.pricing.FilingId;
import org.datadeed.marketplace.pricing.PriceSchedule;
import org.datadeed.marketplace.pricing.PriceScheduleRegister;
import org.datadeed.marketplace.pricing.ProductId;
import org.datadeed.marketplace.pricing.Ratio;

/**
 * A product's price rules as the pricing engine sees them, rebuilt from the recorded events: the aggregate uses it to
 * decide, the quote service to price and to reproduce a quote, the reports to disclose.
 */
public record ProductPricing(CeilingRegister ceilings, PriceScheduleRegister schedules,
                             Map<Integer, Map<String, Ratio>> scenarioDiscounts) {

    public static ProductPricing empty(UUID productId) {
        ProductId product = productId(productId);
        return new ProductPricing(CeilingRegister.empty(product), PriceScheduleRegister.empty(product), Map.of());
    }

    public static ProductPricing of(UUID productId, List<CeilingFiledEvent> filings, List<PriceScheduleSetEvent> schedules) {
        ProductPricing pricing = empty(productId);
        for (CeilingFiledEvent filing : filings) {
            pricing = pricing.with(filing);
        }
        for (PriceScheduleSetEvent schedule : schedules) {
            pricing = pricing.with(schedule);
        }
        return pricing;
    }

    public static ProductId productId(UUID productId) {
        return new ProductId(productId.toString());
    }

    public static FilingId filingId(UUID filingId) {
        return new FilingId(filingId.toString());
    }

    public static CeilingFiling filing(CeilingFiledEvent event) {
        return new CeilingFiling(filingId(event.filingId()), productId(event.productId()), PriceLines.tariff(event.ceilings()),
                new AuthorityReference(event.authorisingBody(), event.filingReference()), event.at(),
                event.effectiveFrom(), event.effectiveUntil(), event.trial());
    }

    public static PriceSchedule schedule(PriceScheduleSetEvent event) {
        return new PriceSchedule(productId(event.productId()), event.version(), PriceLines.tariff(event.prices()),
                event.by().subject() + "@" + event.by().organisation(), event.at(), event.at());
    }

    public static Map<String, Ratio> discounts(List<ScenarioDiscountSpec> discounts) {
        Map<String, Ratio> rates = new TreeMap<>();
        for (ScenarioDiscountSpec discount : discounts) {
            rates.put(discount.scenario(), new Ratio(BigDecimal.valueOf(discount.percent()).movePointLeft(2)));
        }
        return rates;
    }

    public ProductPricing with(CeilingFiledEvent event) {
        return new ProductPricing(ceilings.with(filing(event)), schedules, scenarioDiscounts);
    }

    public ProductPricing with(PriceScheduleSetEvent event) {
        Map<Integer, Map<String, Ratio>> discounts = new TreeMap<>(scenarioDiscounts);
        discounts.put(event.version(), discounts(event.scenarioDiscounts()));
        return new ProductPricing(ceilings, schedules.with(schedule(event)), discounts);
    }

    /** The scenario discounts that came with a schedule version. */
    public Map<String, Ratio> scenarioDiscounts(int scheduleVersion) {
        return scenarioDiscounts.getOrDefault(scheduleVersion, Map.of());
    }
}
