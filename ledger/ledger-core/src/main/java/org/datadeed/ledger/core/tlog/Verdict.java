package org.datadeed.ledger.core.tlog;

import java.util.Objects;
import java.util.Optional;

import org.datadeed.ledger.core.VerificationFailure;

/**
 * The outcome of verifying a receipt: valid, or the rule it broke and why.
 *
 * @param failure    null when valid
 * @param detail     a human-readable explanation
 * @param checkpoint the verified checkpoint, when valid
 */
public record Verdict(VerificationFailure failure, String detail, VerifiedCheckpoint checkpoint) {

    public Verdict {
        Objects.requireNonNull(detail, "detail");
        if ((failure == null) == (checkpoint == null)) {
            throw new IllegalArgumentException("a verdict is either valid with a checkpoint or a failure");
        }
    }

    static Verdict valid(VerifiedCheckpoint checkpoint, String detail) {
        return new Verdict(null, detail, checkpoint);
    }

    static Verdict invalid(VerificationFailure failure, String detail) {
        return new Verdict(Objects.requireNonNull(failure, "failure"), detail, null);
    }

    /** Whether the receipt verified. */
    public boolean ok() {
        return failure == null;
    }

    /** The broken rule, if any. */
    public Optional<VerificationFailure> failureReason() {
        return Optional.ofNullable(failure);
    }
}
