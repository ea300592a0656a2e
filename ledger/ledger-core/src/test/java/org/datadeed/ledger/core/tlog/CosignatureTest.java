package org.datadeed.ledger.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.KeyNames;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.NoteSignature;
import org.datadeed.ledger.core.note.NoteVerifiers;
import org.datadeed.ledger.core.note.Notes;
import org.datadeed.ledger.core.note.VerifierKey;
import org.junit.jupiter.api.Test;

class CosignatureTest {

    private static final String BODY = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    /**
     * Computed independently (Python, pyca/cryptography) from the tlog-cosignature text: key
     * "regulator.example/witness" with seed SHA-256("DataDeed FORMAT.md example witness key"), time
     * 1736933400, over the checkpoint below.
     */
    private static final String INDEPENDENT_BODY =
            "datadeed.example/ledger\n3\nuIvvMheRD91L3HxW1tCPENJyrznVSDl9QKU9SSwmRhg=\n";
    private static final String INDEPENDENT_VKEY =
            "regulator.example/witness+39255019+BH8/kSQl0k3TCYMyGo91YKzEVl9CodXTS5MV1y6Bad3B";
    private static final String INDEPENDENT_LINE = "— regulator.example/witness "
            + "OSVQGQAAAABnh4AYWGsLLDbc+ZSyQxpDxDY+Th9D4ABT6V8ZuSoBkayxAd9WEQJVBMUKu3s3uaOnUjWt2avc3lnrlrbjNe7llya1BQ==\n";

    @Test
    void signedMessageIsHeaderTimeLineAndCheckpointBody() {
        byte[] message = CosignatureV1.signedMessage(1679315147, BODY);
        assertThat(new String(message, StandardCharsets.UTF_8)).isEqualTo("cosignature/v1\ntime 1679315147\n"
                + "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n");
    }

    @Test
    void cosignatureMatchesAnIndependentImplementationByteForByte() {
        Ed25519Cosigner cosigner = Ed25519Cosigner.fromSeed("regulator.example/witness",
                Rfc6962.sha256("DataDeed FORMAT.md example witness key".getBytes(StandardCharsets.UTF_8)),
                Clock.fixed(Instant.ofEpochSecond(1736933400), ZoneOffset.UTC));

        Note cosigned = Notes.sign(INDEPENDENT_BODY, cosigner);

        assertThat(cosigned.signatures().get(0).line()).isEqualTo(INDEPENDENT_LINE);
        assertThat(cosigner.verifier().verifierKey().encode()).isEqualTo(INDEPENDENT_VKEY);
    }

    @Test
    void independentCosignatureVerifiesAndStatesItsTime() {
        Note note = Note.parse(INDEPENDENT_BODY + "\n" + INDEPENDENT_LINE);
        CosignatureVerifier verifier = CosignatureVerifier.parse(INDEPENDENT_VKEY);

        NoteSignature signature = Notes.open(note, NoteVerifiers.of(verifier)).verified().get(0);

        assertThat(Cosignature.from(signature).time()).isEqualTo(Instant.parse("2025-01-15T09:30:00Z"));
    }

    @Test
    void keyIdUsesSignatureType0x04() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        VerifierKey key = cosigner.verifier().verifierKey();
        assertThat(key.type()).isEqualTo((byte) 0x04);
        assertThat(cosigner.keyId()).isEqualTo(KeyNames.keyId("w.example", (byte) 0x04, key.publicKey()));
        assertThat(cosigner.keyId()).isNotEqualTo(KeyNames.keyId("w.example", (byte) 0x01, key.publicKey()));
    }

    @Test
    void signatureIsBigEndianTimestampThenEd25519Signature() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        byte[] signature = cosigner.sign(BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(signature).hasSize(72);
        assertThat(ByteBuffer.wrap(signature).getLong()).isEqualTo(TlogKeys.NOW.getEpochSecond());
    }

    @Test
    void alteredTimestampInvalidatesTheCosignature() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        byte[] text = BODY.getBytes(StandardCharsets.UTF_8);
        byte[] signature = cosigner.sign(text);
        signature[7] ^= 1;
        assertThat(cosigner.verifier().verify(text, signature)).isFalse();
    }

    @Test
    void cosignatureOfAnotherCheckpointDoesNotVerify() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        byte[] signature = cosigner.sign(BODY.getBytes(StandardCharsets.UTF_8));
        String other = Checkpoint.of("example.com/behind-the-sofa", 20852164, Hash.fromBase64(
                "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=")).body();
        assertThat(cosigner.verifier().verify(other.getBytes(StandardCharsets.UTF_8), signature)).isFalse();
    }

    @Test
    void plainEd25519SignatureIsNotACosignature() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        assertThat(cosigner.verifier().verify(BODY.getBytes(StandardCharsets.UTF_8), new byte[64])).isFalse();
    }

    @Test
    void cosignerSignsOnlyCheckpoints() {
        assertThatThrownBy(() -> TlogKeys.witness("w.example").sign("not a checkpoint\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void cosignerKeysRoundTripThroughSignerKeyText() {
        Ed25519Cosigner cosigner = TlogKeys.witness("w.example");
        Ed25519Cosigner loaded = Ed25519Cosigner.fromSignerKey(cosigner.signerKey(), Clock.systemUTC());
        assertThat(loaded.verifier().verifierKey()).isEqualTo(cosigner.verifier().verifierKey());
        assertThat(CosignatureVerifier.parse(cosigner.verifier().verifierKey().encode()).keyId())
                .isEqualTo(cosigner.keyId());
    }

    @Test
    void ed25519NoteKeyIsNotACosignerKey() {
        String noteKey = TlogKeys.logKey().signerKey();
        assertThatThrownBy(() -> Ed25519Cosigner.fromSignerKey(noteKey, Clock.systemUTC()))
                .isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> CosignatureVerifier.parse(TlogKeys.logKey().verifier().verifierKey().encode()))
                .isInstanceOf(FormatException.class);
    }
}
