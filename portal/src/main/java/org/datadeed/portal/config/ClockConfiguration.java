package org.datadeed.portal.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's time (form defaults such as a right's start date), in its configured zone; tests may bring their own. */
@Configuration
class ClockConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(PortalProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
