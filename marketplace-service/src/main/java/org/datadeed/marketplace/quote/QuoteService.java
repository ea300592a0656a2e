package org.datadeed.marketplace.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datadeed.api.marketplace.model.QuoteRequest;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.messages.QuotedLine;
import org.datadeed.marketplace.pricing.CeilingFiling;
import org.datadeed.marketplace.pricing.ChargingUnit;
import org.datadeed.marketplace.pricing.PriceSchedule;
import org.datadeed.marketplace.pricing.Quantity;
import org.datadeed.marketplace.pricing.Quote;
import org.datadeed.marketplace.pricing.QuoteBasis;
import org.datadeed.marketplace.pricing.QuoteEngine;
import org.datadeed.marketplace.pricing.QuoteLine;
import org.datadeed.marketplace.pricing.Ratio;
import org.datadeed.marketplace.pricing.RequesterProfile;
import org.datadeed.marketplace.pricing.Tariff;
import org.datadeed.marketplace.pricing.UseCategory;
import org.datadeed.marketplace.product.PriceLines;
import org.datadeed.marketplace.product.ProductPricing;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.springframework.stereotype.Service;

/**
 * Prices quotes with the pricing engine on the rules in force at the quote's instant, and reproduces a recorded quote
 * from the rules it names (its ceiling filing, schedule version and policy): the same canonical text, the same digest.
 */
@Service
public class QuoteService {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final CatalogueQueries catalogue;
    private final MarketplacePolicy policy;

    QuoteService(CatalogueQueries catalogue, MarketplacePolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
    }

    public java.time.LocalDate today(Instant at) {
        return policy.today(at);
    }

    /** Prices the request for the product at {@code at}; the event is what {@code IssueQuoteCommand} records. */
    public QuoteIssuedEvent price(UUID quoteId, QuoteRequest request, CatalogueQueries.Entry product, Actor by, Instant at) {
        int months = request.getMonths() != null ? request.getMonths() : product.terms().termMonths();
        if (months > policy.maxTermMonths()) {
            throw new DomainRuleViolation("term-too-long", "A licence term is at most " + policy.maxTermMonths() + " months");
        }
        UseCategory category = UseCategory.valueOf(request.getUseCategory().getValue());
        if (!product.terms().useCategories().contains(category.name())) {
            throw new DomainRuleViolation("use-category-not-offered", category + " use is not offered for this product");
        }
        ProductPricing pricing = catalogue.pricing(product.productId());
        Inputs inputs = new Inputs(product.productId(), category, request.getScenario(),
                new RequesterProfile(Boolean.TRUE.equals(request.getSme()), Boolean.TRUE.equals(request.getResearch())),
                months, request.getCalls(), request.getGigabytes(), request.getThousandRecords(), at);
        Quote quote = PriceLines.refusing(() -> {
            if (category.isFree()) {
                return engine(Map.of()).quote(inputs.request(pricing.schedules().inForceAt(at).map(PriceSchedule::prices)),
                        pricing.ceilings(), pricing.schedules());
            }
            PriceSchedule schedule = pricing.schedules().requireInForceAt(at);
            CeilingFiling filing = pricing.ceilings().requireInForceAt(at);
            return engine(pricing.scenarioDiscounts(schedule.version()))
                    .price(inputs.request(java.util.Optional.of(schedule.prices())), filing, schedule);
        });
        return event(quoteId, request, product, inputs, quote, by);
    }

