package org.datadeed.platform.domain;

/** The thing asked for does not exist, or the caller may not know that it exists. Becomes a 404 problem. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
