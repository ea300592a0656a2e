package org.datadeed.ledger.core.merkle;

import java.util.List;

/**
 * Read access to the hashes of the perfect subtrees of one append-only Merkle log.
 *
 * <p>Intent: everything this module computes about a tree of {@code n} leaves (the root at any size,
 * inclusion and consistency proofs) needs only O(log n) perfect-subtree hashes, which
 * {@link MerkleProver} asks for in a single {@link #readNodes} call. An implementation can therefore
 * sit on a database table keyed by ({@code level}, {@code index}) and answer each request with one
 * query.
 *
 * <p>Obligations of an implementation:
 * <ul>
 *   <li>{@link #size()} is the number of leaves whose nodes are durably stored; it never decreases.</li>
 *   <li>For every {@link NodeId} with {@code id.end() <= size()}, the node is stored, and its hash never
 *       changes once stored.</li>
 *   <li>Reads are consistent with {@link #size()}: a node returned for a size that was observed is the
 *       node every later read returns.</li>
 *   <li>Implementations are safe for concurrent use by several readers.</li>
 * </ul>
 */
public interface TreeReader {

    /** The number of leaves in the stored tree. */
    long size();

    /**
     * Returns the hashes of the given nodes, in the order asked.
     *
     * @param ids nodes with {@code id.end() <= size()}; may contain duplicates
     * @return one hash per id, same order
     * @throws MissingNodeException if a node is not stored (the store is corrupt or {@code id} lies
     *                              beyond {@link #size()})
     */
    List<Hash> readNodes(List<NodeId> ids);
}
