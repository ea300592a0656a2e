package org.datadeed.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSettingsTest {

    @TempDir
    Path dir;

    @Test
    void thePropertyWinsThenTheVariableThenTheRepositoryRoot() throws Exception {
        Path repo = repository();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        assertThat(LocalSettings.resolveHome("/data/dd", "/env/dd", repo, "")).isEqualTo(Path.of("/data/dd"));
        assertThat(LocalSettings.resolveHome(null, "/env/dd", repo, "")).isEqualTo(Path.of("/env/dd"));
        assertThat(LocalSettings.resolveHome(null, null, repo.resolve("deploy/local"), "")).isEqualTo(repo.resolve(".datadeed"));
        assertThat(LocalSettings.resolveHome(null, null, elsewhere,
                repo.resolve("deploy/local/target/datadeed-local.jar").toString())).isEqualTo(repo.resolve(".datadeed"));
        assertThat(LocalSettings.resolveHome(null, null, elsewhere, "")).isEqualTo(elsewhere.resolve(".datadeed"));
    }

    @Test
    void componentsListenOnTheirStandardPortUnlessOverridden() {
        LocalSettings settings = new LocalSettings(dir, java.util.Map.of("registry", 18081), true);
        assertThat(settings.port("registry", 8081)).isEqualTo(18081);
        assertThat(settings.port("auth", 9000)).isEqualTo(9000);
        assertThat(settings.baseUrl("registry", 8081)).isEqualTo("http://localhost:18081");
    }

    private Path repository() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.writeString(repo.resolve("mvnw"), "#!/bin/sh\n");
        Files.createDirectories(repo.resolve("deploy/local/target"));
        Files.writeString(repo.resolve("deploy/local/pom.xml"), "<project/>");
        return repo;
    }
}
