package org.datadeed.ledger.core.anchor;

import java.util.List;
import java.util.Optional;

import org.datadeed.ledger.core.merkle.Hash;

/**
 * Where a log's signed checkpoints are anchored so that nobody, the log operator included, can later rewrite them:
 * a Hyperledger Fabric channel in production, a local table in development. Implementations keep each origin's
 * checkpoints append-only and enforce {@link AnchorRules}: they refuse a smaller tree, a different root at the same
 * size, and a larger tree unless the consistency proof from the last anchored checkpoint verifies; they verify the
 * log's signature; they record who submitted. Every implementation passes {@code CheckpointAnchorContract}.
 */
public interface CheckpointAnchor {

    /**
     * Makes a log's verifier key known to the anchor; checkpoints of that origin must be signed with it. Registering
     * the same key again is a no-op; registering a different key for a known origin is refused.
     *
     * @param verifierKey the C2SP signed-note verifier key, {@code name+hexid+base64(0x01||pubkey)}
     * @throws AnchorRefusedException {@link AnchorRefusal#KEY_MISMATCH} if the origin is registered with another
     *                                key, {@link AnchorRefusal#MALFORMED} if the key is not an Ed25519 vkey named like
     *                                the origin (see {@link AnchorRules#parseVerifierKey})
     */
    void registerLog(String origin, String verifierKey);

    /**
     * Anchors a signed checkpoint. Anchoring a checkpoint equal to the latest one (same size and root) again
     * returns the existing record and changes nothing.
     *
     * @param signedCheckpoint a C2SP tlog-checkpoint signed note
     * @param consistencyProof the RFC 6962 consistency proof from the latest anchored size to this one (empty for
     *                         an origin's first checkpoint)
     * @return the anchored record, with the anchor's transaction id
     * @throws AnchorRefusedException when a rule refuses it; nothing is anchored then
     */
    AnchoredCheckpoint anchor(String signedCheckpoint, List<Hash> consistencyProof);

    /** The latest anchored checkpoint of an origin; empty if none is anchored or the origin is unknown. */
    Optional<AnchoredCheckpoint> latest(String origin);

    /** The anchored checkpoint of an origin with exactly this tree size. */
    Optional<AnchoredCheckpoint> bySize(String origin, long treeSize);

    /**
     * An origin's anchored checkpoints with size ≥ {@code fromSize}, oldest first, at most {@code limit}; fewer only
     * when the history ends. Empty for an unknown origin.
     *
     * @throws IllegalArgumentException if {@code fromSize} is negative or {@code limit} is not positive (see
     *                                  {@link AnchorRules#requireHistoryRange})
     */
    List<AnchoredCheckpoint> history(String origin, long fromSize, int limit);
}
