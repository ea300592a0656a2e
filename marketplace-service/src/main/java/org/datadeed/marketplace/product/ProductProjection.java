package org.datadeed.marketplace.product;

import java.math.BigDecimal;
import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.marketplace.catalogue.CatalogueProjectionSupport;
import org.datadeed.marketplace.messages.CeilingFiledEvent;
import org.datadeed.marketplace.messages.PriceLineSpec;
import org.datadeed.marketplace.messages.PriceScheduleSetEvent;
import org.datadeed.marketplace.messages.ProductTermsSetEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the product offers, ceiling filings and price schedules in step with the product events (subscribing). */
@Component
@ProcessingGroup(ProductProjection.GROUP)
class ProductProjection {

    static final String GROUP = "market-projection";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProductProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(ProductTermsSetEvent event) {
        jdbc.sql("""
                        INSERT INTO product_offer (product_id, operator_organisation, terms, use_categories, updated_at)
                        VALUES (:id, :operator, CAST(:terms AS JSONB), CAST(:categories AS TEXT[]), :at)
                        ON CONFLICT (product_id) DO UPDATE SET operator_organisation = EXCLUDED.operator_organisation,
                            terms = EXCLUDED.terms, use_categories = EXCLUDED.use_categories,
                            updated_at = EXCLUDED.updated_at""")
                .param("id", event.productId())
                .param("operator", event.operatorOrganisation())
                .param("terms", json.writeValueAsString(event.terms()))
                .param("categories", CatalogueProjectionSupport.textArray(event.terms().useCategories()))
                .param("at", Timestamp.from(event.at()))
                .update();
    }

    @EventHandler
    void on(CeilingFiledEvent event) {
        jdbc.sql("INSERT INTO ceiling_filing (filing_id, product_id, filed_at, event) VALUES (:id, :product, :at, CAST(:event AS JSONB))")
                .param("id", event.filingId())
                .param("product", event.productId())
                .param("at", Timestamp.from(event.at()))
                .param("event", json.writeValueAsString(event))
                .update();
    }

    @EventHandler
    void on(PriceScheduleSetEvent event) {
        jdbc.sql("INSERT INTO price_schedule (product_id, version, set_at, event) VALUES (:product, :version, :at, CAST(:event AS JSONB))")
                .param("product", event.productId())
                .param("version", event.version())
                .param("at", Timestamp.from(event.at()))
                .param("event", json.writeValueAsString(event))
                .update();
        BigDecimal from = PriceLines.fromPrice(event.prices());
        String unit = event.prices().size() == 1 ? event.prices().get(0).unit()
                : event.prices().stream().map(PriceLineSpec::unit).sorted().findFirst().orElseThrow();
        jdbc.sql("""
                        INSERT INTO product_offer (product_id, operator_organisation, schedule_version, charging_unit, from_price, updated_at)
                        VALUES (:id, :operator, :version, :unit, :from, :at)
                        ON CONFLICT (product_id) DO UPDATE SET schedule_version = EXCLUDED.schedule_version,
                            charging_unit = EXCLUDED.charging_unit, from_price = EXCLUDED.from_price,
                            updated_at = EXCLUDED.updated_at""")
                .param("id", event.productId())
                .param("operator", event.operatorOrganisation())
                .param("version", event.version())
                .param("unit", unit)
                .param("from", from)
                .param("at", Timestamp.from(event.at()))
                .update();
    }
}
