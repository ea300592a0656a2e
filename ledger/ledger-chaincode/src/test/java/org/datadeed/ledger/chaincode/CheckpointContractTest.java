package org.datadeed.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.datadeed.ledger.chaincode.testing.Invocation;
import org.datadeed.ledger.chaincode.testing.SimulatedStub;
import org.datadeed.ledger.chaincode.testing.WorldState;
import org.datadeed.ledger.core.anchor.TestLog;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.json.JSONArray;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CheckpointContractTest {

    private static final String ORIGIN = "datadeed.test/ledger";

    private ContractLedger ledger;
    private TestLog log;

    @BeforeEach
    void setUp() {
        ledger = new ContractLedger();
        log = TestLog.of(ORIGIN);
    }

    private static String[] base64(List<Hash> proof) {
        return proof.stream().map(Hash::base64).toArray(String[]::new);
    }

    private void register() {
        ledger.submit(ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, log.verifierKey()));
    }

    private ContractLedger.Ran<String> anchor(long size, long previousSize) {
        return ledger.submit(ctx -> ledger.contract.AnchorCheckpoint(ctx, log.signedCheckpoint(size),
                base64(log.proof(previousSize, size))));
    }

    private static void assertRefused(ThrowingCallable call, AnchorError error) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ChaincodeException.class, e -> {
            assertThat(new String(e.getPayload(), StandardCharsets.UTF_8)).isEqualTo(error.name());
            assertThat(e.getMessage()).startsWith(error.name() + ": ");
        });
    }

    private static String stateValue(WorldState state, String key) {
        return state.get(key).map(e -> new String(e.value(), StandardCharsets.UTF_8)).orElse(null);
    }

    @Nested
    class RegisterLog {

        @Test
        void recordsTheKeyTheRegisteringOrganisationTheTransactionAndItsTime() {
            ContractLedger.Ran<String> ran =
                    ledger.submit(ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, log.verifierKey()));

            LogRecord record = LogRecord.fromJson(ran.result());
            assertThat(record.getOrigin()).isEqualTo(ORIGIN);
            assertThat(record.getVerifierKey()).isEqualTo(log.verifierKey());
            assertThat(record.getRegisteredBy()).isEqualTo("OperatorMSP");
            assertThat(record.getTransactionId()).isEqualTo(ran.transactionId());
            assertThat(record.getRegisteredAt()).isEqualTo(ran.timestamp().toString());
            assertThat(ran.readWriteSet().writes()).containsOnlyKeys("\u0000log\u0000" + ORIGIN + "\u0000");
        }

        @Test
        void registeringTheSameKeyAgainReturnsTheRegistrationAndWritesNothing() {
            ContractLedger.Ran<String> first =
                    ledger.submit(ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, log.verifierKey()));

            ContractLedger.Ran<String> again = ledger.submit(ContractLedger.REGULATOR,
                    ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, log.verifierKey()));

            assertThat(again.result()).isEqualTo(first.result());
            assertThat(again.readWriteSet().isReadOnly()).isTrue();
        }

        @Test
        void anotherKeyForARegisteredOriginIsRefusedAsKeyMismatch() {
            register();
            TestLog impostor = new TestLog(ORIGIN, "impostor", "x");

            assertRefused(() -> ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, impostor.verifierKey())), AnchorError.KEY_MISMATCH);
        }

        @Test
        void keyNotNamedLikeTheOriginIsRefusedAsMalformed() {
            assertRefused(() -> ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.RegisterLog(ctx, "datadeed.test/other", log.verifierKey())),
                    AnchorError.MALFORMED);
            assertRefused(() -> ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.RegisterLog(ctx, ORIGIN, "garbage")), AnchorError.MALFORMED);
        }
    }

    @Nested
    class AnchorCheckpoint {

        @BeforeEach
        void registerTheLog() {
            register();
        }

        @Test
        void firstCheckpointIsStoredUnderItsSizeAndAsLatestWithSubmitterTransactionAndTime() {
            log.grow(5);

            ContractLedger.Ran<String> ran = anchor(5, 0);

            AnchorRecord record = AnchorRecord.fromJson(ran.result());
            assertThat(record.getOrigin()).isEqualTo(ORIGIN);
            assertThat(record.getTreeSize()).isEqualTo(5);
            assertThat(record.getRootHash()).isEqualTo(log.rootHash(5).base64());
            assertThat(record.getSignedCheckpoint()).isEqualTo(log.signedCheckpoint(5));
            assertThat(record.getSubmitter()).isEqualTo("OperatorMSP");
            assertThat(record.getTransactionId()).isEqualTo(ran.transactionId());
            assertThat(record.getAnchoredAt()).isEqualTo(ran.timestamp().toString());
            assertThat(ran.readWriteSet().writes()).containsOnlyKeys(
                    WorldStateKeys.checkpoint(ORIGIN, 5), "\u0000latest\u0000" + ORIGIN + "\u0000");
            assertThat(stateValue(ledger.state, WorldStateKeys.checkpoint(ORIGIN, 5))).isEqualTo(ran.result());
            assertThat(stateValue(ledger.state, "\u0000latest\u0000" + ORIGIN + "\u0000")).isEqualTo(ran.result());
        }

        @Test
        void submitterIsTheMspOfTheClientThatSubmitted() {
            log.grow(1);

            ContractLedger.Ran<String> ran = ledger.submit(ContractLedger.REGULATOR,
                    ctx -> ledger.contract.AnchorCheckpoint(ctx, log.signedCheckpoint(1), new String[0]));

            assertThat(AnchorRecord.fromJson(ran.result()).getSubmitter()).isEqualTo("RegulatorMSP");
        }

        @Test
        void largerTreeWithAValidProofIsAppended() {
            log.grow(3);
            anchor(3, 0);
            log.grow(6);

            AnchorRecord record = AnchorRecord.fromJson(anchor(9, 3).result());

            assertThat(record.getTreeSize()).isEqualTo(9);
            assertThat(AnchorRecord.fromJson(ledger.evaluate(ctx -> ledger.contract.GetLatest(ctx, ORIGIN))))
                    .isEqualTo(record);
        }

        @Test
        void reAnchoringTheLatestCheckpointReturnsTheExistingRecordAndWritesNothing() {
            log.grow(4);
            ContractLedger.Ran<String> first = anchor(4, 0);

            ContractLedger.Ran<String> again = anchor(4, 0);

            assertThat(again.result()).isEqualTo(first.result());
            assertThat(again.readWriteSet().isReadOnly()).isTrue();
        }

        @Test
        void everyRuleRefusesWithItsErrorInThePayloadAndWritesNothing() {
            log.grow(4);
            anchor(4, 0);
            log.grow(4);
            TestLog fork = log.fork().grow(4);
            TestLog unknown = TestLog.of("datadeed.test/unknown").grow(1);
            TestLog impostor = new TestLog(ORIGIN, "impostor", "leaves of " + ORIGIN).grow(8);
            String[] validProof = base64(log.proof(4, 8));

            assertRefused(() -> attempt(log.signedCheckpoint(2), new String[0]), AnchorError.SMALLER_TREE);
            assertRefused(() -> attempt(fork.signedCheckpoint(4), new String[0]), AnchorError.FORKED_ROOT);
            assertRefused(() -> attempt(log.signedCheckpoint(8), base64(log.proof(3, 8))), AnchorError.INCONSISTENT);
            assertRefused(() -> attempt(impostor.signedCheckpoint(8), validProof), AnchorError.BAD_SIGNATURE);
            assertRefused(() -> attempt(unknown.signedCheckpoint(), new String[0]), AnchorError.UNKNOWN_ORIGIN);
            assertRefused(() -> attempt("not a note", new String[0]), AnchorError.MALFORMED);
            assertRefused(() -> attempt(log.signedCheckpoint(8), new String[] {"not base64!"}), AnchorError.MALFORMED);
            assertRefused(() -> attempt(log.signedCheckpoint(8),
                    Collections.nCopies(64, Rfc6962.emptyRoot().base64()).toArray(String[]::new)),
                    AnchorError.MALFORMED);
            assertThat(AnchorRecord.fromJson(ledger.evaluate(ctx -> ledger.contract.GetLatest(ctx, ORIGIN)))
                    .getTreeSize()).isEqualTo(4);
        }

        private String attempt(String note, String[] proof) {
            return ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.AnchorCheckpoint(ctx, note, proof)).result();
        }

        @Test
        void twoAnchorsSimulatedOnTheSameStateConflictSoOnlyOneCommits() {
            log.grow(2);
            anchor(2, 0);
            log.grow(2);
            String note = log.signedCheckpoint(4);
            String[] proof = base64(log.proof(2, 4));

            ContractLedger.Ran<String> first = ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.AnchorCheckpoint(ctx, note, proof));
            ContractLedger.Ran<String> second = ledger.simulate(ContractLedger.OPERATOR,
                    ctx -> ledger.contract.AnchorCheckpoint(ctx, note, proof));

            assertThat(ledger.commit(first)).isEmpty();
            assertThat(ledger.commit(second)).contains(WorldState.Conflict.MVCC_READ_CONFLICT);
            assertThat(AnchorRecord.fromJson(ledger.evaluate(ctx -> ledger.contract.GetLatest(ctx, ORIGIN)))
                    .getTransactionId()).isEqualTo(first.transactionId());
        }

        @Test
        void theSameProposalRunOnPeersOfBothOrganisationsReturnsAndWritesTheSameBytes() {
            log.grow(3);
            List<byte[]> args = List.of("AnchorCheckpoint".getBytes(StandardCharsets.UTF_8),
                    log.signedCheckpoint(3).getBytes(StandardCharsets.UTF_8), "[]".getBytes(StandardCharsets.UTF_8));
            SimulatedStub onOperatorPeer = new SimulatedStub(ledger.state, new Invocation("tx-same", "datadeed", args,
                    ContractLedger.OPERATOR.serialized(), ContractLedger.START, "OperatorMSP", null));
            SimulatedStub onRegulatorPeer = new SimulatedStub(ledger.state, new Invocation("tx-same", "datadeed", args,
                    ContractLedger.OPERATOR.serialized(), ContractLedger.START, "RegulatorMSP", null));

            String fromOperatorPeer = ledger.contract.AnchorCheckpoint(new Context(onOperatorPeer),
                    log.signedCheckpoint(3), new String[0]);
            String fromRegulatorPeer = ledger.contract.AnchorCheckpoint(new Context(onRegulatorPeer),
                    log.signedCheckpoint(3), new String[0]);

            assertThat(fromRegulatorPeer).isEqualTo(fromOperatorPeer);
            assertThat(onRegulatorPeer.readWriteSet().reads()).isEqualTo(onOperatorPeer.readWriteSet().reads());
            assertThat(onRegulatorPeer.readWriteSet().writes()).hasSameSizeAs(onOperatorPeer.readWriteSet().writes());
            onOperatorPeer.readWriteSet().writes().forEach((key, value) -> assertThat(
                    onRegulatorPeer.readWriteSet().writes().get(key)).hasValueSatisfying(
                    other -> assertThat(other).isEqualTo(value.orElseThrow())));
        }
    }

    @Nested
    class GetLatest {

        @Test
        void isEmptyForAnUnknownOriginOrALogWithoutCheckpoints() {
            assertThat(ledger.evaluate(ctx -> ledger.contract.GetLatest(ctx, ORIGIN))).isNull();
            register();
            assertThat(ledger.evaluate(ctx -> ledger.contract.GetLatest(ctx, ORIGIN))).isNull();
        }

        @Test
        void isTheLargestAnchoredCheckpointReadWithOneKey() {
            register();
            log.grow(2);
            anchor(2, 0);
            log.grow(3);
            String latest = anchor(5, 2).result();

            ContractLedger.Ran<String> query = ledger.simulate(ContractLedger.REGULATOR,
                    ctx -> ledger.contract.GetLatest(ctx, ORIGIN));

            assertThat(query.result()).isEqualTo(latest);
            assertThat(query.readWriteSet().reads()).hasSize(1);
        }
    }

    @Nested
    class GetBySize {

        @Test
        void findsExactlyTheAnchoredSizesWithOneKey() {
            register();
            log.grow(2);
            String two = anchor(2, 0).result();
            log.grow(3);
            anchor(5, 2);

            ContractLedger.Ran<String> query = ledger.simulate(ContractLedger.REGULATOR,
                    ctx -> ledger.contract.GetBySize(ctx, ORIGIN, 2));

            assertThat(query.result()).isEqualTo(two);
            assertThat(query.readWriteSet().reads()).hasSize(1);
            assertThat(ledger.evaluate(ctx -> ledger.contract.GetBySize(ctx, ORIGIN, 3))).isNull();
            assertThat(ledger.evaluate(ctx -> ledger.contract.GetBySize(ctx, ORIGIN, -1))).isNull();
            assertThat(ledger.evaluate(ctx -> ledger.contract.GetBySize(ctx, "nobody.test/log", 2))).isNull();
        }
    }

    @Nested
    class GetHistory {

        @BeforeEach
        void anchorSizes1To6() {
            register();
            for (int size = 1; size <= 6; size++) {
                log.grow(1);
                anchor(size, size - 1);
            }
        }

        private List<Long> sizes(String json) {
            JSONArray array = new JSONArray(json);
            return IntStream.range(0, array.length())
                    .mapToObj(i -> AnchorRecord.fromJson(array.getJSONObject(i).toString()).getTreeSize()).toList();
        }

        @Test
        void returnsCheckpointsFromASizeOnOldestFirstUpToTheLimit() {
            assertThat(sizes(ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, 0, 100))))
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(sizes(ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, 3, 2))))
                    .containsExactly(3L, 4L);
            assertThat(sizes(ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, 7, 2)))).isEmpty();
        }

        @Test
        void keepsOriginsThatArePrefixesOfEachOtherApart() {
            TestLog longer = TestLog.of(ORIGIN + "/0000000000000000001").grow(9);
            ledger.submit(ctx -> ledger.contract.RegisterLog(ctx, longer.origin(), longer.verifierKey()));
            ledger.submit(ctx -> ledger.contract.AnchorCheckpoint(ctx, longer.signedCheckpoint(), new String[0]));

            assertThat(sizes(ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, 0, 100))))
                    .containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(sizes(ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, longer.origin(), 0, 100))))
                    .containsExactly(9L);
        }

        @Test
        void refusesANegativeStartOrANonPositiveLimitAsMalformed() {
            assertRefused(() -> ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, -1, 10)),
                    AnchorError.MALFORMED);
            assertRefused(() -> ledger.evaluate(ctx -> ledger.contract.GetHistory(ctx, ORIGIN, 0, 0)),
                    AnchorError.MALFORMED);
        }
    }
}
