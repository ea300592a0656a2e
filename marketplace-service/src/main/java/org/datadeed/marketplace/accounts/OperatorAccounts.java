package org.datadeed.marketplace.accounts;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.datadeed.api.marketplace.model.AnnualReport;
import org.datadeed.api.marketplace.model.CostEntryRequest;
import org.datadeed.api.marketplace.model.CostLedger;
import org.datadeed.api.marketplace.model.CostLedgerByComponentInner;
import org.datadeed.api.marketplace.model.CostLedgerByProductInner;
import org.datadeed.api.marketplace.model.CostLedgerEntriesInner;
import org.datadeed.api.marketplace.model.DisclosedProduct;
import org.datadeed.api.marketplace.model.Disclosure;
import org.datadeed.api.marketplace.model.MarTracker;
import org.datadeed.api.marketplace.model.PriceLine;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.AllocationSpec;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.CostRecordedEvent;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.RecordCostCommand;
import org.datadeed.marketplace.pricing.AccountingPeriod;
import org.datadeed.marketplace.pricing.AnnualOperatingReport;
import org.datadeed.marketplace.pricing.CarriedExcess;
import org.datadeed.marketplace.pricing.CeilingRegister;
import org.datadeed.marketplace.pricing.MarCalculation;
import org.datadeed.marketplace.pricing.Money;
import org.datadeed.marketplace.pricing.OperatorId;
import org.datadeed.marketplace.pricing.PriceScheduleRegister;
import org.datadeed.marketplace.pricing.ProductId;
import org.datadeed.marketplace.pricing.RevenueEntry;
import org.datadeed.marketplace.product.PriceLines;
import org.datadeed.marketplace.product.ProductPricing;
import org.datadeed.marketplace.web.ApiModels;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.domain.Forbidden;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operator's accounts under the 2025 price formation notice: the cost ledger and its allocation to products,
 * the MAR of each period (operating cost + permitted profit + taxes, less the excess carried from the period before)
 * against the revenue recognised, the annual operating report and the public disclosure. Everything is computed by
 * the pricing engine from recorded events, so a price auditor can recompute it.
 */
@Service
public class OperatorAccounts {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CatalogueQueries catalogue;
    private final MarketCommands commands;
    private final MarketplacePolicy policy;

    OperatorAccounts(JdbcClient jdbc, JsonMapper json, CatalogueQueries catalogue, MarketCommands commands,
                     MarketplacePolicy policy) {
        this.jdbc = jdbc;
        this.json = json;
        this.catalogue = catalogue;
        this.commands = commands;
        this.policy = policy;
    }

    public CostLedger recordCost(String organisation, CostEntryRequest request) {
        Actor by = commands.actingAs(Role.OPERATOR);
        if (!organisation.equals(by.organisation())) {
            throw new Forbidden("An operator records costs in its own ledger only");
        }
        List<AllocationSpec> allocations = request.getAllocations().stream()
                .map(a -> new AllocationSpec(a.getProductId(), a.getShare())).toList();
        for (AllocationSpec allocation : allocations) {
            boolean own = catalogue.find(allocation.productId()).map(e -> e.operatedBy(organisation)).orElse(false);
            if (!own) {
                throw new DomainRuleViolation("allocation-to-foreign-product", "Costs are allocated to the operator's own"
                        + " products only; " + allocation.productId() + " is not one of them");
            }
        }
        UUID entryId = commands.stableId("cost-entry");
        commands.send(new RecordCostCommand(organisation, entryId, Integer.parseInt(request.getPeriod()),
                request.getComponent().getValue(), request.getAmount(), request.getDescription(), allocations, by, commands.now()));
        return costLedger(organisation, Integer.parseInt(request.getPeriod()));
    }

