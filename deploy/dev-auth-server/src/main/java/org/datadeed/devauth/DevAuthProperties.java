package org.datadeed.devauth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The seeded users and clients of the development authorization server. Nothing here is a default secret: the
 * local launcher generates the passwords and client secrets at first start and passes them in; tests pass their own.
 *
 * @param keyFile where the token-signing RSA key is kept between starts; a fresh key each start when absent
 * @param users people who sign in with authorization code + PKCE
 * @param clients OAuth2 clients: web and native apps (authorization code) and API clients (client credentials)
 * @param organisationNames organisation id → registered name
 */
@ConfigurationProperties("datadeed.dev-auth")
public record DevAuthProperties(Path keyFile, @DefaultValue List<User> users, @DefaultValue List<Client> clients,
                                @DefaultValue Map<String, String> organisationNames) {

    /** The registered name of an organisation (the {@code org_name} claim); its id when none is configured. */
    public String organisationName(String organisation) {
        return organisationNames.getOrDefault(organisation, organisation);
    }

    /**
     * @param organisation the organisation the user acts for (the {@code org} claim)
     * @param roles DataDeed roles (the {@code roles} claim)
     */
    public record User(String username, String password, String name, String organisation, List<String> roles) {
    }

    /**
     * @param secret the client secret; a public client (PKCE only, e.g. a CLI) when absent
     * @param grantTypes authorization_code, refresh_token, client_credentials
     * @param organisation for client-credentials tokens: the organisation the client acts for
     * @param roles for client-credentials tokens: the client's roles
     */
    public record Client(String clientId, String secret, String name, List<String> grantTypes,
                         @DefaultValue List<String> redirectUris, @DefaultValue List<String> postLogoutRedirectUris,
                         String organisation, @DefaultValue List<String> roles) {
    }
}
