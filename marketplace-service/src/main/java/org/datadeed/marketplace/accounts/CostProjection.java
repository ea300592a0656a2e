package org.datadeed.marketplace.accounts;

import java.sql.Timestamp;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.datadeed.marketplace.messages.CostRecordedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps {@code cost_entry}, the cost events the ledger and the MAR are computed from (subscribing). */
@Component
@ProcessingGroup("market-projection")
class CostProjection {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CostProjection(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    void on(CostRecordedEvent event) {
        jdbc.sql("""
                        INSERT INTO cost_entry (entry_id, organisation, year, recorded_at, event)
                        VALUES (:id, :organisation, :year, :at, CAST(:event AS JSONB))""")
                .param("id", event.entryId())
                .param("organisation", event.organisation())
                .param("year", event.year())
                .param("at", Timestamp.from(event.at()))
                .param("event", json.writeValueAsString(event))
                .update();
    }
}
