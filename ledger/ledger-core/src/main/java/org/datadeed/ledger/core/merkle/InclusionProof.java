package org.datadeed.ledger.core.merkle;

import java.util.List;
import java.util.Objects;

/**
 * An RFC 9162 §2.1.3 inclusion proof: the audit path of leaf {@code index} in the tree of {@code treeSize}
 * leaves, from the leaf's sibling up to the root's child.
 */
public record InclusionProof(long index, long treeSize, List<Hash> path) {

    public InclusionProof {
        Objects.requireNonNull(path, "path");
        path = List.copyOf(path);
    }

    /**
     * Verifies that the leaf with hash {@code leafHash} is at {@link #index()} in the tree of
     * {@link #treeSize()} leaves whose root hash is {@code rootHash}.
     *
     * @throws org.datadeed.ledger.core.VerificationException if it is not
     */
    public void verify(Hash leafHash, Hash rootHash) {
        MerkleVerifier.verifyInclusion(index, treeSize, leafHash, path, rootHash);
    }
}
