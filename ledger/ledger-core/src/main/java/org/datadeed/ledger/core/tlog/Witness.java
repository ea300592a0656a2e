package org.datadeed.ledger.core.tlog;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.note.NoteVerifier;
import org.datadeed.ledger.core.note.NoteVerifiers;
import org.datadeed.ledger.core.note.Notes;

/**
 * A transparency-log witness (https://c2sp.org/tlog-witness, {@code add-checkpoint}): it cosigns a log's
 * checkpoint only if the log signed it and it is consistent with the latest checkpoint it cosigned for
 * that log, so that a log cannot show different histories to different parties without being caught.
 * Thread-safe when its {@link WitnessState} is.
 */
public final class Witness {

    /**
     * A log this witness serves.
     *
     * @param origin the log's origin line
     * @param keys   the log's checkpoint keys
     */
    public record TrustedLog(String origin, List<NoteVerifier> keys) {

        public TrustedLog {
            Objects.requireNonNull(origin, "origin");
            keys = List.copyOf(keys);
            NoteVerifiers.of(keys);
        }

        public static TrustedLog of(String origin, NoteVerifier key) {
            return new TrustedLog(origin, List.of(key));
        }
    }

    private final Ed25519Cosigner cosigner;
    private final Map<String, TrustedLog> logs;
    private final WitnessState state;

    public Witness(Ed25519Cosigner cosigner, Collection<TrustedLog> logs, WitnessState state) {
        this.cosigner = Objects.requireNonNull(cosigner, "cosigner");
        this.logs = logs.stream().collect(Collectors.toUnmodifiableMap(TrustedLog::origin, Function.identity()));
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The key a verifier needs to check this witness's cosignatures. */
    public CosignatureVerifier verifier() {
        return cosigner.verifier();
    }

    /** Handles an {@code add-checkpoint} request body and returns the response body (signature lines). */
    public String addCheckpoint(String requestBody) {
        AddCheckpointRequest request;
        try {
            request = AddCheckpointRequest.parse(requestBody);
        } catch (FormatException e) {
            throw new WitnessException(WitnessException.Rejection.BAD_REQUEST, e.getMessage(), OptionalLong.empty());
        }
        return addCheckpoint(request).line();
    }

    /**
     * Checks the request as tlog-witness prescribes, records the checkpoint as the latest one for its log,
     * and returns this witness's cosignature on it.
     *
     * @throws WitnessException if the witness refuses
     */
    public NoteSignature addCheckpoint(AddCheckpointRequest request) {
        Note note;
        Checkpoint checkpoint;
        try {
            note = Note.parse(request.checkpointNote());
            checkpoint = Checkpoint.parse(note.text());
        } catch (FormatException e) {
            throw reject(WitnessException.Rejection.BAD_REQUEST, e.getMessage());
        }
        TrustedLog log = logs.get(checkpoint.origin());
        if (log == null) {
            throw reject(WitnessException.Rejection.UNKNOWN_LOG, "unknown log origin '" + checkpoint.origin() + "'");
        }
        try {
            Notes.open(note, NoteVerifiers.of(log.keys()));
        } catch (VerificationException e) {
            throw reject(WitnessException.Rejection.UNTRUSTED_SIGNATURE, e.getMessage());
        }
        if (request.oldSize() > checkpoint.size()) {
            throw reject(WitnessException.Rejection.BAD_REQUEST,
                    "old size " + request.oldSize() + " exceeds checkpoint size " + checkpoint.size());
        }
        Checkpoint latest = state.latest(checkpoint.origin()).orElse(null);
        long latestSize = latest == null ? 0 : latest.size();
        if (request.oldSize() != latestSize) {
            throw new WitnessException(WitnessException.Rejection.CONFLICT,
                    "old size " + request.oldSize() + " is not the latest cosigned size " + latestSize,
                    OptionalLong.of(latestSize));
        }
        Hash oldRoot = latest == null ? Rfc6962.emptyRoot() : latest.rootHash();
        if (request.oldSize() == checkpoint.size() && !oldRoot.equals(checkpoint.rootHash())
                && !(latest == null && checkpoint.size() == 0)) {
            throw new WitnessException(WitnessException.Rejection.CONFLICT,
                    "checkpoint of size " + checkpoint.size() + " has a root hash other than the one cosigned",
                    OptionalLong.of(latestSize));
        }
        try {
            MerkleVerifier.verifyConsistency(request.oldSize(), checkpoint.size(), request.consistencyProof(),
                    oldRoot, checkpoint.rootHash());
        } catch (VerificationException e) {
            throw reject(WitnessException.Rejection.INVALID_PROOF, e.getMessage());
        }
        if (!state.replace(latestSize, checkpoint)) {
            long now = state.latest(checkpoint.origin()).map(Checkpoint::size).orElse(0L);
            throw new WitnessException(WitnessException.Rejection.CONFLICT,
                    "another request moved the log to size " + now, OptionalLong.of(now));
        }
        return new NoteSignature(cosigner.keyName(), cosigner.keyId(), cosigner.sign(note.textBytes()));
    }

    private static WitnessException reject(WitnessException.Rejection rejection, String message) {
        return new WitnessException(rejection, message, OptionalLong.empty());
    }
}
