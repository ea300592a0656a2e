package org.datadeed.ledger.core.merkle;

/**
 * Address of a perfect subtree in the Merkle tree: {@code level} 0 is a leaf, and the node at
 * ({@code level}, {@code index}) is the root of the perfect subtree over the leaves
 * [{@code index·2^level}, {@code (index+1)·2^level}).
 *
 * <p>Such a node exists, and its hash never changes, once the tree holds at least {@link #end()} leaves.
 * These are the only nodes a {@link NodeStore} persists; every other hash (the root of a tree whose size
 * is not a power of two, proof elements over ragged right edges) is computed from O(log n) of them.
 *
 * @param level height of the subtree, 0 ≤ level ≤ 62
 * @param index position of the subtree among those of the same level, counted from the left
 */
public record NodeId(int level, long index) {

    /** Highest level a tree of at most {@link Long#MAX_VALUE} leaves can hold. */
    public static final int MAX_LEVEL = 62;

    public NodeId {
        if (level < 0 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("level must be in [0, " + MAX_LEVEL + "], got " + level);
        }
        if (index < 0 || index >= (Long.MAX_VALUE >> level)) {
            throw new IllegalArgumentException("index " + index + " out of range at level " + level);
        }
    }

    /** The node over a single leaf. */
    public static NodeId leaf(long index) {
        return new NodeId(0, index);
    }

    /** Index of the first leaf covered by this subtree. */
    public long begin() {
        return index << level;
    }

    /** Index one past the last leaf covered by this subtree: the tree size at which it is complete. */
    public long end() {
        return (index + 1) << level;
    }

    @Override
    public String toString() {
        return "(" + level + "," + index + ")";
    }
}
