package org.datadeed.ledger.core.note;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The set of keys a reader of signed notes knows, looked up by (key name, key ID). Immutable. */
public final class NoteVerifiers {

    private record KeyRef(String name, int id) {
    }

    private final Map<KeyRef, NoteVerifier> byRef;

    private NoteVerifiers(Map<KeyRef, NoteVerifier> byRef) {
        this.byRef = byRef;
    }

    /**
     * @throws IllegalArgumentException if two verifiers share a key name and key ID (the lookup would be
     *                                  ambiguous)
     */
    public static NoteVerifiers of(Collection<? extends NoteVerifier> verifiers) {
        Map<KeyRef, NoteVerifier> map = new LinkedHashMap<>();
        for (NoteVerifier verifier : verifiers) {
            Objects.requireNonNull(verifier, "verifier");
            KeyRef ref = new KeyRef(verifier.keyName(), verifier.keyId());
            if (map.putIfAbsent(ref, verifier) != null) {
                throw new IllegalArgumentException("ambiguous key " + verifier.keyName() + "+"
                        + KeyNames.hex(verifier.keyId()));
            }
        }
        return new NoteVerifiers(Map.copyOf(map));
    }

    public static NoteVerifiers of(NoteVerifier... verifiers) {
        return of(List.of(verifiers));
    }

    /** The verifier for the key with this name and ID, if known. */
    public Optional<NoteVerifier> find(String keyName, int keyId) {
        return Optional.ofNullable(byRef.get(new KeyRef(keyName, keyId)));
    }
}
