package org.datadeed.devauth.clients;

import java.time.Instant;

/**
 * What is known of an API client an organisation created, besides its OAuth2 registration (whose secret is hashed).
 *
 * @param registeredClientId the id of its {@code RegisteredClient}
 * @param role the one DataDeed role its tokens carry
 * @param requestHash the hash of the request that created it, for Idempotency-Key replays
 */
public record ApiClientRecord(String registeredClientId, String clientId, String organisation, String role, String name,
                              String description, Status status, Instant createdAt, Actor createdBy,
                              Instant secretRotatedAt, Actor secretRotatedBy, Instant revokedAt, Actor revokedBy,
                              String requestHash) {

    public enum Status { ACTIVE, REVOKED }

    /** A person who changed a client: their subject and display name. */
    public record Actor(String subject, String name) {
        static Actor of(Caller caller) {
            return new Actor(caller.subject(), caller.name());
        }
    }

    public boolean revoked() {
        return status == Status.REVOKED;
    }
}
