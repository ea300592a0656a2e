package org.datadeed.marketplace.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.datadeed.marketplace.api.Products.key;
import static org.datadeed.marketplace.api.Products.perCall;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.datadeed.client.marketplace.ApiException;
import org.datadeed.client.marketplace.api.LicencesApi;
import org.datadeed.client.marketplace.api.OversightApi;
import org.datadeed.client.marketplace.api.QuotesApi;
import org.datadeed.client.marketplace.model.Licence;
import org.datadeed.client.marketplace.model.LicenceApplication;
import org.datadeed.client.marketplace.model.LicenceStatus;
import org.datadeed.client.marketplace.model.PricingOversight;
import org.datadeed.client.marketplace.model.Quote;
import org.datadeed.client.marketplace.model.QuoteRequest;
import org.datadeed.client.marketplace.model.UseCategory;
import org.datadeed.client.registry.model.Classification;
import org.junit.jupiter.api.Test;

/**
 * The regulator's pricing oversight over HTTP with real tokens: each listed product's actual prices beside the ceiling
 * in force, each operator's revenue against its MAR; operators and enterprises are refused.
 */
class OversightJourneyIT {

    @Test
    void aRegulatorSeesPricesAgainstCeilingsAndRevenueAgainstMarAndNoOneElseDoes() throws Exception {
        MarketplaceTestStack stack = MarketplaceTestStack.get();
        UUID product = Products.registered(stack, "Oversight bus stops " + UUID.randomUUID(), "org-operator", Classification.GENERAL);
        Products.offer(stack, "operator", product, true, List.of(perCall("0.20")), List.of(perCall("0.15")));
        Quote quote = new QuotesApi(stack.market("enterprise")).requestQuote(new QuoteRequest().productId(product)
                .useCategory(UseCategory.COMMERCIAL).scenario("route planning").purpose("oversight test").months(12)
                .calls(1000L), key());
        Licence licence = new LicencesApi(stack.market("enterprise")).applyForLicence(new LicenceApplication()
                .quoteId(quote.getQuoteId()).scenario("route planning").purpose("oversight test").deliveryCountry("CN"), key());
        assertThat(licence.getStatus()).isEqualTo(LicenceStatus.ACTIVE);
        int year = LocalDate.ofInstant(stack.clock.instant(), ZoneId.of("Asia/Shanghai")).getYear();

        PricingOversight oversight = new OversightApi(stack.market("regulator")).getPricingOversight(year);
        assertThat(oversight.getYear()).isEqualTo(year);
        assertThat(oversight.getProducts()).anySatisfy(p -> {
            assertThat(p.getProductId()).isEqualTo(product);
            assertThat(p.getOperatorOrganisation()).isEqualTo("org-operator");
            assertThat(p.getCeiling().getCeilings()).singleElement().satisfies(c -> assertThat(c.getPrice()).isEqualTo("0.20"));
            assertThat(p.getPrices().getPrices()).singleElement().satisfies(c -> assertThat(c.getPrice()).isEqualTo("0.15"));
        });
        assertThat(oversight.getOperators()).anySatisfy(o -> {
            assertThat(o.getOrganisation()).isEqualTo("org-operator");
            assertThat(o.getOperatorName()).isEqualTo("Public Data Operator");
            assertThat(o.getMar().getPeriod()).isEqualTo(Integer.toString(year));
            assertThat(new java.math.BigDecimal(o.getMar().getRevenue())).as("the licence's 150.00 is recognised")
                    .isGreaterThanOrEqualTo(new java.math.BigDecimal("150.00"));
        });

        for (String refused : List.of("operator", "enterprise")) {
            assertThatThrownBy(() -> new OversightApi(stack.market(refused)).getPricingOversight(year))
                    .as(refused).isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(403);
                        assertThat(e.getResponseBody()).contains("\"status\":403");
                    });
        }
        assertThatThrownBy(() -> new OversightApi(stack.marketAnonymous()).getPricingOversight(year))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }
}
