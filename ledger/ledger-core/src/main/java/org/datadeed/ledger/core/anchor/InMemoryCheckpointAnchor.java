package org.datadeed.ledger.core.anchor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.tlog.Checkpoint;

/**
 * A {@link CheckpointAnchor} in memory: the reference implementation of the port, for tests and as the model of the
 * local development anchor. It forgets everything when the process ends, so it anchors nothing in the sense that
 * matters in production. Thread-safe: every operation is atomic.
 */
public final class InMemoryCheckpointAnchor implements CheckpointAnchor {

    private final String submitter;
    private final Clock clock;
    private final Map<String, String> keys = new HashMap<>();
    private final Map<String, NavigableMap<Long, AnchoredCheckpoint>> checkpoints = new HashMap<>();

    /**
     * @param submitter the name recorded as the submitter of every checkpoint
     * @param clock     the time recorded as {@link AnchoredCheckpoint#anchoredAt()}
     */
    public InMemoryCheckpointAnchor(String submitter, Clock clock) {
        this.submitter = Objects.requireNonNull(submitter, "submitter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void registerLog(String origin, String verifierKey) {
        if (AnchorRules.register(origin, verifierKey, Optional.ofNullable(keys.get(origin)))
                == AnchorRules.Registration.REGISTER) {
            keys.put(origin, verifierKey);
        }
    }

    @Override
    public synchronized AnchoredCheckpoint anchor(String signedCheckpoint, List<Hash> consistencyProof) {
        String origin = AnchorRules.parseUnverified(signedCheckpoint).origin();
        String key = keys.get(origin);
        if (key == null) {
            throw new AnchorRefusedException(AnchorRefusal.UNKNOWN_ORIGIN, "no log is registered for origin '" + origin + "'");
        }
        Optional<AnchoredCheckpoint> latest = latest(origin);
        AnchorRules.Decision decision = AnchorRules.decide(key, latest, signedCheckpoint, consistencyProof);
        if (decision.outcome() == AnchorRules.Outcome.ALREADY_ANCHORED) {
            return latest.orElseThrow();
        }
        Checkpoint checkpoint = decision.checkpoint();
        AnchoredCheckpoint anchored = new AnchoredCheckpoint(origin, checkpoint.size(), checkpoint.rootHash(),
                signedCheckpoint, "local-" + UUID.randomUUID(), submitter, clock.instant());
        checkpoints.computeIfAbsent(origin, o -> new TreeMap<>()).put(checkpoint.size(), anchored);
        return anchored;
    }

    @Override
    public synchronized Optional<AnchoredCheckpoint> latest(String origin) {
        return Optional.ofNullable(checkpoints.get(origin)).map(NavigableMap::lastEntry).map(Map.Entry::getValue);
    }

    @Override
    public synchronized Optional<AnchoredCheckpoint> bySize(String origin, long treeSize) {
        return Optional.ofNullable(checkpoints.get(origin)).map(byOrigin -> byOrigin.get(treeSize));
    }

    @Override
    public synchronized List<AnchoredCheckpoint> history(String origin, long fromSize, int limit) {
        AnchorRules.requireHistoryRange(fromSize, limit);
        NavigableMap<Long, AnchoredCheckpoint> byOrigin = checkpoints.get(origin);
        if (byOrigin == null) {
            return List.of();
        }
        List<AnchoredCheckpoint> page = new ArrayList<>(Math.min(limit, byOrigin.size()));
        for (AnchoredCheckpoint checkpoint : byOrigin.tailMap(fromSize, true).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(checkpoint);
        }
        return List.copyOf(page);
    }
}
