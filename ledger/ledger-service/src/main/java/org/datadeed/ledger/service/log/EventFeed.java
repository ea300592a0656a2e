package org.datadeed.ledger.service.log;

import java.util.List;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Reads the shared event store as stored, in Axon's own gap-aware order: the exact payload and metadata bytes,
 * with a {@link org.axonframework.eventhandling.GapAwareTrackingToken} that remembers events whose transactions had
 * not committed yet, so that each of them is read exactly once when it appears. Nothing is deserialized.
 */
public final class EventFeed extends JdbcEventStorageEngine {

    private EventFeed(Builder builder) {
        super(builder);
    }

    public static EventFeed create(ConnectionProvider connections, TransactionManager transactions, EventSchema schema,
                                   Serializer serializer, int batchSize) {
        Builder builder = JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .snapshotSerializer(serializer)
                .eventSerializer(serializer)
                .batchSize(batchSize);
        return new EventFeed(builder);
    }

    /** The next events after {@code position} (null: from the start), at most {@code max}. */
    public List<? extends TrackedEventData<?>> next(TrackingToken position, int max) {
        return fetchTrackedEvents(position, max);
    }
}
