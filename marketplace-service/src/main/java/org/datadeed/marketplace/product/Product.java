package org.datadeed.marketplace.product;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.datadeed.marketplace.config.MarketplacePolicy;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.FileCeilingCommand;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSpec;
import org.datadeed.marketplace.messages.ScenarioDiscountSpec;
import org.datadeed.marketplace.messages.SetPriceScheduleCommand;
import org.datadeed.marketplace.messages.SetProductTermsCommand;
import org.datadeed.marketplace.pricing.PriceSchedule;
import org.datadeed.platform.domain.DomainRuleViolation;

/**
 * The operator's side of a catalogue product: its licence terms, the ceilings the authorising body filed for it, and
 * the actual prices, which can never exceed the ceiling in force. The product is the registration with its id; this
 * aggregate's identifier is {@code offer:<productId>}, so that its event stream is its own.
 */
@Aggregate
public class Product {

    /** {@code offer:<productId>}: the registration's events are kept under the product id itself. */
    @AggregateIdentifier
    private String offerId;
    private ProductPricing pricing;

    protected Product() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetProductTermsCommand command, MarketplacePolicy policy) {
        ProductTermsSpec terms = command.terms();
        if (terms.useCategories().isEmpty()) {
            throw new DomainRuleViolation("use-category-required", "The terms must offer at least one use category");
        }
        if (terms.termMonths() < 1 || terms.termMonths() > policy.maxTermMonths()) {
            throw new DomainRuleViolation("term-too-long", "A licence term is 1 to " + policy.maxTermMonths()
                    + " months (authorisation agreements last at most " + policy.maxTermMonths() / 12 + " years)");
        }
        apply(new ProductTermsSetEvent(command.productId(), command.operatorOrganisation(), terms, command.by(), command.at()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FileCeilingCommand command) {
        CeilingFiledEvent event = new CeilingFiledEvent(command.productId(), command.filingId(),
                command.operatorOrganisation(), command.filingReference(), command.authorisingBody(),
                command.effectiveFrom(), command.effectiveUntil(), command.trial(), command.ceilings(), command.by(),
                command.at());
        ProductPricing current = pricing == null ? ProductPricing.empty(command.productId()) : pricing;
        PriceLines.refusing(() -> current.ceilings().with(ProductPricing.filing(event))); // refuses what the register refuses
        apply(event);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetPriceScheduleCommand command) {
        for (ScenarioDiscountSpec discount : command.scenarioDiscounts()) {
            if (discount.percent() < 1 || discount.percent() > 100 || discount.scenario() == null || discount.scenario().isBlank()) {
                throw new DomainRuleViolation("discount-invalid", "A scenario discount names its scenario and is 1 to 100 percent");
            }
        }
        List<String> scenarios = command.scenarioDiscounts().stream().map(ScenarioDiscountSpec::scenario).toList();
        if (scenarios.size() != scenarios.stream().distinct().count()) {
            throw new DomainRuleViolation("discount-invalid", "One discount per scenario");
        }
        ProductPricing current = pricing == null ? ProductPricing.empty(command.productId()) : pricing;
        PriceSchedule proposed = PriceLines.refusing(() -> current.schedules().propose(PriceLines.tariff(command.prices()),
                command.by().subject() + "@" + command.by().organisation(), command.at(), command.at(), current.ceilings()));
        apply(new PriceScheduleSetEvent(command.productId(), proposed.version(), command.operatorOrganisation(),
                command.prices(), command.scenarioDiscounts(), command.by(), command.at()));
    }

    @EventSourcingHandler
    void on(ProductTermsSetEvent event) {
        offerId = "offer:" + event.productId();
        if (pricing == null) {
            pricing = ProductPricing.empty(event.productId());
        }
    }

    @EventSourcingHandler
    void on(CeilingFiledEvent event) {
        offerId = "offer:" + event.productId();
        pricing = (pricing == null ? ProductPricing.empty(event.productId()) : pricing).with(event);
    }

    @EventSourcingHandler
    void on(PriceScheduleSetEvent event) {
        offerId = "offer:" + event.productId();
        pricing = (pricing == null ? ProductPricing.empty(event.productId()) : pricing).with(event);
    }
}
