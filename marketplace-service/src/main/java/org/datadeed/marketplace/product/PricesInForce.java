package org.datadeed.marketplace.product;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.datadeed.api.marketplace.model.CeilingFiling;
import org.datadeed.api.marketplace.model.PriceScheduleRequest;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.web.ApiModels;
import org.springframework.stereotype.Component;

/** A product's ceiling filing and price schedule in force at an instant, as the API shows them. */
@Component
class PricesInForce {

    private final CatalogueQueries catalogue;
    private final MarketplacePolicy policy;

    PricesInForce(CatalogueQueries catalogue, MarketplacePolicy policy) {
        this.catalogue = catalogue;
        this.policy = policy;
    }

    /** The ceiling filing in force, if any. */
    Optional<CeilingFiling> ceiling(UUID productId, Instant at) {
        ProductPricing pricing = catalogue.pricing(productId);
        return pricing.ceilings().inForceAt(at).flatMap(filing -> catalogue.filings(productId).stream()
                .filter(f -> ProductPricing.filingId(f.filingId()).equals(filing.id())).findFirst()
                .map(f -> ApiModels.filing(f, policy)));
    }

    /** The price schedule in force, if any. */
    Optional<PriceScheduleRequest> prices(UUID productId, Instant at) {
        ProductPricing pricing = catalogue.pricing(productId);
        return pricing.schedules().inForceAt(at).flatMap(schedule -> catalogue.schedules(productId).stream()
                .filter(s -> s.version() == schedule.version()).findFirst()
                .map(ApiModels::schedule));
    }
}
