package org.datadeed.ledger.core.merkle;

import java.util.List;
import java.util.Objects;

/** An RFC 9162 §2.1.4 consistency proof that the tree of {@code size1} leaves is a prefix of the tree of {@code size2}. */
public record ConsistencyProof(long size1, long size2, List<Hash> path) {

    public ConsistencyProof {
        Objects.requireNonNull(path, "path");
        path = List.copyOf(path);
    }

    /**
     * Verifies that the tree with root {@code root1} at {@link #size1()} is a prefix of the tree with root
     * {@code root2} at {@link #size2()}.
     *
     * @throws org.datadeed.ledger.core.VerificationException if it is not
     */
    public void verify(Hash root1, Hash root2) {
        MerkleVerifier.verifyConsistency(size1, size2, path, root1, root2);
    }
}
