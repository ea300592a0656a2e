package org.datadeed.platform.domain;

/** The caller is known but may not do this. Becomes a 403 problem. */
public class Forbidden extends RuntimeException {

    public Forbidden(String message) {
        super(message);
    }
}
