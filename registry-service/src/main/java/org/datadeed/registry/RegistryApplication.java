package org.datadeed.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The registry service: data property rights registration from application to certificate. */
/* Axon's update checker would call out to AxonIQ at every start. */
@SpringBootApplication(excludeName = "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration")
@ConfigurationPropertiesScan
public class RegistryApplication {

    /** The application with its own configuration file name ({@code registry-service.yml}), so it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(RegistryApplication.class).properties("spring.config.name=registry-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
