package org.datadeed.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class PortalUserTest {

    @Test
    void rolesOrganisationAndNamesComeFromTheAccessTokenClaims() {
        PortalUser user = PortalUser.fromClaims(Map.of("org", "org-hz", "org_name", "杭州城市大数据公司", "name", "李华",
                "roles", List.of("HOLDER", "REGULATOR")), "subject");
        assertThat(user.organisationName()).isEqualTo("杭州城市大数据公司");
        assertThat(user.name()).isEqualTo("李华");
        assertThat(user.authorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_HOLDER", "ROLE_REGULATOR");
        assertThat(PortalUser.fromClaims(user.claims(), "subject")).isEqualTo(user);
    }

    @Test
    void aTokenWithoutAnOrganisationCarriesNoRoles() {
        PortalUser user = PortalUser.fromClaims(Map.of("roles", List.of("REVIEWER")), "subject");
        assertThat(user.roles()).isEmpty();
        assertThat(user.name()).isEqualTo("subject");
    }
}
