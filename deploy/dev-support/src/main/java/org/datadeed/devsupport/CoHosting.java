package org.datadeed.devsupport;

import java.util.List;

/**
 * Locally and in tests the authorization server and the services share one JVM and one classpath. Each must then
 * leave out the auto-configuration that belongs to the other; in production each runs alone and needs none of this.
 */
public final class CoHosting {

    /** What a service leaves out: the authorization server's own auto-configuration. */
    public static final List<String> SERVICE_EXCLUDES = List.of(
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration");

    /**
     * What the authorization server leaves out: the services' platform and (below) all of Axon. It keeps the database
     * and Flyway: API clients that organisations create live in its own schema.
     */
    public static final List<String> AUTH_SERVER_EXCLUDES = List.of(
            "org.datadeed.platform.PlatformAutoConfiguration");

    /** The database, which the portal does not have. */
    private static final List<String> DATABASE = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration");

    private static final String IMPORTS = "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

    /** {@link #AUTH_SERVER_EXCLUDES} plus every Axon auto-configuration on the classpath. */
    public static List<String> authServerExcludes() {
        List<String> excludes = new java.util.ArrayList<>(AUTH_SERVER_EXCLUDES);
        try {
            var resources = CoHosting.class.getClassLoader().getResources(IMPORTS);
            while (resources.hasMoreElements()) {
                try (var in = resources.nextElement().openStream()) {
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                            .map(String::strip)
                            .filter(line -> line.startsWith("org.axonframework."))
                            .forEach(excludes::add);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return excludes;
    }

    /**
     * What the web portal leaves out: everything the services and the authorization server bring that a portal, which
     * keeps no data and only signs people in, has no use for (the authorization server, the resource server, the
     * database, the platform, Axon).
     */
    public static List<String> portalExcludes() {
        List<String> excludes = new java.util.ArrayList<>(SERVICE_EXCLUDES);
        excludes.addAll(authServerExcludes());
        excludes.addAll(DATABASE);
        excludes.add("org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration");
        excludes.add("org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration");
        return excludes;
    }

    private CoHosting() {
    }

    /**
     * Properties as command-line arguments, which override the application's own configuration files (default
     * properties would not).
     */
    public static String[] arguments(List<String> properties) {
        return properties.stream().map(property -> "--" + property).toArray(String[]::new);
    }

    public static String excludeProperty(List<String> classes) {
        return "spring.autoconfigure.exclude=" + String.join(",", classes);
    }
}
