package org.datadeed.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.datadeed.client.audit.ApiClient;
import org.datadeed.client.audit.ApiException;
import org.datadeed.client.audit.api.AuditApi;
import org.datadeed.client.audit.model.CheckpointView;
import org.datadeed.client.audit.model.ConsistencyProofView;
import org.datadeed.client.audit.model.EventProof;
import org.datadeed.client.audit.model.LogStatus;
import org.datadeed.client.audit.model.ProvenHistory;
import org.datadeed.client.audit.model.Stage;
import org.datadeed.devsupport.OAuthTokens;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.datadeed.ledger.core.note.Ed25519NoteVerifier;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;
import org.datadeed.ledger.core.tlog.CosignatureVerifier;
import org.datadeed.ledger.core.tlog.TlogProofVerifier;
import org.datadeed.ledger.core.tlog.Verdict;
import org.datadeed.ledger.core.tlog.VerifiedCheckpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a regulator does with the audit API, through the generated client with a real token: take the published
 * keys, fetch an event's proof or receipt, and verify it offline against the anchored, cosigned checkpoint.
 */
class AuditApiIT {

    private static LedgerTestStack stack;
    private static AuditApi regulator;
    private static List<String> events;

    @BeforeAll
    static void start() throws IOException {
        stack = LedgerTestStack.get();
        events = stack.appendEvents(25);
        OAuthTokens tokens = new OAuthTokens(stack.auth.issuer());
        regulator = new AuditApi(client(tokens.authorizationCode("test-cli", null, "http://127.0.0.1:8765/callback",
                "regulator", stack.regulatorPassword)));
        long size = stack.jdbc().sql("SELECT COUNT(*) FROM eventstore.domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> regulator.getLogStatus().getAnchoredSize() == size);
    }

    @Test
    void anEventsInclusionProofVerifiesAgainstTheAnchoredCosignedCheckpoint() throws Exception {
        LogStatus status = regulator.getLogStatus();
        CheckpointPolicy policy = policy(status);
        EventProof proof = regulator.getEventProof(events.get(4), null);

        assertThat(proof.getStage()).isEqualTo(Stage.ANCHORED);
        CheckpointView checkpoint = proof.getCheckpoint();
        assertThat(checkpoint.getAnchor()).isNotNull();
        assertThat(checkpoint.getAnchor().getTransactionId()).startsWith("local-");
        VerifiedCheckpoint verified = policy.verify(checkpoint.getCosignedNote());
        assertThat(verified.checkpoint().size()).isEqualTo(proof.getTreeSize());

        Hash leafHash = Rfc6962.leafHash(proof.getLeaf().getBytes(StandardCharsets.UTF_8));
        assertThat(leafHash.hex()).isEqualTo(proof.getLeafHash());
        MerkleVerifier.verifyInclusion(proof.getLogIndex(), proof.getTreeSize(), leafHash,
                proof.getInclusionPath().stream().map(Hash::fromHex).toList(), verified.checkpoint().rootHash());
        assertThat(proof.getLeaf()).contains("\"eventId\":\"" + events.get(4) + "\"");
    }

    @Test
    void aReceiptVerifiesOfflineAndFailsForAnotherLeaf() throws Exception {
        LogStatus status = regulator.getLogStatus();
        String receipt = regulator.getEventReceipt(events.get(9));
        EventProof proof = regulator.getEventProof(events.get(9), null);
        TlogProofVerifier verifier = new TlogProofVerifier(policy(status));

        Verdict good = verifier.verify(proof.getLeaf().getBytes(StandardCharsets.UTF_8), receipt);
        assertThat(good.ok()).as(good.toString()).isTrue();
        Verdict bad = verifier.verify(proof.getLeaf().replace(events.get(9), "someone-else").getBytes(StandardCharsets.UTF_8), receipt);
        assertThat(bad.ok()).isFalse();
    }

    @Test
    void consecutiveCheckpointsAreProvenConsistent() throws Exception {
        List<CheckpointView> anchored = regulator.listCheckpoints(0L, 500, true);
        assertThat(anchored).hasSizeGreaterThanOrEqualTo(1);
        CheckpointView first = anchored.get(0);
        CheckpointView last = anchored.get(anchored.size() - 1);
        ConsistencyProofView proof = regulator.getConsistencyProof(first.getTreeSize(), last.getTreeSize());
        MerkleVerifier.verifyConsistency(first.getTreeSize(), last.getTreeSize(),
                proof.getPath().stream().map(Hash::fromHex).toList(), Hash.fromHex(first.getRootHash()),
                Hash.fromHex(last.getRootHash()));
    }

    @Test
    void theProvenHistoryOfAnAggregateProvesEachOfItsEvents() throws Exception {
        String aggregate = stack.jdbc().sql("SELECT aggregate_identifier FROM eventstore.domain_event_entry WHERE event_identifier = :id")
                .param("id", events.get(2)).query(String.class).single();
        ProvenHistory history = regulator.getProvenHistory(aggregate);
        assertThat(history.getEvents()).singleElement().satisfies(event -> {
            assertThat(event.getEventId()).isEqualTo(events.get(2));
            MerkleVerifier.verifyInclusion(event.getLogIndex(), event.getTreeSize(),
                    Hash.fromHex(event.getLeafHash()), event.getInclusionPath().stream().map(Hash::fromHex).toList(),
                    Hash.fromHex(history.getCheckpoint().getRootHash()));
        });
    }

    @Test
    void theFullAuditOfAnUntouchedLogFindsNothing() throws Exception {
        var report = regulator.runFullAudit();
        assertThat(report.getOk()).isTrue();
        assertThat(report.getLeavesInLog()).isEqualTo(report.getEventsInStore());
        assertThat(report.getAnchoredCheckpointsVerified()).isPositive();
    }

    @Test
    void onlyRegulatorsMayAudit() {
        OAuthTokens tokens = new OAuthTokens(stack.auth.issuer());
        AuditApi holder = new AuditApi(client(tokens.authorizationCode("test-cli", null, "http://127.0.0.1:8765/callback",
                "holder", stack.holderPassword)));
        assertThatThrownBy(holder::getLogStatus)
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(403));
        assertThatThrownBy(() -> new AuditApi(client(null)).getLogStatus())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
        assertThatThrownBy(() -> regulator.getEventProof("no-such-event", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
    }

    private static CheckpointPolicy policy(LogStatus status) {
        return CheckpointPolicy.logOnly(status.getOrigin(), Ed25519NoteVerifier.parse(status.getLogVerifierKey()))
                .withWitnesses(List.of(CosignatureVerifier.parse(status.getWitnessVerifierKey())), 1);
    }

    private static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(stack.baseUri());
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
