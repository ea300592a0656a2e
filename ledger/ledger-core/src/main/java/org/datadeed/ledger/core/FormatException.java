package org.datadeed.ledger.core;

/**
 * Thrown when a text or byte encoding (signed note, key, checkpoint, tlog-proof, canonical leaf) does
 * not follow its format exactly. Parsers in this module are strict: they never guess what a malformed
 * input meant.
 */
public class FormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
