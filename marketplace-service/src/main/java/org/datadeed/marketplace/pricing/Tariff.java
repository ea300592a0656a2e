package org.datadeed.marketplace.pricing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A product's prices: one {@link TariffComponent} per charging unit charged. A fixed annual fee plus a usage fee
 * (Guangzhou style) is a {@link ChargingUnit#YEAR} component plus a usage component; the charges of all components
 * add up. The same shape holds a filed ceiling and an operator's actual prices, so they compare unit by unit.
 *
 * @param components at most one per unit; held in {@link ChargingUnit} order
 */
public record Tariff(List<TariffComponent> components) {

    public Tariff {
        List<TariffComponent> sorted = new ArrayList<>(components);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a tariff charges in at least one unit");
        }
        sorted.sort(Comparator.comparing(TariffComponent::unit));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).unit() == sorted.get(i - 1).unit()) {
                throw new IllegalArgumentException("two prices per " + sorted.get(i).unit().label());
            }
        }
        components = List.copyOf(sorted);
    }

    public static Tariff of(TariffComponent... components) {
        return new Tariff(List.of(components));
    }

    /** A single flat price per unit. */
    public static Tariff flat(ChargingUnit unit, UnitPrice price) {
        return of(TariffComponent.flat(unit, price));
    }

    public Optional<TariffComponent> component(ChargingUnit unit) {
        return components.stream().filter(c -> c.unit() == unit).findFirst();
    }

    public Set<ChargingUnit> units() {
        Set<ChargingUnit> units = EnumSet.noneOf(ChargingUnit.class);
        components.forEach(c -> units.add(c.unit()));
        return units;
    }
}
