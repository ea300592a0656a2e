package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a requester asks to be quoted: a product, for a use category and a declared scenario, with the volumes
 * wanted, at an instant (which selects the ceiling and schedule in force and starts the validity window).
 *
 * @param product    the product
 * @param category   the use category
 * @param scenario   the declared application scenario; required ("no scenario, no authorisation")
 * @param requester  attributes that may earn a discount
 * @param quantities the volumes, at most one per unit; held in {@link ChargingUnit} order
 * @param at         the instant of the quote
 */
public record QuoteRequest(ProductId product, UseCategory category, String scenario, RequesterProfile requester,
                           List<Quantity> quantities, Instant at) {

    public QuoteRequest {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(at, "at");
        if (scenario == null || scenario.isBlank()) {
            throw PricingRefusedException.of(PricingRule.SCENARIO_REQUIRED,
                    "a request for " + product + " must declare its application scenario");
        }
        List<Quantity> sorted = new ArrayList<>(quantities);
        sorted.sort(Comparator.comparing(Quantity::unit));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).unit() == sorted.get(i - 1).unit()) {
                throw new IllegalArgumentException("two quantities per " + sorted.get(i).unit().label());
            }
        }
        quantities = List.copyOf(sorted);
    }

    public Optional<Quantity> quantity(ChargingUnit unit) {
        return quantities.stream().filter(q -> q.unit() == unit).findFirst();
    }
}
