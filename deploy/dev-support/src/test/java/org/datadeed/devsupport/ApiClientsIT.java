package org.datadeed.devsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.datadeed.client.identity.ApiClient;
import org.datadeed.client.identity.ApiException;
import org.datadeed.client.identity.ApiResponse;
import org.datadeed.client.identity.api.ApiClientsApi;
import org.datadeed.client.identity.model.ApiClientDetails;
import org.datadeed.client.identity.model.ApiClientRequest;
import org.datadeed.client.identity.model.ApiClientStatus;
import org.datadeed.client.identity.model.ApiClientWithSecret;
import org.datadeed.client.identity.model.ClientRole;
import org.datadeed.devauth.DevAuthProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity API on a real authorization server and a real PostgreSQL, with real tokens: who may manage which API
 * clients, and what the clients' tokens then carry, after a rotation and after a revocation.
 */
class ApiClientsIT {

    private static final String CLI = "it-cli";
    private static final String REDIRECT = "http://127.0.0.1:8765/callback";
    private static final DevAuthProperties.User ENTERPRISE = user("ent-anna", "org-ent-a", "安娜", "ENTERPRISE");
    private static final DevAuthProperties.User OTHER_ENTERPRISE = user("ent-bo", "org-ent-b", "Bo", "ENTERPRISE");
    private static final DevAuthProperties.User OPERATOR = user("op-chen", "org-operator", "陈", "OPERATOR");
    private static final DevAuthProperties.User HOLDER = user("holder-li", "org-hz", "李", "HOLDER");
    private static final String CONFIGURED_API_CLIENT = "ent-a-configured";
    private static final String CONFIGURED_SECRET = "configured-" + UUID.randomUUID();

    private static LocalPostgres postgres;
    private static DevAuthServer.Database database;
    private static DevAuthServer server;
    private static OAuthTokens tokens;

    @BeforeAll
    static void start() throws IOException {
        postgres = LocalPostgres.temporary();
        database = DevAuthServer.Database.of(postgres, "identity_it");
        server = start(database);
        tokens = new OAuthTokens(server.issuer());
    }

