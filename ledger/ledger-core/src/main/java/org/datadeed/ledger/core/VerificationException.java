package org.datadeed.ledger.core;

import java.util.Objects;

/**
 * Thrown when a cryptographic check fails: a Merkle proof does not verify, a signature is invalid, or
 * no trusted signature is present. The {@link #failure()} code says which rule was broken.
 */
public class VerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final VerificationFailure failure;

    public VerificationException(VerificationFailure failure, String message) {
        super(message);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    /** The rule that was broken. */
    public VerificationFailure failure() {
        return failure;
    }
}
