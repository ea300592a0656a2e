package org.datadeed.ledger.service;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The ledger service: the verifiable log of every DataDeed domain event, and the regulators' audit API. */
@SpringBootApplication(excludeName = "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration")
@ConfigurationPropertiesScan
public class LedgerApplication {

    /** The application with its own configuration file name ({@code ledger-service.yml}), so it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(LedgerApplication.class).properties("spring.config.name=ledger-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
