package org.datadeed.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The problem types every DataDeed service answers with. The {@code type} URI of a problem is stable: clients may
 * branch on it. Domain rules add their own types under the same base through {@link #ruleType(String)}.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request body cannot be read"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Sign-in required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Not allowed in the current state"),
    CONCURRENT_MODIFICATION("concurrent-modification", HttpStatus.CONFLICT, "Changed by someone else meanwhile"),
    ALREADY_EXISTS("already-exists", HttpStatus.CONFLICT, "Already exists"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "The Idempotency-Key was used for a different request"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", HttpStatus.CONFLICT,
            "A request with this Idempotency-Key is still being processed"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "The upload is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "This media type is not accepted"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side");

    /** Every DataDeed problem type URI starts with this. */
    public static final String BASE = "https://datadeed.org/problems/";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type URI of a refused domain rule, e.g. {@code .../problems/core-data-refused}. */
    public static URI ruleType(String rule) {
        return URI.create(BASE + rule);
    }
}
