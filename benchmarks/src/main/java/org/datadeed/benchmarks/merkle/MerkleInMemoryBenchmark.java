package org.datadeed.benchmarks.merkle;

import java.util.concurrent.TimeUnit;

import org.datadeed.ledger.core.merkle.AppendResult;
import org.datadeed.ledger.core.merkle.ConsistencyProof;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.InclusionProof;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.MerkleProver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log on {@link InMemoryNodeStore}: appending a batch of {@value #BATCH} leaves, and inclusion proofs,
 * consistency proofs and roots at random past sizes of a tree of {@link #leaves} leaves. Proofs are asked against the
 * preloaded size; appends grow the tree during the run (its final size is logged at tear-down).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
public class MerkleInMemoryBenchmark {

    /** Leaves per append, as the sequencer's default batch. */
    public static final int BATCH = 500;
    /** Appends per timed shot of {@link #append500}. */
    static final int APPENDS_PER_SHOT = 100;
    /** Shots of {@link #append500}, warm-up included. */
    static final int SHOTS = 30;

    private static final Logger log = LoggerFactory.getLogger(MerkleInMemoryBenchmark.class);

    @Param({"1000000", "10000000"})
    public long leaves;

    private MerkleLog merkleLog;
    private MerkleProver prover;
    private Leaves.Batches batches;

    @Setup(Level.Trial)
    public void setUp() {
        long started = System.nanoTime();
        merkleLog = Trees.inMemory(leaves);
        prover = merkleLog.prover();
        batches = new Leaves.Batches(BATCH, 64);
        // Settle the heap after the build's garbage, so that no collection of it runs into the measurement.
        System.gc();
        log.info("In-memory tree of {} leaves built in {} ms", leaves, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        log.info("In-memory tree ends at {} leaves", merkleLog.size());
    }

    /**
     * One append of {@value #BATCH} leaves: hashing, completed nodes, and the store's checks.
     * Timed in single shots of {@value #APPENDS_PER_SHOT} appends, so that the tree grows by a bounded number of
     * leaves ({@value #SHOTS} shots, warm-up included); the score is per append (operations per invocation), so run
     * it in this mode only.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OperationsPerInvocation(APPENDS_PER_SHOT)
    @Warmup(iterations = SHOTS / 3, batchSize = APPENDS_PER_SHOT)
    @Measurement(iterations = SHOTS - SHOTS / 3, batchSize = APPENDS_PER_SHOT)
    public AppendResult append500() {
        return merkleLog.appendAll(batches.next());
    }

    @Benchmark
    public InclusionProof inclusionProof(Picks picks) {
        return prover.inclusionProof(picks.index(leaves), leaves);
    }

    @Benchmark
    public ConsistencyProof consistencyProof(Picks picks) {
        return prover.consistencyProof(picks.olderSize(leaves), leaves);
    }

    @Benchmark
    public Hash rootAtPastSize(Picks picks) {
        return prover.rootHash(picks.pastSize(leaves));
    }

    MerkleLog merkleLog() {
        return merkleLog;
    }
}
