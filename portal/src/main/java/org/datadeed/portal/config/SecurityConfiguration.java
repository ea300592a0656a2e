package org.datadeed.portal.config;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.datadeed.portal.security.AccessTokenUserService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open which page. People sign in with authorization code + PKCE; the roles come from their access token.
 * Every path has an explicit decision, and anything not listed is refused. CSRF protection stays on for every form.
 * The services decide again on every call (role and organisation): the portal's rules only keep people away from
 * pages that could not work for them.
 */
@Configuration
class SecurityConfiguration {

    static final String REGISTRATION_ID = "datadeed";
    private static final String HOLDER = "HOLDER";
    private static final String REVIEWER = "REVIEWER";
    private static final String REGULATOR = "REGULATOR";
    private static final String ENTERPRISE = "ENTERPRISE";
    private static final String OPERATOR = "OPERATOR";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       AccessTokenUserService users) {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");

        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(GET, "/", "/notices", "/verify", "/verify/**", "/css/**", "/js/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/notices/*/objection").authenticated()
                        .requestMatchers("/review", "/review/**", "/registrations/*/review/**").hasRole(REVIEWER)
                        .requestMatchers("/audit", "/audit/**").hasRole(REGULATOR)
                        .requestMatchers("/market", "/market/**").hasRole(ENTERPRISE)
                        .requestMatchers("/operator", "/operator/**").hasRole(OPERATOR)
                        .requestMatchers("/credentials", "/credentials/**").hasAnyRole(ENTERPRISE, OPERATOR)
                        .requestMatchers("/registrations/new").hasRole(HOLDER)
                        // a registration and its evidence: also for organisations named in its rights (the registry scopes)
                        .requestMatchers(GET, "/registrations/*", "/registrations/*/evidence/*")
                        .hasAnyRole(HOLDER, REVIEWER, REGULATOR, OPERATOR, ENTERPRISE)
                        .requestMatchers(POST, "/registrations/*/right-confirmations").hasAnyRole(HOLDER, OPERATOR, ENTERPRISE)
                        .requestMatchers(GET, "/registrations",
                                "/registrations/*/certificate", "/registrations/*/certificate.pdf")
                        .hasAnyRole(HOLDER, REVIEWER, REGULATOR)
                        .requestMatchers("/registrations", "/registrations/**").hasRole(HOLDER)
                        .anyRequest().denyAll())
                .oauth2Login(login -> login
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users)))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                // evidence is shown beside a registration in a frame of the portal's own
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** Hands out the signed-in person's access token for service calls, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients,
                                                          java.time.Clock clock) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken(refresh -> refresh.clock(clock)).build());
        return manager;
    }
}
