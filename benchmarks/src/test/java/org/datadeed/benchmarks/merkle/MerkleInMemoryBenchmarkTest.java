package org.datadeed.benchmarks.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import org.datadeed.ledger.core.merkle.ConsistencyProof;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.junit.jupiter.api.Test;

/** The in-memory benchmark's setup and operations at a small size: what JMH times is correct. */
class MerkleInMemoryBenchmarkTest {

    @Test
    void everyBenchmarkOperationWorksOnTheBuiltTree() {
        MerkleInMemoryBenchmark benchmark = new MerkleInMemoryBenchmark();
        benchmark.leaves = 5_000;
        benchmark.setUp();
        Picks picks = new Picks();
        Hash root = benchmark.merkleLog().rootHash();

        InclusionProof inclusion = benchmark.inclusionProof(picks);
        inclusion.verify(Leaves.leaf(inclusion.index()), root);
        ConsistencyProof consistency = benchmark.consistencyProof(picks);
        consistency.verify(benchmark.merkleLog().prover().rootHash(consistency.size1()), root);
        assertThat(benchmark.rootAtPastSize(picks)).isNotNull();
        assertThat(benchmark.append500().treeSize()).isEqualTo(5_000 + MerkleInMemoryBenchmark.BATCH);
        benchmark.tearDown();
    }
}
