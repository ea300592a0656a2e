package org.datadeed.ledger.core.anchor;

/** Why an anchor refused a checkpoint: stable codes, the same on every implementation. */
public enum AnchorRefusal {
    /**
     * The note or the checkpoint in it is malformed (also: a consistency proof that cannot be decoded or is longer
     * than any proof can be, or, at registration, a verifier key that is not an Ed25519 vkey named like the origin).
     */
    MALFORMED,
    /** No log with this origin is registered. */
    UNKNOWN_ORIGIN,
    /** The origin is registered with another key. */
    KEY_MISMATCH,
    /** The checkpoint is not validly signed by the origin's registered key. */
    BAD_SIGNATURE,
    /** The tree is smaller than the latest anchored one. */
    SMALLER_TREE,
    /** Same size as the latest anchored checkpoint, different root: the log forked. */
    FORKED_ROOT,
    /** Larger tree, but the consistency proof from the latest anchored checkpoint does not verify. */
    INCONSISTENT
}
