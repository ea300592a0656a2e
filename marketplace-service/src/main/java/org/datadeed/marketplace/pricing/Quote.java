package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An itemised quote, binding from its request's instant until {@code validUntil}.
 *
 * <p><b>Rounding.</b> The total is the exact sum of the lines' exact amounts, rounded once with
 * {@link Money#round}. Each line's amount is its exact amount rounded down or up to the fen by largest remainder, so
 * that the lines add up exactly to the total.
 *
 * <p><b>Invariants, checked on construction, so no quote above the ceiling can exist:</b> every line's effective
 * unit price is at most the ceiling rate for the same units and its exact amount at most the ceiling's exact charge
 * for them; the total is at most {@code ceilingTotal}, the ceiling's charge for the same quantities rounded by the
 * same rule; the lines add up to the total; the same single discount is applied on every line; free use is priced
 * at zero and flagged for eligibility review.
 *
 * <p>{@link #canonicalText()} and {@link #digest()} give a stable byte form: recomputing the quote from its
 * {@link QuoteBasis} with {@link QuoteEngine#recompute} yields an equal quote with the same digest.
 *
 * @param request                   what was asked
 * @param basis                     what it was computed from
 * @param discount                  the one discount applied, or {@link Discount#NONE}
 * @param eligibleDiscounts         every discount the request qualified for (only the largest is applied)
 * @param lines                     the lines, in unit order then tier order
 * @param total                     the amount payable
 * @param ceilingTotal              what the filed ceiling allows for the same quantities (zero for free use)
 * @param eligibilityReviewRequired free use: eligibility evidence must be reviewed before the licence
 * @param validUntil                first instant the quote is no longer binding
 */
public record Quote(QuoteRequest request, QuoteBasis basis, Discount discount, List<Discount> eligibleDiscounts,
                    List<QuoteLine> lines, Money total, Money ceilingTotal, boolean eligibilityReviewRequired,
                    Instant validUntil) {

    /** The version of {@link #canonicalText()}. */
    public static final String CANONICAL_FORM = "datadeed-quote/1";

    public Quote {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(discount, "discount");
        eligibleDiscounts = List.copyOf(eligibleDiscounts);
        lines = List.copyOf(lines);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(ceilingTotal, "ceilingTotal");
        Objects.requireNonNull(validUntil, "validUntil");
        if (!validUntil.isAfter(request.at())) {
            throw new IllegalArgumentException("a quote is valid after its instant");
        }
        if (discount != Discount.NONE && !eligibleDiscounts.contains(discount)) {
            throw new IllegalArgumentException("discount " + discount + " applied but not eligible");
        }
        BigDecimal exact = BigDecimal.ZERO;
        BigDecimal ceilingExact = BigDecimal.ZERO;
        Money sum = Money.ZERO;
        for (QuoteLine line : lines) {
            if (!line.discount().equals(discount.rate())) {
                throw new IllegalArgumentException("line '" + line.description() + "' applies discount "
                        + line.discount() + ", the quote applies " + discount.rate());
            }
            exact = exact.add(line.exactAmount());
            ceilingExact = ceilingExact.add(line.ceilingExactAmount());
            sum = sum.plus(line.amount());
        }
        if (!total.equals(Money.round(exact))) {
            throw new IllegalArgumentException("total " + total + " is not the rounded sum of the lines "
                    + exact.toPlainString());
        }
        if (!sum.equals(total)) {
            throw new IllegalArgumentException("lines add up to " + sum + ", not the total " + total);
        }
        if (!ceilingTotal.equals(Money.round(ceilingExact))) {
            throw new IllegalArgumentException("ceiling total " + ceilingTotal + " is not the rounded ceiling charge "
                    + ceilingExact.toPlainString());
        }
        if (total.isGreaterThan(ceilingTotal)) {
            throw new IllegalArgumentException("total " + total + " exceeds the ceiling " + ceilingTotal);
        }
        boolean free = request.category().isFree();
        if (free != (basis instanceof QuoteBasis.FreeOfCharge)) {
            throw new IllegalArgumentException(request.category() + " use priced on basis " + basis);
        }
        if (free && (!total.isZero() || !eligibilityReviewRequired)) {
            throw new IllegalArgumentException(request.category() + " use is free and needs eligibility review");
        }
        if (!free && eligibilityReviewRequired) {
            throw new IllegalArgumentException(request.category() + " use needs no eligibility review");
        }
    }

    public ProductId product() {
        return request.product();
    }

    /** Whether the quote is still binding at {@code instant}: {@code request.at ≤ instant < validUntil}. */
    public boolean isBindingAt(Instant instant) {
        return !instant.isBefore(request.at()) && instant.isBefore(validUntil);
    }

    /**
     * A deterministic text form of everything in the quote, one field per line, numbers in plain canonical form,
     * UTF-8, LF line ends. Two quotes are equal if and only if their canonical texts are equal.
     */
    public String canonicalText() {
        StringBuilder out = new StringBuilder();
        field(out, "form", CANONICAL_FORM);
        field(out, "rules", basis.rulesVersion());
        field(out, "policy", basis.policyVersion());
        field(out, "product", request.product().value());
        field(out, "category", request.category().name());
        field(out, "scenario", request.scenario());
        field(out, "requester", "sme=" + request.requester().sme() + " research=" + request.requester().research());
        field(out, "at", request.at().toString());
        for (Quantity quantity : request.quantities()) {
            field(out, "quantity", quantity.unit().name() + " " + quantity.amount().toPlainString());
        }
        if (basis instanceof QuoteBasis.Charged charged) {
            field(out, "basis", "ceiling-filing=" + charged.ceilingFiling().value()
                    + " schedule-version=" + charged.scheduleVersion());
        } else if (basis instanceof QuoteBasis.FreeOfCharge freeOfCharge) {
            field(out, "basis", "free-of-charge=" + freeOfCharge.category().name());
        }
        for (Discount eligible : eligibleDiscounts) {
            field(out, "eligible-discount", eligible.basis().name() + " " + eligible.rate());
        }
        field(out, "discount", discount.basis().name() + " " + discount.rate());
        for (QuoteLine line : lines) {
            field(out, "line", String.join(" | ", line.description(), line.unit().name(),
                    "(" + line.from().toPlainString() + ", " + line.to().toPlainString() + "]",
                    "unit-price " + line.unitPrice(), "discount " + line.discount(),
                    "effective " + Decimals.plain(line.effectiveUnitPrice()),
                    "exact " + Decimals.plain(line.exactAmount()), "amount " + line.amount(),
                    "ceiling-unit-price " + line.ceilingUnitPrice(),
                    "ceiling-exact " + Decimals.plain(line.ceilingExactAmount())));
        }
        field(out, "total", total.toString());
        field(out, "ceiling-total", ceilingTotal.toString());
        field(out, "eligibility-review-required", Boolean.toString(eligibilityReviewRequired));
        field(out, "valid-until", validUntil.toString());
        return out.toString();
    }

    /** SHA-256 of {@link #canonicalText()} in UTF-8, lower-case hex: what a licence or an audit record refers to. */
    public String digest() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(name).append(": ").append(value.replace('\n', ' ')).append('\n');
    }
}
