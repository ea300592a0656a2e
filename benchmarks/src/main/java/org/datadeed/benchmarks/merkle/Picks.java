package org.datadeed.benchmarks.merkle;

import java.util.SplittableRandom;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Random leaf indexes and tree sizes for proof benchmarks, one reproducible sequence per benchmark thread (fixed
 * seed), so that every run asks for the same proofs.
 */
@State(Scope.Thread)
public class Picks {

    private final SplittableRandom random = new SplittableRandom(0x6962L);

    /** A leaf index in [0, size). */
    public long index(long size) {
        return random.nextLong(size);
    }

    /** A tree size in [1, size]. */
    public long pastSize(long size) {
        return 1 + random.nextLong(size);
    }

    /** An older tree size in [1, size - 1], for a consistency proof to {@code size}. */
    public long olderSize(long size) {
        return 1 + random.nextLong(size - 1);
    }
}
