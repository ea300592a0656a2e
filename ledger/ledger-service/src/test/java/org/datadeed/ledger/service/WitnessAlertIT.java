package org.datadeed.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;

import org.datadeed.api.audit.model.Alert;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.service.audit.AuditQueries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regulator's witness remembers the last checkpoint it cosigned. When the log presents a checkpoint that is not
 * consistent with it (the log forked, or history was rewritten), the witness refuses to cosign, nothing more is
 * anchored, and an alert is raised; once the histories agree again, anchoring resumes.
 */
class WitnessAlertIT {

    private static LedgerTestStack stack;

    @BeforeAll
    static void start() throws IOException {
        stack = LedgerTestStack.get();
    }

    @Test
    void aCheckpointThatWouldForkTheLogIsRefusedAndRaisedAsAnAlert() {
        stack.appendEvents(5);
        long size = eventsInStore();
        await().atMost(Duration.ofSeconds(60)).until(() -> anchoredSize() == size);
        JdbcClient jdbc = stack.jdbc();
        byte[] remembered = jdbc.sql("SELECT root_hash FROM witness_state").query(byte[].class).single();
        byte[] otherHistory = remembered.clone();
        otherHistory[0] ^= 0x55;
        jdbc.sql("UPDATE witness_state SET root_hash = :root").param("root", otherHistory).update();

        stack.appendEvents(3);
        long grown = eventsInStore();
        await().atMost(Duration.ofSeconds(30)).until(() -> !alerts().isEmpty());
        Alert alert = alerts().get(0);
        assertThat(alert.getReason()).startsWith("witness refused");
        assertThat(alert.getTreeSize()).isGreaterThan(size);
        assertThat(anchoredSize()).as("nothing the witness refused is anchored").isEqualTo(size);

        jdbc.sql("UPDATE witness_state SET root_hash = :root").param("root", remembered).update();
        await().atMost(Duration.ofSeconds(30)).until(() -> anchoredSize() == grown);
    }

    private static java.util.List<Alert> alerts() {
        return stack.ledger.getBean(AuditQueries.class).alerts(10);
    }

    private static long anchoredSize() {
        return stack.ledger.getBean(CheckpointAnchor.class).latest(LedgerTestStack.ORIGIN)
                .map(AnchoredCheckpoint::treeSize).orElse(0L);
    }

    private static long eventsInStore() {
        return stack.jdbc().sql("SELECT COUNT(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }
}
