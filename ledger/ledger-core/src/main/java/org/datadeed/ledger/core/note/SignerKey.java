package org.datadeed.ledger.core.note;

import java.util.Arrays;
import java.util.Objects;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;

/**
 * A signer key as text, in the format of Go's {@code golang.org/x/mod/sumdb/note}:
 * {@code PRIVATE+KEY+<name>+<key ID as 8 hex digits>+<base64(type || private key)>}. For Ed25519 the
 * private key is the 32-byte seed. Secret: {@link #toString()} does not reveal it. Immutable.
 *
 * <p>Parsing checks only the syntax; the signer built from it (for example
 * {@link Ed25519NoteSigner#fromSignerKey}) checks that the key ID matches the derived public key.
 */
public final class SignerKey {

    private static final String PREFIX = "PRIVATE+KEY+";

    private final String name;
    private final int keyId;
    private final byte type;
    private final byte[] privateKey;

    public SignerKey(String name, int keyId, byte type, byte[] privateKey) {
        this.name = KeyNames.require(name);
        this.keyId = keyId;
        this.type = type;
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey").clone();
    }

    /**
     * @throws FormatException if {@code skey} is not a syntactically valid signer key
     */
    public static SignerKey parse(String skey) {
        Objects.requireNonNull(skey, "skey");
        if (!skey.startsWith(PREFIX)) {
            throw new FormatException("a signer key starts with PRIVATE+KEY+");
        }
        String rest = skey.substring(PREFIX.length());
        int first = rest.indexOf('+');
        int second = first < 0 ? -1 : rest.indexOf('+', first + 1);
        if (second < 0) {
            throw new FormatException("a signer key has the form PRIVATE+KEY+name+keyid+key");
        }
        String name = rest.substring(0, first);
        if (!KeyNames.isValid(name)) {
            throw new FormatException("signer key has an invalid key name");
        }
        int keyId = VerifierKey.parseKeyId(rest.substring(first + 1, second));
        byte[] material = Encodings.decodeBase64(rest.substring(second + 1), "signer key");
        if (material.length < 2) {
            throw new FormatException("signer key has no key material");
        }
        return new SignerKey(name, keyId, material[0], Arrays.copyOfRange(material, 1, material.length));
    }

    public String name() {
        return name;
    }

    public int keyId() {
        return keyId;
    }

    public byte type() {
        return type;
    }

    /** The private key material after the type byte (a copy). */
    public byte[] privateKey() {
        return privateKey.clone();
    }

    /** The text form. Secret. */
    public String encode() {
        byte[] material = new byte[1 + privateKey.length];
        material[0] = type;
        System.arraycopy(privateKey, 0, material, 1, privateKey.length);
        return PREFIX + name + "+" + KeyNames.hex(keyId) + "+" + Encodings.base64(material);
    }

    @Override
    public String toString() {
        return "SignerKey[" + name + "+" + KeyNames.hex(keyId) + ", type " + type + ", secret redacted]";
    }
}
