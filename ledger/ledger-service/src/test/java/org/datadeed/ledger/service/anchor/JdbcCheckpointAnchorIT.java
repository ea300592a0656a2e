package org.datadeed.ledger.service.anchor;

import java.io.IOException;
import java.time.Clock;

import javax.sql.DataSource;

import org.datadeed.devsupport.LocalPostgres;
import org.datadeed.ledger.core.anchor.CheckpointAnchor;
import org.datadeed.ledger.core.anchor.CheckpointAnchorContract;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The local development anchor passes the same contract as every anchor, on a real PostgreSQL. */
class JdbcCheckpointAnchorIT extends CheckpointAnchorContract {

    private static LocalPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws IOException {
        postgres = LocalPostgres.temporary();
        dataSource = new DriverManagerDataSource(postgres.database("anchor_contract"), postgres.username(), "");
        Flyway.configure().dataSource(dataSource).schemas("ledger", "anchor").defaultSchema("ledger").createSchemas(true)
                .locations("classpath:db/migration/ledger").load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    protected CheckpointAnchor newAnchor() {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("TRUNCATE anchor.anchored_checkpoint, anchor.log_key").update();
        return new JdbcCheckpointAnchor(jdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                expectedSubmitter(), Clock.systemUTC());
    }

    @Override
    protected String expectedSubmitter() {
        return "LocalDevelopmentAnchor";
    }
}
