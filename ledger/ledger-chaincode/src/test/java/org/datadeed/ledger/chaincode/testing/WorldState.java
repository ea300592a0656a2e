package org.datadeed.ledger.chaincode.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A Fabric world state in memory, for tests: committed key/value pairs with the version (block, transaction) that
 * last wrote them, ordered as Fabric's state databases order keys (by their UTF-8 bytes). Transactions are
 * simulated against it with {@link SimulatedStub} and committed with {@link #commit}, which applies Fabric's MVCC
 * rule: a transaction whose reads are no longer current is invalid and changes nothing. Thread-safe.
 */
public final class WorldState {

    /** The height at which a key was last written. */
    public record Version(long blockNumber, long transactionNumber) {
    }

    /** A committed value. */
    public record Entry(String key, byte[] value, Version version) {

        public Entry {
            value = value.clone();
        }

        @Override
        public byte[] value() {
            return value.clone();
        }
    }

    /** Why {@link #commit} refused a transaction, Fabric's validation codes for the cases modelled here. */
    public enum Conflict {
        /** A key the transaction read was written since (TxValidationCode MVCC_READ_CONFLICT). */
        MVCC_READ_CONFLICT
    }

    private final NavigableMap<String, Entry> entries = new TreeMap<>(WorldState::compareUtf8);

    /** The committed value of {@code key}, if any. */
    public synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** Committed entries with {@code startInclusive ≤ key < endExclusive} in key order; an empty end is unbounded. */
    public synchronized List<Entry> range(String startInclusive, String endExclusive) {
        NavigableMap<String, Entry> tail = entries.tailMap(startInclusive, true);
        List<Entry> result = new ArrayList<>();
        for (Map.Entry<String, Entry> e : tail.entrySet()) {
            if (!endExclusive.isEmpty() && compareUtf8(e.getKey(), endExclusive) >= 0) {
                break;
            }
            result.add(e.getValue());
        }
        return result;
    }

    /**
     * Validates a simulated transaction against the current state and, if valid, applies its writes at
     * {@code version}.
     *
     * @return the conflict that made it invalid, or empty if it was applied
     */
    public synchronized Optional<Conflict> commit(ReadWriteSet readWriteSet, Version version) {
        for (Map.Entry<String, Optional<Version>> read : readWriteSet.reads().entrySet()) {
            Optional<Version> current = Optional.ofNullable(entries.get(read.getKey())).map(Entry::version);
            if (!current.equals(read.getValue())) {
                return Optional.of(Conflict.MVCC_READ_CONFLICT);
            }
        }
        for (Map.Entry<String, Optional<byte[]>> write : readWriteSet.writes().entrySet()) {
            if (write.getValue().isPresent()) {
                entries.put(write.getKey(), new Entry(write.getKey(), write.getValue().get(), version));
            } else {
                entries.remove(write.getKey());
            }
        }
        return Optional.empty();
    }

    /** How Fabric orders keys: by their UTF-8 bytes, unsigned. */
    public static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
