package org.datadeed.marketplace.pricing;

/**
 * A catalogued data product, as the marketplace identifies it.
 *
 * @param value non-blank identifier
 */
public record ProductId(String value) implements Comparable<ProductId> {

    public ProductId {
        Decimals.requireText(value, "ProductId");
    }

    public static ProductId of(String value) {
        return new ProductId(value);
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
