package org.datadeed.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.datadeed.api.audit.model.AuditReport;
import org.datadeed.api.audit.model.Finding;
import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.service.audit.FullAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Someone with write access to PostgreSQL changes history behind the services' back; the full audit names what was
 * done. Each test tampers, audits, and puts everything back.
 */
class TamperIT {

    private static LedgerTestStack stack;
    private static List<String> events;
    private JdbcClient jdbc;
    private Runnable restore;

    @BeforeAll
    static void start() throws IOException {
        stack = LedgerTestStack.get();
        events = stack.appendEvents(40);
        long size = stack.jdbc().sql("SELECT COUNT(*) FROM eventstore.domain_event_entry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.ledger.getBean(CheckpointAnchor.class)
                .latest(LedgerTestStack.ORIGIN).map(AnchoredCheckpoint::treeSize).orElse(0L) == size);
    }

    @BeforeEach
    void untouched() {
        jdbc = stack.jdbc();
        assertThat(audit().getFindings()).as("the log is intact before tampering").isEmpty();
    }

    @AfterEach
    void putBack() {
        if (restore != null) {
            restore.run();
        }
        assertThat(audit().getOk()).as("the log is intact again").isTrue();
    }

    @Test
    void aModifiedEventIsNamed() {
        String eventId = events.get(3);
        byte[] original = jdbc.sql("SELECT payload FROM eventstore.domain_event_entry WHERE event_identifier = :id")
                .param("id", eventId).query(byte[].class).single();
        jdbc.sql("UPDATE eventstore.domain_event_entry SET payload = :payload WHERE event_identifier = :id")
                .param("payload", "{\"text\":\"forged\",\"number\":3}".getBytes()).param("id", eventId).update();
        restore = () -> jdbc.sql("UPDATE eventstore.domain_event_entry SET payload = :payload WHERE event_identifier = :id")
                .param("payload", original).param("id", eventId).update();

        assertThat(audit().getFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.getKind()).isEqualTo(Finding.KindEnum.MODIFIED);
            assertThat(finding.getEventId()).isEqualTo(eventId);
        });
    }

    @Test
    void aDeletedEventIsNamed() {
        String eventId = events.get(7);
        Map<String, Object> row = jdbc.sql("SELECT * FROM eventstore.domain_event_entry WHERE event_identifier = :id")
                .param("id", eventId).query().singleRow();
        jdbc.sql("DELETE FROM eventstore.domain_event_entry WHERE event_identifier = :id").param("id", eventId).update();
        restore = () -> reinsert(row);

        assertThat(audit().getFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.getKind()).isEqualTo(Finding.KindEnum.DELETED);
            assertThat(finding.getEventId()).isEqualTo(eventId);
        });
    }

    @Test
    void anInsertedEventIsNamed() {
        Map<String, Object> model = jdbc.sql("SELECT * FROM eventstore.domain_event_entry WHERE event_identifier = :id")
                .param("id", events.get(0)).query().singleRow();
        Map<String, Object> forged = new java.util.HashMap<>(model);
        forged.put("global_index", -42L);
        forged.put("event_identifier", "forged-event");
        forged.put("aggregate_identifier", "forged-aggregate");
        reinsert(forged);
        restore = () -> jdbc.sql("DELETE FROM eventstore.domain_event_entry WHERE event_identifier = 'forged-event'").update();

        assertThat(audit().getFindings()).singleElement().satisfies(finding -> {
            assertThat(finding.getKind()).isEqualTo(Finding.KindEnum.INSERTED);
            assertThat(finding.getEventId()).isEqualTo("forged-event");
            assertThat(finding.getGlobalIndex()).isEqualTo(-42L);
        });
    }

    @Test
    void reorderedEventsAreNamed() {
        String first = events.get(10);
        String second = events.get(11);
        long a = globalIndex(first);
        long b = globalIndex(second);
        swap(first, second, a, b);
        restore = () -> swap(first, second, b, a);

        assertThat(audit().getFindings())
                .extracting(Finding::getKind, Finding::getEventId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Finding.KindEnum.REORDERED, first),
                        org.assertj.core.groups.Tuple.tuple(Finding.KindEnum.REORDERED, second));
    }

    @Test
    void aChangedLogNodeIsNamed() {
        byte[] original = jdbc.sql("SELECT hash FROM log_node WHERE level = 2 AND idx = 1").query(byte[].class).single();
        byte[] forged = original.clone();
        forged[0] ^= 1;
        jdbc.sql("UPDATE log_node SET hash = :hash WHERE level = 2 AND idx = 1").param("hash", forged).update();
        restore = () -> jdbc.sql("UPDATE log_node SET hash = :hash WHERE level = 2 AND idx = 1").param("hash", original).update();

        assertThat(audit().getFindings()).extracting(Finding::getKind, Finding::getNode)
                .contains(org.assertj.core.groups.Tuple.tuple(Finding.KindEnum.NODE_MISMATCH, "2/1"));
    }

    @Test
    void aChangedLeafHashIsNamedAndBreaksTheAnchoredRoots() {
        long logIndex = jdbc.sql("SELECT log_index FROM log_leaf WHERE event_identifier = :id")
                .param("id", events.get(5)).query(Long.class).single();
        byte[] original = jdbc.sql("SELECT hash FROM log_node WHERE level = 0 AND idx = :idx")
                .param("idx", logIndex).query(byte[].class).single();
        byte[] forged = original.clone();
        forged[31] ^= 1;
        jdbc.sql("UPDATE log_node SET hash = :hash WHERE level = 0 AND idx = :idx").param("hash", forged).param("idx", logIndex).update();
        restore = () -> jdbc.sql("UPDATE log_node SET hash = :hash WHERE level = 0 AND idx = :idx")
                .param("hash", original).param("idx", logIndex).update();

        List<Finding> findings = audit().getFindings();
        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.getKind()).isEqualTo(Finding.KindEnum.MODIFIED);
            assertThat(finding.getLogIndex()).isEqualTo(logIndex);
        });
        assertThat(findings).anySatisfy(finding -> assertThat(finding.getKind()).isEqualTo(Finding.KindEnum.ROOT_MISMATCH));
        assertThat(findings).anySatisfy(finding -> assertThat(finding.getNode()).isEqualTo("1/" + logIndex / 2));
    }

    @Test
    void anAuditWhileEventsFlowFindsNothing() throws Exception {
        java.util.concurrent.ExecutorService writer = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> flowing = writer.submit(() -> {
            for (int i = 0; i < 40; i++) {
                stack.appendEvents(10);
            }
        });
        try {
            for (int i = 0; i < 5; i++) {
                assertThat(audit().getFindings()).as("audit %d while events are appended", i).isEmpty();
            }
        } finally {
            flowing.get();
            writer.shutdown();
        }
    }

    private AuditReport audit() {
        return stack.ledger.getBean(FullAudit.class).run();
    }

    private long globalIndex(String eventId) {
        return jdbc.sql("SELECT global_index FROM eventstore.domain_event_entry WHERE event_identifier = :id")
                .param("id", eventId).query(Long.class).single();
    }

    private void swap(String first, String second, long firstIndex, long secondIndex) {
        jdbc.sql("UPDATE eventstore.domain_event_entry SET global_index = -1 WHERE event_identifier = :id").param("id", first).update();
        jdbc.sql("UPDATE eventstore.domain_event_entry SET global_index = :index WHERE event_identifier = :id")
                .param("index", firstIndex).param("id", second).update();
        jdbc.sql("UPDATE eventstore.domain_event_entry SET global_index = :index WHERE event_identifier = :id")
                .param("index", secondIndex).param("id", first).update();
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                        INSERT INTO eventstore.domain_event_entry (global_index, event_identifier, aggregate_identifier,
                            sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (:global_index, :event_identifier, :aggregate_identifier, :sequence_number, :type,
                            :time_stamp, :payload_type, :payload_revision, :payload, :meta_data)""")
                .params(row).update();
    }
}
