package org.datadeed.ledger.core.merkle;

import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;

/**
 * Verification of inclusion and consistency proofs, exactly the algorithms of RFC 9162 §2.1.3.2 and
 * §2.1.4.2. Needs no tree: only the proof, the sizes and the hashes being vouched for.
 */
public final class MerkleVerifier {

    private MerkleVerifier() {
    }

    /**
     * Verifies that {@code leafHash} is the leaf at {@code index} in the tree of {@code treeSize} leaves
     * with root {@code rootHash}.
     *
     * @throws VerificationException with {@link VerificationFailure#INDEX_OUT_OF_RANGE} if
     *                               {@code index >= treeSize}, or {@link VerificationFailure#INVALID_INCLUSION_PROOF}
     */
    public static void verifyInclusion(long index, long treeSize, Hash leafHash, List<Hash> path, Hash rootHash) {
        Objects.requireNonNull(rootHash, "rootHash");
        Hash computed = rootFromInclusionProof(index, treeSize, leafHash, path);
        if (!computed.equals(rootHash)) {
            throw new VerificationException(VerificationFailure.INVALID_INCLUSION_PROOF,
                    "inclusion proof for index " + index + " in tree size " + treeSize
                            + " leads to root " + computed + ", not " + rootHash);
        }
    }

    /**
     * Runs RFC 9162 §2.1.3.2 and returns the root hash the proof leads to, after checking that the proof has
     * exactly the length a tree of {@code treeSize} leaves requires.
     *
     * @throws VerificationException if {@code index} is out of range or the proof has the wrong length
     */
    public static Hash rootFromInclusionProof(long index, long treeSize, Hash leafHash, List<Hash> path) {
        Objects.requireNonNull(leafHash, "leafHash");
        Objects.requireNonNull(path, "path");
        if (index < 0 || index >= treeSize) {
            throw new VerificationException(VerificationFailure.INDEX_OUT_OF_RANGE,
                    "leaf index " + index + " is not in a tree of size " + treeSize);
        }
        long fn = index;
        long sn = treeSize - 1;
        Hash r = leafHash;
        for (Hash p : path) {
            if (sn == 0) {
                throw invalidInclusion(index, treeSize, "proof has more hashes than the tree has levels");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = Rfc6962.nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = Rfc6962.nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0) {
            throw invalidInclusion(index, treeSize, "proof has fewer hashes than the tree has levels");
        }
        return r;
    }

    /**
     * Verifies that the tree with root {@code root1} at {@code size1} is a prefix of the tree with root
     * {@code root2} at {@code size2}.
     *
     * <p>For 0 &lt; size1 &lt; size2 this is RFC 9162 §2.1.4.2. The edge cases the RFC leaves out are
     * decided as transparency-dev/merkle does: equal sizes need an empty proof and equal roots; size1 = 0
     * needs an empty proof (and here, the empty-tree root as {@code root1}).
     *
     * @throws VerificationException with {@link VerificationFailure#INVALID_CONSISTENCY_PROOF}
     */
    public static void verifyConsistency(long size1, long size2, List<Hash> path, Hash root1, Hash root2) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root1, "root1");
        Objects.requireNonNull(root2, "root2");
        if (size1 < 0 || size2 < size1) {
            throw invalidConsistency(size1, size2, "sizes must satisfy 0 <= size1 <= size2");
        }
        if (size1 == size2) {
            if (!path.isEmpty()) {
                throw invalidConsistency(size1, size2, "equal sizes need an empty proof");
            }
            if (!root1.equals(root2)) {
                throw invalidConsistency(size1, size2, "equal sizes but different roots " + root1 + " and " + root2);
            }
            return;
        }
        if (size1 == 0) {
            if (!path.isEmpty()) {
                throw invalidConsistency(size1, size2, "a proof from the empty tree must be empty");
            }
            if (!root1.equals(Rfc6962.emptyRoot())) {
                throw invalidConsistency(size1, size2, "root1 is not the empty-tree root");
            }
            return;
        }
        // RFC 9162 §2.1.4.2, step 1.
        if (path.isEmpty()) {
            throw invalidConsistency(size1, size2, "empty proof");
        }
        // Step 2: if size1 is an exact power of two, prepend root1.
        int offset = Long.bitCount(size1) == 1 ? -1 : 0;
        // Step 3.
        long fn = size1 - 1;
        long sn = size2 - 1;
        // Step 4.
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        // Step 5.
        Hash first = offset < 0 ? root1 : path.get(0);
        Hash fr = first;
        Hash sr = first;
        // Step 6.
        for (int i = offset + 1; i < path.size(); i++) {
            Hash c = path.get(i);
            if (sn == 0) {
                throw invalidConsistency(size1, size2, "proof has more hashes than the trees need");
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = Rfc6962.nodeHash(c, fr);
                sr = Rfc6962.nodeHash(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = Rfc6962.nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        // Step 7.
        if (sn != 0) {
            throw invalidConsistency(size1, size2, "proof has fewer hashes than the trees need");
        }
        if (!fr.equals(root1)) {
            throw invalidConsistency(size1, size2, "proof does not lead to root1 " + root1 + " (got " + fr + ")");
        }
        if (!sr.equals(root2)) {
            throw invalidConsistency(size1, size2, "proof does not lead to root2 " + root2 + " (got " + sr + ")");
        }
    }

    private static VerificationException invalidInclusion(long index, long size, String why) {
        return new VerificationException(VerificationFailure.INVALID_INCLUSION_PROOF,
                "invalid inclusion proof for index " + index + " in tree size " + size + ": " + why);
    }

    private static VerificationException invalidConsistency(long size1, long size2, String why) {
        return new VerificationException(VerificationFailure.INVALID_CONSISTENCY_PROOF,
                "invalid consistency proof from size " + size1 + " to " + size2 + ": " + why);
    }
}
