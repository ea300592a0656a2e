package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of Chinese yuan (CNY) to the fen: a {@link BigDecimal} held at scale exactly {@value #SCALE}.
 *
 * <p><b>The one rounding rule.</b> Money never rounds implicitly: constructing it from a value with more than two
 * decimals is refused. An exact amount (a quantity times a unit price, a cost times a rate) becomes money only
 * through {@link #round(BigDecimal)}: HALF_UP to the fen. That method is the only place in the pricing domain where
 * a value is rounded. Splitting money into parts (a cost entry into product allocations, a quote's total into its
 * lines) does not round: it apportions by largest remainder, so that the parts add up exactly to the whole.
 *
 * <p>Money may be negative only as an intermediate difference; each type that holds money states its own sign rule.
 *
 * @param amount yuan, scale 2
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Decimals kept: the fen. */
    public static final int SCALE = 2;

    /** The rounding applied by {@link #round(BigDecimal)}, and nowhere else. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        try {
            amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("money is kept to the fen; round " + amount.toPlainString()
                    + " with Money.round first", e);
        }
    }

    /** Money from a decimal string with at most two decimals, e.g. {@code "48663.00"}. */
    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, SCALE));
    }

    /**
     * The one rounding rule of the pricing domain: an exact amount in yuan, rounded HALF_UP to the fen.
     * Apply it exactly once per computed amount, to the exact value, never to an already rounded intermediate.
     */
    public static Money round(BigDecimal exactYuan) {
        Objects.requireNonNull(exactYuan, "exactYuan");
        return new Money(exactYuan.setScale(SCALE, ROUNDING));
    }

    public static Money sum(Collection<Money> amounts) {
        Money total = ZERO;
        for (Money m : amounts) {
            total = total.plus(m);
        }
        return total;
    }

    /** The amount in fen, exactly. */
    public long fen() {
        return amount.movePointRight(SCALE).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    /** This minus {@code other}, or zero if that would be negative. */
    public Money minusFloorZero(Money other) {
        return max(minus(other), ZERO);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    Money requireNonNegative(String what) {
        if (isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + this);
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** The plain amount in yuan, e.g. {@code 48663.00}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
