package org.datadeed.ledger.core.merkle;

import java.util.List;
import java.util.Objects;

/**
 * The single writer of an append-only RFC 6962 Merkle log kept in a {@link NodeStore}.
 *
 * <p>It holds the {@link CompactRange} (O(log n) hashes) in memory. An append hashes the new leaves into
 * it, hands the completed perfect subtrees to {@link NodeStore#append} as one batch, and only then adopts
 * the new state: if the store refuses (for instance because another writer got there first, see
 * {@link ConcurrentAppendException}) this log is unchanged; reopen it with {@link #open} to continue from
 * what the store holds.
 *
 * <p>Appends are O(k + log n) for k leaves, roots are O(1) after an append, and proofs are O(log n) reads
 * through {@link #prover()}. Methods are thread-safe; there must be one writer per store.
 */
public final class MerkleLog {

    private final NodeStore store;
    private final MerkleProver prover;
    private CompactRange range;

    private MerkleLog(NodeStore store, CompactRange range) {
        this.store = store;
        this.prover = new MerkleProver(store);
        this.range = range;
    }

    /** Opens the log at the size the store holds, reading its O(log n) compact range. */
    public static MerkleLog open(NodeStore store) {
        Objects.requireNonNull(store, "store");
        return new MerkleLog(store, CompactRange.load(store, store.size()));
    }

    /** Appends one leaf hash (see {@link Rfc6962#leafHash}). */
    public AppendResult append(Hash leafHash) {
        return appendAll(List.of(leafHash));
    }

    /**
     * Appends leaf hashes in order, storing the perfect subtrees they complete in one
     * {@link NodeStore#append} call.
     *
     * @throws IllegalArgumentException  if {@code leafHashes} is empty
     * @throws ConcurrentAppendException if the store was extended by someone else
     */
    public synchronized AppendResult appendAll(List<Hash> leafHashes) {
        if (leafHashes.isEmpty()) {
            throw new IllegalArgumentException("nothing to append");
        }
        CompactRange.Appended appended = range.appendAll(leafHashes);
        store.append(range.size(), appended.range().size(), appended.completed());
        AppendResult result = new AppendResult(range.size(), appended.range().size(),
                appended.range().rootHash(), appended.completed());
        range = appended.range();
        return result;
    }

    /** The number of leaves appended so far. */
    public synchronized long size() {
        return range.size();
    }

    /** The current root hash. */
    public synchronized Hash rootHash() {
        return range.rootHash();
    }

    /** Roots and proofs for any size up to the current one. */
    public MerkleProver prover() {
        return prover;
    }
}
