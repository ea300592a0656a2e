package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of the actual prices the operator set for a product. Obtain a new version from
 * {@link PriceScheduleRegister#propose}, which numbers it and checks it against the ceiling; record it with
 * {@link PriceScheduleRegister#with}.
 *
 * @param product       the product
 * @param version       1, 2, 3… in the order set
 * @param prices        the actual prices per charging unit
 * @param setBy         who set them (operator staff or system reference)
 * @param setAt         when they were set
 * @param effectiveFrom first instant they apply; never before {@code setAt}
 */
public record PriceSchedule(ProductId product, int version, Tariff prices, String setBy, Instant setAt,
                            Instant effectiveFrom) {

    public PriceSchedule {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(prices, "prices");
        Decimals.requireText(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (version < 1) {
            throw new IllegalArgumentException("schedule versions start at 1");
        }
        if (effectiveFrom.isBefore(setAt)) {
            throw PricingRefusedException.of(PricingRule.RETROACTIVE_EFFECTIVE_DATE, "schedule " + product + " v"
                    + version + " takes effect " + effectiveFrom + ", before it was set " + setAt);
        }
    }

    /** Schedules do not expire; they are superseded by the next version. */
    Optional<Instant> expiry() {
        return Optional.empty();
    }
}
