package org.datadeed.platform.eventstore;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the shared event store schema up to date before any service touches it. Every service runs it at start;
 * Flyway's PostgreSQL lock makes concurrent starts safe, and its own history table in the event store schema keeps
 * it apart from the services' migrations.
 */
public final class EventStoreMigration implements InitializingBean {

    private final DataSource dataSource;
    private final String schema;

    public EventStoreMigration(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .locations("classpath:db/eventstore")
                .load()
                .migrate();
    }
}
