package org.datadeed.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services find the caller's roles and organisation in a token. The defaults match the development
 * authorization server; point them at the claims of any other OIDC issuer.
 *
 * @param rolesClaim a claim holding a list of role names (HOLDER, REVIEWER, ENTERPRISE, OPERATOR, REGULATOR)
 * @param organisationClaim a claim holding the organisation id
 * @param nameClaim a claim holding a display name; the subject when absent
 * @param organisationNameClaim a claim holding the organisation's registered name; its id when absent
 */
@ConfigurationProperties("datadeed.security")
public record SecurityProperties(
        @DefaultValue("roles") String rolesClaim,
        @DefaultValue("org") String organisationClaim,
        @DefaultValue("name") String nameClaim,
        @DefaultValue("org_name") String organisationNameClaim) {
}
