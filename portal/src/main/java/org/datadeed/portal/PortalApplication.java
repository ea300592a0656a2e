package org.datadeed.portal;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The DataDeed web portal: server-rendered pages for holders, reviewers, the public and regulators. It keeps no data
 * of its own; every page reads and writes through the services' generated client with the signed-in person's token.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortalApplication {

    /** The application with its own configuration file name ({@code portal.yml}), so it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(PortalApplication.class).properties("spring.config.name=portal");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
