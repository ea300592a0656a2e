package org.datadeed.devauth.clients;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * How a registered client carries the DataDeed identity its client-credentials tokens get ({@code org}, {@code roles},
 * {@code name}), the same for the clients configured in properties and for those organisations create.
 */
public final class ApiClientSettings {

    /** The audience of every access token this server issues; the services (and the identity API) accept no other. */
    public static final String API_AUDIENCE = "datadeed-api";
    public static final String ORGANISATION = "datadeed.organisation";
    /** The roles: a list for configured clients, one comma-separated string for persisted ones (plain JSON). */
    public static final String ROLES = "datadeed.roles";
    public static final String NAME = "datadeed.name";
    /** How long an access token lives. */
    public static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(30);

    private ApiClientSettings() {
    }

    /** A client's id, name, scopes and token lifetime, as every DataDeed client has them. */
    public static RegisteredClient.Builder base(String id, String clientId, String name) {
        return RegisteredClient.withId(id)
                .clientId(clientId)
                .clientName(name)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build());
    }

    /** Adds the identity a client-credentials token of this client carries. */
    public static ClientSettings.Builder identity(ClientSettings.Builder settings, String organisation, Object roles, String name) {
        return settings.setting(ORGANISATION, organisation).setting(ROLES, roles).setting(NAME, name);
    }

    /** The client's roles from its settings, whichever way they were stored. */
    public static List<String> roles(ClientSettings settings) {
        Object roles = settings.getSetting(ROLES);
        if (roles instanceof Collection<?> values) {
            return values.stream().map(Object::toString).toList();
        }
        if (roles instanceof String value && !value.isBlank()) {
            return Arrays.stream(value.split(",")).map(String::strip).toList();
        }
        return List.of();
    }
}
