package org.datadeed.ledger.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.merkle.Rfc6962;
import org.junit.jupiter.api.Test;

class AnchorRecordTest {

    private final AnchorRecord record = new AnchorRecord("datadeed.test/ledger", 42, Rfc6962.emptyRoot().base64(),
            "datadeed.test/ledger\n42\n…\n\n— datadeed.test/ledger AAAA\n", "tx1", "OperatorMSP",
            "2025-03-01T12:00:00.000000001Z");

    @Test
    void jsonHasTheDocumentedMembersInTheirFixedOrderAndOrgJsonEscapes() {
        assertThat(record.toJson()).isEqualTo("{\"origin\":\"datadeed.test/ledger\",\"treeSize\":42,"
                + "\"rootHash\":\"" + Rfc6962.emptyRoot().base64() + "\","
                + "\"signedCheckpoint\":\"datadeed.test/ledger\\n42\\n\\u2026\\n\\n\\u2014 datadeed.test/ledger AAAA\\n\","
                + "\"transactionId\":\"tx1\",\"submitter\":\"OperatorMSP\","
                + "\"anchoredAt\":\"2025-03-01T12:00:00.000000001Z\"}");
    }

    @Test
    void jsonReadsBackToAnEqualRecordAndToThePortsRecord() {
        assertThat(AnchorRecord.fromJson(record.toJson())).isEqualTo(record);
        assertThat(record.toAnchoredCheckpoint()).isEqualTo(new AnchoredCheckpoint("datadeed.test/ledger", 42,
                Rfc6962.emptyRoot(), record.getSignedCheckpoint(), "tx1", "OperatorMSP",
                Instant.parse("2025-03-01T12:00:00.000000001Z")));
    }
}
