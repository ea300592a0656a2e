package org.datadeed.devauth.clients;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls the identity API, from this server's own access token: the subject, display name, organisation and roles
 * ({@code sub}, {@code name}, {@code org}, {@code roles}), and whether a person signed in for it.
 *
 * @param person false for a client-credentials token: its subject is the client itself, which this server also puts
 *               in the token's audience (a person's token names the app they signed in to instead)
 */
public record Caller(String subject, String name, String organisation, Set<String> roles, boolean person) {

    public static Caller of(Jwt token) {
        Object roles = token.getClaims().get("roles");
        Set<String> roleNames = roles instanceof Collection<?> values
                ? values.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet())
                : Set.of();
        List<String> audience = token.getAudience() == null ? List.of() : token.getAudience();
        String organisation = token.getClaimAsString("org");
        return new Caller(token.getSubject(), token.getClaimAsString("name"), organisation,
                organisation == null ? Set.of() : roleNames, !audience.contains(token.getSubject()));
    }

    /** The caller of the request being served. */
    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return of(token.getToken());
        }
        throw ClientProblem.unauthenticated();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
