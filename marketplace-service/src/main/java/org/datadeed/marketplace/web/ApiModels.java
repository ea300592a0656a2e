package org.datadeed.marketplace.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.api.marketplace.model.CeilingFiling;
import org.datadeed.api.marketplace.model.Delivery;
import org.datadeed.api.marketplace.model.PriceLine;
import org.datadeed.api.marketplace.model.PriceScheduleRequest;
import org.datadeed.api.marketplace.model.PriceScheduleRequestScenarioDiscountsInner;
import org.datadeed.api.marketplace.model.ProductTerms;
import org.datadeed.api.marketplace.model.Quote;
import org.datadeed.api.marketplace.model.QuoteLine;
import org.datadeed.api.marketplace.model.Tier;
import org.datadeed.api.marketplace.model.UseCategory;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.PriceLineSpec;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.messages.QuotedLine;
import org.datadeed.marketplace.messages.ScenarioDiscountSpec;
import org.datadeed.marketplace.messages.TierSpec;

/** The one mapping between the API's generated models and the marketplace's messages. */
public final class ApiModels {

    private ApiModels() {
    }

    public static List<PriceLineSpec> specs(List<PriceLine> lines) {
        return lines.stream().map(line -> new PriceLineSpec(line.getUnit().getValue(), line.getPrice(), line.getAnnualFee(),
                line.getTiers() == null ? List.of() : line.getTiers().stream()
                        .map(t -> new TierSpec(t.getUpTo(), t.getUnitPrice())).toList())).toList();
    }

    public static List<PriceLine> lines(List<PriceLineSpec> specs) {
        List<PriceLine> lines = new ArrayList<>();
        for (PriceLineSpec spec : specs) {
            PriceLine line = new PriceLine().unit(org.datadeed.api.marketplace.model.ChargingUnit.fromValue(spec.unit()))
                    .price(spec.price()).annualFee(spec.annualFee());
            if (!spec.tiers().isEmpty()) {
                line.setTiers(new ArrayList<>(spec.tiers().stream()
                        .map(t -> new Tier().upTo(t.upTo()).unitPrice(t.unitPrice())).toList()));
            }
            lines.add(line);
        }
        return lines;
    }

    public static ProductTermsSpec terms(ProductTerms terms) {
        return new ProductTermsSpec(terms.getUseCategories().stream().map(UseCategory::getValue).distinct().toList(),
                terms.getDelivery().getValue(), terms.getTermMonths(), terms.getMaxCallsPerMonth(), terms.getMaxGbPerMonth(),
                terms.getOverUseAlertPercent(), Boolean.TRUE.equals(terms.getAutoApprove()),
                Boolean.TRUE.equals(terms.getCrossBorderAllowed()));
    }

    public static ProductTerms terms(ProductTermsSpec terms) {
        return new ProductTerms()
                .useCategories(new ArrayList<>(terms.useCategories().stream().map(UseCategory::fromValue).toList()))
                .delivery(Delivery.fromValue(terms.delivery())).termMonths(terms.termMonths())
                .maxCallsPerMonth(terms.maxCallsPerMonth()).maxGbPerMonth(terms.maxGbPerMonth())
                .overUseAlertPercent(terms.overUseAlertPercent()).autoApprove(terms.autoApprove())
                .crossBorderAllowed(terms.crossBorderAllowed());
    }

    public static CeilingFiling filing(CeilingFiledEvent event, MarketplacePolicy policy) {
        return new CeilingFiling().filingId(event.filingId()).filingReference(event.filingReference())
                .authorisingBody(event.authorisingBody()).effectiveFrom(policy.today(event.effectiveFrom()))
                .effectiveUntil(event.effectiveUntil() == null ? null : policy.today(event.effectiveUntil()).minusDays(1))
                .trial(event.trial()).ceilings(lines(event.ceilings())).filedAt(utc(event.at()))
                .filedBy(event.by().subject() + "@" + event.by().organisation());
    }

    public static PriceScheduleRequest schedule(PriceScheduleSetEvent event) {
        return new PriceScheduleRequest().prices(lines(event.prices())).scenarioDiscounts(new ArrayList<>(
                event.scenarioDiscounts().stream().map(d -> new PriceScheduleRequestScenarioDiscountsInner()
                        .scenario(d.scenario()).percent(d.percent())).toList()));
    }

    public static List<ScenarioDiscountSpec> discounts(PriceScheduleRequest request) {
        return request.getScenarioDiscounts() == null ? List.of() : request.getScenarioDiscounts().stream()
                .map(d -> new ScenarioDiscountSpec(d.getScenario(), d.getPercent())).toList();
    }

    public static Quote quote(QuoteIssuedEvent event) {
        return new Quote().quoteId(event.quoteId()).productId(event.productId())
                .requesterOrganisation(event.requesterOrganisation()).useCategory(UseCategory.fromValue(event.useCategory()))
                .scenario(event.scenario()).purpose(event.purpose())
                .lines(new ArrayList<>(event.lines().stream().map(ApiModels::line).toList()))
                .total(event.total()).eligibilityReviewRequired(event.eligibilityReviewRequired())
                .ceilingFilingId(event.ceilingFilingId()).scheduleVersion(event.scheduleVersion())
                .createdAt(utc(event.at())).validUntil(utc(event.validUntil()));
    }

    private static QuoteLine line(QuotedLine line) {
        return new QuoteLine().description(line.description()).unit(line.unit()).quantity(line.quantity())
                .unitPrice(line.unitPrice()).ceilingUnitPrice(line.ceilingUnitPrice()).discount(line.discount())
                .amount(line.amount());
    }

    public static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
