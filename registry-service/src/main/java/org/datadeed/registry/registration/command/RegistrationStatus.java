package org.datadeed.registry.registration.command;

import java.util.EnumSet;
import java.util.Set;

import org.datadeed.platform.domain.IllegalTransition;

/** The registration's state machine: every status with the statuses it may move to. */
public enum RegistrationStatus {
    DRAFT, SUBMITTED, NOT_ACCEPTED, ACCEPTED, FORMAL_REVIEW, CORRECTION_REQUESTED, SUBSTANTIVE_REVIEW,
    APPROVED_FOR_NOTICE, IN_NOTICE, OBJECTION_RAISED, OBJECTION_REVIEW, REGISTERED, FROZEN, EXPIRED, CANCELLED,
    REVOKED, REJECTED, WITHDRAWN, LAPSED;

    private Set<RegistrationStatus> next;

    static {
        DRAFT.next = EnumSet.of(SUBMITTED, WITHDRAWN);
        SUBMITTED.next = EnumSet.of(ACCEPTED, NOT_ACCEPTED, WITHDRAWN);
        ACCEPTED.next = EnumSet.of(FORMAL_REVIEW, WITHDRAWN);
        FORMAL_REVIEW.next = EnumSet.of(CORRECTION_REQUESTED, SUBSTANTIVE_REVIEW, APPROVED_FOR_NOTICE, REJECTED, WITHDRAWN);
        CORRECTION_REQUESTED.next = EnumSet.of(FORMAL_REVIEW, LAPSED, WITHDRAWN);
        SUBSTANTIVE_REVIEW.next = EnumSet.of(APPROVED_FOR_NOTICE, REJECTED, WITHDRAWN);
        APPROVED_FOR_NOTICE.next = EnumSet.of(IN_NOTICE, WITHDRAWN);
        IN_NOTICE.next = EnumSet.of(OBJECTION_RAISED, REGISTERED, WITHDRAWN);
        OBJECTION_RAISED.next = EnumSet.of(OBJECTION_REVIEW, REJECTED, WITHDRAWN);
        OBJECTION_REVIEW.next = EnumSet.of(IN_NOTICE, OBJECTION_RAISED, REJECTED, WITHDRAWN);
        REGISTERED.next = EnumSet.of(FROZEN, EXPIRED, CANCELLED, REVOKED);
        FROZEN.next = EnumSet.of(REGISTERED, EXPIRED, REVOKED);
        for (RegistrationStatus terminal : EnumSet.of(NOT_ACCEPTED, EXPIRED, CANCELLED, REVOKED, REJECTED, WITHDRAWN, LAPSED)) {
            terminal.next = EnumSet.noneOf(RegistrationStatus.class);
        }
    }

    public boolean canMoveTo(RegistrationStatus target) {
        return next.contains(target);
    }

    public boolean isTerminal() {
        return next.isEmpty();
    }

    /** Refuses the move with an {@link IllegalTransition} naming the action, unless the machine allows it. */
    public void checkMoveTo(RegistrationStatus target, String action) {
        if (!canMoveTo(target)) {
            throw new IllegalTransition(this, action);
        }
    }

    /** Refuses the action unless the registration is in one of the given statuses. */
    public void checkIn(Set<RegistrationStatus> allowed, String action) {
        if (!allowed.contains(this)) {
            throw new IllegalTransition(this, action);
        }
    }
}
