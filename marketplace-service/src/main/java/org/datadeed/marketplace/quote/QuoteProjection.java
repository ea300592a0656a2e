package org.datadeed.marketplace.quote;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code quote_view} (subscribing: a quote can be read and applied for at once). */
@Component
@ProcessingGroup("market-projection")
class QuoteProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuoteProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(QuoteIssuedEvent event) {
        jdbc.sql("""
                        INSERT INTO quote_view (quote_id, requester_organisation, product_id, operator_organisation,
                            created_at, valid_until, event)
                        VALUES (:id, :requester, :product, :operator, :at, :validUntil, CAST(:event AS JSONB))""")
                .param("id", event.quoteId())
                .param("requester", event.requesterOrganisation())
                .param("product", event.productId())
                .param("operator", event.operatorOrganisation())
                .param("at", Timestamp.from(event.at()))
                .param("validUntil", Timestamp.from(event.validUntil()))
                .param("event", json.writeValueAsString(event))
                .update();
    }
}
