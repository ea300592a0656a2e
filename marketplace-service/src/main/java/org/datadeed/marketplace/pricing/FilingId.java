package org.datadeed.marketplace.pricing;

/**
 * A ceiling filing, as the register identifies it (unique per product).
 *
 * @param value non-blank identifier
 */
public record FilingId(String value) implements Comparable<FilingId> {

    public FilingId {
        Decimals.requireText(value, "FilingId");
    }

    public static FilingId of(String value) {
        return new FilingId(value);
    }

    @Override
    public int compareTo(FilingId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
