package org.datadeed.ledger.core.tlog;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link WitnessState} in memory: for tests and local development (it forgets everything on restart). */
public final class InMemoryWitnessState implements WitnessState {

    private final Map<String, Checkpoint> latest = new ConcurrentHashMap<>();

    @Override
    public Optional<Checkpoint> latest(String origin) {
        return Optional.ofNullable(latest.get(origin));
    }

    @Override
    public boolean replace(long expectedSize, Checkpoint next) {
        boolean[] replaced = {false};
        latest.compute(next.origin(), (origin, current) -> {
            long currentSize = current == null ? 0 : current.size();
            if (currentSize != expectedSize) {
                return current;
            }
            replaced[0] = true;
            return next;
        });
        return replaced[0];
    }
}
