package org.datadeed.ledger.service.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleProver;
import org.datadeed.ledger.core.merkle.NodeId;
import org.datadeed.ledger.core.merkle.TreeReader;

/**
 * The log's nodes that proofs have read, kept in memory up to a bound. A stored perfect-subtree hash never changes
 * ({@link TreeReader}), so a kept one is always right; the nodes near the top and along the log's right edge are in
 * nearly every proof, and the proofs of recent events share most of theirs. Only proofs served to callers read
 * through it: the full audit reads the tables themselves, so it still sees any change made to them.
 */
final class ProofNodeCache {

    private final Cache<NodeId, Hash> nodes;

    ProofNodeCache(long maximumNodes) {
        this.nodes = Caffeine.newBuilder().maximumSize(maximumNodes).build();
    }

    /**
     * A prover over the log as far as {@code size}, reading the nodes it lacks through {@code store} (all of them in
     * one call). The caller vouches that every node of that size is stored, e.g. a published checkpoint's size.
     */
    MerkleProver proverUpTo(long size, Function<List<NodeId>, List<Hash>> store) {
        return new MerkleProver(new TreeReader() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public List<Hash> readNodes(List<NodeId> ids) {
                Map<NodeId, Hash> found = nodes.getAll(ids, missing -> read(List.copyOf(missing), store));
                return ids.stream().map(found::get).toList();
            }
        });
    }

    private static Map<NodeId, Hash> read(List<NodeId> ids, Function<List<NodeId>, List<Hash>> store) {
        List<Hash> hashes = store.apply(ids);
        Map<NodeId, Hash> read = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            read.put(ids.get(i), hashes.get(i));
        }
        return read;
    }
}
