package org.datadeed.devauth.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

class ApiClientPolicyTest {

    private static final Caller ENTERPRISE = new Caller("anna", "Anna", "org-a", Set.of("ENTERPRISE"), true);
    private static final Caller OPERATOR = new Caller("chen", "Chen", "org-op", Set.of("OPERATOR"), true);
    private static final Caller BOTH = new Caller("dual", "Dual", "org-a", Set.of("ENTERPRISE", "OPERATOR"), true);

    @Test
    void enterpriseClientGetsEnterpriseRole() {
        assertThat(ApiClientPolicy.roleForNewClient(ENTERPRISE, null)).isEqualTo("ENTERPRISE");
    }

    @Test
    void operatorClientGetsOperatorRole() {
        assertThat(ApiClientPolicy.roleForNewClient(OPERATOR, null)).isEqualTo("OPERATOR");
    }

    @Test
    void clientNeverGetsARoleItsCreatorDoesNotHold() {
        assertRefused(() -> ApiClientPolicy.roleForNewClient(ENTERPRISE, "OPERATOR"), HttpStatus.FORBIDDEN);
        assertRefused(() -> ApiClientPolicy.roleForNewClient(OPERATOR, "ENTERPRISE"), HttpStatus.FORBIDDEN);
        assertRefused(() -> ApiClientPolicy.roleForNewClient(BOTH, "REGULATOR"), HttpStatus.FORBIDDEN);
    }

    @Test
    void callerWithBothRolesMustSayWhich() {
        assertRefused(() -> ApiClientPolicy.roleForNewClient(BOTH, null), HttpStatus.BAD_REQUEST);
        assertThat(ApiClientPolicy.roleForNewClient(BOTH, "OPERATOR")).isEqualTo("OPERATOR");
    }

    @Test
    void otherRolesCannotManageApiClients() {
        for (String role : List.of("HOLDER", "REVIEWER", "REGULATOR")) {
            Caller caller = new Caller("x", "X", "org-x", Set.of(role), true);
            assertRefused(() -> ApiClientPolicy.requireManager(caller), HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void callerWithoutOrganisationCannotManageApiClients() {
        assertRefused(() -> ApiClientPolicy.requireManager(new Caller("x", "X", null, Set.of("ENTERPRISE"), true)),
                HttpStatus.FORBIDDEN);
    }

    @Test
    void apiClientsCannotManageApiClients() {
        Caller machine = new Caller("dd-1", "ERP", "org-a", Set.of("ENTERPRISE"), false);
        assertRefused(() -> ApiClientPolicy.requireManager(machine), HttpStatus.FORBIDDEN);
    }

    @Test
    void anotherOrganisationsClientIsNotFound() {
        ApiClientRecord theirs = client("org-b", "ENTERPRISE", ApiClientRecord.Status.ACTIVE);
        assertThat(ApiClientPolicy.visible(ENTERPRISE, theirs)).isFalse();
        assertRefused(() -> ApiClientPolicy.visibleOrNotFound(ENTERPRISE, theirs, "dd-1"), HttpStatus.NOT_FOUND);
    }

    @Test
    void clientOfARoleTheCallerDoesNotHoldIsNotFound() {
        ApiClientRecord operatorClient = client("org-a", "OPERATOR", ApiClientRecord.Status.ACTIVE);
        assertRefused(() -> ApiClientPolicy.visibleOrNotFound(ENTERPRISE, operatorClient, "dd-1"), HttpStatus.NOT_FOUND);
        assertThat(ApiClientPolicy.visibleOrNotFound(BOTH, operatorClient, "dd-1")).isSameAs(operatorClient);
    }

    @Test
    void ownOrganisationsClientIsVisible() {
        ApiClientRecord ours = client("org-a", "ENTERPRISE", ApiClientRecord.Status.ACTIVE);
        assertThat(ApiClientPolicy.visibleOrNotFound(ENTERPRISE, ours, "dd-1")).isSameAs(ours);
    }

    @Test
    void revokedClientCannotBeChanged() {
        assertRefused(() -> ApiClientPolicy.changeable(client("org-a", "ENTERPRISE", ApiClientRecord.Status.REVOKED)),
                HttpStatus.CONFLICT);
    }

    @Test
    void clientCredentialsTokenIsNotAPerson() {
        Jwt machine = jwt("dd-1", List.of("datadeed-api", "dd-1"));
        Jwt person = jwt("anna", List.of("datadeed-api", "portal"));
        assertThat(Caller.of(machine).person()).isFalse();
        assertThat(Caller.of(person).person()).isTrue();
        assertThat(Caller.of(person).roles()).containsExactly("ENTERPRISE");
        assertThat(Caller.of(person).organisation()).isEqualTo("org-a");
    }

    private static Jwt jwt(String subject, List<String> audience) {
        return new Jwt("token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"),
                Map.of("sub", subject, "aud", audience, "org", "org-a", "roles", List.of("ENTERPRISE"), "name", "N"));
    }

    private static ApiClientRecord client(String organisation, String role, ApiClientRecord.Status status) {
        return new ApiClientRecord("id-1", "dd-1", organisation, role, "ERP", null, status, Instant.now(),
                new ApiClientRecord.Actor("someone", "Someone"), null, null, null, null, "hash");
    }

    private static void assertRefused(Runnable call, HttpStatus status) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ClientProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(status));
    }
}
