package org.datadeed.ledger.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.NodeId;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.junit.jupiter.api.Test;

class ProofNodeCacheTest {

    private static final int SIZE = 1_000;

    private final InMemoryNodeStore store = new InMemoryNodeStore();
    private final MerkleLog log = MerkleLog.open(store);
    private final AtomicInteger nodesRead = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();
    private final Function<List<NodeId>, List<Hash>> countingStore = ids -> {
        reads.incrementAndGet();
        nodesRead.addAndGet(ids.size());
        return store.readNodes(ids);
    };

    ProofNodeCacheTest() {
        List<Hash> leaves = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            leaves.add(Rfc6962.leafHash(("event " + i).getBytes(StandardCharsets.UTF_8)));
        }
        log.appendAll(leaves);
    }

    @Test
    void cachedProofsAreTheStoresProofsAndVerify() {
        ProofNodeCache cache = new ProofNodeCache(10_000);
        Hash root = log.rootHash();
        for (int round = 0; round < 2; round++) {
            for (long index = 0; index < SIZE; index += 37) {
                InclusionProof cached = cache.proverUpTo(SIZE, countingStore).inclusionProof(index, SIZE);
                assertThat(cached).isEqualTo(log.prover().inclusionProof(index, SIZE));
                cached.verify(log.prover().leafHash(index), root);
            }
        }
    }

    @Test
    void aSecondProofOfAnEventReadsNothingAndNeighboursShareTheirUpperNodes() {
        ProofNodeCache cache = new ProofNodeCache(10_000);
        cache.proverUpTo(SIZE, countingStore).inclusionProof(500, SIZE);
        int first = nodesRead.get();
        assertThat(first).isGreaterThan(5);

        cache.proverUpTo(SIZE, countingStore).inclusionProof(500, SIZE);
        assertThat(nodesRead.get()).isEqualTo(first);

        cache.proverUpTo(SIZE, countingStore).inclusionProof(502, SIZE);
        assertThat(nodesRead.get() - first).as("only the nodes below their common ancestor").isBetween(1, 2);
        assertThat(reads.get()).as("the missing nodes in one read").isEqualTo(2);
    }

    @Test
    void theCacheIsBounded() {
        ProofNodeCache cache = new ProofNodeCache(16);
        for (long index = 0; index < SIZE; index++) {
            cache.proverUpTo(SIZE, countingStore).inclusionProof(index, SIZE);
        }
        int afterOnePass = nodesRead.get();
        for (long index = 0; index < SIZE; index++) {
            cache.proverUpTo(SIZE, countingStore).inclusionProof(index, SIZE);
        }
        assertThat(nodesRead.get() - afterOnePass).as("a small cache forgets, so the second pass reads again")
                .isGreaterThan(SIZE);
    }
}
