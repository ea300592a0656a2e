package org.datadeed.marketplace.quote;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.datadeed.marketplace.messages.IssueQuoteCommand;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;

/**
 * A quote as issued: immutable once recorded, so that it binds for its validity window and its event (anchored in
 * the ledger like every other) proves what was offered. Pricing happens before, in {@link QuoteService}.
 */
@Aggregate
public class IssuedQuote {

    @AggregateIdentifier
    private UUID quoteId;

    protected IssuedQuote() {
        // for Axon
    }

    @CommandHandler
    IssuedQuote(IssueQuoteCommand command) {
        if (!command.quoteId().equals(command.quote().quoteId())) {
            throw new IllegalArgumentException("the command and its quote name different quotes");
        }
        apply(command.quote());
    }

    @EventSourcingHandler
    void on(QuoteIssuedEvent event) {
        quoteId = event.quoteId();
    }
}
