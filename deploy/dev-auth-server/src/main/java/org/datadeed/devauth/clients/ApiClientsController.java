package org.datadeed.devauth.clients;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.List;

import org.datadeed.api.identity.ApiClientsApi;
import org.datadeed.api.identity.model.Actor;
import org.datadeed.api.identity.model.ApiClientDetails;
import org.datadeed.api.identity.model.ApiClientRequest;
import org.datadeed.api.identity.model.ApiClientStatus;
import org.datadeed.api.identity.model.ApiClientWithSecret;
import org.datadeed.api.identity.model.ClientRole;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/** The identity API (api-specs/identity.yaml) over {@link ApiClients}, for the caller of each request. */
@RestController
class ApiClientsController implements ApiClientsApi {

    private final ApiClients clients;

    ApiClientsController(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public ResponseEntity<List<ApiClientDetails>> listApiClients() {
        return ResponseEntity.ok(clients.list(Caller.current()).stream().map(ApiClientsController::details).toList());
    }

    @Override
    public ResponseEntity<ApiClientDetails> getApiClient(String clientId) {
        return ResponseEntity.ok(details(clients.get(Caller.current(), clientId)));
    }

    @Override
    public ResponseEntity<ApiClientWithSecret> createApiClient(ApiClientRequest request, String idempotencyKey) {
        ApiClients.WithSecret created = clients.create(Caller.current(), request.getName(), request.getDescription(),
                request.getRole() == null ? null : request.getRole().getValue(), idempotencyKey);
        ApiClientWithSecret body = withSecret(created);
        if (created.replayed()) {
            return ResponseEntity.status(HttpStatus.OK).header("Idempotent-Replayed", "true").body(body);
        }
        return ResponseEntity.created(URI.create(ApiClientsApi.PATH_GET_API_CLIENT.replace("{clientId}",
                created.client().clientId()))).body(body);
    }

    @Override
    public ResponseEntity<ApiClientWithSecret> rotateApiClientSecret(String clientId) {
        return ResponseEntity.ok(withSecret(clients.rotate(Caller.current(), clientId)));
    }

    @Override
    public ResponseEntity<ApiClientDetails> revokeApiClient(String clientId) {
        return ResponseEntity.ok(details(clients.revoke(Caller.current(), clientId)));
    }

    private static ApiClientWithSecret withSecret(ApiClients.WithSecret client) {
        return new ApiClientWithSecret().client(details(client.client())).clientSecret(client.secret());
    }

    static ApiClientDetails details(ApiClientRecord client) {
        return new ApiClientDetails()
                .clientId(client.clientId())
                .name(client.name())
                .description(client.description())
                .organisation(client.organisation())
                .role(ClientRole.fromValue(client.role()))
                .status(ApiClientStatus.fromValue(client.status().name()))
                .createdAt(client.createdAt().atOffset(ZoneOffset.UTC))
                .createdBy(actor(client.createdBy()))
                .secretRotatedAt(client.secretRotatedAt() == null ? null : client.secretRotatedAt().atOffset(ZoneOffset.UTC))
                .secretRotatedBy(actor(client.secretRotatedBy()))
                .revokedAt(client.revokedAt() == null ? null : client.revokedAt().atOffset(ZoneOffset.UTC))
                .revokedBy(actor(client.revokedBy()));
    }

    private static Actor actor(ApiClientRecord.Actor actor) {
        return actor == null ? null : new Actor().subject(actor.subject()).name(actor.name());
    }
}