    /** Whether recomputing the recorded quote from the rules it names gives the same quote (same digest). */
    public boolean reproduces(QuoteIssuedEvent recorded) {
        ProductPricing pricing = catalogue.pricing(recorded.productId());
        UseCategory category = UseCategory.valueOf(recorded.useCategory());
        Inputs inputs = new Inputs(recorded.productId(), category, recorded.scenario(),
                new RequesterProfile(recorded.sme(), recorded.research()), recorded.months(), recorded.calls(),
                recorded.gigabytes(), recorded.thousandRecords(), recorded.at());
        Quote again = PriceLines.refusing(() -> {
            if (category.isFree()) {
                java.util.Optional<Tariff> tariff = recorded.scheduleVersion() == null ? java.util.Optional.empty()
                        : pricing.schedules().version(recorded.scheduleVersion()).map(PriceSchedule::prices);
                return engine(Map.of()).quote(inputs.request(tariff), pricing.ceilings(), pricing.schedules());
            }
            PriceSchedule schedule = pricing.schedules().version(recorded.scheduleVersion()).orElseThrow();
            CeilingFiling filing = pricing.ceilings().find(ProductPricing.filingId(recorded.ceilingFilingId())).orElseThrow();
            QuoteEngine engine = engine(pricing.scenarioDiscounts(schedule.version()));
            Quote repriced = engine.price(inputs.request(java.util.Optional.of(schedule.prices())), filing, schedule);
            return engine.recompute(repriced, pricing.ceilings(), pricing.schedules());
        });
        return again.digest().equals(recorded.digest());
    }

    private QuoteEngine engine(Map<String, Ratio> scenarioDiscounts) {
        return new QuoteEngine(policy.quotePolicy(scenarioDiscounts));
    }

    /** What a quote is priced on besides the rules. */
    private record Inputs(UUID productId, UseCategory category, String scenario, RequesterProfile requester, int months,
                          Long calls, Double gigabytes, Long thousandRecords, Instant at) {

        org.datadeed.marketplace.pricing.QuoteRequest request(java.util.Optional<Tariff> tariff) {
            List<Quantity> quantities = tariff.map(t -> PriceLines.quantities(t, months, calls, gigabytes, thousandRecords))
                    .orElse(List.of());
            return new org.datadeed.marketplace.pricing.QuoteRequest(ProductPricing.productId(productId), category,
                    scenario, requester, quantities, at);
        }
    }

    private QuoteIssuedEvent event(UUID quoteId, QuoteRequest request, CatalogueQueries.Entry product, Inputs inputs,
                                   Quote quote, Actor by) {
        List<QuotedLine> lines = quote.lines().stream().map(QuoteService::line).toList();
        UUID filing = null;
        Integer scheduleVersion = null;
        if (quote.basis() instanceof QuoteBasis.Charged charged) {
            filing = UUID.fromString(charged.ceilingFiling().value());
            scheduleVersion = charged.scheduleVersion();
        }
        return new QuoteIssuedEvent(quoteId, product.productId(), product.operatorOrganisation(), by.organisation(),
                inputs.category().name(), inputs.scenario(), request.getPurpose(), inputs.months(), inputs.calls(),
                inputs.gigabytes(), inputs.thousandRecords(), inputs.requester().sme(), inputs.requester().research(),
                lines, quote.total().toString(), quote.ceilingTotal().toString(), quote.eligibilityReviewRequired(),
                filing, scheduleVersion, quote.basis().policyVersion(), quote.basis().rulesVersion(),
                quote.discount().toString(), quote.digest(), by, inputs.at(), quote.validUntil());
    }

    /** A quote line in the API's units: records are counted and priced in thousands. */
    private static QuotedLine line(QuoteLine line) {
        boolean records = line.unit() == ChargingUnit.RECORD;
        BigDecimal scale = records ? THOUSAND : BigDecimal.ONE;
        String unit = records ? "thousand records" : line.unit().label();
        BigDecimal quantity = line.quantity().divide(scale);
        BigDecimal unitPrice = line.unitPrice().perUnit().multiply(scale);
        BigDecimal undiscounted = unitPrice.multiply(quantity).setScale(2, RoundingMode.HALF_UP);
        BigDecimal discount = undiscounted.subtract(line.amount().amount()).max(BigDecimal.ZERO);
        return new QuotedLine(line.description(), unit, quantity.stripTrailingZeros().toPlainString(),
                plain(unitPrice), plain(line.ceilingUnitPrice().perUnit().multiply(scale)),
                discount.setScale(2, RoundingMode.HALF_UP).toPlainString(), line.amount().toString());
    }

    private static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() <= 2 ? amount.setScale(2, RoundingMode.HALF_UP) : stripped).toPlainString();
    }
}
