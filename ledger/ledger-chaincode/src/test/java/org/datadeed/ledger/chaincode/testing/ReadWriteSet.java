package org.datadeed.ledger.chaincode.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a simulated transaction read (key → the version it saw, empty if the key was absent) and wrote (key → new
 * value, empty for a delete), in the order it did so, as Fabric's KVRWSet records it.
 */
public record ReadWriteSet(Map<String, Optional<WorldState.Version>> reads, Map<String, Optional<byte[]>> writes) {

    public ReadWriteSet {
        reads = Collections.unmodifiableMap(new LinkedHashMap<>(reads));
        writes = Collections.unmodifiableMap(new LinkedHashMap<>(writes));
    }

    /** Whether the transaction wrote nothing. */
    public boolean isReadOnly() {
        return writes.isEmpty();
    }
}
