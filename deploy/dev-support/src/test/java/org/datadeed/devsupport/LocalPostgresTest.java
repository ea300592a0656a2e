package org.datadeed.devsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPostgresTest {

    @Test
    void theLocalStacksDatabaseFlushesEveryCommitToDisk(@TempDir Path data) throws Exception {
        int port = Ports.free();
        try (LocalPostgres postgres = LocalPostgres.persistent(data, port);
             Connection connection = DriverManager.getConnection(postgres.database("durability"), postgres.username(), "");
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void testDatabasesTradeDurabilityForSpeed() throws Exception {
        try (LocalPostgres postgres = LocalPostgres.temporary();
             Connection connection = DriverManager.getConnection(postgres.database("speed"), postgres.username(), "");
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("off");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("off");
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
