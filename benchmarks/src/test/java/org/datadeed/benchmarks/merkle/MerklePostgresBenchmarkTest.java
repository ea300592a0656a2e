package org.datadeed.benchmarks.merkle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.datadeed.ledger.core.merkle.AppendResult;
import org.datadeed.ledger.core.merkle.ConsistencyProof;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL benchmark's setup at a small size: the bulk preload stores exactly the tree that appending the same
 * leaves through MerkleLog builds, and every timed operation works on it.
 */
class MerklePostgresBenchmarkTest {

    /** Not a power of two, and more than one COPY buffer and one preload chunk of nodes. */
    private static final int LEAVES = 70_001;

    @Test
    void preloadedTreeIsTheTreeOfTheSameLeavesAppendedThroughMerkleLog() throws IOException {
        MerkleLog reference = Trees.inMemory(LEAVES);
        MerklePostgresBenchmark benchmark = new MerklePostgresBenchmark();
        benchmark.leaves = LEAVES;
        benchmark.setUp();
        try {
            MerkleLog stored = benchmark.merkleLog();
            assertThat(stored.size()).isEqualTo(LEAVES);
            assertThat(stored.rootHash()).isEqualTo(reference.rootHash());
            assertThat(benchmark.tree().jdbc().sql("SELECT COUNT(*) FROM log_node").query(Long.class).single())
                    .isEqualTo(2L * LEAVES - Long.bitCount(LEAVES));

            Picks picks = new Picks();
            InclusionProof inclusion = benchmark.inclusionProof(picks);
            inclusion.verify(Leaves.leaf(inclusion.index()), reference.rootHash());
            ConsistencyProof consistency = benchmark.consistencyProof(picks);
            consistency.verify(reference.prover().rootHash(consistency.size1()), reference.rootHash());
            Picks same = new Picks();
            same.index(LEAVES);
            same.olderSize(LEAVES);
            assertThat(benchmark.rootAtPastSize(picks)).isEqualTo(reference.prover().rootHash(same.pastSize(LEAVES)));

            AppendResult appended = benchmark.append500();
            assertThat(MerkleLog.open(benchmark.tree().nodes()).rootHash()).isEqualTo(appended.rootHash());
        } finally {
            benchmark.tearDown();
        }
    }
}
