package org.datadeed.benchmarks.merkle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.ledger.core.merkle.CompactRange;
import org.datadeed.ledger.core.merkle.Hash;
import org.datadeed.ledger.core.merkle.Node;
import org.datadeed.ledger.service.log.JdbcNodeStore;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ledger's log tables on a throw-away embedded PostgreSQL: schema {@code ledger} migrated by Flyway from the
 * ledger service's own migrations (as its {@code ledger-service.yml} configures Flyway), and the service's real
 * {@link JdbcNodeStore} wired by Spring as in the service. {@link #preload} fills a large tree in bulk.
 */
public final class PostgresTree implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PostgresTree.class);

    /** PostgreSQL's binary COPY signature, followed by a 32-bit flags field and a 32-bit header extension length. */
    private static final byte[] COPY_SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    /** One log_node row in binary COPY: field count, then (length, value) for level, idx and hash. */
    private static final int COPY_ROW_BYTES = 2 + (4 + 2) + (4 + 8) + (4 + Hash.SIZE);

    private final LocalPostgres postgres;
    private final HikariDataSource dataSource;
    private final AnnotationConfigApplicationContext context;

    private PostgresTree(LocalPostgres postgres, HikariDataSource dataSource, AnnotationConfigApplicationContext context) {
        this.postgres = postgres;
        this.dataSource = dataSource;
        this.context = context;
    }

    /** Starts PostgreSQL, migrates the ledger schema and wires the node store. */
    public static PostgresTree start() throws IOException {
        LocalPostgres postgres = LocalPostgres.temporary();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.database("ledger_bench"));
        config.setUsername(postgres.username());
        config.setSchema("ledger");
        config.setMaximumPoolSize(4);
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("ledger", "anchor")
                .defaultSchema("ledger")
                .createSchemas(true)
                .locations("classpath:db/platform", "classpath:db/migration/ledger")
                .load()
                .migrate();
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(context.getBean(JdbcTemplate.class)));
        context.registerBean(DataSourceTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(TransactionTemplate.class,
                () -> new TransactionTemplate(context.getBean(DataSourceTransactionManager.class)));
        context.registerBean(JdbcNodeStore.class);
        context.refresh();
        return new PostgresTree(postgres, dataSource, context);
    }

    /** The ledger service's node store on this database. */
    public JdbcNodeStore nodes() {
        return context.getBean(JdbcNodeStore.class);
    }

    /** Transactions on this database, as the sequencer runs each batch in one. */
    public TransactionTemplate transactions() {
        return context.getBean(TransactionTemplate.class);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /**
     * Fills the empty log with leaves 0 .. {@code leaves} − 1 ({@link Leaves}) without going through the node store:
     * the perfect subtrees are computed with {@link CompactRange} and streamed with one binary {@code COPY ... FREEZE}
     * into {@code log_node}, whose primary key is dropped for the load and built again afterwards (one sort instead
     * of 2n index insertions); then {@code log_state.tree_size} is set. One transaction.
     *
     * @return the root hash of the loaded tree
     */
    public Hash preload(long leaves) {
        long started = System.nanoTime();
        CompactRange range = CompactRange.empty();
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL maintenance_work_mem = '1GB'");
                statement.execute("TRUNCATE log_node");
                statement.execute("ALTER TABLE log_node DROP CONSTRAINT log_node_pkey");
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY log_node (level, idx, hash) FROM STDIN (FORMAT binary, FREEZE)");
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            buffer.put(COPY_SIGNATURE).putInt(0).putInt(0);
            for (long next = 0; next < leaves; ) {
                int count = (int) Math.min(Leaves.CHUNK, leaves - next);
                CompactRange.Appended appended = range.appendAll(Leaves.range(next, count));
                for (Node node : appended.completed()) {
                    if (buffer.remaining() < COPY_ROW_BYTES) {
                        flush(copy, buffer);
                    }
                    buffer.putShort((short) 3)
                            .putInt(2).putShort((short) node.id().level())
                            .putInt(8).putLong(node.id().index())
                            .putInt(Hash.SIZE).put(node.hash().bytes());
                    rows++;
                }
                range = appended.range();
                next += count;
            }
            buffer.putShort((short) -1);
            flush(copy, buffer);
            copy.endCopy();
            long copied = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE log_node ADD PRIMARY KEY (level, idx)");
            }
            try (PreparedStatement size = connection.prepareStatement(
                    "UPDATE log_state SET tree_size = ?, updated_at = now() WHERE id = 1")) {
                size.setLong(1, leaves);
                size.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            String size;
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE log_node");
                try (ResultSet result = statement.executeQuery(
                        "SELECT pg_size_pretty(pg_relation_size('log_node')), pg_size_pretty(pg_indexes_size('log_node'))")) {
                    result.next();
                    size = result.getString(1) + " table, " + result.getString(2) + " primary key";
                }
            }
            log.info("Preloaded {} leaves ({} log_node rows, {}): COPY {} ms, primary key and analyze {} ms", leaves, rows,
                    size, TimeUnit.NANOSECONDS.toMillis(copied - started), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - copied));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot preload the log", e);
        }
        return range.rootHash();
    }

    private static void flush(CopyIn copy, ByteBuffer buffer) throws SQLException {
        copy.writeToCopy(buffer.array(), 0, buffer.position());
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        context.close();
        dataSource.close();
        postgres.close();
    }
}
