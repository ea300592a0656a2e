package org.datadeed.marketplace.messages;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a quote the engine priced, so that it binds for its validity window. */
public record IssueQuoteCommand(@TargetAggregateIdentifier UUID quoteId, QuoteIssuedEvent quote) {
}
