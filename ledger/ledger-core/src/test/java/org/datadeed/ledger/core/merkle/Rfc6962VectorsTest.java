package org.datadeed.ledger.core.merkle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.datadeed.ledger.core.VerificationException;
import org.datadeed.ledger.core.VerificationFailure;
import org.datadeed.ledger.core.Vectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every vector of rfc6962-vectors.json, generated and verified, plus tampered variants that must fail. */
class Rfc6962VectorsTest {

    private static final Vectors VECTORS = Vectors.get();
    private static MerkleLog log;

    @BeforeAll
    static void appendAllVectorLeaves() {
        log = MerkleLog.open(new InMemoryNodeStore());
        for (int i = 0; i < VECTORS.leaves().size(); i++) {
            log.append(Rfc6962.leafHash(VECTORS.leaf(i)));
        }
    }

    static IntStream sizes() {
        return VECTORS.roots().keySet().stream().mapToInt(Integer::parseInt).sorted();
    }

    static Stream<Vectors.Inclusion> inclusions() {
        return VECTORS.inclusion().stream();
    }

    static Stream<Vectors.Inclusion> nonTrivialInclusions() {
        return inclusions().filter(v -> !v.path().isEmpty());
    }

    static Stream<Vectors.Consistency> consistencies() {
        return VECTORS.consistency().stream();
    }

    static Stream<Vectors.Consistency> nonTrivialConsistencies() {
        return consistencies().filter(v -> !v.proof().isEmpty());
    }

    @Test
    void vectorsCoverEveryRootSizeAndAllProofs() {
        assertThat(VECTORS.leaves()).hasSize(37);
        assertThat(VECTORS.roots()).hasSize(38);
        assertThat(VECTORS.inclusion()).hasSize(65);
        assertThat(VECTORS.consistency()).hasSize(82);
    }

    @Nested
    class Roots {

        @ParameterizedTest(name = "size {0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#sizes")
        void rootOfFirstLeavesMatchesVectorWhenAppendedOneByOne(int size) {
            MerkleLog fresh = MerkleLog.open(new InMemoryNodeStore());
            for (int i = 0; i < size; i++) {
                fresh.append(Rfc6962.leafHash(VECTORS.leaf(i)));
            }
            assertThat(fresh.rootHash()).isEqualTo(VECTORS.root(size));
        }

        @ParameterizedTest(name = "size {0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#sizes")
        void historicalRootFromStoredNodesMatchesVector(int size) {
            assertThat(log.prover().rootHash(size)).isEqualTo(VECTORS.root(size));
        }

        @ParameterizedTest(name = "size {0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#sizes")
        void referenceDefinitionAgreesWithVector(int size) {
            List<byte[]> leaves = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                leaves.add(VECTORS.leaf(i));
            }
            assertThat(ReferenceMerkle.mth(leaves)).isEqualTo(VECTORS.root(size));
        }

