package org.datadeed.devauth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The development authorization server: OAuth2 + OIDC with seeded users and clients for every DataDeed role. */
@SpringBootApplication
@EnableConfigurationProperties(DevAuthProperties.class)
public class DevAuthServerApplication {

    /** The application with its own configuration file name, so it can share a classpath with the services. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DevAuthServerApplication.class).properties("spring.config.name=dev-auth-server");
    }

    public static void main(String[] args) {
        SpringApplication application = builder().build();
        application.run(args);
    }
}