    private static DevAuthServer start(DevAuthServer.Database on) {
        return DevAuthServer.start(0, null, on, List.of(ENTERPRISE, OTHER_ENTERPRISE, OPERATOR, HOLDER), List.of(
                new DevAuthProperties.Client(CLI, null, "IT CLI", List.of("authorization_code"), List.of(REDIRECT), List.of(),
                        null, List.of()),
                new DevAuthProperties.Client(CONFIGURED_API_CLIENT, CONFIGURED_SECRET, "Configured", List.of("client_credentials"),
                        List.of(), List.of(), "org-ent-a", List.of("ENTERPRISE"))),
                Map.of("org-ent-a", "杭州智行科技有限公司"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        postgres.close();
    }

    @Test
    void enterpriseCreatesClientWhoseTokensActForItsOrganisationAsEnterprise() throws ApiException {
        ApiClientWithSecret created = api(ENTERPRISE).createApiClient(
                new ApiClientRequest().name("ERP 同步").description("nightly licence sync"), null);

        ApiClientDetails client = created.getClient();
        assertThat(created.getClientSecret()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(client.getClientId()).startsWith("dd-");
        assertThat(client.getOrganisation()).isEqualTo("org-ent-a");
        assertThat(client.getRole()).isEqualTo(ClientRole.ENTERPRISE);
        assertThat(client.getStatus()).isEqualTo(ApiClientStatus.ACTIVE);
        assertThat(client.getCreatedBy().getSubject()).isEqualTo("ent-anna");
        assertThat(client.getCreatedBy().getName()).isEqualTo("安娜");
        assertThat(client.getSecretRotatedAt()).isNull();

        JsonNode claims = claims(tokens.clientCredentials(client.getClientId(), created.getClientSecret()));
        assertThat(claims.get("org").asString()).isEqualTo("org-ent-a");
        assertThat(claims.get("org_name").asString()).isEqualTo("杭州智行科技有限公司");
        assertThat(claims.get("roles").toString()).isEqualTo("[\"ENTERPRISE\"]");
        assertThat(claims.get("name").asString()).isEqualTo("ERP 同步");
        assertThat(claims.get("aud").toString()).contains("datadeed-api");

        assertThat(api(ENTERPRISE).listApiClients()).extracting(ApiClientDetails::getClientId).contains(client.getClientId());
        assertThat(api(ENTERPRISE).getApiClient(client.getClientId()).getDescription()).isEqualTo("nightly licence sync");
    }

    @Test
    void secretIsKeptOnlyAsItsHash() throws ApiException, SQLException {
        ApiClientWithSecret created = api(ENTERPRISE).createApiClient(new ApiClientRequest().name("hashed"), null);

        String stored = storedSecret(created.getClient().getClientId());
        assertThat(stored).startsWith("{bcrypt}").doesNotContain(created.getClientSecret());
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesTheClient() throws ApiException {
        String clientId = api(ENTERPRISE).createApiClient(new ApiClientRequest().name("private"), null).getClient().getClientId();

        assertThat(api(OTHER_ENTERPRISE).listApiClients()).extracting(ApiClientDetails::getClientId).doesNotContain(clientId);
        assertRefused(() -> api(OTHER_ENTERPRISE).getApiClient(clientId), 404, "not-found");
        assertRefused(() -> api(OTHER_ENTERPRISE).rotateApiClientSecret(clientId), 404, "not-found");
        assertRefused(() -> api(OTHER_ENTERPRISE).revokeApiClient(clientId), 404, "not-found");
        assertThat(api(ENTERPRISE).getApiClient(clientId).getStatus()).isEqualTo(ApiClientStatus.ACTIVE);
    }

    @Test
    void operatorCreatesOperatorClientsAndNoRoleItDoesNotHold() throws ApiException {
        ApiClientWithSecret created = api(OPERATOR).createApiClient(new ApiClientRequest().name("usage feed"), null);
        assertThat(created.getClient().getRole()).isEqualTo(ClientRole.OPERATOR);
        assertThat(claims(tokens.clientCredentials(created.getClient().getClientId(), created.getClientSecret()))
                .get("roles").toString()).isEqualTo("[\"OPERATOR\"]");

        assertRefused(() -> api(OPERATOR).createApiClient(new ApiClientRequest().name("sneaky").role(ClientRole.ENTERPRISE), null),
                403, "forbidden");
        assertRefused(() -> api(ENTERPRISE).createApiClient(new ApiClientRequest().name("sneaky").role(ClientRole.OPERATOR), null),
                403, "forbidden");
    }

    @Test
    void otherRolesAndApiClientsThemselvesAreRefused() {
        assertRefused(() -> api(HOLDER).listApiClients(), 403, "forbidden");
        assertRefused(() -> api(HOLDER).createApiClient(new ApiClientRequest().name("holder"), null), 403, "forbidden");
        String machine = tokens.clientCredentials(CONFIGURED_API_CLIENT, CONFIGURED_SECRET);
        assertRefused(() -> api(machine).listApiClients(), 403, "forbidden");
        assertRefused(() -> api(machine).createApiClient(new ApiClientRequest().name("minted"), null), 403, "forbidden");
    }

    @Test
    void withoutTokenTheAnswerIsAProblem() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.issuer() + "/api/v1/identity/clients")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("https://datadeed.org/problems/unauthenticated");
    }

    @Test
    void blankNameIsAValidationProblem() {
        assertRefused(() -> api(ENTERPRISE).createApiClient(new ApiClientRequest().name("   "), null), 400, "validation-failed");
        assertRefused(() -> api(ENTERPRISE).createApiClient(new ApiClientRequest().name("x".repeat(101)), null), 400,
                "validation-failed");
    }

    @Test
    void rotationRetiresTheOldSecretAtOnce() throws ApiException {
        ApiClientWithSecret created = api(ENTERPRISE).createApiClient(new ApiClientRequest().name("rotating"), null);
        String clientId = created.getClient().getClientId();

        ApiClientWithSecret rotated = api(ENTERPRISE).rotateApiClientSecret(clientId);

        assertThat(rotated.getClientSecret()).isNotBlank().isNotEqualTo(created.getClientSecret());
        assertThat(rotated.getClient().getSecretRotatedAt()).isNotNull();
        assertThat(rotated.getClient().getSecretRotatedBy().getSubject()).isEqualTo("ent-anna");
        assertThatThrownBy(() -> tokens.clientCredentials(clientId, created.getClientSecret())).hasMessageContaining("401");
        assertThat(claims(tokens.clientCredentials(clientId, rotated.getClientSecret())).get("org").asString()).isEqualTo("org-ent-a");
    }

    @Test
    void revokedClientObtainsNoTokenAndStaysOnRecord() throws ApiException {
        ApiClientWithSecret created = api(ENTERPRISE).createApiClient(new ApiClientRequest().name("retiring"), null);
        String clientId = created.getClient().getClientId();
        tokens.clientCredentials(clientId, created.getClientSecret());

        ApiClientDetails revoked = api(ENTERPRISE).revokeApiClient(clientId);

        assertThat(revoked.getStatus()).isEqualTo(ApiClientStatus.REVOKED);
        assertThat(revoked.getRevokedAt()).isNotNull();
        assertThat(revoked.getRevokedBy().getSubject()).isEqualTo("ent-anna");
        assertThatThrownBy(() -> tokens.clientCredentials(clientId, created.getClientSecret())).hasMessageContaining("401");
        assertThat(api(ENTERPRISE).listApiClients()).filteredOn(c -> c.getClientId().equals(clientId))
                .singleElement().extracting(ApiClientDetails::getStatus).isEqualTo(ApiClientStatus.REVOKED);
        assertRefused(() -> api(ENTERPRISE).rotateApiClientSecret(clientId), 409, "api-client-revoked");
        assertRefused(() -> api(ENTERPRISE).revokeApiClient(clientId), 409, "api-client-revoked");
    }

    @Test
    void retryWithTheSameIdempotencyKeyCreatesNothingAndShowsNoSecret() throws ApiException {
        String key = "create-" + UUID.randomUUID();
        ApiResponse<ApiClientWithSecret> first = api(ENTERPRISE).createApiClientWithHttpInfo(new ApiClientRequest().name("once"), key);
        ApiResponse<ApiClientWithSecret> retry = api(ENTERPRISE).createApiClientWithHttpInfo(new ApiClientRequest().name("once"), key);

        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(retry.getData().getClient().getClientId()).isEqualTo(first.getData().getClient().getClientId());
        assertThat(retry.getData().getClientSecret()).isNull();
        assertRefused(() -> api(ENTERPRISE).createApiClient(new ApiClientRequest().name("different"), key), 422,
                "idempotency-key-reused");
    }

    @Test
    void clientsSurviveInTheDatabaseAndConfiguredClientsKeepWorking() throws ApiException {
        ApiClientWithSecret created = api(ENTERPRISE).createApiClient(new ApiClientRequest().name("durable"), null);

        try (DevAuthServer restarted = start(database)) {
            OAuthTokens fromRestarted = new OAuthTokens(restarted.issuer());
            assertThat(claims(fromRestarted.clientCredentials(created.getClient().getClientId(), created.getClientSecret()))
                    .get("name").asString()).isEqualTo("durable");
            assertThat(claims(fromRestarted.clientCredentials(CONFIGURED_API_CLIENT, CONFIGURED_SECRET))
                    .get("org").asString()).isEqualTo("org-ent-a");
        }
    }

    private static ApiClientsApi api(DevAuthProperties.User person) {
        return api(tokens.authorizationCode(CLI, null, REDIRECT, person.username(), person.password()));
    }

    private static ApiClientsApi api(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.issuer());
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new ApiClientsApi(client);
    }

    private static void assertRefused(ThrowingCall call, int status, String problemType) {
        assertThatThrownBy(call::call).isInstanceOfSatisfying(ApiException.class, refused -> {
            assertThat(refused.getCode()).isEqualTo(status);
            assertThat(refused.getResponseBody()).contains("https://datadeed.org/problems/" + problemType);
        });
    }

    @FunctionalInterface
    private interface ThrowingCall {
        Object call() throws ApiException;
    }

    private static String storedSecret(String clientId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), null);
             PreparedStatement query = connection.prepareStatement(
                     "SELECT client_secret FROM identity.oauth2_registered_client WHERE client_id = ?")) {
            query.setString(1, clientId);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static JsonNode claims(String jwt) {
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    private static DevAuthProperties.User user(String username, String org, String name, String role) {
        return new DevAuthProperties.User(username, "pw-" + UUID.randomUUID(), name, org, List.of(role));
    }
}
