package org.datadeed.ledger.core.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.note.Ed25519NoteVerifier;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.note.NoteVerifier;
import org.datadeed.ledger.core.note.NoteVerifiers;
import org.datadeed.ledger.core.note.Notes;
import org.datadeed.ledger.core.note.VerifiedNote;

/**
 * What a verifier trusts about one log: its origin, its checkpoint key, the witnesses it knows and how many
 * of them must have cosigned. Immutable.
 *
 * @param origin        the log's origin line
 * @param logKey        the log's checkpoint signing key
 * @param witnesses     trusted witness keys (cosignature/v1)
 * @param witnessQuorum how many distinct trusted witnesses must have cosigned, 0 ≤ quorum ≤ witnesses
 */
public record CheckpointPolicy(String origin, NoteVerifier logKey, List<CosignatureVerifier> witnesses,
                               int witnessQuorum) {

    public CheckpointPolicy {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(logKey, "logKey");
        witnesses = List.copyOf(witnesses);
        if (witnessQuorum < 0 || witnessQuorum > witnesses.size()) {
            throw new IllegalArgumentException("witness quorum must be between 0 and " + witnesses.size());
        }
        List<NoteVerifier> all = new ArrayList<>(witnesses);
        all.add(logKey);
        NoteVerifiers.of(all); // rejects two keys with the same name and key ID
    }

    /** Trust the log's key alone, with no witnesses. */
    public static CheckpointPolicy logOnly(String origin, NoteVerifier logKey) {
        return new CheckpointPolicy(origin, logKey, List.of(), 0);
    }

    /**
     * A policy from published verifier keys: the log's Ed25519 vkey (type 0x01) and the witnesses'
     * cosignature vkeys (type 0x04).
     *
     * @throws FormatException if a key is malformed or of the wrong type
     */
    public static CheckpointPolicy fromVerifierKeys(String origin, String logVerifierKey,
                                                    List<String> witnessVerifierKeys, int witnessQuorum) {
        return new CheckpointPolicy(origin, Ed25519NoteVerifier.parse(logVerifierKey),
                witnessVerifierKeys.stream().map(CosignatureVerifier::parse).toList(), witnessQuorum);
    }

    /** This policy with another set of trusted witnesses and quorum. */
    public CheckpointPolicy withWitnesses(List<CosignatureVerifier> trustedWitnesses, int quorum) {
        return new CheckpointPolicy(origin, logKey, trustedWitnesses, quorum);
    }

    /**
     * Verifies a signed checkpoint: it must be a well-formed note whose text is a checkpoint for
     * {@link #origin()}, carry a valid signature by {@link #logKey()}, carry no invalid signature from any
     * trusted key, and carry valid cosignatures from at least {@link #witnessQuorum()} trusted witnesses.
     * Signatures from unknown keys are ignored.
     *
     * @throws FormatException       if the note or the checkpoint is malformed
     * @throws VerificationException otherwise, with the broken rule
     */
    public VerifiedCheckpoint verify(String signedCheckpoint) {
        Note note = Note.parse(signedCheckpoint);
        Checkpoint checkpoint = Checkpoint.parse(note.text());
        if (!checkpoint.origin().equals(origin)) {
            throw new VerificationException(VerificationFailure.WRONG_ORIGIN,
                    "checkpoint is for origin '" + checkpoint.origin() + "', expected '" + origin + "'");
        }
        List<NoteVerifier> known = new ArrayList<>(witnesses.size() + 1);
        known.add(logKey);
        known.addAll(witnesses);
        VerifiedNote verified = Notes.open(note, NoteVerifiers.of(known));
        if (!verified.isSignedBy(logKey)) {
            throw new VerificationException(VerificationFailure.NO_TRUSTED_SIGNATURE,
                    "checkpoint is not signed by the log key " + logKey.keyName());
        }
        List<Cosignature> cosignatures = new ArrayList<>();
        for (NoteSignature signature : verified.verified()) {
            if (witnesses.stream().anyMatch(signature::isFrom)) {
                cosignatures.add(Cosignature.from(signature));
            }
        }
        if (cosignatures.size() < witnessQuorum) {
            throw new VerificationException(VerificationFailure.WITNESS_QUORUM_NOT_MET,
                    cosignatures.size() + " trusted witness cosignature(s), " + witnessQuorum + " required");
        }
        return new VerifiedCheckpoint(checkpoint, note, cosignatures);
    }
}
