package org.datadeed.marketplace.config;

import java.io.IOException;

import org.datadeed.marketplace.licence.LicenceSigner;
import org.datadeed.platform.security.ResourceServerSecurity;
import org.datadeed.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Wires the marketplace: its rules, its licence key and its security rules. */
@Configuration(proxyBeanMethods = false)
class MarketplaceConfiguration {

    @Bean
    MarketplacePolicy marketplacePolicy(MarketplaceProperties properties) {
        return properties.policy();
    }

    @Bean
    LicenceSigner licenceSigner(MarketplaceProperties properties) throws IOException {
        return LicenceSigner.fromFile(properties.licenceKeyFile());
    }

    /**
     * Public: the disclosure, the DCAT export, the licence key set and licence verification. The pricing oversight is
     * for regulators only. Everything else needs a token; writes need a role that may write (regulators may only revoke, which the controller decides); who may do
     * what on which product or licence is decided per operation in the controllers and the aggregates.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ResourceServerSecurity resourceServer) {
        resourceServer.configure(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/licence-verification").permitAll()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/v1/oversight/**").hasRole(Role.REGULATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/v1/licences/*/revocation")
                                .hasAnyRole(Role.OPERATOR.name(), Role.REGULATOR.name())
                        .requestMatchers("/api/**").hasAnyRole(Role.ENTERPRISE.name(), Role.OPERATOR.name())
                        .anyRequest().authenticated());
        return http.build();
    }
}
