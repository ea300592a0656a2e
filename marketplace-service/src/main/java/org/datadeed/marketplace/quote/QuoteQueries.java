package org.datadeed.marketplace.quote;

import java.util.Optional;
import java.util.UUID;

import org.datadeed.marketplace.messages.QuoteIssuedEvent;
import org.datadeed.platform.domain.NotFound;
import org.datadeed.platform.security.Caller;
import org.datadeed.platform.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Reads recorded quotes: the requester's own, the product operator's and, for regulators, all. */
@Service
public class QuoteQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    QuoteQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<QuoteIssuedEvent> find(UUID quoteId) {
        return jdbc.sql("SELECT event FROM quote_view WHERE quote_id = :id").param("id", quoteId)
                .query((rs, n) -> json.readValue(rs.getString(1), QuoteIssuedEvent.class)).optional();
    }

    public QuoteIssuedEvent visible(UUID quoteId, Caller caller) {
        return find(quoteId).filter(q -> caller.organisation().equals(q.requesterOrganisation())
                        || (caller.has(Role.OPERATOR) && caller.organisation().equals(q.operatorOrganisation()))
                        || caller.has(Role.REGULATOR))
                .orElseThrow(() -> new NotFound("No quote " + quoteId));
    }

    /** The licence that used the quote, if any (a quote is used once). */
    public Optional<UUID> usedBy(UUID quoteId) {
        return jdbc.sql("SELECT licence_id FROM quote_use WHERE quote_id = :id").param("id", quoteId)
                .query(UUID.class).optional();
    }
}
