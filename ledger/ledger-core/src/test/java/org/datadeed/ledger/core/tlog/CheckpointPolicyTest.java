package org.datadeed.ledger.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.note.Notes;
import org.junit.jupiter.api.Test;

class CheckpointPolicyTest {

    private final Ed25519NoteSigner log = TlogKeys.logKey();
    private final Ed25519Cosigner w1 = TlogKeys.witness("w1.example");
    private final Ed25519Cosigner w2 = TlogKeys.witness("w2.example");
    private final Ed25519Cosigner stranger = TlogKeys.witness("stranger.example");
    private final Checkpoint checkpoint = Checkpoint.of(TlogKeys.ORIGIN, 10, Rfc6962.leafHash(new byte[] {9}));
    private final CheckpointPolicy twoOfTwo =
            new CheckpointPolicy(TlogKeys.ORIGIN, log.verifier(), List.of(w1.verifier(), w2.verifier()), 2);

    @Test
    void checkpointSignedByTheLogAndCosignedByAQuorumIsAccepted() {
        Note note = Notes.addSignature(Notes.addSignature(checkpoint.sign(log), w1), w2);

        VerifiedCheckpoint verified = twoOfTwo.verify(note.format());

        assertThat(verified.checkpoint()).isEqualTo(checkpoint);
        assertThat(verified.cosignatures()).extracting(Cosignature::witness).containsExactly("w1.example", "w2.example");
        assertThat(verified.cosignatures()).allSatisfy(c -> assertThat(c.time()).isEqualTo(TlogKeys.NOW));
    }

    @Test
    void tooFewTrustedCosignaturesFailTheQuorum() {
        Note note = Notes.addSignature(Notes.addSignature(checkpoint.sign(log), w1), stranger);
        assertFails(twoOfTwo, note.format(), VerificationFailure.WITNESS_QUORUM_NOT_MET);
    }

    @Test
    void cosignaturesAloneDoNotMakeACheckpointTrusted() {
        Note note = Notes.addSignature(Notes.sign(checkpoint.body(), w1), w2);
        assertFails(twoOfTwo, note.format(), VerificationFailure.NO_TRUSTED_SIGNATURE);
    }

    @Test
    void checkpointOfAnotherOriginIsRejected() {
        Ed25519NoteSigner otherLog = Ed25519NoteSigner.fromSeed("other.example/log", TlogKeys.seed("other"));
        Note note = Checkpoint.of("other.example/log", 1, Rfc6962.emptyRoot()).sign(otherLog);
        assertFails(CheckpointPolicy.logOnly(TlogKeys.ORIGIN, log.verifier()), note.format(),
                VerificationFailure.WRONG_ORIGIN);
    }

    @Test
    void invalidCosignatureFromATrustedWitnessRejectsTheCheckpoint() {
        Note good = Notes.addSignature(checkpoint.sign(log), w1);
        byte[] forged = good.signatures().get(1).signature();
        forged[20] ^= 1;
        Note bad = good.withSignature(new NoteSignature(w1.keyName(), w1.keyId(), forged));
        assertFails(CheckpointPolicy.logOnly(TlogKeys.ORIGIN, log.verifier()).withWitnesses(List.of(w1.verifier()), 0),
                bad.format(), VerificationFailure.INVALID_SIGNATURE);
    }

    @Test
    void noteWhoseTextIsNotACheckpointIsMalformed() {
        Note note = Notes.sign("just some text\n", log);
        assertThatThrownBy(() -> twoOfTwo.verify(note.format())).isInstanceOf(FormatException.class);
    }

    @Test
    void quorumCannotExceedTheTrustedWitnesses() {
        assertThatThrownBy(() -> new CheckpointPolicy(TlogKeys.ORIGIN, log.verifier(), List.of(w1.verifier()), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertFails(CheckpointPolicy policy, String note, VerificationFailure expected) {
        assertThatThrownBy(() -> policy.verify(note)).isInstanceOfSatisfying(VerificationException.class,
                e -> assertThat(e.failure()).isEqualTo(expected));
    }
}
