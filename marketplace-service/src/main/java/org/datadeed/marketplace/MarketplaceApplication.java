package org.datadeed.marketplace;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The marketplace: catalogue, regulated pricing, quotes and the licence authorisation workflow. */
@SpringBootApplication(excludeName = "org.axonframework.springboot.autoconfig.UpdateCheckerAutoConfiguration")
@ConfigurationPropertiesScan
public class MarketplaceApplication {

    /** The application with its own configuration file name ({@code marketplace-service.yml}), so it can share a JVM. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(MarketplaceApplication.class).properties("spring.config.name=marketplace-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
