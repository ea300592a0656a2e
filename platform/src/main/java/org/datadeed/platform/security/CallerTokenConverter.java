package org.datadeed.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into an authentication whose authorities are the DataDeed roles in the token's roles claim.
 * Roles the platform does not know are ignored; a token without an organisation claim gets no roles at all, so
 * it can reach only what is public.
 */
public final class CallerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties properties;

    public CallerTokenConverter(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        if (jwt.getClaimAsString(properties.organisationClaim()) != null) {
            for (Role role : roles(jwt)) {
                authorities.add(new SimpleGrantedAuthority(role.authority()));
            }
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    Set<Role> roles(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> names = jwt.hasClaim(properties.rolesClaim()) ? jwt.getClaimAsStringList(properties.rolesClaim()) : List.of();
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equalsIgnoreCase(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
