package org.datadeed.ledger.core.note;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.Vectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SignedNoteTest {

    private static final Vectors.SignedNoteExample EXAMPLE = Vectors.get().signedNoteExample();

    /** The example of golang.org/x/mod/sumdb/note (key pair, text and signed note). */
    private static final String GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n"
            + "— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Nested
    class SpecificationExamples {

        @Test
        void c2spExampleVerifiesWithItsVerifierKey() {
            Ed25519NoteVerifier verifier = Ed25519NoteVerifier.parse(EXAMPLE.verifierKey());

            VerifiedNote note = Notes.open(EXAMPLE.note().getBytes(StandardCharsets.UTF_8), NoteVerifiers.of(verifier));

            assertThat(note.text()).isEqualTo("This is an example message.\n");
            assertThat(note.verified()).singleElement().satisfies(s -> {
                assertThat(s.keyName()).isEqualTo("example.com/foo");
                assertThat(KeyNames.hex(s.keyId())).isEqualTo("530d903a");
            });
            assertThat(note.unknown()).isEmpty();
        }

        @Test
        void c2spExampleReencodesByteForByte() {
            Note parsed = Note.parse(EXAMPLE.note().getBytes(StandardCharsets.UTF_8));
            assertThat(parsed.toBytes()).isEqualTo(EXAMPLE.note().getBytes(StandardCharsets.UTF_8));
        }

        @Test
        void c2spExampleKeyIdIsSha256OfNameNewlineTypeAndKey() {
            VerifierKey key = VerifierKey.parse(EXAMPLE.verifierKey());
            assertThat(key.type()).isEqualTo((byte) 0x01);
            assertThat(key.keyId()).isEqualTo(KeyNames.keyId("example.com/foo", (byte) 0x01, key.publicKey()));
            assertThat(key.encode()).isEqualTo(EXAMPLE.verifierKey());
        }

        @Test
        void goNoteExampleIsReproducedByteForByteFromItsSignerKey() {
            Ed25519NoteSigner signer = Ed25519NoteSigner.fromSignerKey(GO_SKEY);

            assertThat(Notes.sign(GO_TEXT, signer).format()).isEqualTo(GO_NOTE);
            assertThat(signer.verifier().verifierKey().encode()).isEqualTo(GO_VKEY);
            assertThat(signer.signerKey()).isEqualTo(GO_SKEY);
        }

        @Test
        void goNoteExampleVerifies() {
            VerifiedNote note = Notes.open(GO_NOTE, NoteVerifiers.of(Ed25519NoteVerifier.parse(GO_VKEY)));
            assertThat(note.text()).isEqualTo(GO_TEXT);
        }
    }

    @Nested
    class Verification {

        private final Ed25519NoteSigner alice = Ed25519NoteSigner.generate("example.com/alice", RANDOM);
        private final Ed25519NoteSigner bob = Ed25519NoteSigner.generate("example.com/bob", RANDOM);
        private final String text = "line one\n\nline three after an empty line\n";

        @Test
        void signedNoteRoundTripsThroughItsEncoding() {
            Note note = Notes.sign(text, alice, bob);
            VerifiedNote opened = Notes.open(note.toBytes(), NoteVerifiers.of(alice.verifier(), bob.verifier()));

            assertThat(opened.text()).isEqualTo(text);
            assertThat(opened.verified()).hasSize(2);
            assertThat(Note.parse(note.format())).isEqualTo(note);
        }

        @Test
        void noteSignedOnlyByUnknownKeysIsRejected() {
            Note note = Notes.sign(text, bob);
            assertThatThrownBy(() -> Notes.open(note, NoteVerifiers.of(alice.verifier())))
                    .isInstanceOfSatisfying(VerificationException.class,
                            e -> assertThat(e.failure()).isEqualTo(VerificationFailure.NO_TRUSTED_SIGNATURE));
        }

        @Test
        void signaturesFromUnknownKeysAreIgnoredWhenAKnownKeySigned() {
            Note note = Notes.sign(text, bob, alice);
            VerifiedNote opened = Notes.open(note, NoteVerifiers.of(alice.verifier()));

            assertThat(opened.verified()).singleElement().satisfies(s -> assertThat(s.keyName()).isEqualTo(alice.keyName()));
            assertThat(opened.unknown()).singleElement().satisfies(s -> assertThat(s.keyName()).isEqualTo(bob.keyName()));
        }

        @Test
        void keyWithTheSameNameButAnotherKeyIdIsUnknown() {
            Ed25519NoteSigner impostor = Ed25519NoteSigner.generate(alice.keyName(), RANDOM);
            Note note = Notes.sign(text, impostor);
            assertThatThrownBy(() -> Notes.open(note, NoteVerifiers.of(alice.verifier())))
                    .isInstanceOfSatisfying(VerificationException.class,
                            e -> assertThat(e.failure()).isEqualTo(VerificationFailure.NO_TRUSTED_SIGNATURE));
        }

        @Test
        void badSignatureFromAKnownKeyRejectsTheWholeNote() {
            Note good = Notes.sign(text, alice, bob);
            byte[] forged = good.signatures().get(1).signature();
            forged[0] ^= 1;
            Note tampered = new Note(text, List.of(good.signatures().get(0),
                    new NoteSignature(bob.keyName(), bob.keyId(), forged)));

            assertThatThrownBy(() -> Notes.open(tampered.format(), NoteVerifiers.of(alice.verifier(), bob.verifier())))
                    .isInstanceOfSatisfying(VerificationException.class,
                            e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INVALID_SIGNATURE));
        }

        @Test
        void alteredTextInvalidatesTheSignature() {
            String encoded = Notes.sign(text, alice).format().replace("line one", "line 1");
            assertThatThrownBy(() -> Notes.open(encoded, NoteVerifiers.of(alice.verifier())))
                    .isInstanceOfSatisfying(VerificationException.class,
                            e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INVALID_SIGNATURE));
        }

        @Test
        void atLeastSixteenSignaturesAreAccepted() {
            List<Ed25519NoteSigner> signers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                signers.add(Ed25519NoteSigner.generate("witness" + i + ".example", RANDOM));
            }
            Note note = Notes.sign(text, signers);
            VerifiedNote opened = Notes.open(note.format(),
                    NoteVerifiers.of(signers.stream().map(Ed25519NoteSigner::verifier).toList()));
            assertThat(opened.verified()).hasSize(16);
        }

        @Test
        void addingASignatureKeepsExistingOnesAndReplacesOneFromTheSameKey() {
            Note note = Notes.addSignature(Notes.addSignature(Notes.sign(text, alice), bob), bob);
            assertThat(note.signatures()).extracting(NoteSignature::keyName)
                    .containsExactly(alice.keyName(), bob.keyName());
        }

        @Test
        void ambiguousVerifierSetsAreRefused() {
            assertThatThrownBy(() -> NoteVerifiers.of(alice.verifier(), alice.verifier()))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void textWithoutFinalNewlineCannotBeSigned() {
            assertThatThrownBy(() -> Notes.sign("no newline", alice)).isInstanceOf(FormatException.class);
        }
    }

    static Stream<Arguments> malformedNotes() {
        String sig = "— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=";
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            tooMany.add(sig);
        }
        return Stream.of(
                Arguments.of("empty input", ""),
                Arguments.of("no blank line before the signatures", "text\n" + sig + "\n"),
                Arguments.of("no signature lines", "text\n\n"),
                Arguments.of("last signature line without newline", "text\n\n" + sig),
                Arguments.of("hyphen instead of em dash", "text\n\n- " + sig.substring(2) + "\n"),
                Arguments.of("em dash without space", "text\n\n—" + sig.substring(2) + "\n"),
                Arguments.of("no space between name and signature", "text\n\n— example.com/fooUw2QOkn8=\n"),
                Arguments.of("signature not base64", "text\n\n— example.com/foo !!!!\n"),
                Arguments.of("signature base64 without padding", "text\n\n— example.com/foo AAECAwQF\n".replace("AAECAwQF", "AAECAwQFBg")),
                Arguments.of("signature shorter than key ID plus one byte", "text\n\n— example.com/foo AAECAw==\n"),
                Arguments.of("key name with plus", "text\n\n— example+com " + sig.substring(sig.lastIndexOf(' ') + 1) + "\n"),
                Arguments.of("empty key name", "text\n\n—  " + sig.substring(sig.lastIndexOf(' ') + 1) + "\n"),
                Arguments.of("tab in the text", "te\txt\n\n" + sig + "\n"),
                Arguments.of("carriage return line ends", "text\r\n\r\n" + sig + "\r\n"),
                Arguments.of("blank line after the signatures", "text\n\n" + sig + "\n\n"),
                Arguments.of("more than 100 signatures", "text\n\n" + String.join("\n", tooMany) + "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedNotes")
    void malformedNoteIsRejected(String why, String note) {
        assertThatThrownBy(() -> Note.parse(note)).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> Notes.open(note, NoteVerifiers.of(Ed25519NoteVerifier.parse(EXAMPLE.verifierKey()))))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] bytes = EXAMPLE.note().getBytes(StandardCharsets.UTF_8);
        bytes[3] = (byte) 0xff;
        assertThatThrownBy(() -> Note.parse(bytes)).isInstanceOf(FormatException.class);
    }

    @Nested
    class Keys {

        @Test
        void generatedSignerKeyLoadsBackToTheSameKey() {
            Ed25519NoteSigner signer = Ed25519NoteSigner.generate("log.example/a", RANDOM);
            Ed25519NoteSigner loaded = Ed25519NoteSigner.fromSignerKey(signer.signerKey());

            assertThat(loaded.verifier().verifierKey()).isEqualTo(signer.verifier().verifierKey());
            assertThat(signer.signerKey()).startsWith("PRIVATE+KEY+log.example/a+" + KeyNames.hex(signer.keyId()) + "+");
        }

        @Test
        void signerKeyTextIsNotRevealedByToString() {
            String skey = Ed25519NoteSigner.fromSignerKey(GO_SKEY).signerKey();
            assertThat(SignerKey.parse(skey).toString()).doesNotContain("AYEKFALV");
            assertThat(Ed25519NoteSigner.fromSignerKey(GO_SKEY).toString()).doesNotContain("AYEKFALV");
        }

        @Test
        void verifierKeyWithWrongKeyIdIsRejected() {
            assertThatThrownBy(() -> VerifierKey.parse(GO_VKEY.replace("c74f20a3", "c74f20a4")))
                    .isInstanceOf(FormatException.class);
        }

        @Test
        void verifierKeyWithUppercaseKeyIdIsRejected() {
            String vkey = EXAMPLE.verifierKey().replace("530d903a", "530D903A");
            assertThatThrownBy(() -> VerifierKey.parse(vkey)).isInstanceOf(FormatException.class);
        }

        @Test
        void signerKeyWithWrongKeyIdIsRejected() {
            assertThatThrownBy(() -> Ed25519NoteSigner.fromSignerKey(GO_SKEY.replace("c74f20a3", "00000000")))
                    .isInstanceOf(FormatException.class);
        }

        @Test
        void keyOfAnotherSignatureTypeIsNotAnEd25519NoteKey() {
            VerifierKey cosignerKey = new VerifierKey("witness.example", (byte) 0x04, new byte[32]);
            assertThatThrownBy(() -> Ed25519NoteVerifier.parse(cosignerKey.encode())).isInstanceOf(FormatException.class);
        }

        @Test
        void malformedVerifierKeysAreRejected() {
            for (String vkey : List.of("", "name", "name+530d903a", "na me+530d903a+AQ==", "name+530d903+AQ==",
                    "name+530d903a+not base64", "name+530d903a+")) {
                assertThatThrownBy(() -> VerifierKey.parse(vkey)).as(vkey).isInstanceOf(FormatException.class);
            }
        }

        @Test
        void ed25519VerifierKeyNeedsA32BytePublicKey() {
            VerifierKey shortKey = new VerifierKey("name", (byte) 0x01, new byte[31]);
            assertThatThrownBy(() -> Ed25519NoteVerifier.parse(shortKey.encode())).isInstanceOf(FormatException.class);
        }

        @Test
        void keyNamesExcludeSpacesPlusAndEmptiness() {
            assertThat(KeyNames.isValid("example.com/log")).isTrue();
            assertThat(KeyNames.isValid("sum.golang.org")).isTrue();
            assertThat(KeyNames.isValid("")).isFalse();
            assertThat(KeyNames.isValid("a+b")).isFalse();
            assertThat(KeyNames.isValid("a b")).isFalse();
            assertThat(KeyNames.isValid("a\u00a0b")).isFalse();
            assertThat(KeyNames.isValid("a\u2003b")).isFalse();
            assertThat(KeyNames.isValid("a\u0085b")).isFalse();
        }
    }
}
