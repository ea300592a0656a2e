package org.datadeed.ledger.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.datadeed.ledger.core.VerificationException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of proofs over trees of random sizes, checked against the literal RFC 6962 definitions. */
class MerklePropertiesTest {

    @Property(tries = 200)
    void rootOfAppendedLeavesEqualsRfcDefinition(@ForAll @IntRange(min = 0, max = 300) int size) {
        List<byte[]> leaves = TestHashes.leaves(size);
        assertThat(TestHashes.logOf(leaves).rootHash()).isEqualTo(ReferenceMerkle.mth(leaves));
    }

    @Property(tries = 300)
    void generatedInclusionProofEqualsRfcPathAndVerifies(@ForAll @IntRange(min = 1, max = 300) int size,
                                                         @ForAll @IntRange(min = 0, max = 10_000) int indexSeed) {
        int index = indexSeed % size;
        List<byte[]> leaves = TestHashes.leaves(size);
        MerkleLog log = TestHashes.logOf(leaves);
        InclusionProof proof = log.prover().inclusionProof(index, size);

        assertThat(proof.path()).isEqualTo(ReferenceMerkle.path(index, leaves));
        assertThatCode(() -> proof.verify(Rfc6962.leafHash(leaves.get(index)), log.rootHash()))
                .doesNotThrowAnyException();
    }

    @Property(tries = 300)
    void inclusionProofForADifferentLeafFails(@ForAll @IntRange(min = 2, max = 300) int size,
                                              @ForAll @IntRange(min = 0, max = 10_000) int indexSeed,
                                              @ForAll @IntRange(min = 0, max = 10_000) int offsetSeed) {
        int index = indexSeed % size;
        int otherIndex = (index + 1 + offsetSeed % (size - 1)) % size;
        List<byte[]> leaves = TestHashes.leaves(size);
        MerkleLog log = TestHashes.logOf(leaves);
        InclusionProof proof = log.prover().inclusionProof(index, size);

        assertThatThrownBy(() -> proof.verify(Rfc6962.leafHash(leaves.get(otherIndex)), log.rootHash()))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> proof.verify(Rfc6962.leafHash(TestHashes.leaf(size + 1L)), log.rootHash()))
                .isInstanceOf(VerificationException.class);
    }

    @Property(tries = 300)
    void generatedConsistencyProofEqualsRfcProofAndVerifies(@ForAll @IntRange(min = 2, max = 300) int size2,
                                                            @ForAll @IntRange(min = 0, max = 10_000) int size1Seed) {
        int size1 = 1 + size1Seed % (size2 - 1);
        List<byte[]> leaves = TestHashes.leaves(size2);
        MerkleLog log = TestHashes.logOf(leaves);
        ConsistencyProof proof = log.prover().consistencyProof(size1, size2);
        Hash root1 = log.prover().rootHash(size1);

        assertThat(proof.path()).isEqualTo(ReferenceMerkle.proof(size1, leaves));
        assertThat(root1).isEqualTo(ReferenceMerkle.mth(leaves.subList(0, size1)));
        assertThatCode(() -> proof.verify(root1, log.rootHash())).doesNotThrowAnyException();
    }

    @Property(tries = 200)
    void consistencyProofFailsForATreeThatRewroteHistory(@ForAll @IntRange(min = 2, max = 200) int size2,
                                                         @ForAll @IntRange(min = 0, max = 10_000) int size1Seed,
                                                         @ForAll @IntRange(min = 0, max = 10_000) int rewrittenSeed) {
        int size1 = 1 + size1Seed % (size2 - 1);
        int rewritten = rewrittenSeed % size1;
        List<byte[]> honest = TestHashes.leaves(size2);
        List<byte[]> forked = new java.util.ArrayList<>(honest);
        forked.set(rewritten, TestHashes.leaf(-1));
        Hash oldRoot = ReferenceMerkle.mth(honest.subList(0, size1));
        MerkleLog forkedLog = TestHashes.logOf(forked);
        ConsistencyProof proof = forkedLog.prover().consistencyProof(size1, size2);

        assertThatThrownBy(() -> proof.verify(oldRoot, forkedLog.rootHash()))
                .isInstanceOf(VerificationException.class);
    }

    @Property(tries = 200)
    void anyProofWithOneBitFlippedFails(@ForAll @IntRange(min = 2, max = 300) int size,
                                        @ForAll @IntRange(min = 0, max = 10_000) int indexSeed,
                                        @ForAll @IntRange(min = 0, max = 255) int bit) {
        int index = indexSeed % size;
        List<byte[]> leaves = TestHashes.leaves(size);
        MerkleLog log = TestHashes.logOf(leaves);
        InclusionProof proof = log.prover().inclusionProof(index, size);
        int element = (index + bit) % proof.path().size();
        InclusionProof tampered = new InclusionProof(index, size, TestHashes.flipBit(proof.path(), element, bit));

        assertThatThrownBy(() -> tampered.verify(Rfc6962.leafHash(leaves.get(index)), log.rootHash()))
                .isInstanceOf(VerificationException.class);
    }
}
