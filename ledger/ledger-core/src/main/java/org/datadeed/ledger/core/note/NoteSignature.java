package org.datadeed.ledger.core.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)}. Immutable.
 */
public final class NoteSignature {

    /** Em dash (U+2014) and space (U+0020): how every signature line starts. */
    public static final String LINE_PREFIX = "\u2014 ";

    private final String keyName;
    private final int keyId;
    private final byte[] signature;

    /**
     * @param keyName   a valid key name
     * @param keyId     the 32-bit key ID
     * @param signature the signature bytes after the key ID (at least one byte)
     */
    public NoteSignature(String keyName, int keyId, byte[] signature) {
        this.keyName = KeyNames.require(keyName);
        this.keyId = keyId;
        Objects.requireNonNull(signature, "signature");
        if (signature.length == 0) {
            throw new IllegalArgumentException("empty signature");
        }
        this.signature = signature.clone();
    }

    public String keyName() {
        return keyName;
    }

    public int keyId() {
        return keyId;
    }

    /** The signature bytes after the key ID (a copy). */
    public byte[] signature() {
        return signature.clone();
    }

    /** base64(key ID || signature), as written in the line. */
    public String base64() {
        return Encodings.base64(ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array());
    }

    /** The full line, newline included. */
    public String line() {
        return LINE_PREFIX + keyName + " " + base64() + "\n";
    }

    /** Whether this signature was made with the key of {@code verifier} (same name and key ID). */
    public boolean isFrom(NoteVerifier verifier) {
        return keyName.equals(verifier.keyName()) && keyId == verifier.keyId();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NoteSignature other && keyName.equals(other.keyName) && keyId == other.keyId
                && Arrays.equals(signature, other.signature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyName, keyId, Arrays.hashCode(signature));
    }

    @Override
    public String toString() {
        return line().strip();
    }
}
