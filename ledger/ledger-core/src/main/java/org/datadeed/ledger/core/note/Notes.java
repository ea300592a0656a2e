package org.datadeed.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;

/** Signing and opening C2SP signed notes (https://c2sp.org/signed-note). */
public final class Notes {

    private Notes() {
    }

    /** Signs {@code text} (which must end with a newline) with each signer, in order. */
    public static Note sign(String text, List<? extends NoteSigner> signers) {
        Note.requireValidText(text);
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("at least one signer is needed");
        }
        byte[] textBytes = text.getBytes(StandardCharsets.UTF_8);
        List<NoteSignature> signatures = new ArrayList<>(signers.size());
        for (NoteSigner signer : signers) {
            signatures.add(new NoteSignature(signer.keyName(), signer.keyId(), signer.sign(textBytes)));
        }
        return new Note(text, signatures);
    }

    /** As {@link #sign(String, List)}. */
    public static Note sign(String text, NoteSigner... signers) {
        return sign(text, List.of(signers));
    }

    /** Adds {@code signer}'s signature to an existing note (replacing an earlier one from the same key). */
    public static Note addSignature(Note note, NoteSigner signer) {
        byte[] signature = signer.sign(note.textBytes());
        return note.withSignature(new NoteSignature(signer.keyName(), signer.keyId(), signature));
    }

    /**
     * Parses and verifies a signed note, as the specification requires: signatures from unknown keys
     * (no known key with the same name <em>and</em> key ID) are ignored; every signature from a known key
     * must verify, or the whole note is rejected; and at least one must be present.
     *
     * @throws FormatException       if the note is malformed
     * @throws VerificationException with {@link VerificationFailure#INVALID_SIGNATURE} if a signature from
     *                               a known key is invalid, or {@link VerificationFailure#NO_TRUSTED_SIGNATURE}
     *                               if no known key signed
     */
    public static VerifiedNote open(byte[] note, NoteVerifiers known) {
        return open(Note.parse(note), known);
    }

    /** As {@link #open(byte[], NoteVerifiers)}, for a note already decoded. */
    public static VerifiedNote open(String note, NoteVerifiers known) {
        return open(Note.parse(note), known);
    }

    /** As {@link #open(byte[], NoteVerifiers)}, for a parsed note. */
    public static VerifiedNote open(Note note, NoteVerifiers known) {
        Objects.requireNonNull(known, "known");
        byte[] text = note.textBytes();
        List<NoteSignature> verified = new ArrayList<>();
        List<NoteSignature> unknown = new ArrayList<>();
        for (NoteSignature signature : note.signatures()) {
            NoteVerifier verifier = known.find(signature.keyName(), signature.keyId()).orElse(null);
            if (verifier == null) {
                unknown.add(signature);
                continue;
            }
            if (!verifier.verify(text, signature.signature())) {
                throw new VerificationException(VerificationFailure.INVALID_SIGNATURE,
                        "invalid signature by known key " + signature.keyName() + "+"
                                + KeyNames.hex(signature.keyId()));
            }
            if (verified.stream().noneMatch(s -> s.isFrom(verifier))) {
                verified.add(signature);
            }
        }
        if (verified.isEmpty()) {
            throw new VerificationException(VerificationFailure.NO_TRUSTED_SIGNATURE,
                    "the note has no signature from a known key");
        }
        return new VerifiedNote(note, verified, unknown);
    }
}
