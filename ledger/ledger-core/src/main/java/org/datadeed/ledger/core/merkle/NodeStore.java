package org.datadeed.ledger.core.merkle;

import java.util.List;

/**
 * Durable storage of one Merkle log's perfect-subtree hashes: the port behind which a persistent
 * adapter (for example a PostgreSQL table {@code (level, idx) → hash}) keeps the tree.
 *
 * <p>Intent: {@link MerkleLog} computes, for each batch of appended leaves, exactly the perfect subtrees
 * that the batch completes (see {@link CompactRange#append}) and hands them to {@link #append} as one
 * batch, so that an adapter can write them in a single transaction together with whatever else must
 * commit atomically with the new tree size.
 *
 * <p>Obligations, in addition to those of {@link TreeReader}:
 * <ul>
 *   <li>{@link #append} is atomic: either all nodes are stored and {@link #size()} becomes
 *       {@code toSize}, or nothing changes.</li>
 *   <li>{@link #append} is a compare-and-set on the size: it fails with
 *       {@link ConcurrentAppendException} if {@link #size()} is not {@code fromSize}, so that two writers
 *       can never both extend the same tree.</li>
 *   <li>Stored nodes are never overwritten or deleted.</li>
 * </ul>
 *
 * <p>Every implementation must pass {@code NodeStoreContract} (the shared contract test in this module's
 * test jar).
 */
public interface NodeStore extends TreeReader {

    /**
     * Atomically stores the nodes completed by growing the tree from {@code fromSize} to {@code toSize}.
     *
     * @param fromSize the size the caller believes the store has
     * @param toSize   the new size, greater than {@code fromSize}
     * @param nodes    exactly the nodes with {@code fromSize < id.end() <= toSize}, as produced by
     *                 {@link CompactRange#append}
     * @throws ConcurrentAppendException if the stored size is not {@code fromSize}
     * @throws IllegalArgumentException  if {@code nodes} are not exactly the completed nodes
     */
    void append(long fromSize, long toSize, List<Node> nodes);
}
