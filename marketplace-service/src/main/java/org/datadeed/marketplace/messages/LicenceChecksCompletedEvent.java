package org.datadeed.marketplace.messages;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The automatic checks of an application or renewal, and whether a person must approve it. */
@Revision("1")
public record LicenceChecksCompletedEvent(UUID licenceId, List<CheckOutcome> checks, boolean passed, List<String> manualApprovalReasons, Instant at) {

    public LicenceChecksCompletedEvent {
        checks = List.copyOf(checks);
        manualApprovalReasons = List.copyOf(manualApprovalReasons);
    }
}
