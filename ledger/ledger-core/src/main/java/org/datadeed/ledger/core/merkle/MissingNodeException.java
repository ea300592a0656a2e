package org.datadeed.ledger.core.merkle;

/** A {@link TreeReader} was asked for a node it does not hold. */
public class MissingNodeException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public MissingNodeException(NodeId id, long size) {
        super("node " + id + " is not stored (tree size " + size + ")");
    }
}
