package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a quote: the units of one charging unit inside one tier, {@code (from, to]}.
 *
 * <p>Everything but {@code amount} is exact. {@code effectiveUnitPrice = unitPrice × (1 − discount)} and
 * {@code exactAmount = quantity × effectiveUnitPrice}; {@code amount} is {@code exactAmount} rounded down or up to
 * the fen so the lines add up to the quote's total (see {@link Quote}). {@code ceilingUnitPrice} is the lowest
 * ceiling rate over the same units and {@code ceilingExactAmount} the ceiling's exact charge for them: for charged
 * use, what the filed ceiling allows for the same quantities; for free use, zero.
 *
 * <p>Invariant, checked on construction: {@code effectiveUnitPrice ≤ ceilingUnitPrice} and
 * {@code exactAmount ≤ ceilingExactAmount}.
 *
 * @param description        human description, e.g. "per call, tier 2"
 * @param unit               the charging unit
 * @param from               volume before this line
 * @param to                 volume up to and including this line
 * @param unitPrice          the scheduled price per unit
 * @param discount           the discount rate applied (the quote's one discount)
 * @param effectiveUnitPrice the price per unit after discount, exact
 * @param exactAmount        quantity × effective unit price, exact
 * @param amount             the line's amount to the fen
 * @param ceilingUnitPrice   the lowest ceiling rate over these units
 * @param ceilingExactAmount the ceiling's exact charge for these units
 */
public record QuoteLine(String description, ChargingUnit unit, BigDecimal from, BigDecimal to, UnitPrice unitPrice,
                        Ratio discount, BigDecimal effectiveUnitPrice, BigDecimal exactAmount, Money amount,
                        UnitPrice ceilingUnitPrice, BigDecimal ceilingExactAmount) {

    public QuoteLine {
        Decimals.requireText(description, "description");
        Objects.requireNonNull(unit, "unit");
        from = Quantity.requireVolume(unit, from, "from");
        to = Quantity.requireVolume(unit, to, "to");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(discount, "discount").requireAtMostOne("discount");
        effectiveUnitPrice = Decimals.canonical(Decimals.requireNonNegative(effectiveUnitPrice, "effectiveUnitPrice"));
        exactAmount = Decimals.canonical(Decimals.requireNonNegative(exactAmount, "exactAmount"));
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(ceilingUnitPrice, "ceilingUnitPrice");
        ceilingExactAmount = Decimals.canonical(Decimals.requireNonNegative(ceilingExactAmount, "ceilingExactAmount"));
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("a line's range ends before it starts");
        }
        if (effectiveUnitPrice.compareTo(discount.complement().applyTo(unitPrice.perUnit())) != 0) {
            throw new IllegalArgumentException("effective unit price is not unit price × (1 − discount)");
        }
        if (exactAmount.compareTo(effectiveUnitPrice.multiply(to.subtract(from))) != 0) {
            throw new IllegalArgumentException("exact amount is not quantity × effective unit price");
        }
        BigDecimal down = exactAmount.setScale(Money.SCALE, RoundingMode.FLOOR);
        BigDecimal up = exactAmount.setScale(Money.SCALE, RoundingMode.CEILING);
        if (amount.amount().compareTo(down) != 0 && amount.amount().compareTo(up) != 0) {
            throw new IllegalArgumentException("amount " + amount + " is not " + exactAmount.toPlainString()
                    + " to the fen");
        }
        if (effectiveUnitPrice.compareTo(ceilingUnitPrice.perUnit()) > 0
                || exactAmount.compareTo(ceilingExactAmount) > 0) {
            throw new IllegalArgumentException("line '" + description + "' exceeds what the ceiling allows: "
                    + effectiveUnitPrice.toPlainString() + " per " + unit.label() + " against "
                    + ceilingUnitPrice + ", " + exactAmount.toPlainString() + " against "
                    + ceilingExactAmount.toPlainString());
        }
    }

    /** The units on this line: {@code to − from}. */
    public BigDecimal quantity() {
        return to.subtract(from);
    }
}
