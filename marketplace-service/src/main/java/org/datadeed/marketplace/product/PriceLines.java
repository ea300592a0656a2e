package org.datadeed.marketplace.product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.datadeed.marketplace.messages.PriceLineSpec;
import org.datadeed.marketplace.messages.TierSpec;
import org.datadeed.marketplace.pricing.ChargingUnit;
import org.datadeed.marketplace.pricing.PricingRefusedException;
import org.datadeed.marketplace.pricing.Quantity;
import org.datadeed.marketplace.pricing.Tariff;
import org.datadeed.marketplace.pricing.TariffComponent;
import org.datadeed.marketplace.pricing.Tier;
import org.datadeed.marketplace.pricing.UnitPrice;
import org.datadeed.marketplace.pricing.Violation;
import org.datadeed.platform.domain.DomainRuleViolation;

/**
 * The one translation between the API's price lines (charging units such as {@code TIERED_PER_CALL} or
 * {@code ANNUAL_PLUS_PER_CALL}) and the pricing engine's tariffs, and between the engine's refusals and the
 * service's rule violations.
 *
 * <ul>
 *   <li>{@code PER_PRODUCT}, {@code PER_CALL}, {@code PER_MONTH}, {@code PER_YEAR}, {@code PER_GB}: one flat rate per
 *   product, call, month, year or gigabyte;</li>
 *   <li>{@code PER_THOUSAND_RECORDS}: a flat rate per record, the price divided by 1,000;</li>
 *   <li>{@code TIERED_PER_CALL}: progressive bands per call (Fujian practice);</li>
 *   <li>{@code ANNUAL_PLUS_PER_CALL}: a fixed fee per year plus a rate per call, flat or in bands (Guangzhou
 *   practice).</li>
 * </ul>
 */
public final class PriceLines {

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private PriceLines() {
    }

    /** The tariff the lines describe; refuses malformed or contradictory lines as rule {@code price-invalid}. */
    public static Tariff tariff(List<PriceLineSpec> lines) {
        return refusing(() -> {
            List<TariffComponent> components = new ArrayList<>();
            for (PriceLineSpec line : lines) {
                components.addAll(components(line));
            }
            return new Tariff(components);
        });
    }

    private static List<TariffComponent> components(PriceLineSpec line) {
        String unit = line.unit();
        return switch (unit) {
            case "PER_PRODUCT" -> List.of(flat(ChargingUnit.PRODUCT, line.price()));
            case "PER_CALL" -> List.of(flat(ChargingUnit.CALL, line.price()));
            case "PER_MONTH" -> List.of(flat(ChargingUnit.MONTH, line.price()));
            case "PER_YEAR" -> List.of(flat(ChargingUnit.YEAR, line.price()));
            case "PER_GB" -> List.of(flat(ChargingUnit.GIGABYTE, line.price()));
            case "PER_THOUSAND_RECORDS" -> List.of(TariffComponent.flat(ChargingUnit.RECORD,
                    new UnitPrice(new BigDecimal(line.price()).divide(THOUSAND, UnitPrice.MAX_SCALE, RoundingMode.UNNECESSARY))));
            case "TIERED_PER_CALL" -> List.of(tiered(ChargingUnit.CALL, line));
            case "ANNUAL_PLUS_PER_CALL" -> {
                if (line.annualFee() == null) {
                    throw new IllegalArgumentException("an annual-plus-usage price needs its annual fee");
                }
                TariffComponent calls = line.tiers().isEmpty() ? flat(ChargingUnit.CALL, line.price()) : tiered(ChargingUnit.CALL, line);
                yield List.of(flat(ChargingUnit.YEAR, line.annualFee()), calls);
            }
            default -> throw new IllegalArgumentException("unknown charging unit " + unit);
        };
    }

    private static TariffComponent flat(ChargingUnit unit, String price) {
        return TariffComponent.flat(unit, UnitPrice.of(price));
    }

    private static TariffComponent tiered(ChargingUnit unit, PriceLineSpec line) {
        if (line.tiers().isEmpty()) {
            throw new IllegalArgumentException("a tiered price needs its bands");
        }
        List<Tier> tiers = new ArrayList<>();
        for (TierSpec tier : line.tiers()) {
            tiers.add(tier.upTo() == 0 ? Tier.beyond(UnitPrice.of(tier.unitPrice()))
                    : Tier.upTo(tier.upTo(), UnitPrice.of(tier.unitPrice())));
        }
        return new TariffComponent(unit, tiers);
    }

    /** The lowest price a buyer can see for the lines, for the catalogue's "from" price and its price filter. */
    public static BigDecimal fromPrice(List<PriceLineSpec> lines) {
        BigDecimal lowest = null;
        for (PriceLineSpec line : lines) {
            BigDecimal price = line.price() != null ? new BigDecimal(line.price()) : null;
            for (TierSpec tier : line.tiers()) {
                BigDecimal rate = new BigDecimal(tier.unitPrice());
                price = price == null || rate.compareTo(price) < 0 ? rate : price;
            }
            if (price != null && (lowest == null || price.compareTo(lowest) < 0)) {
                lowest = price;
            }
        }
        return lowest;
    }

    /**
     * The quantities a request prices for the units the tariff charges: one product, the calls, the months of the
     * term, whole years (a part year is charged as a year), the gigabytes, the records (thousands × 1,000). A unit
     * the request gives no quantity for is left out, and the engine refuses the quote naming it.
     */
    public static List<Quantity> quantities(Tariff tariff, int months, Long calls, Double gigabytes, Long thousandRecords) {
        return refusing(() -> {
            List<Quantity> quantities = new ArrayList<>();
            for (ChargingUnit unit : tariff.units()) {
                switch (unit) {
                    case PRODUCT -> quantities.add(Quantity.of(unit, 1));
                    case MONTH -> quantities.add(Quantity.of(unit, months));
                    case YEAR -> quantities.add(Quantity.of(unit, (months + 11) / 12));
                    case CALL -> { if (calls != null) { quantities.add(Quantity.of(unit, calls)); } }
                    case GIGABYTE -> { if (gigabytes != null) { quantities.add(Quantity.of(unit, BigDecimal.valueOf(gigabytes).toPlainString())); } }
                    case RECORD -> { if (thousandRecords != null) { quantities.add(Quantity.of(unit, thousandRecords * 1000)); } }
                }
            }
            return quantities;
        });
    }

    /** Runs pricing code, turning the engine's refusals into rule violations the API reports as 422. */
    public static <T> T refusing(Supplier<T> pricing) {
        try {
            return pricing.get();
        } catch (PricingRefusedException refused) {
            throw new DomainRuleViolation(refused.rule().code(),
                    String.join("; ", refused.violations().stream().map(Violation::detail).toList()));
        } catch (IllegalArgumentException | ArithmeticException invalid) {
            throw new DomainRuleViolation("price-invalid", invalid.getMessage());
        }
    }
}
