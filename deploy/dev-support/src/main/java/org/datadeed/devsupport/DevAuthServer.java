package org.datadeed.devsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.datadeed.devauth.DevAuthProperties;
import org.datadeed.devauth.DevAuthServerApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the development authorization server in this JVM with the given users and clients, keeping the API clients
 * that organisations create in the given PostgreSQL database (schema {@code identity}).
 */
public final class DevAuthServer implements AutoCloseable {

    /**
     * Where the authorization server keeps the API clients organisations create.
     *
     * @param jdbcUrl a PostgreSQL database, which may be shared with the services (each keeps its own schema)
     */
    public record Database(String jdbcUrl, String username) {

        /** A database of an embedded PostgreSQL, created when it does not exist yet. */
        public static Database of(LocalPostgres postgres, String name) {
            return new Database(postgres.database(name), postgres.username());
        }
    }

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private DevAuthServer(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /**
     * @param port the port, or 0 for any free one
     * @param keyFile where the signing key is kept between starts, or null for a fresh key
     */
    public static DevAuthServer start(int port, Path keyFile, Database database, List<DevAuthProperties.User> users,
                                      List<DevAuthProperties.Client> clients) {
        return start(port, keyFile, database, users, clients, java.util.Map.of());
    }

    /** @param organisationNames organisation id → registered name, issued as the {@code org_name} claim */
    public static DevAuthServer start(int port, Path keyFile, Database database, List<DevAuthProperties.User> users,
                                      List<DevAuthProperties.Client> clients, java.util.Map<String, String> organisationNames) {
        List<String> properties = new ArrayList<>();
        properties.add("spring.datasource.url=" + database.jdbcUrl());
        properties.add("spring.datasource.username=" + database.username());
        organisationNames.forEach((id, name) -> properties.add("datadeed.dev-auth.organisation-names." + id + "=" + name));
        properties.add("server.port=" + port);
        properties.add(CoHosting.excludeProperty(CoHosting.authServerExcludes()));
        if (keyFile != null) {
            properties.add("datadeed.dev-auth.key-file=" + keyFile.toAbsolutePath());
        }
        for (int i = 0; i < users.size(); i++) {
            DevAuthProperties.User user = users.get(i);
            String prefix = "datadeed.dev-auth.users[" + i + "].";
            properties.add(prefix + "username=" + user.username());
            properties.add(prefix + "password=" + user.password());
            properties.add(prefix + "name=" + user.name());
            properties.add(prefix + "organisation=" + user.organisation());
            properties.add(prefix + "roles=" + String.join(",", user.roles()));
        }
        for (int i = 0; i < clients.size(); i++) {
            DevAuthProperties.Client client = clients.get(i);
            String prefix = "datadeed.dev-auth.clients[" + i + "].";
            properties.add(prefix + "client-id=" + client.clientId());
            if (client.secret() != null) {
                properties.add(prefix + "secret=" + client.secret());
            }
            if (client.name() != null) {
                properties.add(prefix + "name=" + client.name());
            }
            properties.add(prefix + "grant-types=" + String.join(",", client.grantTypes()));
            if (!client.redirectUris().isEmpty()) {
                properties.add(prefix + "redirect-uris=" + String.join(",", client.redirectUris()));
            }
            if (!client.postLogoutRedirectUris().isEmpty()) {
                properties.add(prefix + "post-logout-redirect-uris=" + String.join(",", client.postLogoutRedirectUris()));
            }
            if (client.organisation() != null) {
                properties.add(prefix + "organisation=" + client.organisation());
                properties.add(prefix + "roles=" + String.join(",", client.roles()));
            }
        }
        ConfigurableApplicationContext context = DevAuthServerApplication.builder()
                .run(CoHosting.arguments(properties));
        int actualPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new DevAuthServer(context, "http://localhost:" + actualPort);
    }

    /** The issuer URL; services validate tokens against its {@code /oauth2/jwks}. */
    public String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }
}