    public CostLedger costLedger(String organisation, int year) {
        requireReader(organisation);
        AccountingPeriod period = AccountingPeriod.ofYear(year);
        List<CostRecordedEvent> events = costs(organisation);
        org.datadeed.marketplace.pricing.CostLedger ledger = CostEntries.ledger(organisation, events);
        Set<ProductId> products = new TreeSet<>();
        ledger.entriesWithin(period).forEach(e -> products.addAll(e.allocation().weights().keySet()));
        return new CostLedger().organisation(organisation).period(Integer.toString(year))
                .total(ledger.total(period).toString())
                .entries(new ArrayList<>(events.stream().filter(e -> e.year() == year).map(e -> new CostLedgerEntriesInner()
                        .entryId(e.entryId()).component(e.component()).amount(Money.of(e.amount()).toString())
                        .description(e.description()).recordedAt(ApiModels.utc(e.at()))).toList()))
                .byProduct(new ArrayList<>(products.stream().map(p -> new CostLedgerByProductInner()
                        .productId(UUID.fromString(p.value())).amount(ledger.costOf(p, period).toString())).toList()))
                .byComponent(new ArrayList<>(ledger.costByComponent(period).entrySet().stream()
                        .map(c -> new CostLedgerByComponentInner().component(CostEntries.apiName(c.getKey()))
                                .amount(c.getValue().toString())).toList()));
    }

    public MarTracker marTracker(String organisation, int year) {
        requireReader(organisation);
        return tracker(organisation, tracker(organisation, year));
    }

    public AnnualReport annualReport(String organisation, int year) {
        requireReader(organisation);
        org.datadeed.marketplace.pricing.MarTracker tracker = tracker(organisation, year);
        AnnualOperatingReport report = report(organisation, year, tracker);
        return new AnnualReport().organisation(organisation).year(year).dueBy(report.dueBy())
                .mar(tracker(organisation, tracker))
                .products(new ArrayList<>(disclosed(organisation, year, report)));
    }

    /** The public disclosure of a year: every listed product's ceilings and actual fees, revenue and licences. */
    public Disclosure disclosure(int year) {
        Set<String> operators = catalogue.listed().stream().map(CatalogueQueries.Entry::operatorOrganisation)
                .collect(Collectors.toCollection(TreeSet::new));
        List<DisclosedProduct> products = new ArrayList<>();
        operators.forEach(operator -> products.addAll(disclosed(operator, year,
                report(operator, year, tracker(operator, year)))));
        return new Disclosure().year(year).products(products);
    }

    private List<DisclosedProduct> disclosed(String organisation, int year, AnnualOperatingReport report) {
        Map<UUID, CatalogueQueries.Entry> entries = catalogue.operatedBy(organisation).stream()
                .collect(Collectors.toMap(CatalogueQueries.Entry::productId, e -> e));
        List<DisclosedProduct> products = new ArrayList<>();
        for (var product : report.products()) {
            UUID productId = UUID.fromString(product.product().value());
            CatalogueQueries.Entry entry = entries.get(productId);
            if (entry == null) {
                continue; // the operation right moved on; the new operator discloses it
            }
            Set<String> filingIds = product.ceilings().stream().map(f -> f.item().id().value()).collect(Collectors.toSet());
            Set<Integer> versions = product.actualFees().stream().map(s -> s.item().version()).collect(Collectors.toSet());
            List<PriceLine> ceilings = new ArrayList<>();
            for (CeilingFiledEvent filing : catalogue.filings(productId)) {
                if (filingIds.contains(filing.filingId().toString())) {
                    ceilings.addAll(ApiModels.lines(filing.ceilings()));
                }
            }
            List<PriceLine> actual = new ArrayList<>();
            for (PriceScheduleSetEvent schedule : catalogue.schedules(productId)) {
                if (versions.contains(schedule.version())) {
                    actual.addAll(ApiModels.lines(schedule.prices()));
                }
            }
            long licences = jdbc.sql("""
                            SELECT count(*) FROM revenue_entry
                            WHERE product_id = :product AND recognised_on BETWEEN :start AND :end""")
                    .param("product", productId).param("start", AccountingPeriod.ofYear(year).start())
                    .param("end", AccountingPeriod.ofYear(year).end()).query(Long.class).single();
            products.add(new DisclosedProduct().productId(productId).name(entry.name()).operatorOrganisation(organisation)
                    .ceilings(ceilings).actualPrices(actual).revenue(product.revenue().toString()).licences(licences));
        }
        return products;
    }

