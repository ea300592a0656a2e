package org.datadeed.platform.security;

import org.datadeed.platform.problem.ProblemType;
import org.datadeed.platform.problem.Problems;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;

/**
 * The part of every service's security filter chain that is the same everywhere: a stateless JWT resource server
 * whose authorities are DataDeed roles, with 401 and 403 answered as problems. Each service adds its own
 * {@code authorizeHttpRequests} rules; method security then checks role and organisation per operation.
 */
public final class ResourceServerSecurity {

    private final CallerTokenConverter tokenConverter;
    private final Problems problems;

    public ResourceServerSecurity(CallerTokenConverter tokenConverter, Problems problems) {
        this.tokenConverter = tokenConverter;
        this.problems = problems;
    }

    public HttpSecurity configure(HttpSecurity http) {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            problems.write(request, response, Problems.of(ProblemType.UNAUTHENTICATED,
                                    "A valid bearer token is required"));
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this"))))
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(new HeaderBearerTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenConverter))
                        .authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                            problems.write(request, response, Problems.of(ProblemType.UNAUTHENTICATED,
                                    "The bearer token is missing, expired or not valid"));
                        })
                        .accessDeniedHandler((request, response, ex) -> problems.write(request, response,
                                Problems.of(ProblemType.FORBIDDEN, "Your role does not allow this"))));
    }
}
