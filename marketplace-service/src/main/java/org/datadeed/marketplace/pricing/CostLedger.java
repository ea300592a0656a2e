package org.datadeed.marketplace.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * An operator's cost entries and their allocation to products, checkable by a price auditor: every allocated amount
 * names its entry, its weights and its basis ({@link #trace}), and an entry's allocations add up exactly to it.
 *
 * <p>Queries for a period include the entries whose period lies inside it, and refuse
 * ({@link PricingRule#COST_ENTRY_STRADDLES_PERIOD}) if an entry's period crosses its boundary: a cost is never
 * silently cut in two.
 */
public final class CostLedger {

    private final OperatorId operator;
    private final List<CostEntry> entries;
    private final List<AllocatedCost> allocations;

    private CostLedger(OperatorId operator, List<CostEntry> entries) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.entries = List.copyOf(entries);
        List<AllocatedCost> all = new ArrayList<>();
        for (CostEntry entry : this.entries) {
            all.addAll(allocate(entry));
        }
        this.allocations = List.copyOf(all);
    }

    public static CostLedger empty(OperatorId operator) {
        return new CostLedger(operator, List.of());
    }

    public static CostLedger of(OperatorId operator, List<CostEntry> entries) {
        CostLedger ledger = empty(operator);
        for (CostEntry entry : entries) {
            ledger = ledger.with(entry);
        }
        return ledger;
    }

    /** This ledger with {@code entry} booked; refuses a duplicate id. */
    public CostLedger with(CostEntry entry) {
        if (entries.stream().anyMatch(e -> e.id().equals(entry.id()))) {
            throw PricingRefusedException.of(PricingRule.DUPLICATE_RECORD, "cost entry " + entry.id() + " already booked");
        }
        List<CostEntry> next = new ArrayList<>(entries);
        next.add(entry);
        return new CostLedger(operator, next);
    }

    /** Splits one entry among its products, to the fen, by largest remainder. */
    public static List<AllocatedCost> allocate(CostEntry entry) {
        SortedMap<ProductId, BigDecimal> weights = entry.allocation().weights();
        List<ProductId> products = new ArrayList<>(weights.keySet());
        List<BigDecimal> w = new ArrayList<>(weights.values());
        BigDecimal total = w.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        long[] fen = LargestRemainder.apportion(entry.amount().fen(), w);
        List<AllocatedCost> out = new ArrayList<>();
        for (int i = 0; i < products.size(); i++) {
            out.add(new AllocatedCost(entry.id(), entry.period(), entry.component(), products.get(i), w.get(i), total,
                    entry.allocation().describe(), Money.ofFen(fen[i])));
        }
        return List.copyOf(out);
    }

    public OperatorId operator() {
        return operator;
    }

    public List<CostEntry> entries() {
        return entries;
    }

    /** Every allocation of every entry, in booking order then product order. */
    public List<AllocatedCost> allocations() {
        return allocations;
    }

    /** The entries booked for periods inside {@code period}. */
    public List<CostEntry> entriesWithin(AccountingPeriod period) {
        List<CostEntry> within = new ArrayList<>();
        for (CostEntry entry : entries) {
            if (period.encloses(entry.period())) {
                within.add(entry);
            } else if (period.overlaps(entry.period())) {
                throw PricingRefusedException.of(PricingRule.COST_ENTRY_STRADDLES_PERIOD, "cost entry " + entry.id()
                        + " for " + entry.period() + " straddles " + period);
            }
        }
        return within;
    }

    /** Total cost booked inside {@code period}, per component (every component present, zero if none). */
    public Map<CostComponent, Money> costByComponent(AccountingPeriod period) {
        Map<CostComponent, Money> totals = zeroPerComponent();
        for (CostEntry entry : entriesWithin(period)) {
            totals.merge(entry.component(), entry.amount(), Money::plus);
        }
        return Collections.unmodifiableMap(totals);
    }

    /** Cost allocated to {@code product} inside {@code period}, per component (every component present). */
    public Map<CostComponent, Money> costByComponent(ProductId product, AccountingPeriod period) {
        Map<CostComponent, Money> totals = zeroPerComponent();
        for (AllocatedCost allocation : trace(product, period)) {
            totals.merge(allocation.component(), allocation.amount(), Money::plus);
        }
        return Collections.unmodifiableMap(totals);
    }

    public Money total(AccountingPeriod period) {
        return Money.sum(costByComponent(period).values());
    }

    public Money costOf(ProductId product, AccountingPeriod period) {
        return Money.sum(costByComponent(product, period).values());
    }

    public Money costOf(ProductId product, AccountingPeriod period, CostComponent component) {
        return costByComponent(product, period).get(component);
    }

    /** Every allocation to {@code product} inside {@code period}: the audit trail behind {@link #costOf}. */
    public List<AllocatedCost> trace(ProductId product, AccountingPeriod period) {
        List<String> ids = entriesWithin(period).stream().map(CostEntry::id).toList();
        return allocations.stream().filter(a -> a.product().equals(product) && ids.contains(a.entryId())).toList();
    }

    private static Map<CostComponent, Money> zeroPerComponent() {
        Map<CostComponent, Money> totals = new EnumMap<>(CostComponent.class);
        for (CostComponent component : CostComponent.values()) {
            totals.put(component, Money.ZERO);
        }
        return totals;
    }
}