    private AnnualOperatingReport report(String organisation, int year, org.datadeed.marketplace.pricing.MarTracker tracker) {
        List<CeilingRegister> ceilings = new ArrayList<>();
        List<PriceScheduleRegister> schedules = new ArrayList<>();
        for (CatalogueQueries.Entry entry : catalogue.operatedBy(organisation)) {
            ProductPricing pricing = catalogue.pricing(entry.productId());
            ceilings.add(pricing.ceilings());
            schedules.add(pricing.schedules());
        }
        return PriceLines.refusing(() -> AnnualOperatingReport.compile(Year.of(year), policy.zone(), tracker,
                CostEntries.ledger(organisation, costs(organisation)), ceilings, schedules));
    }

    /**
     * The tracker of a year: the MAR of every period from the operator's first recorded year, each reduced by the
     * excess of the one before, with that year's revenue recognised against it.
     */
    private org.datadeed.marketplace.pricing.MarTracker tracker(String organisation, int year) {
        OperatorId operator = new OperatorId(organisation);
        org.datadeed.marketplace.pricing.CostLedger ledger = CostEntries.ledger(organisation, costs(organisation));
        List<RevenueEntry> revenue = revenue(organisation);
        int first = year;
        for (var entry : ledger.entries()) {
            first = Math.min(first, entry.period().start().getYear());
        }
        for (RevenueEntry entry : revenue) {
            first = Math.min(first, entry.recognisedOn().getYear());
        }
        int start = first;
        return PriceLines.refusing(() -> {
            CarriedExcess carried = CarriedExcess.noneBefore(AccountingPeriod.ofYear(start));
            org.datadeed.marketplace.pricing.MarTracker current = null;
            for (int y = start; y <= year; y++) {
                AccountingPeriod period = AccountingPeriod.ofYear(y);
                current = org.datadeed.marketplace.pricing.MarTracker.open(
                        MarCalculation.compute(operator, period, ledger, policy.mar(), carried));
                for (RevenueEntry entry : revenue) {
                    if (period.contains(entry.recognisedOn())) {
                        current = current.recognise(entry);
                    }
                }
                carried = current.carryOver();
            }
            return current;
        });
    }

    private MarTracker tracker(String organisation, org.datadeed.marketplace.pricing.MarTracker tracker) {
        MarCalculation mar = tracker.mar();
        return new MarTracker().organisation(organisation).period(Integer.toString(mar.period().start().getYear()))
                .operatingCost(mar.operatingCost().toString())
                .profitRatePercent(mar.parameters().profitRate().value().movePointRight(2).doubleValue())
                .permittedProfit(mar.permittedProfit().toString()).taxes(mar.taxes().toString())
                .carriedExcess(mar.deduction().toString()).mar(mar.mar().toString())
                .revenue(tracker.revenue().toString()).headroom(tracker.headroom().toString())
                .excess(tracker.excessOverMar().toString());
    }

    private List<CostRecordedEvent> costs(String organisation) {
        return jdbc.sql("SELECT event FROM cost_entry WHERE organisation = :org ORDER BY recorded_at, entry_id")
                .param("org", organisation)
                .query((rs, n) -> json.readValue(rs.getString(1), CostRecordedEvent.class)).list();
    }

    private List<RevenueEntry> revenue(String organisation) {
        return jdbc.sql("""
                        SELECT entry_id, recognised_on, product_id, amount, reference FROM revenue_entry
                        WHERE organisation = :org ORDER BY recognised_on, entry_id""")
                .param("org", organisation)
                .query((rs, n) -> new RevenueEntry(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
                        ProductPricing.productId(rs.getObject(3, UUID.class)), new Money(rs.getBigDecimal(4)),
                        rs.getString(5)))
                .list();
    }

    private void requireReader(String organisation) {
        Caller caller = commands.caller();
        boolean own = caller.has(Role.OPERATOR) && organisation.equals(caller.organisation());
        if (!own && !caller.has(Role.REGULATOR)) {
            throw new Forbidden("An operator's accounts are for the operator and regulators");
        }
    }
}
