package org.datadeed.marketplace.pricing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The maximum permitted revenue (MAR) of an operator for a period, with every step itemised for a price auditor:
 *
 * <pre>
 *   operating cost   = Σ ledger entries inside the period, all components but TAXES
 *   permitted profit = round(operating cost × profit rate)
 *   taxes            = round(tax base × tax rate)          tax base per {@link TaxBase}
 *   gross MAR        = operating cost + permitted profit + taxes
 *   deduction        = min(excess carried from the previous period, gross MAR)
 *   MAR              = gross MAR − deduction
 *   still to carry   = excess carried − deduction          (goes on into the following period)
 * </pre>
 *
 * MAR is never negative: an excess larger than the whole gross MAR is deducted as far as it goes and the rest is
 * carried on, so no excess revenue is ever forgiven. {@code round} is {@link Money#round}.
 *
 * @param operator                  the operator
 * @param period                    the period
 * @param parameters                profit and tax parameters used
 * @param operatingCostByComponent  operating cost per component (TAXES excluded)
 * @param operatingCost             their sum
 * @param recordedTaxes             the TAXES component booked in the ledger (used only with
 *                                  {@link TaxBase#RECORDED_TAXES})
 * @param permittedProfit           operating cost × profit rate
 * @param taxBaseAmount             the amount the tax rate was applied to
 * @param taxes                     tax base × tax rate
 * @param grossMar                  before the carry-over
 * @param carriedIn                 the excess carried from the previous period
 * @param deduction                 the part of it deducted here
 * @param mar                       the maximum permitted revenue
 * @param excessStillToCarry        the part of the carried excess not absorbed, carried on
 */
public record MarCalculation(OperatorId operator, AccountingPeriod period, MarParameters parameters,
                             Map<CostComponent, Money> operatingCostByComponent, Money operatingCost,
                             Money recordedTaxes, Money permittedProfit, Money taxBaseAmount, Money taxes,
                             Money grossMar, CarriedExcess carriedIn, Money deduction, Money mar,
                             Money excessStillToCarry) {

    public MarCalculation {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(parameters, "parameters");
        if (operatingCostByComponent.containsKey(CostComponent.TAXES)) {
            throw new IllegalArgumentException("taxes are not operating cost");
        }
        operatingCostByComponent = Collections.unmodifiableMap(new EnumMap<>(operatingCostByComponent));
        Objects.requireNonNull(carriedIn, "carriedIn");
        if (!operatingCost.equals(Money.sum(operatingCostByComponent.values()))
                || !grossMar.equals(operatingCost.plus(permittedProfit).plus(taxes))
                || !mar.equals(grossMar.minus(deduction))
                || !carriedIn.amount().equals(deduction.plus(excessStillToCarry))
                || mar.isNegative() || deduction.isNegative() || excessStillToCarry.isNegative()) {
            throw new IllegalArgumentException("the MAR items do not add up");
        }
    }

    /**
     * Computes the MAR of {@code operator} for {@code period} from the ledger's entries inside it, refusing a
     * carry-over that does not come from the immediately preceding period.
     */
    public static MarCalculation compute(OperatorId operator, AccountingPeriod period, CostLedger ledger,
                                         MarParameters parameters, CarriedExcess carriedIn) {
        if (!ledger.operator().equals(operator)) {
            throw new IllegalArgumentException("the ledger of " + ledger.operator() + " cannot set the MAR of " + operator);
        }
        if (!carriedIn.from().following().equals(period)) {
            throw PricingRefusedException.of(PricingRule.CARRY_OVER_NOT_FROM_PREVIOUS_PERIOD, "excess carried from "
                    + carriedIn.from() + " cannot reduce the MAR of " + period);
        }
        Map<CostComponent, Money> byComponent = ledger.costByComponent(period);
        Map<CostComponent, Money> operating = new EnumMap<>(CostComponent.class);
        byComponent.forEach((component, amount) -> {
            if (component.isOperatingCost()) {
                operating.put(component, amount);
            }
        });
        Money operatingCost = Money.sum(operating.values());
        Money recordedTaxes = byComponent.get(CostComponent.TAXES);
        Money profit = Money.round(parameters.profitRate().applyTo(operatingCost.amount()));
        Money base = switch (parameters.taxBase()) {
            case OPERATING_COST -> operatingCost;
            case PERMITTED_PROFIT -> profit;
            case OPERATING_COST_PLUS_PROFIT -> operatingCost.plus(profit);
            case RECORDED_TAXES -> recordedTaxes;
        };
        Money taxes = Money.round(parameters.taxRate().applyTo(base.amount()));
        Money gross = operatingCost.plus(profit).plus(taxes);
        Money deduction = Money.min(carriedIn.amount(), gross);
        return new MarCalculation(operator, period, parameters, operating, operatingCost, recordedTaxes, profit, base,
                taxes, gross, carriedIn, deduction, gross.minus(deduction), carriedIn.amount().minus(deduction));
    }

    /** The computation, step by step, for display and audit. */
    public List<MarItem> items() {
        List<MarItem> items = new ArrayList<>();
        operatingCostByComponent.forEach((component, amount) ->
                items.add(new MarItem("cost: " + component.label(), "booked in " + period, amount)));
        items.add(new MarItem("operating cost", "sum of the cost components above (taxes excluded)", operatingCost));
        items.add(new MarItem("permitted profit", operatingCost + " × profit rate " + parameters.profitRate(),
                permittedProfit));
        items.add(new MarItem("taxes", parameters.taxBase().label() + " " + taxBaseAmount + " × tax rate "
                + parameters.taxRate(), taxes));
        items.add(new MarItem("MAR before carry-over", "operating cost + permitted profit + taxes", grossMar));
        items.add(new MarItem("excess revenue carried over", "revenue above the MAR of " + carriedIn.from(),
                carriedIn.amount()));
        items.add(new MarItem("deduction", "min(excess carried over, MAR before carry-over)", deduction));
        items.add(new MarItem("maximum permitted revenue", "MAR before carry-over − deduction", mar));
        items.add(new MarItem("excess still to carry", "excess carried over − deduction", excessStillToCarry));
        return List.copyOf(items);
    }
}
