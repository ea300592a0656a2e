package org.datadeed.devauth.clients;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The identity API ({@code /api/**}): an OAuth2 resource server on this server's own access tokens, stateless, with
 * RFC 9457 problems for missing or bad tokens. It comes before the sign-in and authorization endpoints' chain.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientsConfiguration {

    @Bean
    ApiClients apiClients(ClientDirectory directory, PasswordEncoder encoder, PlatformTransactionManager transactions) {
        return new ApiClients(directory, directory.apiClients(), encoder, new TransactionTemplate(transactions), Clock.systemUTC());
    }

    /** Verifies this server's own access tokens: its signing key, their lifetime, and the DataDeed audience. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(new JwtClaimValidator<List<String>>("aud",
                audience -> audience != null && audience.contains(ApiClientSettings.API_AUDIENCE))));
        return decoder;
    }

    @Bean
    @Order(1)
    SecurityFilterChain identityApi(HttpSecurity http, JwtDecoder decoder) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder))
                        .authenticationEntryPoint((request, response, failure) -> problem(response, ClientProblem.unauthenticated()))
                        .accessDeniedHandler((request, response, denied) -> problem(response,
                                ClientProblem.forbidden("Not allowed"))))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // bearer tokens only, no cookies: nothing for a cross-site request to ride on
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static void problem(HttpServletResponse response, ClientProblem problem) throws IOException {
        HttpStatus status = problem.status();
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        // constant texts only: nothing from the request is echoed
        response.getWriter().write("{\"type\":\"" + ClientProblem.TYPE_BASE + problem.slug() + "\",\"title\":\""
                + problem.title() + "\",\"status\":" + status.value() + ",\"detail\":\"" + problem.getMessage() + "\"}");
    }
}