        @Test
        void emptyTreeRootIsSha256OfEmptyString() {
            assertThat(Rfc6962.emptyRoot().hex())
                    .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
            assertThat(VECTORS.root(0)).isEqualTo(Rfc6962.emptyRoot());
        }
    }

    @Nested
    class Inclusion {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void leafHashIsSha256OfZeroByteAndLeaf(Vectors.Inclusion v) {
            assertThat(Rfc6962.leafHash(VECTORS.leaf((int) v.index()))).isEqualTo(v.leafHashValue());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void generatedProofEqualsVector(Vectors.Inclusion v) {
            InclusionProof proof = log.prover().inclusionProof(v.index(), v.size());
            assertThat(proof.path()).isEqualTo(v.pathValue());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void vectorProofVerifiesAgainstVectorRoot(Vectors.Inclusion v) {
            assertThatCode(() -> MerkleVerifier.verifyInclusion(v.index(), v.size(), v.leafHashValue(),
                    v.pathValue(), VECTORS.root(v.size()))).doesNotThrowAnyException();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#nonTrivialInclusions")
        void proofWithAnyElementAlteredByOneBitFails(Vectors.Inclusion v) {
            List<Hash> path = v.pathValue();
            for (int element = 0; element < path.size(); element++) {
                for (int bit : new int[] {0, 7, 128, 255}) {
                    List<Hash> tampered = TestHashes.flipBit(path, element, bit);
                    assertInclusionFails(v.index(), v.size(), v.leafHashValue(), tampered, VECTORS.root(v.size()),
                            VerificationFailure.INVALID_INCLUSION_PROOF);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void proofForAnotherLeafFails(Vectors.Inclusion v) {
            Hash otherLeaf = Rfc6962.leafHash(VECTORS.leaf((int) ((v.index() + 1) % 37)));
            assertInclusionFails(v.index(), v.size(), otherLeaf, v.pathValue(), VECTORS.root(v.size()),
                    VerificationFailure.INVALID_INCLUSION_PROOF);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void proofVerifiedAtAnyOtherIndexOfTheSameTreeFails(Vectors.Inclusion v) {
            for (long index = 0; index < v.size(); index++) {
                if (index != v.index()) {
                    assertInclusionFails(index, v.size(), v.leafHashValue(), v.pathValue(), VECTORS.root(v.size()),
                            VerificationFailure.INVALID_INCLUSION_PROOF);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void proofVerifiedAgainstAnyOtherTreeSizeAndItsRootFails(Vectors.Inclusion v) {
            // A verifier takes the size and the root together from one checkpoint.
            for (long size = v.index() + 1; size <= 37; size++) {
                if (size != v.size()) {
                    assertInclusionFails(v.index(), size, v.leafHashValue(), v.pathValue(), VECTORS.root(size),
                            VerificationFailure.INVALID_INCLUSION_PROOF);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void proofWithAHashAddedOrRemovedFails(Vectors.Inclusion v) {
            List<Hash> longer = new ArrayList<>(v.pathValue());
            longer.add(v.leafHashValue());
            assertInclusionFails(v.index(), v.size(), v.leafHashValue(), longer, VECTORS.root(v.size()),
                    VerificationFailure.INVALID_INCLUSION_PROOF);
            if (!v.path().isEmpty()) {
                List<Hash> shorter = v.pathValue().subList(0, v.path().size() - 1);
                assertInclusionFails(v.index(), v.size(), v.leafHashValue(), shorter, VECTORS.root(v.size()),
                        VerificationFailure.INVALID_INCLUSION_PROOF);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#inclusions")
        void indexAtOrBeyondTreeSizeIsOutOfRange(Vectors.Inclusion v) {
            assertInclusionFails(v.size(), v.size(), v.leafHashValue(), v.pathValue(), VECTORS.root(v.size()),
                    VerificationFailure.INDEX_OUT_OF_RANGE);
        }
    }

    @Nested
    class Consistency {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void vectorRootsAreTheRootsOfThoseSizes(Vectors.Consistency v) {
            assertThat(v.root1()).isEqualTo(VECTORS.roots().get(Long.toString(v.size1())));
            assertThat(v.root2()).isEqualTo(VECTORS.roots().get(Long.toString(v.size2())));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void generatedProofEqualsVector(Vectors.Consistency v) {
            ConsistencyProof proof = log.prover().consistencyProof(v.size1(), v.size2());
            assertThat(proof.path()).isEqualTo(v.proofValue());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void vectorProofVerifies(Vectors.Consistency v) {
            assertThatCode(() -> MerkleVerifier.verifyConsistency(v.size1(), v.size2(), v.proofValue(),
                    Hash.fromHex(v.root1()), Hash.fromHex(v.root2()))).doesNotThrowAnyException();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#nonTrivialConsistencies")
        void proofWithAnyElementAlteredByOneBitFails(Vectors.Consistency v) {
            List<Hash> proof = v.proofValue();
            for (int element = 0; element < proof.size(); element++) {
                for (int bit : new int[] {0, 100, 255}) {
                    assertConsistencyFails(v.size1(), v.size2(), TestHashes.flipBit(proof, element, bit),
                            Hash.fromHex(v.root1()), Hash.fromHex(v.root2()));
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void proofAgainstAnyOtherPairOfSizesAndTheirRootsFails(Vectors.Consistency v) {
            for (long size1 = 1; size1 <= 37; size1++) {
                for (long size2 = size1; size2 <= 37; size2++) {
                    boolean sameVector = size1 == v.size1() && size2 == v.size2();
                    // The empty proof rightly proves every tree consistent with itself.
                    boolean emptyProofOfEqualSizes = v.proof().isEmpty() && size1 == size2;
                    if (!sameVector && !emptyProofOfEqualSizes) {
                        assertConsistencyFails(size1, size2, v.proofValue(), VECTORS.root(size1), VECTORS.root(size2));
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#nonTrivialConsistencies")
        void proofFailsWhenEitherRootIsWrong(Vectors.Consistency v) {
            Hash root1 = Hash.fromHex(v.root1());
            Hash root2 = Hash.fromHex(v.root2());
            assertConsistencyFails(v.size1(), v.size2(), v.proofValue(), TestHashes.flipBit(root1, 3), root2);
            assertConsistencyFails(v.size1(), v.size2(), v.proofValue(), root1, TestHashes.flipBit(root2, 3));
            assertConsistencyFails(v.size1(), v.size2(), v.proofValue(), root2, root1);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void proofWithAHashAddedOrRemovedFails(Vectors.Consistency v) {
            Hash root1 = Hash.fromHex(v.root1());
            Hash root2 = Hash.fromHex(v.root2());
            List<Hash> longer = new ArrayList<>(v.proofValue());
            longer.add(root2);
            assertConsistencyFails(v.size1(), v.size2(), longer, root1, root2);
            if (!v.proof().isEmpty()) {
                assertConsistencyFails(v.size1(), v.size2(), v.proofValue().subList(1, v.proof().size()), root1, root2);
                assertConsistencyFails(v.size1(), v.size2(), v.proofValue().subList(0, v.proof().size() - 1),
                        root1, root2);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.datadeed.ledger.core.merkle.Rfc6962VectorsTest#consistencies")
        void proofInTheWrongDirectionFails(Vectors.Consistency v) {
            if (v.size1() != v.size2()) {
                assertConsistencyFails(v.size2(), v.size1(), v.proofValue(), Hash.fromHex(v.root2()),
                        Hash.fromHex(v.root1()));
            }
        }
    }

    private static void assertInclusionFails(long index, long size, Hash leaf, List<Hash> path, Hash root,
                                             VerificationFailure expected) {
        assertThatThrownBy(() -> MerkleVerifier.verifyInclusion(index, size, leaf, path, root))
                .as("inclusion of index %d in size %d", index, size)
                .isInstanceOfSatisfying(VerificationException.class, e -> assertThat(e.failure()).isEqualTo(expected));
    }

    private static void assertConsistencyFails(long size1, long size2, List<Hash> proof, Hash root1, Hash root2) {
        assertThatThrownBy(() -> MerkleVerifier.verifyConsistency(size1, size2, proof, root1, root2))
                .as("consistency %d -> %d", size1, size2)
                .isInstanceOfSatisfying(VerificationException.class,
                        e -> assertThat(e.failure()).isEqualTo(VerificationFailure.INVALID_CONSISTENCY_PROOF));
    }
}
