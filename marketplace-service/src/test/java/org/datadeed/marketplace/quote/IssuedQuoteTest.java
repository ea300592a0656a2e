package org.datadeed.marketplace.quote;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.IssueQuoteCommand;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.messages.QuotedLine;
import org.junit.jupiter.api.Test;

class IssuedQuoteTest {

    final AggregateTestFixture<IssuedQuote> fixture = new AggregateTestFixture<>(IssuedQuote.class);
    final UUID quoteId = UUID.randomUUID();
    final Instant at = Instant.parse("2026-03-02T02:00:00Z");

    QuoteIssuedEvent quote(UUID id) {
        return new QuoteIssuedEvent(id, UUID.randomUUID(), "org-operator", "org-ent", "COMMERCIAL", "route planning",
                "app", 12, 1000L, null, null, false, false,
                List.of(new QuotedLine("per call", "call", "1000", "0.08", "0.10", "0.00", "80.00")), "80.00", "100.00",
                false, UUID.randomUUID(), 1, "p/1", "datadeed-pricing/1", "NONE 0", "d".repeat(64),
                new Actor("u", "org-ent", "ENTERPRISE"), at, at.plusSeconds(7 * 86_400));
    }

    @Test
    void anIssuedQuoteIsRecordedAsPriced() {
        QuoteIssuedEvent quote = quote(quoteId);
        fixture.givenNoPriorActivity().when(new IssueQuoteCommand(quoteId, quote)).expectEvents(quote);
    }

    @Test
    void aQuoteIsRecordedUnderItsOwnIdOnly() {
        fixture.givenNoPriorActivity().when(new IssueQuoteCommand(quoteId, quote(UUID.randomUUID())))
                .expectException(IllegalArgumentException.class).expectNoEvents();
    }
}
