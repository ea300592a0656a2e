package org.datadeed.marketplace.pricing;

/**
 * A public-data operator (the legal person authorised to develop and supply products).
 *
 * @param value non-blank identifier
 */
public record OperatorId(String value) implements Comparable<OperatorId> {

    public OperatorId {
        Decimals.requireText(value, "OperatorId");
    }

    public static OperatorId of(String value) {
        return new OperatorId(value);
    }

    @Override
    public int compareTo(OperatorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
