package org.datadeed.marketplace.pricing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An operator's annual operating report for a calendar year, due by the end of March of the next year
 * ({@link #dueDate(Year)}): per product the ceilings and actual fees in force, allocated cost and revenue; for the
 * operator cost per component, the MAR computation, revenue, headroom and the excess carried forward.
 * {@link #publicDisclosure()} is the part that is published.
 *
 * @param operator        the operator
 * @param year            the year reported
 * @param dueBy           last day to file and publish
 * @param products        per product, in product order
 * @param costByComponent operator cost booked for the year per component
 * @param mar             the year's MAR computation
 * @param revenue         revenue recognised in the year
 * @param headroom        MAR not used
 * @param carriedForward  what next year's MAR must deduct
 */
public record AnnualOperatingReport(OperatorId operator, Year year, LocalDate dueBy, List<ProductReport> products,
                                    Map<CostComponent, Money> costByComponent, MarCalculation mar, Money revenue,
                                    Money headroom, CarriedExcess carriedForward) {

    public AnnualOperatingReport {
        products = List.copyOf(products);
        costByComponent = Collections.unmodifiableMap(new EnumMap<>(costByComponent));
    }

    /** The last day the report for {@code year} may be filed and published: 31 March of the following year. */
    public static LocalDate dueDate(Year year) {
        return year.plusYears(1).atMonth(Month.MARCH).atEndOfMonth();
    }

    /**
     * Compiles the report for {@code year}. Instants (filing and schedule intervals) are cut to the year's start
     * and end in {@code zone} (configuration; Asia/Shanghai in mainland China).
     *
     * @param tracker   the year's MAR tracker; its period must be the calendar year
     * @param ledger    the operator's cost ledger
     * @param ceilings  one register per product
     * @param schedules one register per product
     */
    public static AnnualOperatingReport compile(Year year, ZoneId zone, MarTracker tracker, CostLedger ledger,
                                                Collection<CeilingRegister> ceilings,
                                                Collection<PriceScheduleRegister> schedules) {
        AccountingPeriod period = AccountingPeriod.ofYear(year);
        OperatorId operator = tracker.mar().operator();
        if (!tracker.period().equals(period)) {
            throw new IllegalArgumentException("the tracker is for " + tracker.period() + ", not " + year);
        }
        if (!ledger.operator().equals(operator)) {
            throw new IllegalArgumentException("the ledger of " + ledger.operator() + " in the report of " + operator);
        }
        Map<ProductId, CeilingRegister> ceilingsByProduct = new TreeMap<>();
        ceilings.forEach(r -> put(ceilingsByProduct, r.product(), r));
        Map<ProductId, PriceScheduleRegister> schedulesByProduct = new TreeMap<>();
        schedules.forEach(r -> put(schedulesByProduct, r.product(), r));

        TreeSet<ProductId> products = new TreeSet<>(ceilingsByProduct.keySet());
        products.addAll(schedulesByProduct.keySet());
        ledger.entriesWithin(period).forEach(e -> products.addAll(e.allocation().weights().keySet()));
        tracker.entries().forEach(e -> products.add(e.product()));

        Instant start = period.start().atStartOfDay(zone).toInstant();
        Instant end = period.end().atStartOfDay(zone).toInstant();
        List<ProductReport> reports = products.stream().map(product -> new ProductReport(product,
                during(ceilingsByProduct.containsKey(product) ? ceilingsByProduct.get(product).timeline() : List.of(),
                        start, end),
                during(schedulesByProduct.containsKey(product) ? schedulesByProduct.get(product).timeline() : List.of(),
                        start, end),
                ledger.costByComponent(product, period), tracker.revenueOf(product))).toList();
        return new AnnualOperatingReport(operator, year, dueDate(year), reports, ledger.costByComponent(period),
                tracker.mar(), tracker.revenue(), tracker.headroom(), tracker.carryOver());
    }

    /** Whether the report is late on {@code today} if not yet filed. */
    public boolean isOverdueOn(LocalDate today) {
        return today.isAfter(dueBy);
    }

    /** The published part: ceilings and actual fees per product, revenue against MAR. */
    public PublicDisclosure publicDisclosure() {
        List<ProductFees> fees = products.stream()
                .map(p -> new ProductFees(p.product(), p.ceilings(), p.actualFees())).toList();
        return new PublicDisclosure(operator, year, dueBy, fees, mar.mar(), revenue, carriedForward.amount());
    }

    private static <T> List<InForce<T>> during(List<InForce<T>> timeline, Instant start, Instant end) {
        return timeline.stream().filter(i -> i.overlaps(start, end)).map(i -> i.clip(start, end)).toList();
    }

    private static <R> void put(Map<ProductId, R> byProduct, ProductId product, R register) {
        if (byProduct.put(Objects.requireNonNull(product), register) != null) {
            throw new IllegalArgumentException("two registers for " + product);
        }
    }
}
