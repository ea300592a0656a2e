package org.datadeed.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.datadeed.devsupport.CoHosting;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A DataDeed service as the local stack runs it: its own Spring Boot application (with its own configuration file)
 * in the launcher's JVM, on the shared PostgreSQL database and the development authorization server.
 *
 * @param title how the banner names it
 * @param application the service's application builder, e.g. {@code RegistryApplication::builder}
 * @param port the port it listens on
 * @param apiPath where its API starts, for the banner
 * @param properties settings of its own, {@code key=value}
 */
public record LocalService(String title, Supplier<SpringApplicationBuilder> application, int port, String apiPath,
                           List<String> properties) {

    public LocalService(String title, Supplier<SpringApplicationBuilder> application, int port, String apiPath,
                        String... properties) {
        this(title, application, port, apiPath, List.of(properties));
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * Starts the service. Its settings go in as command-line arguments ({@link CoHosting#arguments}): those outrank
     * the service's own configuration file, which names the production defaults (e.g. a database on port 5432). Every
     * service reads the time from the stack's one clock.
     */
    ConfigurableApplicationContext start(String jdbcUrl, String databaseUser, String issuer, java.time.Clock clock) {
        List<String> settings = new ArrayList<>();
        settings.add("server.port=" + port);
        settings.add("spring.datasource.url=" + jdbcUrl);
        settings.add("spring.datasource.username=" + databaseUser);
        settings.add("spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer);
        // the portal signs people in there (an application without an OAuth2 client registration ignores it)
        settings.add("spring.security.oauth2.client.provider.datadeed.issuer-uri=" + issuer);
        settings.add(CoHosting.excludeProperty(CoHosting.SERVICE_EXCLUDES));
        settings.addAll(properties);
        return application.get()
                .initializers(context -> context.getBeanFactory().registerSingleton("clock", clock))
                .run(CoHosting.arguments(settings));
    }
}
