package org.datadeed.marketplace.accounts;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.datadeed.marketplace.messages.AllocationSpec;
import org.datadeed.marketplace.messages.CostRecordedEvent;
import org.datadeed.marketplace.messages.RecordCostCommand;
import org.datadeed.platform.domain.DomainRuleViolation;

/**
 * An operator's cost ledger: every operating cost by period and component, with its allocation to the operator's
 * products. A price auditor traces every MAR item back to these entries.
 */
@Aggregate
public class OperatorLedger {

    @AggregateIdentifier
    private String organisation;
    private final Set<UUID> entries = new HashSet<>();

    protected OperatorLedger() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordCostCommand command) {
        if (entries.contains(command.entryId())) {
            throw new DomainRuleViolation("duplicate-record", "Cost entry " + command.entryId() + " is recorded already");
        }
        Set<UUID> products = new HashSet<>();
        for (AllocationSpec allocation : command.allocations()) {
            if (allocation.share() < 1) {
                throw new DomainRuleViolation("no-allocation-weight", "Every allocation share is a positive weight");
            }
            if (!products.add(allocation.productId())) {
                throw new DomainRuleViolation("duplicate-allocation", "Product " + allocation.productId() + " is allocated twice");
            }
        }
        CostRecordedEvent event = new CostRecordedEvent(command.organisation(), command.entryId(), command.year(),
                command.component(), command.amount(), command.description(), command.allocations(), command.by(),
                command.at());
        CostEntries.entry(event); // refuses what the pricing engine refuses (amount, component, weights)
        apply(event);
    }

    @EventSourcingHandler
    void on(CostRecordedEvent event) {
        organisation = event.organisation();
        entries.add(event.entryId());
    }
}
