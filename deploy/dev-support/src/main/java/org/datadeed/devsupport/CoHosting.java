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

    /** What the authorization server leaves out: the database and the services' platform. */
    public static final List<String> AUTH_SERVER_EXCLUDES = List.of(
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.datadeed.platform.PlatformAutoConfiguration");

    private CoHosting() {
    }

    public static String excludeProperty(List<String> classes) {
        return "spring.autoconfigure.exclude=" + String.join(",", classes);
    }
}
