package org.datadeed.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.datadeed.client.marketplace.model.CeilingFiling;
import org.datadeed.client.marketplace.model.ChargingUnit;
import org.datadeed.client.marketplace.model.PriceLine;
import org.datadeed.client.marketplace.model.PriceScheduleRequest;
import org.datadeed.client.marketplace.model.PriceScheduleRequestScenarioDiscountsInner;
import org.datadeed.client.marketplace.model.Tier;

/**
 * The operator's price form, as submitted: price lines (charging unit, unit price, annual fee, tiers), and for a
 * ceiling filing its reference, authorising body and dates, or for a price schedule its scenario discounts. A form
 * shows a fixed number of line and tier slots; blank slots are left out.
 */
public class PriceForm {

    static final int LINES = 2;
    static final int TIERS = 3;
    static final Pattern UNIT_PRICE = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,6})?");
    static final Pattern AMOUNT = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,2})?");
    static final Pattern WHOLE = Pattern.compile("[0-9]{1,15}");
    static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}");

    private List<Line> lines = new ArrayList<>();
    private List<Discount> discounts = new ArrayList<>();
    private String filingReference;
    private String authorisingBody;
    private String effectiveFrom;
    private String effectiveUntil;
    private boolean trial;
    private String key;

    public static class Line {
        private String unit;
        private String price;
        private String annualFee;
        private List<TierSlot> tiers = new ArrayList<>();

        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getPrice() { return price; }
        public void setPrice(String price) { this.price = price; }
        public String getAnnualFee() { return annualFee; }
        public void setAnnualFee(String annualFee) { this.annualFee = annualFee; }
        public List<TierSlot> getTiers() { return tiers; }
        public void setTiers(List<TierSlot> tiers) { this.tiers = tiers; }
    }

    public static class TierSlot {
        private String upTo;
        private String unitPrice;

        public String getUpTo() { return upTo; }
        public void setUpTo(String upTo) { this.upTo = upTo; }
        public String getUnitPrice() { return unitPrice; }
        public void setUnitPrice(String unitPrice) { this.unitPrice = unitPrice; }
    }

    public static class Discount {
        private String scenario;
        private String percent;

        public String getScenario() { return scenario; }
        public void setScenario(String scenario) { this.scenario = scenario; }
        public String getPercent() { return percent; }
        public void setPercent(String percent) { this.percent = percent; }
    }

    /** A form showing the given lines (the ceiling or the schedule in force), padded with blank slots. */
    static PriceForm showing(List<PriceLine> current) {
        PriceForm form = new PriceForm();
        for (PriceLine line : current == null ? List.<PriceLine>of() : current) {
            Line slot = new Line();
            slot.setUnit(line.getUnit().getValue());
            slot.setPrice(line.getPrice());
            slot.setAnnualFee(line.getAnnualFee());
            for (Tier tier : line.getTiers() == null ? List.<Tier>of() : line.getTiers()) {
                TierSlot t = new TierSlot();
                t.setUpTo(String.valueOf(tier.getUpTo()));
                t.setUnitPrice(tier.getUnitPrice());
                slot.getTiers().add(t);
            }
            form.lines.add(slot);
        }
        return form.padded();
    }

    static PriceForm showingCeiling(CeilingFiling ceiling) {
        return showing(ceiling == null ? null : ceiling.getCeilings());
    }

    static PriceForm showingSchedule(PriceScheduleRequest prices, List<String> scenarios) {
        PriceForm form = showing(prices == null ? null : prices.getPrices());
        for (String scenario : scenarios == null ? List.<String>of() : scenarios) {
            Discount discount = new Discount();
            discount.setScenario(scenario);
            if (prices != null && prices.getScenarioDiscounts() != null) {
                prices.getScenarioDiscounts().stream().filter(d -> scenario.equals(d.getScenario())).findFirst()
                        .ifPresent(d -> discount.setPercent(String.valueOf(d.getPercent())));
            }
            form.discounts.add(discount);
        }
        return form;
    }

    /** Blank line and tier slots up to the form's size (after a refused submission too). */
    PriceForm padded() {
        while (lines.size() < LINES) {
            lines.add(new Line());
        }
        for (Line line : lines) {
            while (line.getTiers().size() < TIERS) {
                line.getTiers().add(new TierSlot());
            }
        }
        return this;
    }

    /** The message key of what is wrong with the lines, or null when they can be sent. */
    String linesProblem() {
        if (filled().isEmpty()) {
            return "pricing.lines.missing";
        }
        for (Line line : filled()) {
            if (blank(line.getPrice()) || !UNIT_PRICE.matcher(line.getPrice().strip()).matches()) {
                return "pricing.price.invalid";
            }
            if (!blank(line.getAnnualFee()) && !AMOUNT.matcher(line.getAnnualFee().strip()).matches()) {
                return "pricing.annualFee.invalid";
            }
            for (TierSlot tier : line.getTiers()) {
                boolean none = blank(tier.getUpTo()) && blank(tier.getUnitPrice());
                if (!none && (blank(tier.getUpTo()) || !WHOLE.matcher(tier.getUpTo().strip()).matches()
                        || blank(tier.getUnitPrice()) || !UNIT_PRICE.matcher(tier.getUnitPrice().strip()).matches())) {
                    return "pricing.tier.invalid";
                }
            }
        }
        for (Discount discount : discounts) {
            if (!blank(discount.getPercent()) && !PERCENT.matcher(discount.getPercent().strip()).matches()) {
                return "pricing.discount.invalid";
            }
        }
        return null;
    }

    List<PriceLine> priceLines() {
        List<PriceLine> result = new ArrayList<>();
        for (Line line : filled()) {
            List<Tier> tiers = new ArrayList<>();
            for (TierSlot tier : line.getTiers()) {
                if (!blank(tier.getUpTo())) {
                    tiers.add(new Tier().upTo(Long.valueOf(tier.getUpTo().strip())).unitPrice(tier.getUnitPrice().strip()));
                }
            }
            result.add(new PriceLine().unit(ChargingUnit.fromValue(line.getUnit())).price(line.getPrice().strip())
                    .annualFee(blank(line.getAnnualFee()) ? null : line.getAnnualFee().strip())
                    .tiers(tiers.isEmpty() ? null : tiers));
        }
        return result;
    }

    List<PriceScheduleRequestScenarioDiscountsInner> scenarioDiscounts() {
        return discounts.stream().filter(d -> !blank(d.getPercent()) && !blank(d.getScenario()))
                .map(d -> new PriceScheduleRequestScenarioDiscountsInner().scenario(d.getScenario())
                        .percent(Integer.valueOf(d.getPercent().strip())))
                .toList();
    }

    private List<Line> filled() {
        return lines.stream().filter(line -> !blank(line.getUnit())).toList();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }
    public List<Discount> getDiscounts() { return discounts; }
    public void setDiscounts(List<Discount> discounts) { this.discounts = discounts; }
    public String getFilingReference() { return filingReference; }
    public void setFilingReference(String filingReference) { this.filingReference = filingReference; }
    public String getAuthorisingBody() { return authorisingBody; }
    public void setAuthorisingBody(String authorisingBody) { this.authorisingBody = authorisingBody; }
    public String getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getEffectiveUntil() { return effectiveUntil; }
    public void setEffectiveUntil(String effectiveUntil) { this.effectiveUntil = effectiveUntil; }
    public boolean isTrial() { return trial; }
    public void setTrial(boolean trial) { this.trial = trial; }
    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
}
