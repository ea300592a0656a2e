package org.datadeed.devauth;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/** A seeded user with the organisation it acts for and a display name. */
final class DevUser extends User {

    private final String organisation;
    private final String displayName;

    DevUser(UserDetails details, String organisation, String displayName) {
        super(details.getUsername(), details.getPassword(), details.getAuthorities());
        this.organisation = organisation;
        this.displayName = displayName == null ? details.getUsername() : displayName;
    }

    String organisation() {
        return organisation;
    }

    String displayName() {
        return displayName;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
