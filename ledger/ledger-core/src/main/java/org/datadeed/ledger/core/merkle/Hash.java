package org.datadeed.ledger.core.merkle;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;

/** An immutable SHA-256 hash value (32 bytes): a leaf hash, a node hash or a root hash. */
public final class Hash {

    /** Length of a SHA-256 hash in bytes. */
    public static final int SIZE = 32;

    private final byte[] bytes;

    private Hash(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * @param bytes exactly 32 bytes; copied
     * @throws FormatException if {@code bytes} is not 32 bytes long
     */
    public static Hash of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != SIZE) {
            throw new FormatException("a SHA-256 hash is 32 bytes, got " + bytes.length);
        }
        return new Hash(bytes.clone());
    }

    /** Wraps a digest the caller has just produced and no longer holds a reference to. */
    static Hash wrap(byte[] digest) {
        return new Hash(digest);
    }

    /** Parses 64 lowercase hex digits. */
    public static Hash fromHex(String hex) {
        return new Hash(Encodings.decodeHex(hex, SIZE, "hash"));
    }

    /** Parses canonical, padded standard base64 of 32 bytes. */
    public static Hash fromBase64(String base64) {
        return of(Encodings.decodeBase64(base64, "hash"));
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Feeds the 32 bytes to {@code digest} without copying them. */
    public void updateDigest(MessageDigest digest) {
        digest.update(bytes);
    }

    /** Lowercase hex (64 digits). */
    public String hex() {
        return Encodings.hex(bytes);
    }

    /** Standard padded base64 (44 characters). */
    public String base64() {
        return Encodings.base64(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Hash other && MessageDigest.isEqual(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
