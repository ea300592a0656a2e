package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Usage counted for the licence from one batch (its SHA-256 anchors the records), with the month's totals after it. */
@Revision("1")
public record UsageRecordedEvent(UUID licenceId, String batchSha256, String period, long records, long calls, long bytes, long dataRecords, long totalCalls, long totalBytes, long totalDataRecords, Instant at) {
}
