package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How a cost entry is shared among products: by explicit shares that add up to exactly one, or in proportion to a
 * driver such as usage volume. Either way the entry is split to the fen by largest remainder, ties to the product
 * with the smaller id, so the allocations add up exactly to the entry.
 */
public sealed interface AllocationBasis permits AllocationBasis.Shares, AllocationBasis.Driver {

    /** The weight of each product, in product order. */
    SortedMap<ProductId, BigDecimal> weights();

    /** For the auditor, e.g. "shares: credit-api 0.6, logistics-index 0.4". */
    String describe();

    /**
     * Explicit shares, e.g. 0.6 and 0.4.
     *
     * @param shares share per product; they add up to exactly 1
     */
    record Shares(Map<ProductId, Ratio> shares) implements AllocationBasis {
        public Shares {
            TreeMap<ProductId, Ratio> sorted = new TreeMap<>(shares);
            BigDecimal sum = sorted.values().stream().map(Ratio::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                throw PricingRefusedException.of(PricingRule.SHARES_NOT_WHOLE,
                        "allocation shares add up to " + sum.toPlainString() + ", not 1");
            }
            shares = Collections.unmodifiableSortedMap(sorted);
        }

        @Override
        public SortedMap<ProductId, BigDecimal> weights() {
            TreeMap<ProductId, BigDecimal> weights = new TreeMap<>();
            shares.forEach((product, share) -> weights.put(product, share.value()));
            return Collections.unmodifiableSortedMap(weights);
        }

        @Override
        public String describe() {
            return "shares: " + shares.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
        }
    }

    /**
     * In proportion to a driver, e.g. API calls served or compute hours used by each product.
     *
     * @param driver  what is measured, e.g. "API calls"
     * @param volumes the driver's volume per product; not negative, not all zero
     */
    record Driver(String driver, Map<ProductId, BigDecimal> volumes) implements AllocationBasis {
        public Driver {
            Decimals.requireText(driver, "driver");
            TreeMap<ProductId, BigDecimal> sorted = new TreeMap<>();
            volumes.forEach((product, volume) ->
                    sorted.put(product, Decimals.canonical(Decimals.requireNonNegative(volume, "driver volume"))));
            if (sorted.values().stream().allMatch(v -> v.signum() == 0)) {
                throw PricingRefusedException.of(PricingRule.NO_ALLOCATION_WEIGHT,
                        "driver '" + driver + "' has no volume to allocate by");
            }
            volumes = Collections.unmodifiableSortedMap(sorted);
        }

        @Override
        public SortedMap<ProductId, BigDecimal> weights() {
            return Collections.unmodifiableSortedMap(new TreeMap<>(volumes));
        }

        @Override
        public String describe() {
            return "by " + driver + ": " + volumes.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue().toPlainString()).collect(Collectors.joining(", "));
        }
    }
}
