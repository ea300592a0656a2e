package org.datadeed.ledger.core.note;

import java.nio.ByteBuffer;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;
import org.datadeed.ledger.core.merkle.Rfc6962;

/** Key-name rules and key-ID derivation of the C2SP signed-note specification. */
public final class KeyNames {

    private KeyNames() {
    }

    /**
     * Whether {@code name} is a valid key name: non-empty, well-formed Unicode, without Unicode white space
     * (the White_Space property, as Go's {@code unicode.IsSpace}) or '+', and without control characters.
     */
    public static boolean isValid(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '+' || c < 0x20 || c == 0x85 || Character.isSpaceChar(c)) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < name.length()
                        && Character.isLowSurrogate(name.charAt(i + 1));
                if (!paired) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** @throws FormatException if {@code name} is not a valid key name */
    public static String require(String name) {
        if (!isValid(name)) {
            throw new FormatException("invalid key name: must be non-empty, without spaces or '+'");
        }
        return name;
    }

    /**
     * The recommended key ID: the first four bytes, big-endian, of
     * SHA-256(key name || 0x0A || signature type || public key).
     */
    public static int keyId(String name, byte signatureType, byte[] publicKey) {
        byte[] nameBytes = Encodings.encodeUtf8(require(name), "key name");
        byte[] input = new byte[nameBytes.length + 2 + publicKey.length];
        System.arraycopy(nameBytes, 0, input, 0, nameBytes.length);
        input[nameBytes.length] = '\n';
        input[nameBytes.length + 1] = signatureType;
        System.arraycopy(publicKey, 0, input, nameBytes.length + 2, publicKey.length);
        return ByteBuffer.wrap(Rfc6962.sha256(input)).getInt();
    }

    /** The key ID as eight lowercase hex digits, as in verifier keys. */
    public static String hex(int keyId) {
        return String.format("%08x", keyId);
    }
}
