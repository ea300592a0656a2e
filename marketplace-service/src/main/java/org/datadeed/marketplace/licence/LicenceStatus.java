package org.datadeed.marketplace.licence;

import java.util.EnumSet;
import java.util.Set;

import org.datadeed.platform.domain.IllegalTransition;

/**
 * The licence's state machine. The Dataspace Protocol's contract negotiation is the reference; DataDeed adds the
 * automatic checks, the operator's manual approval, suspension for over-use, revocation by the operator or a
 * regulator, termination by the licensee and expiry.
 *
 * <pre>
 * APPLIED ─checks fail─▶ CHECKS_FAILED
 *    │ checks pass, manual approval needed ─▶ AWAITING_APPROVAL ─approve─▶ ACTIVE
 *    │                                           ├─reject─▶ REJECTED
 *    │                                           ├─withdraw─▶ TERMINATED
 *    │                                           └─revoke─▶ REVOKED
 *    └ checks pass, auto-approvable ─────────────────────────────▶ ACTIVE ⇄ SUSPENDED
 * ACTIVE, SUSPENDED ─▶ REVOKED | TERMINATED | EXPIRED
 * </pre>
 */
public enum LicenceStatus {
    APPLIED, CHECKS_FAILED, AWAITING_APPROVAL, REJECTED, ACTIVE, SUSPENDED, REVOKED, TERMINATED, EXPIRED;

    private Set<LicenceStatus> next;

    static {
        APPLIED.next = EnumSet.of(CHECKS_FAILED, AWAITING_APPROVAL, ACTIVE);
        AWAITING_APPROVAL.next = EnumSet.of(ACTIVE, REJECTED, TERMINATED, REVOKED);
        ACTIVE.next = EnumSet.of(SUSPENDED, REVOKED, TERMINATED, EXPIRED);
        SUSPENDED.next = EnumSet.of(ACTIVE, REVOKED, TERMINATED, EXPIRED);
        for (LicenceStatus terminal : EnumSet.of(CHECKS_FAILED, REJECTED, REVOKED, TERMINATED, EXPIRED)) {
            terminal.next = EnumSet.noneOf(LicenceStatus.class);
        }
    }

    public boolean canMoveTo(LicenceStatus target) {
        return next.contains(target);
    }

    public boolean isTerminal() {
        return next.isEmpty();
    }

    /** Whether the licence was granted and has not ended: usage counts, and it may be renewed when active. */
    public boolean isInForce() {
        return this == ACTIVE || this == SUSPENDED;
    }

    public void checkMoveTo(LicenceStatus target, String action) {
        if (!canMoveTo(target)) {
            throw new IllegalTransition(this, action);
        }
    }
}
