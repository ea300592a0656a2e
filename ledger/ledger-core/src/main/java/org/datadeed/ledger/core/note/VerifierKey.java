package org.datadeed.ledger.core.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;

/**
 * A verifier key ("vkey") as text: {@code <name>+<key ID as 8 hex digits>+<base64(type || public key)>}.
 * The key ID must be the recommended one, SHA-256(name || 0x0A || type || public key)[:4], so a parsed
 * key is self-consistent. Immutable.
 */
public final class VerifierKey {

    private final String name;
    private final byte type;
    private final byte[] publicKey;
    private final int keyId;

    /** Builds the key and computes its key ID. */
    public VerifierKey(String name, byte type, byte[] publicKey) {
        this.name = KeyNames.require(name);
        this.type = type;
        this.publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
        this.keyId = KeyNames.keyId(name, type, publicKey);
    }

    /**
     * Parses a verifier key.
     *
     * @throws FormatException if it is malformed or its key ID does not match its name, type and key
     */
    public static VerifierKey parse(String vkey) {
        Objects.requireNonNull(vkey, "vkey");
        int first = vkey.indexOf('+');
        int second = first < 0 ? -1 : vkey.indexOf('+', first + 1);
        if (second < 0) {
            throw new FormatException("a verifier key has the form name+keyid+key");
        }
        String name = vkey.substring(0, first);
        String hexId = vkey.substring(first + 1, second);
        byte[] material = Encodings.decodeBase64(vkey.substring(second + 1), "verifier key");
        if (!KeyNames.isValid(name)) {
            throw new FormatException("verifier key has an invalid key name");
        }
        if (material.length < 2) {
            throw new FormatException("verifier key has no key material");
        }
        VerifierKey key = new VerifierKey(name, material[0], Arrays.copyOfRange(material, 1, material.length));
        int claimed = parseKeyId(hexId);
        if (claimed != key.keyId) {
            throw new FormatException("verifier key ID " + hexId + " does not match its key ("
                    + KeyNames.hex(key.keyId) + ")");
        }
        return key;
    }

    /** Parses a key ID written as eight lowercase hex digits. */
    static int parseKeyId(String hexId) {
        return ByteBuffer.wrap(Encodings.decodeHex(hexId, 4, "key ID")).getInt();
    }

    public String name() {
        return name;
    }

    /** The signature type byte (0x01 Ed25519, 0x04 Ed25519 cosignature, ...). */
    public byte type() {
        return type;
    }

    /** The public key material after the type byte (a copy). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public int keyId() {
        return keyId;
    }

    /** The text form. */
    public String encode() {
        byte[] material = new byte[1 + publicKey.length];
        material[0] = type;
        System.arraycopy(publicKey, 0, material, 1, publicKey.length);
        return name + "+" + KeyNames.hex(keyId) + "+" + Encodings.base64(material);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerifierKey other && name.equals(other.name) && type == other.type
                && Arrays.equals(publicKey, other.publicKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, Arrays.hashCode(publicKey));
    }

    @Override
    public String toString() {
        return encode();
    }
}
