package org.datadeed.benchmarks.merkle;

import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;

/** Builds benchmark trees of {@link Leaves deterministic leaves}. */
final class Trees {

    private Trees() {
    }

    /** A log on a fresh in-memory store holding leaves 0 .. {@code leaves} − 1, appended in chunks. */
    static MerkleLog inMemory(long leaves) {
        MerkleLog merkleLog = MerkleLog.open(new InMemoryNodeStore());
        for (long next = 0; next < leaves; ) {
            int count = (int) Math.min(Leaves.CHUNK, leaves - next);
            merkleLog.appendAll(Leaves.range(next, count));
            next += count;
        }
        return merkleLog;
    }
}
