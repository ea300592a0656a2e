package org.datadeed.ledger.core.note;

/**
 * Checks signatures of C2SP signed notes made with one known key.
 *
 * <p>Obligations: the ({@link #keyName()}, {@link #keyId()}) pair identifies the key and its signature
 * type; {@link #verify} returns {@code true} only for a valid signature over exactly {@code noteText} and
 * never throws for malformed signature bytes (it returns {@code false}).
 */
public interface NoteVerifier {

    /** The key name expected in the signature line. */
    String keyName();

    /** The 32-bit key ID, as a big-endian int. */
    int keyId();

    /**
     * @param noteText  the note text, final newline included
     * @param signature the signature bytes after the key ID
     */
    boolean verify(byte[] noteText, byte[] signature);
}
