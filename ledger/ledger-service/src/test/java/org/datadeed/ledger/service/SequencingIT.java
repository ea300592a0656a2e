package org.datadeed.ledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.datadeed.ledger.core.anchor.AnchoredCheckpoint;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleVerifier;
import org.datadeed.ledger.core.merkle.MerkleProver;
import org.datadeed.ledger.core.tlog.CheckpointPolicy;
import org.datadeed.ledger.core.tlog.VerifiedCheckpoint;
import org.datadeed.ledger.service.log.JdbcNodeStore;
import org.datadeed.ledger.service.log.LogKeys;
import org.datadeed.ledger.service.log.Sequencer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The sequencer against a real PostgreSQL: every event exactly once, in order, across restarts; anchored and cosigned. */
class SequencingIT {

    private static LedgerTestStack stack;

    @BeforeAll
    static void start() throws IOException {
        stack = LedgerTestStack.get();
    }

    @Test
    void everyEventIsSequencedOnceAndTheAnchoredCheckpointIsCosignedAndConsistent() {
        long before = eventsInStore();
        stack.appendEvents(700);
        stack.appendEvents(1300);
        long expected = before + 2000;
        awaitAnchored(expected);

        JdbcClient jdbc = stack.jdbc();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM log_leaf").query(Long.class).single()).isEqualTo(expected);
        assertThat(jdbc.sql("SELECT COUNT(DISTINCT event_identifier) FROM log_leaf").query(Long.class).single()).isEqualTo(expected);
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM eventstore.domain_event_entry e
                        LEFT JOIN log_leaf l ON l.event_identifier = e.event_identifier WHERE l.log_index IS NULL""")
                .query(Long.class).single()).as("events of the store missing from the log").isZero();

        AnchoredCheckpoint anchored = stack.ledger.getBean(CheckpointAnchor.class).latest(LedgerTestStack.ORIGIN).orElseThrow();
        LogKeys keys = stack.ledger.getBean(LogKeys.class);
        VerifiedCheckpoint verified = CheckpointPolicy.logOnly(LedgerTestStack.ORIGIN, keys.log().verifier())
                .withWitnesses(List.of(keys.witness().verifier()), 1)
                .verify(anchored.signedCheckpoint());
        assertThat(verified.checkpoint().size()).isEqualTo(anchored.treeSize());
        assertThat(verified.cosignatures()).hasSize(1);
        MerkleProver prover = new MerkleProver(stack.ledger.getBean(JdbcNodeStore.class));
        assertThat(prover.rootHash(anchored.treeSize())).isEqualTo(anchored.rootHash());
    }

    @Test
    void aRestartResumesWithNoGapAndNoDuplicate() {
        stack.appendEvents(300);
        awaitAnchored(eventsInStore());
        AnchoredCheckpoint beforeRestart = latestAnchored();

        stack.stopLedger();
        stack.startLedger();
        stack.appendEvents(450);
        long expected = eventsInStore();
        awaitAnchored(expected);

        JdbcClient jdbc = stack.jdbc();
        assertThat(jdbc.sql("SELECT COUNT(*), COUNT(DISTINCT event_identifier), MIN(log_index), MAX(log_index) FROM log_leaf")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single())
                .containsExactly(expected, expected, 0L, expected - 1);
        AnchoredCheckpoint afterRestart = latestAnchored();
        MerkleProver prover = new MerkleProver(stack.ledger.getBean(JdbcNodeStore.class));
        List<Hash> proof = prover.consistencyProof(beforeRestart.treeSize(), afterRestart.treeSize()).path();
        MerkleVerifier.verifyConsistency(beforeRestart.treeSize(), afterRestart.treeSize(), proof,
                beforeRestart.rootHash(), afterRestart.rootHash());
    }

    @Test
    void aSecondInstanceWaitsAsStandbyAndTakesOverWhenTheWriterGoes() {
        org.springframework.context.ConfigurableApplicationContext standby = stack.newLedger();
        try {
            Sequencer first = stack.ledger.getBean(Sequencer.class);
            Sequencer second = standby.getBean(Sequencer.class);
            await().atMost(Duration.ofSeconds(10)).until(first::isActive);
            assertThat(second.isActive()).as("only one instance writes").isFalse();

            stack.stopLedger();
            await().atMost(Duration.ofSeconds(30)).until(second::isActive);
            stack.ledger = standby;
            stack.appendEvents(120);
            awaitAnchored(eventsInStore());
            assertThat(stack.jdbc().sql("SELECT COUNT(*) - COUNT(DISTINCT event_identifier) FROM log_leaf")
                    .query(Long.class).single()).isZero();
        } finally {
            if (stack.ledger != standby) {
                standby.close();
            }
        }
    }

    private static AnchoredCheckpoint latestAnchored() {
        return stack.ledger.getBean(CheckpointAnchor.class).latest(LedgerTestStack.ORIGIN).orElseThrow();
    }

    private static long eventsInStore() {
        return stack.jdbc().sql("SELECT COUNT(*) FROM eventstore.domain_event_entry").query(Long.class).single();
    }

    private static void awaitAnchored(long size) {
        await().atMost(Duration.ofSeconds(60)).until(() -> stack.ledger.getBean(CheckpointAnchor.class)
                .latest(LedgerTestStack.ORIGIN).map(AnchoredCheckpoint::treeSize).orElse(0L) == size);
    }
}
