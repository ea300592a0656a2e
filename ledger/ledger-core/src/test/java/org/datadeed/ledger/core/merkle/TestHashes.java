package org.datadeed.ledger.core.merkle;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** Helpers to build and tamper with hashes in tests. */
public final class TestHashes {

    private TestHashes() {
    }

    /** {@code hash} with bit {@code bit} (0..255) inverted. */
    public static Hash flipBit(Hash hash, int bit) {
        byte[] bytes = hash.bytes();
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Hash.of(bytes);
    }

    /** {@code path} with bit {@code bit} of element {@code element} inverted. */
    public static List<Hash> flipBit(List<Hash> path, int element, int bit) {
        List<Hash> copy = new ArrayList<>(path);
        copy.set(element, flipBit(copy.get(element), bit));
        return copy;
    }

    /** The leaf bytes used by generated test trees: the 8-byte big-endian index. */
    public static byte[] leaf(long i) {
        return ByteBuffer.allocate(8).putLong(i).array();
    }

    /** Leaves 0..n-1 as produced by {@link #leaf}. */
    public static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            leaves.add(leaf(i));
        }
        return leaves;
    }

    /** A log holding {@code leaves}, in memory. */
    public static MerkleLog logOf(List<byte[]> leaves) {
        MerkleLog log = MerkleLog.open(new InMemoryNodeStore());
        if (!leaves.isEmpty()) {
            log.appendAll(leaves.stream().map(Rfc6962::leafHash).toList());
        }
        return log;
    }
}
