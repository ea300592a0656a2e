package org.datadeed.benchmarks.merkle;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;

/**
 * Deterministic leaf hashes for benchmark trees: leaf {@code i} is the RFC 6962 leaf hash of {@code i} as 8 big-endian
 * bytes, so a tree preloaded by one path (bulk COPY) can be checked against one built by another (MerkleLog).
 */
public final class Leaves {

    /** Leaves per step when a large tree is built: bounds the memory a preload holds at once. */
    static final int CHUNK = 1 << 16;

    private Leaves() {
    }

    /** The hash of leaf {@code index}. */
    public static Hash leaf(long index) {
        return Rfc6962.leafHash(ByteBuffer.allocate(Long.BYTES).putLong(index).array());
    }

    /** The hashes of leaves {@code from}, {@code from + 1}, ... ({@code count} of them). */
    public static List<Hash> range(long from, int count) {
        List<Hash> hashes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            hashes.add(leaf(from + i));
        }
        return hashes;
    }

    /**
     * Batches of new leaves for append benchmarks, cycling through a precomputed pool so that the benchmark measures
     * the tree, not the hashing of leaf contents.
     */
    public static final class Batches {

        private final List<List<Hash>> batches;
        private int next;

        public Batches(int batchSize, int distinctBatches) {
            List<Hash> pool = range(Long.MAX_VALUE / 2, batchSize * distinctBatches);
            batches = new ArrayList<>(distinctBatches);
            for (int i = 0; i < distinctBatches; i++) {
                batches.add(List.copyOf(pool.subList(i * batchSize, (i + 1) * batchSize)));
            }
        }

        public List<Hash> next() {
            List<Hash> batch = batches.get(next);
            next = (next + 1) % batches.size();
            return batch;
        }
    }
}
