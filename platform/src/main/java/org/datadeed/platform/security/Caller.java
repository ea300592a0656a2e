package org.datadeed.platform.security;

import java.util.Set;

/**
 * Who is calling: the token's subject, the organisation it acts for (id and registered name), its roles and the
 * person's or client's display name.
 * Every authorisation decision in the services is taken on this record.
 */
public record Caller(String subject, String organisation, Set<Role> roles, String displayName, String organisationName) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** How decisions record the actor: {@code subject@organisation}. */
    public String actor() {
        return subject + "@" + organisation;
    }
}
