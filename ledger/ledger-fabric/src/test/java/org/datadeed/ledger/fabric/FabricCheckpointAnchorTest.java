package org.datadeed.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.datadeed.ledger.chaincode.CheckpointContract;
import org.datadeed.ledger.chaincode.testing.TestIdentity;
import org.datadeed.ledger.core.anchor.AnchorRefusal;
import org.datadeed.ledger.core.anchor.AnchorRefusedException;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.anchor.CheckpointAnchorContract;
import org.datadeed.ledger.core.anchor.TestLog;
import org.datadeed.ledger.fabric.InProcessGateway.Rpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.grpc.Status;

/**
 * The Fabric adapter passes the anchoring contract through the real Fabric Gateway client, over TLS, against an
 * in-process Gateway service that runs the project's real chaincode (see {@link InProcessGateway}); and it retries
 * what is transient, never a refusal, with a deadline on every call.
 */
class FabricCheckpointAnchorTest extends CheckpointAnchorContract {

    private static final String CHANNEL = "datadeed";
    private static final String CHAINCODE = "datadeed-anchor";
    private static final String PEER_HOST = "peer0.operator.example";
    private static final FabricAnchorConfig.Deadlines DEADLINES = new FabricAnchorConfig.Deadlines(
            Duration.ofSeconds(7), Duration.ofSeconds(11), Duration.ofSeconds(13), Duration.ofSeconds(17));
    private static final FabricAnchorConfig.Retry RETRY =
            new FabricAnchorConfig.Retry(4, Duration.ofMillis(100), Duration.ofMillis(250), 2.0);

    @TempDir
    static Path files;

    private static TestIdentity client;
    private static List<InProcessGateway.Peer> peers;
    private static Path tlsCertificate;
    private static Path tlsKey;

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private InProcessGateway gateway;
    private FabricCheckpointAnchor anchor;

    @BeforeAll
    static void generateIdentities() {
        client = TestIdentity.generate("OperatorMSP", "ledger-service");
        client.writeCertificate(files.resolve("client.crt"));
        client.writePrivateKey(files.resolve("client.key"));
        peers = List.of(
                new InProcessGateway.Peer(TestIdentity.generate("OperatorMSP", PEER_HOST), PEER_HOST + ":7051"),
                new InProcessGateway.Peer(TestIdentity.generate("RegulatorMSP", "peer0.regulator.example"),
                        "peer0.regulator.example:9051"));
        TestIdentity tls = TestIdentity.generate("OperatorMSP", PEER_HOST, PEER_HOST);
        tlsCertificate = tls.writeCertificate(files.resolve("tls-ca.crt"));
        tlsKey = tls.writePrivateKey(files.resolve("tls.key"));
    }

    private FabricAnchorConfig config(String authority) {
        return new FabricAnchorConfig(gateway.endpoint(), tlsCertificate, authority, client.mspId(),
                files.resolve("client.crt"), files.resolve("client.key"), CHANNEL, CHAINCODE, DEADLINES, RETRY);
    }

    @Override
    protected CheckpointAnchor newAnchor() {
        gateway = new InProcessGateway(CHANNEL, CHAINCODE, peers).start(tlsCertificate, tlsKey);
        anchor = new FabricCheckpointAnchor(config(PEER_HOST), sleeps::add, FabricCheckpointAnchor.HISTORY_PAGE);
        return anchor;
    }

    @Override
    protected String expectedSubmitter() {
        return "OperatorMSP";
    }

    @AfterEach
    void closeConnections() {
        anchor.close();
        gateway.close();
    }

    private TestLog registeredLog() {
        TestLog log = TestLog.of(ORIGIN);
        anchor.registerLog(ORIGIN, log.verifierKey());
        return log;
    }

    @Test
    void anchoredRecordCarriesTheCommittedFabricTransaction() {
        TestLog log = registeredLog().grow(3);

        AnchoredCheckpoint anchored = anchor.anchor(log.signedCheckpoint(), List.of());

        assertThat(gateway.validTransactions()).hasSize(2).last().isEqualTo(anchored.transactionId());
        assertThat(anchored.transactionId()).matches("[0-9a-f]{64}");
    }

    @Test
    void everyGatewayCallCarriesItsConfiguredDeadline() {
        TestLog log = registeredLog().grow(3);
        anchor.anchor(log.signedCheckpoint(), List.of());
        anchor.latest(ORIGIN);

        assertThat(gateway.deadlinesMillis(Rpc.EVALUATE)).isNotEmpty().allSatisfy(ms -> assertThat(ms).isBetween(1L, 7_000L));
        assertThat(gateway.deadlinesMillis(Rpc.ENDORSE)).isNotEmpty().allSatisfy(ms -> assertThat(ms).isBetween(7_001L, 11_000L));
        assertThat(gateway.deadlinesMillis(Rpc.SUBMIT)).isNotEmpty().allSatisfy(ms -> assertThat(ms).isBetween(11_001L, 13_000L));
        assertThat(gateway.deadlinesMillis(Rpc.COMMIT_STATUS)).isNotEmpty()
                .allSatisfy(ms -> assertThat(ms).isBetween(13_001L, 17_000L));
    }

    @Test
    void checkpointAnchoredAlreadyIsNotSubmittedForOrderingAgain() {
        TestLog log = registeredLog().grow(3);
        anchor.anchor(log.signedCheckpoint(), List.of());
        int submissions = gateway.calls(Rpc.SUBMIT);

        anchor.anchor(log.signedCheckpoint(), List.of());
        anchor.registerLog(ORIGIN, log.verifierKey());

        assertThat(gateway.calls(Rpc.SUBMIT)).isEqualTo(submissions);
    }

