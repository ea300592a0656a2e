package org.datadeed.marketplace.quote;

import java.util.UUID;

import org.datadeed.api.marketplace.QuotesApi;
import org.datadeed.api.marketplace.model.Quote;
import org.datadeed.api.marketplace.model.QuoteRequest;
import org.datadeed.marketplace.catalogue.CatalogueQueries;
import org.datadeed.marketplace.messages.Actor;
import org.datadeed.marketplace.messages.IssueQuoteCommand;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.marketplace.web.ApiModels;
import org.datadeed.marketplace.web.MarketCommands;
import org.datadeed.platform.domain.DomainRuleViolation;
import org.datadeed.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** Quotes: enterprises ask, the engine prices, the quote is recorded and binds for its validity window. */
@RestController
class QuotesController implements QuotesApi {

    private final CatalogueQueries catalogue;
    private final QuoteService quotes;
    private final QuoteQueries queries;
    private final MarketCommands commands;

    QuotesController(CatalogueQueries catalogue, QuoteService quotes, QuoteQueries queries, MarketCommands commands) {
        this.catalogue = catalogue;
        this.quotes = quotes;
        this.queries = queries;
        this.commands = commands;
    }

    @Override
    public ResponseEntity<Quote> requestQuote(QuoteRequest request, String idempotencyKey) {
        Actor by = commands.actingAs(Role.ENTERPRISE);
        CatalogueQueries.Entry product = catalogue.visible(request.getProductId(), commands.caller());
        product.unavailableReason(quotesDay()).ifPresent(reason -> {
            throw new DomainRuleViolation("product-unavailable", "The product cannot be licensed: " + reason);
        });
        UUID quoteId = commands.stableId("quote");
        QuoteIssuedEvent quote = quotes.price(quoteId, request, product, by, commands.now());
        commands.send(new IssueQuoteCommand(quoteId, quote));
        return ResponseEntity.status(HttpStatus.CREATED).body(ApiModels.quote(quote));
    }

    private java.time.LocalDate quotesDay() {
        return quotes.today(commands.now());
    }

    @Override
    public ResponseEntity<Quote> getQuote(UUID quoteId) {
        return ResponseEntity.ok(ApiModels.quote(queries.visible(quoteId, commands.caller())));
    }
}
