package org.datadeed.ledger.core.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Index arithmetic of RFC 6962 trees: which perfect subtrees make up a range, and which ranges make up
 * an inclusion or consistency proof (RFC 9162 §2.1.3.1 and §2.1.4.1, unrolled into loops).
 */
final class TreeMath {

    /**
     * A range of leaves [begin, end) that is a subtree in the RFC 6962 recursion: non-empty, and
     * {@code begin} is a multiple of the smallest power of two ≥ {@code end - begin}.
     */
    record Range(long begin, long end) {
    }

    private TreeMath() {
    }

    /** The largest power of two strictly less than {@code n}, for n ≥ 2 (the split point "k" of RFC 6962). */
    static long splitPoint(long n) {
        return Long.highestOneBit(n - 1);
    }

    /**
     * The perfect subtrees that make up the subtree range [begin, end), left to right (largest first).
     * Their hashes folded from the right ({@link #foldRight}) give the RFC 6962 hash of the range. For
     * [0, n) this is the compact range of a tree of size n: one node per set bit of n.
     */
    static List<NodeId> decompose(long begin, long end) {
        List<NodeId> nodes = new ArrayList<>(Long.bitCount(end - begin));
        while (begin < end) {
            int level = 63 - Long.numberOfLeadingZeros(end - begin);
            nodes.add(new NodeId(level, begin >> level));
            begin += 1L << level;
        }
        return nodes;
    }

    /** Combines the hashes of a {@link #decompose decomposition} into the hash of the whole range. */
    static Hash foldRight(List<Hash> hashes) {
        Hash acc = hashes.get(hashes.size() - 1);
        for (int i = hashes.size() - 2; i >= 0; i--) {
            acc = Rfc6962.nodeHash(hashes.get(i), acc);
        }
        return acc;
    }

    /**
     * The ranges whose hashes form the inclusion proof of leaf {@code index} in a tree of {@code size}
     * leaves, in proof order (the leaf's sibling first, the root's child last). RFC 9162 §2.1.3.1.
     */
    static List<Range> inclusionRanges(long index, long size) {
        List<Range> topDown = new ArrayList<>();
        long begin = 0;
        long end = size;
        while (end - begin > 1) {
            long mid = begin + splitPoint(end - begin);
            if (index < mid) {
                topDown.add(new Range(mid, end));
                end = mid;
            } else {
                topDown.add(new Range(begin, mid));
                begin = mid;
            }
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /**
     * The ranges whose hashes form the consistency proof from size {@code m} to size {@code n},
     * 0 < m < n, in proof order. RFC 9162 §2.1.4.1: PROOF(m, D[n]) = SUBPROOF(m, D[n], true).
     */
    static List<Range> consistencyRanges(long m, long n) {
        List<Range> topDown = new ArrayList<>();
        long begin = 0;
        long end = n;
        boolean wholeOldTree = true;
        // Invariant: the old tree's last leaf boundary, begin + m_local in the RFC's recursion, is m.
        while (m != end) {
            long mid = begin + splitPoint(end - begin);
            if (m <= mid) {
                topDown.add(new Range(mid, end));
                end = mid;
            } else {
                topDown.add(new Range(begin, mid));
                begin = mid;
                wholeOldTree = false;
            }
        }
        if (!wholeOldTree) {
            topDown.add(new Range(begin, end));
        }
        Collections.reverse(topDown);
        return topDown;
    }

    /** The perfect subtrees completed when a tree grows from {@code fromSize} to {@code toSize} leaves, in creation order. */
    static List<NodeId> completedNodes(long fromSize, long toSize) {
        List<NodeId> ids = new ArrayList<>();
        for (long size = fromSize + 1; size <= toSize; size++) {
            for (int level = 0; level <= NodeId.MAX_LEVEL && size % (1L << level) == 0; level++) {
                ids.add(new NodeId(level, (size >> level) - 1));
            }
        }
        return ids;
    }
}
