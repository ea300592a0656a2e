package org.datadeed.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path home;

    @Test
    void generatesOnceOnlyTheOwnerMayReadAndReusesAfter() throws Exception {
        Path file = home.resolve("credentials.properties");
        Credentials first = Credentials.loadOrCreate(file, List.of("user.a.password", "client.b.secret"));

        assertThat(first.get("user.a.password")).hasSize(24).isNotEqualTo(first.get("client.b.secret"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String written = Files.readString(file);

        Credentials second = Credentials.loadOrCreate(file, List.of("user.a.password", "client.b.secret"));
        assertThat(second.get("user.a.password")).isEqualTo(first.get("user.a.password"));
        assertThat(Files.readString(file)).isEqualTo(written);
    }

    @Test
    void aNewUserGetsAPasswordAndTheOthersKeepTheirs() throws Exception {
        Path file = home.resolve("credentials.properties");
        Credentials first = Credentials.loadOrCreate(file, List.of("user.a.password"));
        Credentials second = Credentials.loadOrCreate(file, List.of("user.a.password", "user.new.password"));

        assertThat(second.get("user.a.password")).isEqualTo(first.get("user.a.password"));
        assertThat(second.get("user.new.password")).isNotBlank();
        assertThat(Files.readString(file)).contains("user.new.password=");
    }

    @Test
    void aFileOthersCanReadIsRestricted() throws Exception {
        Path file = home.resolve("credentials.properties");
        Credentials.loadOrCreate(file, List.of("user.a.password"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Credentials.loadOrCreate(file, List.of("user.a.password"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void everyDemoUserAndConfidentialClientHasACredential() {
        assertThat(DemoDirectory.credentialKeys())
                .contains("user.hz-data.password", "user.regulator.password", "client.portal.secret",
                        "client.enterprise-a-api.secret")
                .doesNotContain("client.datadeed-cli.secret")
                .doesNotHaveDuplicates();
    }
}
