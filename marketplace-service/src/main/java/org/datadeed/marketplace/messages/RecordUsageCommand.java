package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Usage counted for a licence from one ingested batch: the increments of the metering month. */
public record RecordUsageCommand(@TargetAggregateIdentifier UUID licenceId, String batchSha256, String period, long records, long calls, long bytes, long dataRecords, Instant at) {
}
