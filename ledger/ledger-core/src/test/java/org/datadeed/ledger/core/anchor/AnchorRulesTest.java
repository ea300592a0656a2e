package org.datadeed.ledger.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.core.tlog.Ed25519Cosigner;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AnchorRulesTest {

    private static final String ORIGIN = "datadeed.test/ledger";

    private final TestLog log = TestLog.of(ORIGIN).grow(8);

    private AnchoredCheckpoint anchored(long size) {
        return new AnchoredCheckpoint(ORIGIN, size, log.rootHash(size), log.signedCheckpoint(size), "tx-" + size,
                "OperatorMSP", Instant.EPOCH);
    }

    private AnchorRules.Decision decide(Optional<AnchoredCheckpoint> latest, String note, List<Hash> proof) {
        return AnchorRules.decide(log.verifierKey(), latest, note, proof);
    }

    private static void assertRefused(ThrowingCallable call, AnchorRefusal refusal) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AnchorRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.getMessage()).startsWith(refusal + ": ");
        });
    }

    @Nested
    class Decide {

        @Test
        void firstCheckpointWithAnEmptyProofIsAppended() {
            AnchorRules.Decision decision = decide(Optional.empty(), log.signedCheckpoint(5), List.of());

            assertThat(decision.outcome()).isEqualTo(AnchorRules.Outcome.APPEND);
            assertThat(decision.checkpoint()).isEqualTo(Checkpoint.of(ORIGIN, 5, log.rootHash(5)));
        }

        @Test
        void firstCheckpointWithAProofIsInconsistent() {
            assertRefused(() -> decide(Optional.empty(), log.signedCheckpoint(5), log.proof(3, 5)),
                    AnchorRefusal.INCONSISTENT);
        }

        @Test
        void firstCheckpointOfTheEmptyTreeMustCarryTheEmptyRoot() {
            String wrongEmpty = Checkpoint.of(ORIGIN, 0, log.rootHash(1)).sign(log.key()).format();

            assertThat(decide(Optional.empty(), log.signedCheckpoint(0), List.of()).outcome())
                    .isEqualTo(AnchorRules.Outcome.APPEND);
            assertRefused(() -> decide(Optional.empty(), wrongEmpty, List.of()), AnchorRefusal.INCONSISTENT);
        }

        @Test
        void largerTreeWithAValidProofIsAppended() {
            assertThat(decide(Optional.of(anchored(3)), log.signedCheckpoint(8), log.proof(3, 8)).outcome())
                    .isEqualTo(AnchorRules.Outcome.APPEND);
        }

        @Test
        void largerTreeWithAProofFromAnotherSizeIsInconsistent() {
            assertRefused(() -> decide(Optional.of(anchored(3)), log.signedCheckpoint(8), log.proof(4, 8)),
                    AnchorRefusal.INCONSISTENT);
        }

        @Test
        void sameSizeAndRootIsAlreadyAnchoredWhateverProofComesWithIt() {
            AnchorRules.Decision decision = decide(Optional.of(anchored(5)), log.signedCheckpoint(5), log.proof(3, 5));

            assertThat(decision.outcome()).isEqualTo(AnchorRules.Outcome.ALREADY_ANCHORED);
        }

        @Test
        void sameSizeWithAnotherRootIsAFork() {
            TestLog fork = log.fork().grow(5);

            assertRefused(() -> decide(Optional.of(anchored(5)), fork.signedCheckpoint(), List.of()),
                    AnchorRefusal.FORKED_ROOT);
        }

        @Test
        void smallerTreeIsRefusedBeforeItsProofIsLookedAt() {
            assertRefused(() -> decide(Optional.of(anchored(5)), log.signedCheckpoint(4), List.of()),
                    AnchorRefusal.SMALLER_TREE);
        }

        @Test
        void signatureIsCheckedBeforeTheTreeRules() {
            TestLog impostor = new TestLog(ORIGIN, "impostor key", "leaves of " + ORIGIN).grow(8);

            assertRefused(() -> decide(Optional.of(anchored(5)), impostor.signedCheckpoint(4), List.of()),
                    AnchorRefusal.BAD_SIGNATURE);
        }

        @Test
        void malformedNoteIsRefused() {
            assertRefused(() -> decide(Optional.empty(), "no note at all", List.of()), AnchorRefusal.MALFORMED);
            assertRefused(() -> decide(Optional.empty(), null, List.of()), AnchorRefusal.MALFORMED);
        }

        @Test
        void proofLongerThanAnyTreeNeedsIsMalformed() {
            List<Hash> tooLong = Collections.nCopies(AnchorRules.MAX_PROOF_HASHES + 1, Rfc6962.emptyRoot());

            assertRefused(() -> decide(Optional.of(anchored(3)), log.signedCheckpoint(8), tooLong),
                    AnchorRefusal.MALFORMED);
        }

        @Test
        void keyOfAnotherOriginIsTheCallersMistake() {
            TestLog other = TestLog.of("datadeed.test/other").grow(1);

            assertThatThrownBy(() -> AnchorRules.decide(other.verifierKey(), Optional.empty(), log.signedCheckpoint(1),
                    List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Register {

        @Test
        void newOriginIsRegistered() {
            assertThat(AnchorRules.register(ORIGIN, log.verifierKey(), Optional.empty()))
                    .isEqualTo(AnchorRules.Registration.REGISTER);
        }

        @Test
        void sameKeyAgainIsAlreadyRegistered() {
            assertThat(AnchorRules.register(ORIGIN, log.verifierKey(), Optional.of(log.verifierKey())))
                    .isEqualTo(AnchorRules.Registration.ALREADY_REGISTERED);
        }

        @Test
        void anotherKeyForARegisteredOriginIsAKeyMismatch() {
            TestLog impostor = new TestLog(ORIGIN, "impostor key", "x");

            assertRefused(() -> AnchorRules.register(ORIGIN, impostor.verifierKey(), Optional.of(log.verifierKey())),
                    AnchorRefusal.KEY_MISMATCH);
        }

        @Test
        void keyNamedOtherwiseThanTheOriginIsMalformed() {
            assertRefused(() -> AnchorRules.register("datadeed.test/other", log.verifierKey(), Optional.empty()),
                    AnchorRefusal.MALFORMED);
        }

        @Test
        void witnessCosignatureKeyIsNotALogKey() {
            String cosignatureKey = Ed25519Cosigner.fromSeed(ORIGIN, Rfc6962.sha256(new byte[] {1}), Clock.systemUTC())
                    .verifier().toString();

            assertRefused(() -> AnchorRules.register(ORIGIN, cosignatureKey, Optional.empty()),
                    AnchorRefusal.MALFORMED);
        }

        @Test
        void garbageKeyOrEmptyOriginIsMalformed() {
            assertRefused(() -> AnchorRules.register(ORIGIN, "nonsense", Optional.empty()), AnchorRefusal.MALFORMED);
            assertRefused(() -> AnchorRules.register("", log.verifierKey(), Optional.empty()), AnchorRefusal.MALFORMED);
        }
    }

    @Test
    void historyRangeNeedsANonNegativeStartAndAPositiveLimit() {
        AnchorRules.requireHistoryRange(0, 1);
        assertThatThrownBy(() -> AnchorRules.requireHistoryRange(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnchorRules.requireHistoryRange(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
