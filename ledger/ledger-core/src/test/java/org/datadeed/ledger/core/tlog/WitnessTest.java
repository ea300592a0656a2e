package org.datadeed.ledger.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalLong;

import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.note.NoteVerifiers;
import org.datadeed.ledger.core.note.Notes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WitnessTest {

    private final Ed25519NoteSigner logKey = TlogKeys.logKey();
    private final Ed25519Cosigner witnessKey = TlogKeys.witness("regulator.example/witness");
    private final WitnessState state = new InMemoryWitnessState();
    private Witness witness;
    private MerkleLog log;

    @BeforeEach
    void setUp() {
        witness = new Witness(witnessKey, List.of(Witness.TrustedLog.of(TlogKeys.ORIGIN, logKey.verifier())), state);
        log = MerkleLog.open(new InMemoryNodeStore());
    }

    private void grow(int leaves) {
        for (int i = 0; i < leaves; i++) {
            log.append(Rfc6962.leafHash(new byte[] {(byte) log.size()}));
        }
    }

    private String signedCheckpoint() {
        return Checkpoint.of(TlogKeys.ORIGIN, log.size(), log.rootHash()).sign(logKey).format();
    }

    private AddCheckpointRequest request(long oldSize) {
        return new AddCheckpointRequest(oldSize, log.prover().consistencyProof(oldSize, log.size()).path(),
                signedCheckpoint());
    }

    @Test
    void firstCheckpointIsCosignedFromOldSizeZero() {
        grow(5);
        NoteSignature cosignature = witness.addCheckpoint(request(0));

        Note cosigned = Note.parse(signedCheckpoint()).withSignature(cosignature);
        assertThat(Notes.open(cosigned, NoteVerifiers.of(witness.verifier())).verified()).hasSize(1);
        assertThat(state.latest(TlogKeys.ORIGIN)).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(5));
    }

    @Test
    void laterCheckpointIsCosignedWithAValidConsistencyProof() {
        grow(5);
        witness.addCheckpoint(request(0));
        grow(8);

        NoteSignature cosignature = witness.addCheckpoint(request(5));

        assertThat(cosignature.keyName()).isEqualTo("regulator.example/witness");
        assertThat(state.latest(TlogKeys.ORIGIN)).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(13));
    }

    @Test
    void requestBodyInTheTlogWitnessFormatIsAnsweredWithSignatureLines() {
        grow(3);
        String response = witness.addCheckpoint(request(0).format());
        assertThat(response).startsWith("— regulator.example/witness ").endsWith("\n");
        assertThat(AddCheckpointRequest.parse(request(0).format())).isEqualTo(request(0));
    }

    @Test
    void staleOldSizeIsAConflictThatReportsTheLatestSize() {
        grow(5);
        witness.addCheckpoint(request(0));
        grow(2);

        assertRejected(request(0), WitnessException.Rejection.CONFLICT, OptionalLong.of(5));
    }

    @Test
    void invalidConsistencyProofIsNotCosigned() {
        grow(5);
        witness.addCheckpoint(request(0));
        grow(3);
        AddCheckpointRequest honest = request(5);
        List<Hash> tampered = new java.util.ArrayList<>(honest.consistencyProof());
        tampered.set(0, Rfc6962.leafHash(new byte[] {42}));

        assertRejected(new AddCheckpointRequest(5, tampered, honest.checkpointNote()),
                WitnessException.Rejection.INVALID_PROOF, OptionalLong.empty());
        assertThat(state.latest(TlogKeys.ORIGIN)).hasValueSatisfying(c -> assertThat(c.size()).isEqualTo(5));
    }

    @Test
    void forkedHistoryIsNotCosigned() {
        grow(5);
        witness.addCheckpoint(request(0));
        MerkleLog fork = MerkleLog.open(new InMemoryNodeStore());
        for (int i = 0; i < 8; i++) {
            fork.append(Rfc6962.leafHash(new byte[] {(byte) (i == 2 ? 99 : i)}));
        }
        String forkCheckpoint = Checkpoint.of(TlogKeys.ORIGIN, 8, fork.rootHash()).sign(logKey).format();

        assertRejected(new AddCheckpointRequest(5, fork.prover().consistencyProof(5, 8).path(), forkCheckpoint),
                WitnessException.Rejection.INVALID_PROOF, OptionalLong.empty());
    }

    @Test
    void sameSizeWithAnotherRootIsAConflict() {
        grow(5);
        witness.addCheckpoint(request(0));
        String other = Checkpoint.of(TlogKeys.ORIGIN, 5, Rfc6962.leafHash(new byte[] {1})).sign(logKey).format();

        assertRejected(new AddCheckpointRequest(5, List.of(), other), WitnessException.Rejection.CONFLICT,
                OptionalLong.of(5));
    }

    @Test
    void sameCheckpointAgainIsCosignedAgain() {
        grow(5);
        witness.addCheckpoint(request(0));
        assertThat(witness.addCheckpoint(request(5)).keyName()).isEqualTo("regulator.example/witness");
    }

    @Test
    void oldSizeBeyondTheCheckpointIsABadRequest() {
        grow(5);
        AddCheckpointRequest request = new AddCheckpointRequest(6, List.of(), signedCheckpoint());
        assertRejected(request, WitnessException.Rejection.BAD_REQUEST, OptionalLong.empty());
    }

    @Test
    void unknownLogIsNotFound() {
        Ed25519NoteSigner other = Ed25519NoteSigner.fromSeed("other.example/log", TlogKeys.seed("other"));
        String note = Checkpoint.of("other.example/log", 0, Rfc6962.emptyRoot()).sign(other).format();
        assertRejected(new AddCheckpointRequest(0, List.of(), note), WitnessException.Rejection.UNKNOWN_LOG,
                OptionalLong.empty());
    }

    @Test
    void checkpointNotSignedByTheLogIsForbidden() {
        grow(2);
        Ed25519NoteSigner impostor = Ed25519NoteSigner.fromSeed(TlogKeys.ORIGIN, TlogKeys.seed("impostor"));
        String note = Checkpoint.of(TlogKeys.ORIGIN, 2, log.rootHash()).sign(impostor).format();
        assertRejected(new AddCheckpointRequest(0, List.of(), note), WitnessException.Rejection.UNTRUSTED_SIGNATURE,
                OptionalLong.empty());
        assertThat(state.latest(TlogKeys.ORIGIN)).isEmpty();
    }

    @Test
    void malformedRequestIsABadRequest() {
        assertThatThrownBy(() -> witness.addCheckpoint("old 01\n\nx\n"))
                .isInstanceOfSatisfying(WitnessException.class,
                        e -> assertThat(e.rejection()).isEqualTo(WitnessException.Rejection.BAD_REQUEST));
    }

    @Test
    void rejectionsCarryTheHttpStatusOfTheSpecification() {
        assertThat(WitnessException.Rejection.CONFLICT.httpStatus()).isEqualTo(409);
        assertThat(WitnessException.Rejection.INVALID_PROOF.httpStatus()).isEqualTo(422);
        assertThat(WitnessException.Rejection.UNKNOWN_LOG.httpStatus()).isEqualTo(404);
        assertThat(WitnessException.Rejection.UNTRUSTED_SIGNATURE.httpStatus()).isEqualTo(403);
        assertThat(WitnessException.Rejection.BAD_REQUEST.httpStatus()).isEqualTo(400);
    }

    private void assertRejected(AddCheckpointRequest request, WitnessException.Rejection rejection,
                                OptionalLong latestSize) {
        assertThatThrownBy(() -> witness.addCheckpoint(request)).isInstanceOfSatisfying(WitnessException.class, e -> {
            assertThat(e.rejection()).isEqualTo(rejection);
            assertThat(e.latestSize()).isEqualTo(latestSize);
        });
    }
}
