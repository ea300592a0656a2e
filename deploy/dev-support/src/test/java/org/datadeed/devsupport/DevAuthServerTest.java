package org.datadeed.devsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.datadeed.devauth.DevAuthProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DevAuthServerTest {

    private static LocalPostgres postgres;
    private static DevAuthServer server;
    private static OAuthTokens tokens;

    @BeforeAll
    static void start() throws IOException {
        postgres = LocalPostgres.temporary();
        server = DevAuthServer.start(0, null, DevAuthServer.Database.of(postgres, "auth_test"),
                List.of(new DevAuthProperties.User("hana", "pw-hana-123", "Hana Li", "org-hz", List.of("HOLDER"))),
                List.of(new DevAuthProperties.Client("cli", null, "CLI", List.of("authorization_code", "refresh_token"),
                                List.of("http://127.0.0.1:8765/callback"), List.of(), null, List.of()),
                        new DevAuthProperties.Client("ent-api", "s3cret-ent", "Enterprise A", List.of("client_credentials"),
                                List.of(), List.of(), "org-ent-a", List.of("ENTERPRISE"))));
        tokens = new OAuthTokens(server.issuer());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        postgres.close();
    }

    @Test
    void apiClientTokenCarriesItsOrganisationAndRoles() {
        JsonNode claims = claims(tokens.clientCredentials("ent-api", "s3cret-ent"));
        assertThat(claims.get("org").asString()).isEqualTo("org-ent-a");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("ENTERPRISE");
        assertThat(claims.get("iss").asString()).isEqualTo(server.issuer());
        assertThat(claims.get("aud").toString()).contains("datadeed-api");
    }

    @Test
    void userSignsInWithAuthorizationCodeAndPkce() {
        JsonNode claims = claims(tokens.authorizationCode("cli", null, "http://127.0.0.1:8765/callback", "hana", "pw-hana-123"));
        assertThat(claims.get("sub").asString()).isEqualTo("hana");
        assertThat(claims.get("org").asString()).isEqualTo("org-hz");
        assertThat(claims.get("name").asString()).isEqualTo("Hana Li");
        assertThat(claims.get("roles").get(0).asString()).isEqualTo("HOLDER");
    }

    @Test
    void wrongPasswordIsRefused() {
        assertThatThrownBy(() -> tokens.authorizationCode("cli", null, "http://127.0.0.1:8765/callback", "hana", "wrong"))
                .hasMessageContaining("Sign-in refused");
    }

    @Test
    void wrongClientSecretIsRefused() {
        assertThatThrownBy(() -> tokens.clientCredentials("ent-api", "nope")).hasMessageContaining("401");
    }

    private static JsonNode claims(String jwt) {
        String payload = jwt.split("\\.")[1];
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
