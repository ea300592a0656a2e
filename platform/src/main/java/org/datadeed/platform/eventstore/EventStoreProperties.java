package org.datadeed.platform.eventstore;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param schema the PostgreSQL schema of the one event store that all services share
 * @param serializablePackages package prefixes whose classes Axon may deserialize polymorphically (events, tokens)
 * @param readerWakeUpDelay how long after a local commit the tracking processors' reader wakes, reading every commit
 *                          of that interval at once ({@link CoalescingEventStore})
 */
@ConfigurationProperties("datadeed.event-store")
public record EventStoreProperties(
        @DefaultValue("eventstore") String schema,
        @DefaultValue({"org.datadeed.", "org.axonframework.", "java.lang.", "java.util.", "java.time."})
        List<String> serializablePackages,
        @DefaultValue("50ms") Duration readerWakeUpDelay) {
}
