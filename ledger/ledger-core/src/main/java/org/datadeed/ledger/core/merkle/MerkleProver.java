package org.datadeed.ledger.core.merkle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Computes roots and proofs of an append-only Merkle log from its stored perfect subtrees.
 *
 * <p>Works for any tree size up to {@link TreeReader#size()}, so proofs can be produced against any
 * historical checkpoint. Each call reads O(log n) nodes in a single {@link TreeReader#readNodes} request
 * and never rebuilds the tree. Thread-safe if the reader is.
 */
public final class MerkleProver {

    private final TreeReader reader;

    public MerkleProver(TreeReader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** The RFC 6962 root hash of the first {@code treeSize} leaves. */
    public Hash rootHash(long treeSize) {
        requireSize(treeSize);
        if (treeSize == 0) {
            return Rfc6962.emptyRoot();
        }
        return TreeMath.foldRight(reader.readNodes(TreeMath.decompose(0, treeSize)));
    }

    /** The stored leaf hash at {@code index}. */
    public Hash leafHash(long index) {
        if (index < 0 || index >= reader.size()) {
            throw new IllegalArgumentException("leaf index " + index + " not in tree of size " + reader.size());
        }
        return reader.readNodes(List.of(NodeId.leaf(index))).get(0);
    }

    /**
     * The inclusion proof of leaf {@code index} in the tree of {@code treeSize} leaves (RFC 9162 §2.1.3.1).
     *
     * @throws IllegalArgumentException unless 0 ≤ index &lt; treeSize ≤ stored size
     */
    public InclusionProof inclusionProof(long index, long treeSize) {
        requireSize(treeSize);
        if (index < 0 || index >= treeSize) {
            throw new IllegalArgumentException("leaf index " + index + " not in tree of size " + treeSize);
        }
        return new InclusionProof(index, treeSize, hashes(TreeMath.inclusionRanges(index, treeSize)));
    }

    /**
     * The consistency proof from tree size {@code size1} to {@code size2} (RFC 9162 §2.1.4.1); empty when
     * {@code size1} is 0 or equal to {@code size2}.
     *
     * @throws IllegalArgumentException unless 0 ≤ size1 ≤ size2 ≤ stored size
     */
    public ConsistencyProof consistencyProof(long size1, long size2) {
        requireSize(size2);
        if (size1 < 0 || size1 > size2) {
            throw new IllegalArgumentException("need 0 <= size1 <= size2, got " + size1 + " and " + size2);
        }
        if (size1 == 0 || size1 == size2) {
            return new ConsistencyProof(size1, size2, List.of());
        }
        return new ConsistencyProof(size1, size2, hashes(TreeMath.consistencyRanges(size1, size2)));
    }

    private void requireSize(long treeSize) {
        long stored = reader.size();
        if (treeSize < 0 || treeSize > stored) {
            throw new IllegalArgumentException("tree size " + treeSize + " outside [0, " + stored + "]");
        }
    }

    /** Hashes of the given subtree ranges, reading all their perfect subtrees in one request. */
    private List<Hash> hashes(List<TreeMath.Range> ranges) {
        List<List<NodeId>> decompositions = new ArrayList<>(ranges.size());
        List<NodeId> all = new ArrayList<>();
        for (TreeMath.Range range : ranges) {
            List<NodeId> ids = TreeMath.decompose(range.begin(), range.end());
            decompositions.add(ids);
            all.addAll(ids);
        }
        List<Hash> read = reader.readNodes(all);
        List<Hash> result = new ArrayList<>(ranges.size());
        int next = 0;
        for (List<NodeId> ids : decompositions) {
            result.add(TreeMath.foldRight(read.subList(next, next + ids.size())));
            next += ids.size();
        }
        return List.copyOf(result);
    }
}
