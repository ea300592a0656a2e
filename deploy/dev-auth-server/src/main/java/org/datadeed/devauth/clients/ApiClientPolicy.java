package org.datadeed.devauth.clients;

import java.util.List;

/**
 * Who may manage which API clients. Only people (never a client-credentials token, so that a leaked credential cannot
 * mint or revoke others) who act for an organisation and hold a role that may have API clients: ENTERPRISE or
 * OPERATOR. A client gets one of its creator's roles and its creator's organisation, never anything else; a person
 * sees and changes only the clients of their own organisation whose role they hold, and a revoked client stays
 * revoked.
 */
final class ApiClientPolicy {

    /** The roles an API client may act as, in the order a default is chosen. */
    static final List<String> CLIENT_ROLES = List.of("ENTERPRISE", "OPERATOR");

    private ApiClientPolicy() {
    }

    /** Refuses callers that may not manage API clients at all. */
    static void requireManager(Caller caller) {
        if (!caller.person()) {
            throw ClientProblem.forbidden("API clients cannot manage API clients; a person of the organisation must sign in");
        }
        if (caller.organisation() == null || CLIENT_ROLES.stream().noneMatch(caller::hasRole)) {
            throw ClientProblem.forbidden("Only enterprise and operator users manage API clients");
        }
    }

    /**
     * The role a new client gets: the one asked for, which the caller must hold; when none is asked for, the caller's
     * one client role (a caller holding both must say which).
     */
    static String roleForNewClient(Caller caller, String requested) {
        requireManager(caller);
        if (requested != null) {
            if (!CLIENT_ROLES.contains(requested) || !caller.hasRole(requested)) {
                throw ClientProblem.forbidden("You cannot give an API client the role " + requested + ", which you do not hold");
            }
            return requested;
        }
        List<String> held = CLIENT_ROLES.stream().filter(caller::hasRole).toList();
        if (held.size() > 1) {
            throw ClientProblem.invalid("You hold the roles " + String.join(" and ", held) + ": say which one the client acts as");
        }
        return held.get(0);
    }

    /** Whether the caller may see the client: same organisation, a role the caller holds. */
    static boolean visible(Caller caller, ApiClientRecord client) {
        return caller.organisation() != null && caller.organisation().equals(client.organisation())
                && caller.hasRole(client.role());
    }

    /** The client, if the caller may see it; otherwise "not found", as if it did not exist. */
    static ApiClientRecord visibleOrNotFound(Caller caller, ApiClientRecord client, String clientId) {
        requireManager(caller);
        if (client == null || !visible(caller, client)) {
            throw ClientProblem.notFound(clientId);
        }
        return client;
    }

    /** Refuses a change to a revoked client. */
    static ApiClientRecord changeable(ApiClientRecord client) {
        if (client.revoked()) {
            throw ClientProblem.revoked(client.clientId());
        }
        return client;
    }
}
