package org.datadeed.ledger.core.anchor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteVerifier;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;

/**
 * The anchoring rules, in one place: every {@link CheckpointAnchor} (the Fabric chaincode, the local development
 * anchor, the in-memory reference) decides with these functions, so that they refuse the same checkpoints with the
 * same {@link AnchorRefusal}. Pure functions of their arguments; the caller reads its store, calls a rule, and
 * writes only if the rule says {@link Outcome#APPEND} or {@link Registration#REGISTER}.
 *
 * <p>A checkpoint is decided in this order: it must be a well-formed signed note carrying a tlog-checkpoint
 * ({@link AnchorRefusal#MALFORMED}); the caller refuses it if its origin is not registered
 * ({@link AnchorRefusal#UNKNOWN_ORIGIN}); it must carry a valid signature by the origin's registered key and no
 * invalid one by that key ({@link AnchorRefusal#BAD_SIGNATURE}); then, against the latest anchored checkpoint of the
 * origin:
 * <ul>
 *   <li>smaller tree: {@link AnchorRefusal#SMALLER_TREE};</li>
 *   <li>same size, same root: {@link Outcome#ALREADY_ANCHORED} (whatever proof and signature lines came with it);</li>
 *   <li>same size, another root: {@link AnchorRefusal#FORKED_ROOT};</li>
 *   <li>larger tree: {@link Outcome#APPEND} if the RFC 9162 consistency proof from the latest anchored size and root
 *       to the new size and root verifies, else {@link AnchorRefusal#INCONSISTENT}.</li>
 * </ul>
 * An origin's first checkpoint is checked the same way against the empty tree: its proof must be empty, and a
 * checkpoint of size 0 must carry the empty-tree root.
 */
public final class AnchorRules {

    /**
     * The most consistency-proof hashes a request may carry. A consistency proof between trees of fewer than 2^63
     * leaves has at most 63 hashes (the bound C2SP tlog-witness uses); anything longer is refused as
     * {@link AnchorRefusal#MALFORMED} before any hashing.
     */
    public static final int MAX_PROOF_HASHES = 63;

    /** What to do with a checkpoint that passed every rule. */
    public enum Outcome {
        /** Record it as the origin's new latest checkpoint. */
        APPEND,
        /** It is the origin's latest checkpoint already (same size, same root): change nothing. */
        ALREADY_ANCHORED
    }

    /** What to do with a log registration that passed the rules. */
    public enum Registration {
        /** The origin is new: record its key. */
        REGISTER,
        /** The origin is registered with this very key: change nothing. */
        ALREADY_REGISTERED
    }

    /**
     * A checkpoint accepted by the rules.
     *
     * @param outcome    append it, or it is anchored already
     * @param checkpoint the checkpoint, verified against the origin's key
     */
    public record Decision(Outcome outcome, Checkpoint checkpoint) {

