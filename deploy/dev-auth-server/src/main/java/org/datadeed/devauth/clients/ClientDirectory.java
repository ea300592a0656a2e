package org.datadeed.devauth.clients;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Every client this server knows: the ones configured in properties (in memory, as they always were) and the API
 * clients organisations created (in PostgreSQL). A revoked API client is not found, so it can obtain no token and no
 * token of it can be refreshed or introspected.
 */
public final class ClientDirectory implements RegisteredClientRepository {

    private final Map<String, RegisteredClient> configuredById;
    private final Map<String, RegisteredClient> configuredByClientId;
    private final JdbcRegisteredClientRepository persisted;
    private final ApiClientStore apiClients;

    /**
     * @param configured the clients configured in properties
     * @param jdbc the {@code identity} schema, where the API clients organisations create are kept
     */
    public static ClientDirectory of(List<RegisteredClient> configured, JdbcOperations jdbc) {
        return new ClientDirectory(configured, new JdbcRegisteredClientRepository(jdbc), new ApiClientStore(jdbc));
    }

    private ClientDirectory(List<RegisteredClient> configured, JdbcRegisteredClientRepository persisted, ApiClientStore apiClients) {
        this.configuredById = configured.stream().collect(Collectors.toUnmodifiableMap(RegisteredClient::getId, Function.identity()));
        this.configuredByClientId = configured.stream()
                .collect(Collectors.toUnmodifiableMap(RegisteredClient::getClientId, Function.identity()));
        this.persisted = persisted;
        this.apiClients = apiClients;
    }

    /** Saves an API client an organisation created; configured clients are changed in properties, not here. */
    @Override
    public void save(RegisteredClient client) {
        if (configuredById.containsKey(client.getId()) || configuredByClientId.containsKey(client.getClientId())) {
            throw new IllegalArgumentException("Client " + client.getClientId() + " is configured in properties");
        }
        persisted.save(client);
    }

    @Override
    public RegisteredClient findById(String id) {
        RegisteredClient configured = configuredById.get(id);
        return configured != null ? configured : active(persisted.findById(id));
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        RegisteredClient configured = configuredByClientId.get(clientId);
        return configured != null ? configured : active(persisted.findByClientId(clientId));
    }

    ApiClientStore apiClients() {
        return apiClients;
    }

    /** Whether a client id is taken by a configured client. */
    boolean configured(String clientId) {
        return configuredByClientId.containsKey(clientId);
    }

    /** A persisted client as stored, revoked or not (for the identity API's own changes). */
    RegisteredClient stored(String registeredClientId) {
        return persisted.findById(registeredClientId);
    }

    private RegisteredClient active(RegisteredClient client) {
        return client == null || apiClients.isRevoked(client.getId()) ? null : client;
    }
}
