package org.datadeed.ledger.core.note;

import java.util.List;

/**
 * A note whose signatures from known keys all verified, with at least one such signature.
 *
 * @param note     the note as parsed
 * @param verified the signatures from known keys (all valid), one per key
 * @param unknown  the signatures from keys the verifier does not know, which were ignored
 */
public record VerifiedNote(Note note, List<NoteSignature> verified, List<NoteSignature> unknown) {

    public VerifiedNote {
        verified = List.copyOf(verified);
        unknown = List.copyOf(unknown);
    }

    /** The verified text. */
    public String text() {
        return note.text();
    }

    /** Whether a valid signature by {@code verifier}'s key is present. */
    public boolean isSignedBy(NoteVerifier verifier) {
        return verified.stream().anyMatch(s -> s.isFrom(verifier));
    }
}
