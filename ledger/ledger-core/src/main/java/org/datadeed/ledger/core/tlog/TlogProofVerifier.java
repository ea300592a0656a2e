package org.datadeed.ledger.core.tlog;

import java.util.Objects;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.merkle.Rfc6962;

/**
 * Verifies tlog-proof receipts offline: given the entry's leaf bytes and the trusted keys of a
 * {@link CheckpointPolicy}, a receipt is valid if its checkpoint satisfies the policy and its inclusion
 * proof leads from the leaf hash to the checkpoint's root hash. No network, no log access.
 */
public final class TlogProofVerifier {

    private final CheckpointPolicy policy;

    public TlogProofVerifier(CheckpointPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Verifies that {@code leaf} (the exact leaf bytes, see {@code EventLeaf#canonicalBytes()}) is logged. */
    public Verdict verify(byte[] leaf, String receipt) {
        return verifyLeafHash(Rfc6962.leafHash(leaf), receipt);
    }

    /** As {@link #verify(byte[], String)}, for a leaf hash already computed. */
    public Verdict verifyLeafHash(Hash leafHash, String receipt) {
        try {
            TlogProof proof = TlogProof.parse(receipt);
            VerifiedCheckpoint verified = policy.verify(proof.checkpointNote());
            Checkpoint checkpoint = verified.checkpoint();
            MerkleVerifier.verifyInclusion(proof.index(), checkpoint.size(), leafHash, proof.inclusionPath(),
                    checkpoint.rootHash());
            return Verdict.valid(verified, "leaf " + proof.index() + " is in " + checkpoint.origin()
                    + " at tree size " + checkpoint.size() + " with " + verified.cosignatures().size()
                    + " witness cosignature(s)");
        } catch (FormatException e) {
            return Verdict.invalid(VerificationFailure.MALFORMED, e.getMessage());
        } catch (VerificationException e) {
            return Verdict.invalid(e.failure(), e.getMessage());
        }
    }
}
