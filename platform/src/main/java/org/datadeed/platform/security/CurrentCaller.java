package org.datadeed.platform.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.datadeed.platform.domain.Forbidden;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The caller of the request being served, read from the security context. */
public final class CurrentCaller {

    private final SecurityProperties properties;

    public CurrentCaller(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The signed-in caller, if the request carries a valid token with an organisation. */
    public Optional<Caller> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.empty();
        }
        String organisation = token.getToken().getClaimAsString(properties.organisationClaim());
        if (organisation == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : token.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        String name = token.getToken().getClaimAsString(properties.nameClaim());
        String organisationName = token.getToken().getClaimAsString(properties.organisationNameClaim());
        return Optional.of(new Caller(token.getName(), organisation, roles, name == null ? token.getName() : name,
                organisationName == null ? organisation : organisationName));
    }

    /** The signed-in caller; refused when the token names no organisation. */
    public Caller get() {
        return find().orElseThrow(() -> new Forbidden("The token names no organisation"));
    }
}