        public Decision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(checkpoint, "checkpoint");
        }
    }

    private AnchorRules() {
    }

    /**
     * Parses a signed checkpoint <em>without verifying it</em>, so that the caller can find its origin's key and
     * latest checkpoint before calling {@link #decide}. Never act on anything else in the result.
     *
     * @throws AnchorRefusedException with {@link AnchorRefusal#MALFORMED} if it is not a signed note whose text is a
     *                                tlog-checkpoint
     */
    public static Checkpoint parseUnverified(String signedCheckpoint) {
        if (signedCheckpoint == null) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "no signed checkpoint");
        }
        try {
            return Checkpoint.parse(Note.parse(signedCheckpoint).text());
        } catch (FormatException e) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage());
        }
    }

    /**
     * Parses the verifier key offered for an origin: a C2SP signed-note vkey of an Ed25519 key (type 0x01) whose key
     * name is the origin, as FORMAT.md §5 requires of a log's checkpoint key.
     *
     * @throws AnchorRefusedException with {@link AnchorRefusal#MALFORMED} otherwise
     */
    public static Ed25519NoteVerifier parseVerifierKey(String origin, String verifierKey) {
        if (origin == null || origin.isEmpty()) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "no origin");
        }
        if (verifierKey == null) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "no verifier key");
        }
        Ed25519NoteVerifier verifier;
        try {
            verifier = Ed25519NoteVerifier.parse(verifierKey);
        } catch (FormatException e) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "verifier key: " + e.getMessage());
        }
        if (!verifier.keyName().equals(origin)) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED,
                    "verifier key is named '" + verifier.keyName() + "', not like the origin '" + origin + "'");
        }
        return verifier;
    }

    /**
     * Decides a log registration.
     *
     * @param registeredKey the key the origin is registered with, if it is
     * @return {@link Registration#REGISTER} for a new origin, {@link Registration#ALREADY_REGISTERED} if it is
     *         registered with the same key
     * @throws AnchorRefusedException {@link AnchorRefusal#MALFORMED} (see {@link #parseVerifierKey}), or
     *                                {@link AnchorRefusal#KEY_MISMATCH} if the origin is registered with another key
     */
    public static Registration register(String origin, String verifierKey, Optional<String> registeredKey) {
        Ed25519NoteVerifier offered = parseVerifierKey(origin, verifierKey);
        if (registeredKey.isEmpty()) {
            return Registration.REGISTER;
        }
        Ed25519NoteVerifier registered = Ed25519NoteVerifier.parse(registeredKey.get());
        if (!registered.verifierKey().equals(offered.verifierKey())) {
            throw new AnchorRefusedException(AnchorRefusal.KEY_MISMATCH,
                    "origin '" + origin + "' is registered with the key " + registered + ", not " + offered);
        }
        return Registration.ALREADY_REGISTERED;
    }

    /**
     * Decides whether a signed checkpoint may be anchored after the origin's latest anchored checkpoint.
     *
     * @param registeredVerifierKey the vkey the checkpoint's origin is registered with (the caller has refused an
     *                              unregistered origin with {@link AnchorRefusal#UNKNOWN_ORIGIN} already)
     * @param latest                the origin's latest anchored checkpoint, empty if none
     * @param signedCheckpoint      the signed note as submitted
     * @param consistencyProof      the consistency proof from the latest anchored size to the checkpoint's size
     * @return {@link Outcome#APPEND} or {@link Outcome#ALREADY_ANCHORED}, with the verified checkpoint
     * @throws AnchorRefusedException   when a rule refuses the checkpoint
     * @throws IllegalArgumentException if the key or the latest checkpoint is not the checkpoint's origin's (a
     *                                  caller's mistake, not a refusal)
     */
    public static Decision decide(String registeredVerifierKey, Optional<AnchoredCheckpoint> latest,
                                  String signedCheckpoint, List<Hash> consistencyProof) {
        Objects.requireNonNull(registeredVerifierKey, "registeredVerifierKey");
        Objects.requireNonNull(latest, "latest");
        if (consistencyProof == null) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "no consistency proof (use an empty list)");
        }
        if (consistencyProof.size() > MAX_PROOF_HASHES) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, "consistency proof has "
                    + consistencyProof.size() + " hashes, at most " + MAX_PROOF_HASHES + " are possible");
        }
        List<Hash> proof = List.copyOf(consistencyProof);
        Checkpoint claimed = parseUnverified(signedCheckpoint);
        Ed25519NoteVerifier key = Ed25519NoteVerifier.parse(registeredVerifierKey);
        if (!key.keyName().equals(claimed.origin())) {
            throw new IllegalArgumentException("the key " + key + " is not the key of origin '" + claimed.origin() + "'");
        }
        latest.ifPresent(l -> {
            if (!l.origin().equals(claimed.origin())) {
                throw new IllegalArgumentException(
                        "latest checkpoint is of origin '" + l.origin() + "', not '" + claimed.origin() + "'");
            }
        });

        Checkpoint checkpoint;
        try {
            checkpoint = CheckpointPolicy.logOnly(claimed.origin(), key).verify(signedCheckpoint).checkpoint();
        } catch (VerificationException e) {
            throw new AnchorRefusedException(AnchorRefusal.BAD_SIGNATURE, e.getMessage());
        } catch (FormatException e) {
            throw new AnchorRefusedException(AnchorRefusal.MALFORMED, e.getMessage());
        }

        long oldSize = latest.map(AnchoredCheckpoint::treeSize).orElse(0L);
        Hash oldRoot = latest.map(AnchoredCheckpoint::rootHash).orElse(Rfc6962.emptyRoot());
        if (checkpoint.size() < oldSize) {
            throw new AnchorRefusedException(AnchorRefusal.SMALLER_TREE, "tree size " + checkpoint.size()
                    + " is smaller than the latest anchored size " + oldSize);
        }
        if (latest.isPresent() && checkpoint.size() == oldSize) {
            if (checkpoint.rootHash().equals(oldRoot)) {
                return new Decision(Outcome.ALREADY_ANCHORED, checkpoint);
            }
            throw new AnchorRefusedException(AnchorRefusal.FORKED_ROOT, "tree size " + oldSize
                    + " is anchored with root " + oldRoot.base64() + ", not " + checkpoint.rootHash().base64());
        }
        try {
            MerkleVerifier.verifyConsistency(oldSize, checkpoint.size(), proof, oldRoot, checkpoint.rootHash());
        } catch (VerificationException e) {
            throw new AnchorRefusedException(AnchorRefusal.INCONSISTENT, e.getMessage());
        }
        return new Decision(Outcome.APPEND, checkpoint);
    }

    /**
     * Checks the arguments of {@link CheckpointAnchor#history}.
     *
     * @throws IllegalArgumentException if {@code fromSize} is negative or {@code limit} is not positive
     */
    public static void requireHistoryRange(long fromSize, int limit) {
        if (fromSize < 0) {
            throw new IllegalArgumentException("fromSize must not be negative, got " + fromSize);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
    }
}
