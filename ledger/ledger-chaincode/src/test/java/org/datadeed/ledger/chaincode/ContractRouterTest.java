package org.datadeed.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.datadeed.ledger.chaincode.testing.InProcessChaincode;
import org.datadeed.ledger.chaincode.testing.Invocation;
import org.datadeed.ledger.chaincode.testing.SimulatedStub;
import org.datadeed.ledger.chaincode.testing.WorldState;
import org.datadeed.ledger.core.anchor.TestLog;
import org.hyperledger.fabric.shim.Chaincode;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The contract as the chaincode-as-a-service main class runs it: routed, converted and answered by the shim. */
class ContractRouterTest {

    private static final String ORIGIN = "datadeed.test/ledger";

    private final WorldState state = new WorldState();
    private final TestLog log = TestLog.of(ORIGIN).grow(4);
    private int transactions;

    private Chaincode.Response submit(String function, String... args) {
        SimulatedStub stub = new SimulatedStub(state, Invocation.of("tx" + ++transactions,
                Instant.parse("2025-03-01T12:00:00Z"), ContractLedger.OPERATOR, function, args));
        Chaincode.Response response = InProcessChaincode.invoke(stub);
        if (response.getStatusCode() == 200) {
            assertThat(state.commit(stub.readWriteSet(), new WorldState.Version(transactions, 0))).isEmpty();
        }
        return response;
    }

    @Test
    void transactionsAreRoutedByNameWithTheProofAsAJsonArrayOfBase64Hashes() {
        assertThat(submit("RegisterLog", ORIGIN, log.verifierKey()).getStatusCode()).isEqualTo(200);
        assertThat(submit("AnchorCheckpoint", log.signedCheckpoint(2), "[]").getStatusCode()).isEqualTo(200);

        String proof = "[\"" + String.join("\",\"", log.proof(2, 4).stream().map(h -> h.base64()).toList()) + "\"]";
        Chaincode.Response anchored = submit("AnchorCheckpoint", log.signedCheckpoint(4), proof);

        assertThat(anchored.getStatusCode()).isEqualTo(200);
        assertThat(AnchorRecord.fromJson(anchored.getStringPayload()).getTreeSize()).isEqualTo(4);
        assertThat(submit("GetHistory", ORIGIN, "0", "10").getStringPayload()).contains("\"treeSize\":2")
                .contains("\"treeSize\":4");
        assertThat(submit("GetLatest", "nobody.test/log").getPayload()).isNullOrEmpty();
    }

    @Test
    void aRefusalIsAnErrorResponseWhoseMessageAndPayloadNameTheError() {
        submit("RegisterLog", ORIGIN, log.verifierKey());
        submit("AnchorCheckpoint", log.signedCheckpoint(4), "[]");

        Chaincode.Response refused = submit("AnchorCheckpoint", log.signedCheckpoint(3), "[]");

        assertThat(refused.getStatusCode()).isEqualTo(500);
        assertThat(refused.getMessage()).startsWith("SMALLER_TREE: ");
        assertThat(new String(refused.getPayload(), StandardCharsets.UTF_8)).isEqualTo("SMALLER_TREE");
    }

    @Test
    void contractMetadataDescribesTheTransactionsAndTheirIntent() {
        Chaincode.Response metadata = submit("org.hyperledger.fabric:GetMetadata");

        JSONObject contract = new JSONObject(metadata.getStringPayload()).getJSONObject("contracts")
                .getJSONObject("DataDeedCheckpointAnchor");
        assertThat(contract.getJSONArray("transactions").toString())
                .contains("RegisterLog", "AnchorCheckpoint", "GetLatest", "GetBySize", "GetHistory");
        assertThat(new JSONObject(metadata.getStringPayload()).getJSONObject("components").toString())
                .contains("AnchorRecord", "LogRecord");
    }
}
