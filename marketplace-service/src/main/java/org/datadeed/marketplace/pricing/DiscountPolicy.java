package org.datadeed.marketplace.pricing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The discounts offered (configuration): per supported scenario, and optionally for SMEs and for research.
 * A zero rate means the discount is not offered.
 *
 * <p><b>Combination rule: at most one discount applies, the largest.</b> When a request qualifies for several, only
 * the one with the highest rate is applied (on a tie, the first in {@link DiscountBasis} order: scenario, SME,
 * research); the others are listed on the quote as eligible but not applied. Discounts never stack, additively or
 * multiplicatively. Why: this is how Chinese administrative fee concessions are usually written ("not enjoyed
 * cumulatively; the most favourable applies"); each price reduction then rests on exactly one policy basis an
 * auditor can check, and the deepest possible cut is bounded by the largest configured rate, which keeps revenue
 * forecasts against the maximum permitted revenue honest.
 *
 * @param scenarioDiscounts discount per supported scenario code
 * @param smeDiscount       discount for SMEs, zero if not offered
 * @param researchDiscount  discount for research, zero if not offered
 */
public record DiscountPolicy(Map<String, Ratio> scenarioDiscounts, Ratio smeDiscount, Ratio researchDiscount) {

    public DiscountPolicy {
        TreeMap<String, Ratio> sorted = new TreeMap<>();
        scenarioDiscounts.forEach((scenario, rate) -> {
            Decimals.requireText(scenario, "scenario");
            sorted.put(scenario, Objects.requireNonNull(rate, "rate").requireAtMostOne("scenario discount"));
        });
        scenarioDiscounts = Collections.unmodifiableSortedMap(sorted);
        Objects.requireNonNull(smeDiscount, "smeDiscount").requireAtMostOne("SME discount");
        Objects.requireNonNull(researchDiscount, "researchDiscount").requireAtMostOne("research discount");
    }

    public static DiscountPolicy none() {
        return new DiscountPolicy(Map.of(), Ratio.ZERO, Ratio.ZERO);
    }

    /** Every offered discount the request qualifies for, in {@link DiscountBasis} order. */
    public List<Discount> eligible(String scenario, RequesterProfile requester) {
        List<Discount> eligible = new ArrayList<>();
        Ratio scenarioRate = scenarioDiscounts.getOrDefault(scenario, Ratio.ZERO);
        if (!scenarioRate.isZero()) {
            eligible.add(new Discount(DiscountBasis.SUPPORTED_SCENARIO, scenarioRate));
        }
        if (requester.sme() && !smeDiscount.isZero()) {
            eligible.add(new Discount(DiscountBasis.SME, smeDiscount));
        }
        if (requester.research() && !researchDiscount.isZero()) {
            eligible.add(new Discount(DiscountBasis.RESEARCH, researchDiscount));
        }
        return List.copyOf(eligible);
    }

    /** The one discount that applies: the largest eligible one, or {@link Discount#NONE}. */
    public Discount applicable(String scenario, RequesterProfile requester) {
        Discount best = Discount.NONE;
        for (Discount candidate : eligible(scenario, requester)) {
            if (candidate.rate().compareTo(best.rate()) > 0) {
                best = candidate;
            }
        }
        return best;
    }
}
