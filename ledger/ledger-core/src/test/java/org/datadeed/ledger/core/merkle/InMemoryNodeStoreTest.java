package org.datadeed.ledger.core.merkle;

class InMemoryNodeStoreTest extends NodeStoreContract {

    @Override
    protected NodeStore newEmptyStore() {
        return new InMemoryNodeStore();
    }
}
