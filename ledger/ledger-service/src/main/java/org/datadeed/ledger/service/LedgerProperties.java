package org.datadeed.ledger.service;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings.
 *
 * @param origin             the log's origin line in every checkpoint (a schema-less URL-like name, per C2SP)
 * @param keyDirectory       where the log's and the witness's signing keys are kept; generated at first start
 * @param batchSize          events read from the event store and sequenced per transaction
 * @param pollInterval       how long the sequencer waits when the event store has nothing new
 * @param checkpointEvery    a checkpoint is published once this many events are sequenced since the last one...
 * @param checkpointInterval ...or once this much time has passed with any event not yet in a checkpoint
 * @param anchorInterval     how often the anchorer looks for a checkpoint to cosign and anchor
 * @param witnessName        the regulator witness's key name
 * @param anchor             {@code local} (a table standing in for the ledger) or {@code fabric}
 */
@ConfigurationProperties("datadeed.ledger")
public record LedgerProperties(
        @DefaultValue("datadeed.local/ledger") String origin,
        Path keyDirectory,
        @DefaultValue("500") int batchSize,
        @DefaultValue("20ms") Duration pollInterval,
        @DefaultValue("1000") int checkpointEvery,
        @DefaultValue("250ms") Duration checkpointInterval,
        @DefaultValue("50ms") Duration anchorInterval,
        @DefaultValue("datadeed.local/regulator-witness") String witnessName,
        @DefaultValue("local") String anchor) {
}
