package org.datadeed.ledger.core.merkle;

/** Another writer extended the tree first: the caller's view of the tree size is stale. */
public class ConcurrentAppendException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public ConcurrentAppendException(long expectedSize, long actualSize) {
        super("expected tree size " + expectedSize + " but the store holds " + actualSize);
    }
}