    @Test
    void unavailableEndorsementIsRetriedWithExponentialBackoff() {
        TestLog log = registeredLog().grow(2);
        gateway.failNext(Rpc.ENDORSE, Status.Code.UNAVAILABLE, 3);

        AnchoredCheckpoint anchored = anchor.anchor(log.signedCheckpoint(), List.of());

        assertThat(anchored.treeSize()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
    }

    @Test
    void submitAndQueryTimeoutsAreRetried() {
        TestLog log = registeredLog().grow(2);
        gateway.failNext(Rpc.SUBMIT, Status.Code.DEADLINE_EXCEEDED, 1);
        gateway.failNext(Rpc.EVALUATE, Status.Code.UNAVAILABLE, 1);

        anchor.anchor(log.signedCheckpoint(), List.of());

        assertThat(anchor.latest(ORIGIN)).hasValueSatisfying(c -> assertThat(c.treeSize()).isEqualTo(2));
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void mvccConflictAtCommitIsRetriedAndTheCheckpointAnchoredOnce() {
        TestLog log = registeredLog().grow(2);
        gateway.conflictNextCommits(1);

        AnchoredCheckpoint anchored = anchor.anchor(log.signedCheckpoint(), List.of());

        assertThat(gateway.calls(Rpc.SUBMIT)).isEqualTo(3);
        assertThat(gateway.validTransactions()).hasSize(2).last().isEqualTo(anchored.transactionId());
        assertThat(anchor.history(ORIGIN, 0, 10)).containsExactly(anchored);
    }

    @Test
    void lostCommitStatusIsRetriedAndFindsTheCheckpointAnchoredByTheFirstTransaction() {
        TestLog log = registeredLog().grow(2);
        gateway.loseNextCommitStatuses(1);

        AnchoredCheckpoint anchored = anchor.anchor(log.signedCheckpoint(), List.of());

        assertThat(gateway.validTransactions()).hasSize(2).last().isEqualTo(anchored.transactionId());
        assertThat(gateway.calls(Rpc.SUBMIT)).as("the retry found it anchored and did not submit again").isEqualTo(2);
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void chaincodeRefusalIsNeverRetried() {
        TestLog log = registeredLog().grow(4);
        anchor.anchor(log.signedCheckpoint(), List.of());
        int endorsements = gateway.calls(Rpc.ENDORSE);

        assertThatThrownBy(() -> anchor.anchor(log.signedCheckpoint(3), List.of()))
                .isInstanceOfSatisfying(AnchorRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(AnchorRefusal.SMALLER_TREE);
                    assertThat(e.getMessage()).isEqualTo(
                            "SMALLER_TREE: tree size 3 is smaller than the latest anchored size 4");
                });
        assertThat(gateway.calls(Rpc.ENDORSE)).isEqualTo(endorsements + 1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void retriesStopAfterTheConfiguredAttempts() {
        registeredLog();
        gateway.failNext(Rpc.EVALUATE, Status.Code.UNAVAILABLE, 10);

        assertThatThrownBy(() -> anchor.latest(ORIGIN)).isInstanceOf(FabricAnchorException.class)
                .hasMessageContaining("after 4 attempts").hasMessageContaining("UNAVAILABLE");
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void otherCallFailuresAreNotRetried() {
        registeredLog();
        gateway.failNext(Rpc.EVALUATE, Status.Code.PERMISSION_DENIED, 1);

        assertThatThrownBy(() -> anchor.latest(ORIGIN)).isInstanceOf(FabricAnchorException.class)
                .hasMessageContaining("PERMISSION_DENIED");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void peerWhoseTlsCertificateIsNotForTheConfiguredAuthorityIsNotTrusted() {
        try (FabricCheckpointAnchor wrongHost = new FabricCheckpointAnchor(config("peer0.elsewhere.example"),
                sleeps::add, FabricCheckpointAnchor.HISTORY_PAGE)) {
            assertThatThrownBy(() -> wrongHost.latest(ORIGIN)).isInstanceOf(FabricAnchorException.class)
                    .hasMessageContaining("UNAVAILABLE");
        }
        assertThat(gateway.calls(Rpc.EVALUATE)).isZero();
    }

    @Test
    void historyLongerThanOnePageIsReadPageByPage() {
        TestLog log = registeredLog();
        for (int size = 1; size <= 5; size++) {
            log.grow(1);
            anchor.anchor(log.signedCheckpoint(), log.proof(size - 1, size));
        }
        int evaluations = gateway.calls(Rpc.EVALUATE);

        try (FabricCheckpointAnchor pagingByTwo = new FabricCheckpointAnchor(config(PEER_HOST), sleeps::add, 2)) {
            assertThat(pagingByTwo.history(ORIGIN, 0, 10)).extracting(AnchoredCheckpoint::treeSize)
                    .containsExactly(1L, 2L, 3L, 4L, 5L);
            assertThat(pagingByTwo.history(ORIGIN, 2, 3)).extracting(AnchoredCheckpoint::treeSize)
                    .containsExactly(2L, 3L, 4L);
        }
        assertThat(gateway.calls(Rpc.EVALUATE) - evaluations).isEqualTo(3 + 2);
    }

    @Test
    void historyPageIsTheChaincodesLargestPage() {
        assertThat(FabricCheckpointAnchor.HISTORY_PAGE).isEqualTo(CheckpointContract.MAX_HISTORY_PAGE);
    }
}
