package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Usage reached the warning threshold (OVER_USE_WARNING) or a limit (LIMIT_EXCEEDED) of the month, for one measure (calls or GB). */
@Revision("1")
public record UsageAlertRaisedEvent(UUID licenceId, String kind, String measure, String period, String detail, Instant at) {
}
