package org.datadeed.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.datadeed.devsupport.LocalPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The services' scheduler on a real PostgreSQL: what a command schedules inside its transaction (Axon's deadlines) is
 * stored with that transaction or not at all.
 */
class SchedulerTransactionIT {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final OneTimeTask<Void> EXPIRY = Tasks.oneTime("expiry-test").execute((instance, context) -> { });

    private static LocalPostgres postgres;
    private static DataSource dataSource;
    private static Scheduler scheduler;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void database() throws IOException {
        postgres = LocalPostgres.temporary();
        dataSource = new DriverManagerDataSource(postgres.database("scheduler"), postgres.username(), "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/platform").load().migrate();
        scheduler = new PlatformAutoConfiguration().dbScheduler(dataSource, List.of(EXPIRY), Clock.fixed(NOW, ZoneOffset.UTC));
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    /** Counted on a connection of its own, so outside any transaction of the test's thread. */
    private static long stored(String instance) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = ?")) {
            count.setString(1, instance);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aScheduleInARolledBackTransactionIsNotStored() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            scheduler.schedule(EXPIRY.instance("rolled-back"), NOW.plus(Duration.ofDays(1)));
            throw new IllegalStateException("the command fails after scheduling");
        })).hasMessageContaining("the command fails");
        assertThat(stored("rolled-back")).isZero();
    }

    @Test
    void aScheduleIsStoredWhenItsTransactionCommitsAndNotBefore() {
        transaction.executeWithoutResult(status -> {
            scheduler.schedule(EXPIRY.instance("committed"), NOW.plus(Duration.ofDays(1)));
            assertThat(stored("committed")).as("seen from another connection before the commit").isZero();
        });
        assertThat(stored("committed")).isEqualTo(1);
    }

    @Test
    void outsideATransactionAScheduleIsStoredAtOnce() {
        scheduler.schedule(EXPIRY.instance("on-its-own"), NOW.plus(Duration.ofDays(1)));
        assertThat(stored("on-its-own")).isEqualTo(1);
    }
}
