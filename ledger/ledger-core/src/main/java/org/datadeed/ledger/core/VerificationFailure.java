package org.datadeed.ledger.core;

/** Why a verification failed: stable codes for callers that must report "why not". */
public enum VerificationFailure {
    /** The input does not follow its format (see {@link FormatException}). */
    MALFORMED,
    /** A checkpoint names a different log origin than the one the verifier trusts. */
    WRONG_ORIGIN,
    /** The note carries no valid signature from the key that had to sign it. */
    NO_TRUSTED_SIGNATURE,
    /** A signature from a known key does not verify. */
    INVALID_SIGNATURE,
    /** Fewer trusted witnesses cosigned the checkpoint than the policy requires. */
    WITNESS_QUORUM_NOT_MET,
    /** The leaf index is not below the tree size of the checkpoint. */
    INDEX_OUT_OF_RANGE,
    /** The inclusion proof does not lead from the leaf hash to the root hash. */
    INVALID_INCLUSION_PROOF,
    /** The consistency proof does not connect the two tree heads. */
    INVALID_CONSISTENCY_PROOF
}
