package org.datadeed.portal.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in person as the portal shows them: their name, the organisation they act for, and their DataDeed roles,
 * all taken from the access token the services will see.
 *
 * @param name the person's display name ({@code name} claim)
 * @param organisation the organisation id ({@code org} claim)
 * @param organisationName the organisation's registered name ({@code org_name} claim)
 * @param roles DataDeed role names ({@code roles} claim): HOLDER, REVIEWER, ENTERPRISE, OPERATOR, REGULATOR
 */
public record PortalUser(String name, String organisation, String organisationName, Set<String> roles) {

    public static final String NAME_CLAIM = "name";
    public static final String ORGANISATION_CLAIM = "org";
    public static final String ORGANISATION_NAME_CLAIM = "org_name";
    public static final String ROLES_CLAIM = "roles";

    /** Reads the DataDeed claims; a token without an organisation carries no roles, as the services decide too. */
    public static PortalUser fromClaims(Map<String, Object> claims, String fallbackName) {
        Object organisation = claims.get(ORGANISATION_CLAIM);
        Object name = claims.get(NAME_CLAIM);
        Object organisationName = claims.get(ORGANISATION_NAME_CLAIM);
        Set<String> roles = organisation == null ? Set.of() : rolesOf(claims.get(ROLES_CLAIM));
        return new PortalUser(name == null ? fallbackName : name.toString(),
                organisation == null ? null : organisation.toString(),
                organisationName == null ? (organisation == null ? null : organisation.toString()) : organisationName.toString(),
                roles);
    }

    private static Set<String> rolesOf(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Object::toString).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof String value && !value.isBlank()) {
            return Set.of(value.split("[,\\s]+"));
        }
        return Set.of();
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Spring Security authorities: {@code ROLE_HOLDER} and so on. */
    public List<GrantedAuthority> authorities() {
        return roles.stream().sorted().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /** The claims to keep with the session's user, so the pages can show them. */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new java.util.HashMap<>();
        if (name != null) {
            claims.put(NAME_CLAIM, name);
        }
        if (organisation != null) {
            claims.put(ORGANISATION_CLAIM, organisation);
            claims.put(ORGANISATION_NAME_CLAIM, organisationName);
        }
        claims.put(ROLES_CLAIM, List.copyOf(roles));
        return claims;
    }
}
