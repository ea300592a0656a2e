package org.datadeed.ledger.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.junit.jupiter.api.Test;

/** The edge cases of proof verification that the vectors do not reach. */
class MerkleVerifierTest {

    private static final Hash LEAF = Rfc6962.leafHash(new byte[] {1});
    private static final Hash OTHER = Rfc6962.leafHash(new byte[] {2});

    @Test
    void singleLeafTreeHasAnEmptyProofAndTheLeafHashAsRoot() {
        assertThatCode(() -> MerkleVerifier.verifyInclusion(0, 1, LEAF, List.of(), LEAF)).doesNotThrowAnyException();
    }

    @Test
    void noLeafIsInTheEmptyTree() {
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(0, 0, LEAF, List.of(), Rfc6962.emptyRoot()))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INDEX_OUT_OF_RANGE));
    }

    @Test
    void negativeIndexIsOutOfRange() {
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(-1, 2, LEAF, List.of(OTHER), Rfc6962.nodeHash(LEAF, OTHER)))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INDEX_OUT_OF_RANGE));
    }

    @Test
    void rootFromInclusionProofIsTheRootTheProofLeadsTo() {
        Hash root = Rfc6962.nodeHash(LEAF, OTHER);
        assertThat(MerkleVerifier.rootFromInclusionProof(1, 2, OTHER, List.of(LEAF))).isEqualTo(root);
    }

    @Test
    void consistencyBetweenEqualSizesNeedsEqualRootsAndAnEmptyProof() {
        assertThatCode(() -> MerkleVerifier.verifyConsistency(5, 5, List.of(), LEAF, LEAF)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(5, 5, List.of(), LEAF, OTHER))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(5, 5, List.of(OTHER), LEAF, LEAF))
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void everyTreeIsConsistentWithTheEmptyTreeGivenAnEmptyProof() {
        assertThatCode(() -> MerkleVerifier.verifyConsistency(0, 7, List.of(), Rfc6962.emptyRoot(), LEAF))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(0, 7, List.of(OTHER), Rfc6962.emptyRoot(), LEAF))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(0, 7, List.of(), OTHER, LEAF))
                .as("the tree of size 0 has the empty-tree root")
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void aTreeCannotShrink() {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(3, 2, List.of(LEAF), LEAF, OTHER))
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INVALID_CONSISTENCY_PROOF));
    }

    @Test
    void consistencyBetweenDifferentNonEmptySizesNeedsANonEmptyProof() {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(1, 2, List.of(), LEAF, Rfc6962.nodeHash(LEAF, OTHER)))
                .isInstanceOf(VerificationException.class);
        assertThatCode(() -> MerkleVerifier.verifyConsistency(1, 2, List.of(OTHER), LEAF, Rfc6962.nodeHash(LEAF, OTHER)))
                .doesNotThrowAnyException();
    }

    @Test
    void proofLongerThanAnyTreeNeedsIsRejectedNotLooped() {
        List<Hash> huge = java.util.Collections.nCopies(100, OTHER);
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(0, Long.MAX_VALUE, LEAF, huge, LEAF))
                .isInstanceOf(VerificationException.class);
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(3, Long.MAX_VALUE, huge, LEAF, OTHER))
                .isInstanceOf(VerificationException.class);
    }

    @Test
    void hashesAreExactly32Bytes() {
        assertThatThrownBy(() -> Hash.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hash.fromHex("00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hash.fromBase64("AAAA")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Hash.fromHex(LEAF.hex().toUpperCase())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Hash.fromBase64(LEAF.base64())).isEqualTo(LEAF);
    }
}
