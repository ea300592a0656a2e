package org.datadeed.ledger.core.merkle;

import java.util.Objects;

/**
 * A stored perfect-subtree hash.
 *
 * @param id   which subtree
 * @param hash its RFC 6962 hash (for level 0, the leaf hash)
 */
public record Node(NodeId id, Hash hash) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(hash, "hash");
    }
}
