package org.datadeed.marketplace.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.datadeed.marketplace.messages.AllocationSpec;
import org.datadeed.marketplace.messages.CostRecordedEvent;
import org.datadeed.marketplace.pricing.AccountingPeriod;
import org.datadeed.marketplace.pricing.AllocationBasis;
import org.datadeed.marketplace.pricing.CostComponent;
import org.datadeed.marketplace.pricing.CostEntry;
import org.datadeed.marketplace.pricing.CostLedger;
import org.datadeed.marketplace.pricing.Money;
import org.datadeed.marketplace.pricing.OperatorId;
import org.datadeed.marketplace.pricing.ProductId;
import org.datadeed.marketplace.product.PriceLines;
import org.datadeed.marketplace.product.ProductPricing;

/** Recorded cost events as the pricing engine's cost entries and ledger. */
public final class CostEntries {

    private CostEntries() {
    }

    /** The API's component names; the engine's differ in one place (operation and maintenance). */
    public static CostComponent component(String apiName) {
        return "OPERATIONS_AND_MAINTENANCE".equals(apiName) ? CostComponent.OPERATION_AND_MAINTENANCE
                : CostComponent.valueOf(apiName);
    }

    public static String apiName(CostComponent component) {
        return component == CostComponent.OPERATION_AND_MAINTENANCE ? "OPERATIONS_AND_MAINTENANCE" : component.name();
    }

    public static CostEntry entry(CostRecordedEvent event) {
        return PriceLines.refusing(() -> {
            Map<ProductId, BigDecimal> weights = new TreeMap<>();
            for (AllocationSpec allocation : event.allocations()) {
                weights.put(ProductPricing.productId(allocation.productId()), BigDecimal.valueOf(allocation.share()));
            }
            String description = event.description() == null || event.description().isBlank()
                    ? component(event.component()).label() : event.description();
            return new CostEntry(event.entryId().toString(), AccountingPeriod.ofYear(event.year()),
                    component(event.component()), Money.of(event.amount()), description,
                    new AllocationBasis.Driver("relative shares", weights));
        });
    }

    public static CostLedger ledger(String organisation, List<CostRecordedEvent> events) {
        return CostLedger.of(new OperatorId(organisation), events.stream().map(CostEntries::entry).toList());
    }
}
