package org.datadeed.ledger.core.merkle;

import java.util.List;

/**
 * What {@link MerkleLog#appendAll} did.
 *
 * @param firstIndex     log index of the first appended leaf
 * @param treeSize       the tree size after the append
 * @param rootHash       the root hash at {@code treeSize}
 * @param completedNodes the perfect subtrees the append completed, leaves included, in creation order
 *                       (what was handed to {@link NodeStore#append})
 */
public record AppendResult(long firstIndex, long treeSize, Hash rootHash, List<Node> completedNodes) {

    public AppendResult {
        completedNodes = List.copyOf(completedNodes);
    }
}
