package org.datadeed.ledger.core.note;

/**
 * Produces signatures for C2SP signed notes (https://c2sp.org/signed-note) with one key.
 *
 * <p>Obligations: {@link #keyName()} is a valid key name (non-empty, no Unicode space, no '+');
 * {@link #keyId()} is the key ID a verifier of this key expects; {@link #sign} returns the signature
 * bytes that follow the 4-byte key ID in the signature line, computed over exactly the note text (which
 * includes its final newline).
 */
public interface NoteSigner {

    /** The key name written in the signature line. */
    String keyName();

    /** The 32-bit key ID, as a big-endian int. */
    int keyId();

    /** Signs the note text; returns the signature without the key ID. */
    byte[] sign(byte[] noteText);
}
