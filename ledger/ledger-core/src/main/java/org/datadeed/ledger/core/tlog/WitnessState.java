package org.datadeed.ledger.core.tlog;

import java.util.Optional;

/**
 * The one thing a {@link Witness} remembers per log: the latest checkpoint it cosigned.
 *
 * <p>Obligations: {@link #replace} is an atomic compare-and-set on the recorded tree size, and is durable
 * before it returns {@code true}, because tlog-witness requires that checking the old size and
 * persisting the new checkpoint happen atomically (otherwise two concurrent requests could roll the
 * witness back). Implementations are thread-safe.
 */
public interface WitnessState {

    /** The latest cosigned checkpoint of the log with this origin, if any. */
    Optional<Checkpoint> latest(String origin);

    /**
     * Records {@code next} as the latest checkpoint of {@code next.origin()} if the recorded size is still
     * {@code expectedSize} (0 when nothing was recorded).
     *
     * @return whether it was recorded
     */
    boolean replace(long expectedSize, Checkpoint next);
}
