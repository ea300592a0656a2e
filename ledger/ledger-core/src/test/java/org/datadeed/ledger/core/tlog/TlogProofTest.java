package org.datadeed.ledger.core.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.InMemoryNodeStore;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.merkle.TestHashes;
import org.datadeed.ledger.core.note.Ed25519NoteSigner;
import org.datadeed.ledger.core.note.Note;
import org.datadeed.ledger.core.note.Notes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TlogProofTest {

    /** The example of https://c2sp.org/tlog-proof (its signatures are elided, so only its framing is usable). */
    private static final String SPEC_EXAMPLE = """
            c2sp.org/tlog-proof@v1
            extra YWdlLXYxLjIuMS1kYXJ3aW4tYXJtNjQudGFyLmd6kYXJ3aW4tYXJ
            index 73894
            gSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=
            B95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=
            EKNzoDWG8LGC0Yp9o+sv3qllpMP9uHQ9B20KNL+Q1zs=
            RoopEkOdqkYqMB4MJXrbt/hMjOxsVn0IrWjpz1ZMMes=
            AHCioX9nLjsrse6YhjRRmk1WUEirVOLLRoOQ6vfO5vk=

            example.com/fancylog
            109482
            sFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=

            — example.com/fancylog hI2DJw[...]1roloI=
            """;

    @Test
    void specificationExampleFramingParsesAndFormatsBackIdentically() {
        TlogProof proof = TlogProof.parse(SPEC_EXAMPLE);

        assertThat(proof.index()).isEqualTo(73894);
        assertThat(proof.inclusionPath()).hasSize(5);
        assertThat(new String(proof.extra().orElseThrow(), StandardCharsets.ISO_8859_1))
                .startsWith("age-v1.2.1-darwin-arm64.tar.gz");
        assertThat(proof.checkpointNote()).startsWith("example.com/fancylog\n109482\n");
        assertThat(proof.format()).isEqualTo(SPEC_EXAMPLE);
    }

    @Test
    void proofWithoutExtraOrHashesHasOnlyHeaderIndexBlankLineAndCheckpoint() {
        TlogProof proof = new TlogProof(null, 0, List.of(), "c\n");
        assertThat(proof.format()).isEqualTo("c2sp.org/tlog-proof@v1\nindex 0\n\nc\n");
        assertThat(TlogProof.parse(proof.format())).isEqualTo(proof);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "c2sp.org/tlog-proof@v2\nindex 0\n\nc\n",
            "c2sp.org/tlog-proof@v1\n",
            "c2sp.org/tlog-proof@v1\nindex 0\n",
            "c2sp.org/tlog-proof@v1\nindex 0\n\n",
            "c2sp.org/tlog-proof@v1\nindex 01\n\nc\n",
            "c2sp.org/tlog-proof@v1\nindex -1\n\nc\n",
            "c2sp.org/tlog-proof@v1\nindex x\n\nc\n",
            "c2sp.org/tlog-proof@v1\nextra \nindex 0\n\nc\n",
            "c2sp.org/tlog-proof@v1\nextra !!\nindex 0\n\nc\n",
            "c2sp.org/tlog-proof@v1\nindex 0\nAAAA\n\nc\n",
            "c2sp.org/tlog-proof@v1\nindex 0\ngSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ\n\nc\n",
            "c2sp.org/tlog-proof@v1\nindex 0\n\nc",
            "c2sp.org/tlog-proof@v1\nextra AQ==\nextra AQ==\nindex 0\n\nc\n"})
    void malformedProofIsRejected(String text) {
        assertThatThrownBy(() -> TlogProof.parse(text)).isInstanceOf(FormatException.class);
    }

    @Nested
    class OfflineVerification {

        private final Ed25519NoteSigner logKey = TlogKeys.logKey();
        private final Ed25519Cosigner w1 = TlogKeys.witness("w1.example");
        private final List<byte[]> leaves = TestHashes.leaves(13);
        private final TlogProofVerifier verifier = new TlogProofVerifier(
                new CheckpointPolicy(TlogKeys.ORIGIN, logKey.verifier(), List.of(w1.verifier()), 1));
        private MerkleLog log;
        private Note cosigned;

        @BeforeEach
        void logLeavesAndCosignACheckpoint() {
            log = MerkleLog.open(new InMemoryNodeStore());
            log.appendAll(leaves.stream().map(Rfc6962::leafHash).toList());
            cosigned = Notes.addSignature(Checkpoint.of(TlogKeys.ORIGIN, 13, log.rootHash()).sign(logKey), w1);
        }

        private String receipt(int index) {
            return TlogProof.of(log.prover().inclusionProof(index, 13), cosigned, null).format();
        }

        @Test
        void receiptForTheLoggedLeafVerifies() {
            for (int index = 0; index < 13; index++) {
                Verdict verdict = verifier.verify(leaves.get(index), receipt(index));
                assertThat(verdict.ok()).as(verdict.detail()).isTrue();
                assertThat(verdict.checkpoint().checkpoint().size()).isEqualTo(13);
            }
        }

        @Test
        void receiptForAnotherLeafFails() {
            assertFailure(verifier.verify(leaves.get(4), receipt(3)), VerificationFailure.INVALID_INCLUSION_PROOF);
            assertFailure(verifier.verify("not logged".getBytes(StandardCharsets.UTF_8), receipt(3)),
                    VerificationFailure.INVALID_INCLUSION_PROOF);
        }

        @Test
        void receiptWithAFlippedProofBitFails() {
            TlogProof proof = TlogProof.parse(receipt(6));
            TlogProof tampered = new TlogProof(null, 6, TestHashes.flipBit(proof.inclusionPath(), 1, 77),
                    proof.checkpointNote());
            assertFailure(verifier.verify(leaves.get(6), tampered.format()), VerificationFailure.INVALID_INCLUSION_PROOF);
        }

        @Test
        void receiptClaimingAnotherIndexFails() {
            TlogProof proof = TlogProof.parse(receipt(6));
            TlogProof moved = new TlogProof(null, 7, proof.inclusionPath(), proof.checkpointNote());
            assertFailure(verifier.verify(leaves.get(6), moved.format()), VerificationFailure.INVALID_INCLUSION_PROOF);
        }

        @Test
        void receiptWithAnIndexBeyondTheTreeFails() {
            TlogProof proof = TlogProof.parse(receipt(12));
            TlogProof beyond = new TlogProof(null, 13, proof.inclusionPath(), proof.checkpointNote());
            assertFailure(verifier.verify(leaves.get(12), beyond.format()), VerificationFailure.INDEX_OUT_OF_RANGE);
        }

        @Test
        void receiptWhoseCheckpointWasAlteredFails() {
            String altered = receipt(2).replace("\n13\n", "\n14\n");
            assertFailure(verifier.verify(leaves.get(2), altered), VerificationFailure.INVALID_SIGNATURE);
        }

        @Test
        void receiptSignedByAnUntrustedLogKeyFails() {
            Ed25519NoteSigner impostor = Ed25519NoteSigner.fromSeed(TlogKeys.ORIGIN, TlogKeys.seed("impostor"));
            Note forged = Notes.addSignature(Checkpoint.of(TlogKeys.ORIGIN, 13, log.rootHash()).sign(impostor), w1);
            String receipt = TlogProof.of(log.prover().inclusionProof(2, 13), forged, null).format();
            assertFailure(verifier.verify(leaves.get(2), receipt), VerificationFailure.NO_TRUSTED_SIGNATURE);
        }

        @Test
        void receiptWithoutTheRequiredCosignatureFails() {
            Note logOnly = Checkpoint.of(TlogKeys.ORIGIN, 13, log.rootHash()).sign(logKey);
            String receipt = TlogProof.of(log.prover().inclusionProof(2, 13), logOnly, null).format();
            assertFailure(verifier.verify(leaves.get(2), receipt), VerificationFailure.WITNESS_QUORUM_NOT_MET);
        }

        @Test
        void malformedReceiptIsReportedNotThrown() {
            assertFailure(verifier.verify(leaves.get(0), "garbage"), VerificationFailure.MALFORMED);
        }

        @Test
        void extraDataRoundTripsButIsNotNeededToVerify() {
            TlogProof proof = TlogProof.of(log.prover().inclusionProof(5, 13), cosigned, new byte[] {1, 2, 3});
            TlogProof parsed = TlogProof.parse(proof.format());
            assertThat(parsed.extra()).hasValueSatisfying(e -> assertThat(e).containsExactly(1, 2, 3));
            assertThat(verifier.verify(leaves.get(5), proof.format()).ok()).isTrue();
        }

        @Test
        void proofAndCheckpointOfDifferentSizesCannotBeCombined() {
            assertThatThrownBy(() -> TlogProof.of(log.prover().inclusionProof(2, 12), cosigned, null))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        private void assertFailure(Verdict verdict, VerificationFailure expected) {
            assertThat(verdict.ok()).isFalse();
            assertThat(verdict.failureReason()).contains(expected);
            assertThat(verdict.detail()).isNotBlank();
        }
    }

    @Test
    void hashesInAProofAreCanonicalBase64() {
        Hash h = Rfc6962.leafHash(new byte[0]);
        TlogProof proof = new TlogProof(null, 0, List.of(h), "c\n");
        assertThat(proof.format()).contains("\n" + h.base64() + "\n");
    }
}
