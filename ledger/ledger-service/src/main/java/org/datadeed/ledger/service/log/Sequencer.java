package org.datadeed.ledger.service.log;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.datadeed.ledger.core.leaf.EventLeaf;
import org.datadeed.ledger.core.merkle.AppendResult;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.MerkleLog;
import org.datadeed.ledger.core.tlog.Checkpoint;
import org.datadeed.ledger.service.LedgerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.datadeed.ledger.service.BackgroundWorker;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows the shared event store and sequences every domain event into the log exactly once: the leaves, the
 * completed subtree hashes, the new tree size and the event store position are written in one transaction, so a
 * crash at any point leaves either all of a batch or none of it, and a restart resumes where the last committed
 * batch ended. Every {@code checkpointEvery} events or {@code checkpointInterval} it publishes a checkpoint signed by
 * the log key (the events it covers are then <em>integrated</em>).
 *
 * <p>Only one instance writes: it holds a PostgreSQL session advisory lock; others wait as standbys and take over when
 * the holder's session ends.
 */
@Component
public class Sequencer extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
    /** The advisory lock that elects the one active writer ('DDLEDGER'). */
    static final long WRITER_LOCK = 0x4444_4c45_4447_4552L;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;
    private final EventFeed feed;
    private final JdbcNodeStore nodes;
    private final LogKeys keys;
    private final LedgerProperties properties;
    private final Clock clock;
    private final Counter sequencedCounter;

    private volatile boolean active;
    private volatile long treeSize;

    private MerkleLog merkleLog;
    private GapAwareTrackingToken position;
    private long checkpointedSize;
    private Instant lastCheckpointAt;

    Sequencer(DataSource dataSource, JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions,
              EventFeed feed, JdbcNodeStore nodes, LogKeys keys, LedgerProperties properties, Clock clock,
              MeterRegistry meters) {
        super("ledger-sequencer");
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
        this.feed = feed;
        this.nodes = nodes;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.sequencedCounter = Counter.builder("datadeed.ledger.events.sequenced")
                .description("Domain events sequenced into the log").register(meters);
        Gauge.builder("datadeed.ledger.tree.size", () -> treeSize).description("Leaves in the log").register(meters);
        Gauge.builder("datadeed.ledger.backlog", this::backlog)
                .description("Events in the event store the log has not sequenced yet").register(meters);
    }

    /** Events in the store beyond the log's position (one indexed count, read when metrics are scraped). */
    public long backlog() {
        return jdbc.sql("SELECT COUNT(*) FROM eventstore.domain_event_entry WHERE global_index > "
                        + "(SELECT COALESCE(token_index, 0) FROM log_state WHERE id = 1)")
                .query(Long.class).single();
    }

    /** Whether this instance holds the writer lock. */
    public boolean isActive() {
        return active;
    }

    @Override
    protected void run() {
        while (isRunning()) {
            try (Connection lock = dataSource.getConnection()) {
                if (!tryLock(lock)) {
                    pause(properties.pollInterval().multipliedBy(50).toNanos());
                    continue;
                }
                try {
                    active = true;
                    log.info("Sequencer active: this instance writes the log");
                    resume();
                    while (isRunning() && lock.isValid(2)) {
                        int sequenced = step();
                        publishCheckpointIfDue();
                        if (sequenced == 0) {
                            pause(properties.pollInterval().toNanos());
                        }
                    }
                } finally {
                    active = false;
                    unlock(lock);
                }
            } catch (Exception | Error e) {
                if (e instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                if (isRunning()) {
                    log.error("Sequencer failed; resuming from the last committed batch", e);
                    pause(TimeUnit.SECONDS.toNanos(1));
                }
            }
        }
    }

    /** Gives the lock back before the pooled connection returns to the pool, so a standby can take over at once. */
    private static void unlock(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, WRITER_LOCK);
            statement.execute();
        } catch (SQLException e) {
            log.warn("Could not release the writer lock; it goes with the database session", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, WRITER_LOCK);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Reloads everything from the database: the tree's compact range, the position and the last checkpoint. */
    private void resume() {
        merkleLog = MerkleLog.open(nodes);
        treeSize = merkleLog.size();
        position = jdbc.sql("SELECT token_index, token_gaps FROM log_state WHERE id = 1")
                .query((rs, n) -> {
                    long index = rs.getLong(1);
                    if (rs.wasNull()) {
                        return java.util.Optional.<GapAwareTrackingToken>empty();
                    }
                    Long[] gaps = (Long[]) rs.getArray(2).getArray();
                    return java.util.Optional.of(GapAwareTrackingToken.newInstance(index, List.of(gaps)));
                })
                .single()
                .orElse(null);
        checkpointedSize = jdbc.sql("SELECT COALESCE(MAX(tree_size), 0) FROM checkpoint").query(Long.class).single();
        lastCheckpointAt = clock.instant();
    }

    /** Sequences one batch; returns how many events it took. */
    int step() {
        List<? extends TrackedEventData<?>> events = feed.next(position, properties.batchSize());
        if (events.isEmpty()) {
            return 0;
        }
        List<Hash> hashes = new ArrayList<>(events.size());
        for (TrackedEventData<?> event : events) {
            hashes.add(leafOf(event).leafHash());
        }
        GapAwareTrackingToken next = (GapAwareTrackingToken) events.get(events.size() - 1).trackingToken();
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(status -> {
                AppendResult appended = merkleLog.appendAll(hashes);
                template.batchUpdate("""
                                INSERT INTO log_leaf (log_index, event_identifier, global_index, aggregate_identifier,
                                    event_time, sequenced_at) VALUES (?, ?, ?, ?, ?, ?)""",
                        java.util.stream.IntStream.range(0, events.size()).boxed().toList(), 1000, (statement, i) -> {
                            TrackedEventData<?> event = events.get(i);
                            statement.setLong(1, appended.firstIndex() + i);
                            statement.setString(2, event.getEventIdentifier());
                            statement.setLong(3, globalIndex(event));
                            statement.setString(4, ((DomainEventData<?>) event).getAggregateIdentifier());
                            statement.setTimestamp(5, Timestamp.from(event.getTimestamp()));
                            statement.setTimestamp(6, Timestamp.from(now));
                        });
                jdbc.sql("UPDATE log_state SET token_index = :index, token_gaps = :gaps, updated_at = :now WHERE id = 1")
                        .param("index", next.getIndex())
                        .param("gaps", next.getGaps().toArray(Long[]::new))
                        .param("now", Timestamp.from(now))
                        .update();
            });
        } catch (RuntimeException e) {
            resume();
            throw e;
        }
        position = next;
        treeSize = merkleLog.size();
        sequencedCounter.increment(events.size());
        return events.size();
    }

    private void publishCheckpointIfDue() {
        long size = merkleLog.size();
        if (size == checkpointedSize) {
            return;
        }
        Instant now = clock.instant();
        boolean enough = size - checkpointedSize >= properties.checkpointEvery();
        boolean due = !now.isBefore(lastCheckpointAt.plus(properties.checkpointInterval()));
        if (!enough && !due) {
            return;
        }
        Hash root = merkleLog.rootHash();
        String signed = Checkpoint.of(properties.origin(), size, root).sign(keys.log()).format();
        jdbc.sql("""
                        INSERT INTO checkpoint (tree_size, root_hash, signed_note, published_at)
                        VALUES (:size, :root, :note, :now) ON CONFLICT (tree_size) DO NOTHING""")
                .param("size", size).param("root", root.bytes()).param("note", signed).param("now", Timestamp.from(now))
                .update();
        checkpointedSize = size;
        lastCheckpointAt = now;
    }

    /** The canonical leaf of an event exactly as the event store holds it (see ledger/FORMAT.md). */
    static EventLeaf leafOf(TrackedEventData<?> event) {
        DomainEventData<?> domain = (DomainEventData<?>) event;
        return new StoredEvent(globalIndex(event), event.getEventIdentifier(), domain.getType(),
                domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getTimestamp().toString(),
                event.getPayload().getType().getName(), event.getPayload().getType().getRevision(),
                (byte[]) event.getPayload().getData(), (byte[]) event.getMetaData().getData()).leaf();
    }

    static long globalIndex(TrackedEventData<?> event) {
        return ((GapAwareTrackingToken) event.trackingToken()).getIndex();
    }

    private static void pause(long nanos) {
        LockSupport.parkNanos(nanos);
    }
}
