package org.datadeed.devauth.clients;

import org.springframework.http.HttpStatus;

/**
 * A refused identity API request, answered as an RFC 9457 problem under the problem types every DataDeed service
 * uses ({@code https://datadeed.org/problems/<slug>}).
 */
public final class ClientProblem extends RuntimeException {

    public static final String TYPE_BASE = "https://datadeed.org/problems/";

    private final HttpStatus status;
    private final String slug;
    private final String title;

    ClientProblem(HttpStatus status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    static ClientProblem unauthenticated() {
        return new ClientProblem(HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign-in required", "A bearer token is required");
    }

    static ClientProblem forbidden(String detail) {
        return new ClientProblem(HttpStatus.FORBIDDEN, "forbidden", "Not allowed", detail);
    }

    static ClientProblem notFound(String clientId) {
        return new ClientProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No API client " + clientId + " in your organisation");
    }

    static ClientProblem revoked(String clientId) {
        return new ClientProblem(HttpStatus.CONFLICT, "api-client-revoked", "The API client is revoked",
                "API client " + clientId + " was revoked; a revoked client cannot be changed");
    }

    static ClientProblem invalid(String detail) {
        return new ClientProblem(HttpStatus.BAD_REQUEST, "validation-failed", "The request is not valid", detail);
    }

    static ClientProblem keyReused() {
        return new ClientProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "The Idempotency-Key was used for a different request",
                "This Idempotency-Key already created a different API client; use a new key");
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
