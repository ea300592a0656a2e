package org.datadeed.registry.registration.command;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The deadlines a registration schedules, with the day each was set for. A deadline that no longer matches the
 * registration's state (the notice was extended, the registration renewed) is ignored when it fires, so no
 * deadline ever needs cancelling.
 */
public final class Deadlines {

    public static final String CORRECTION_DUE = "correction-due";
    public static final String NOTICE_ENDS = "notice-ends";
    public static final String OBJECTION_RESPONSE_DUE = "objection-response-due";
    public static final String RENEWAL_REMINDER = "renewal-reminder";
    public static final String VALIDITY_ENDS = "validity-ends";

    public record CorrectionDue(LocalDate dueOn) {
    }

    public record NoticeEnds(LocalDate endsOn) {
    }

    public record ObjectionResponseDue(UUID objectionId, LocalDate dueOn) {
    }

    public record RenewalReminder(LocalDate validUntil) {
    }

    public record ValidityEnds(LocalDate validUntil) {
    }

    private Deadlines() {
    }
}
