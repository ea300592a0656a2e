package org.datadeed.ledger.core;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/** Strict encodings shared by the text formats: canonical base64, lowercase hex, decimals, UTF-8. */
public final class Encodings {

    private static final HexFormat HEX = HexFormat.of();

    private Encodings() {
    }

    /** Standard base64 (RFC 4648 §4) with padding. */
    public static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Decodes standard, padded base64 and accepts only the canonical encoding (the one
     * {@link #base64(byte[])} produces), so that no two texts decode to the same bytes.
     *
     * @throws FormatException if {@code text} is not canonical base64
     */
    public static byte[] decodeBase64(String text, String what) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new FormatException(what + " is not valid base64", e);
        }
        if (!base64(bytes).equals(text)) {
            throw new FormatException(what + " is not canonical padded base64");
        }
        return bytes;
    }

    /** Lowercase hex. */
    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * Decodes lowercase hex of exactly {@code length} bytes.
     *
     * @throws FormatException if {@code text} is not lowercase hex of that length
     */
    public static byte[] decodeHex(String text, int length, String what) {
        if (text.length() != 2 * length) {
            throw new FormatException(what + " must be " + 2 * length + " lowercase hex digits");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw new FormatException(what + " must be lowercase hex");
            }
        }
        return HEX.parseHex(text);
    }

    /**
     * Parses an ASCII decimal with no sign and no leading zeros ("0" itself is allowed) that fits in a
     * non-negative {@code long}.
     *
     * @throws FormatException otherwise
     */
    public static long parseDecimal(String text, String what) {
        if (text.isEmpty() || text.length() > 19) {
            throw new FormatException(what + " must be a decimal number of 1 to 19 digits");
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            throw new FormatException(what + " must not have leading zeros");
        }
        long value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new FormatException(what + " must be ASCII decimal digits");
            }
            value = value * 10 + (c - '0');
            if (value < 0) {
                throw new FormatException(what + " is too large");
            }
        }
        return value;
    }

    /**
     * Decodes strict UTF-8 (no malformed or overlong sequences, no unpaired surrogates).
     *
     * @throws FormatException if {@code bytes} are not valid UTF-8
     */
    public static String decodeUtf8(byte[] bytes, String what) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(what + " is not valid UTF-8", e);
        }
    }

    /**
     * Encodes well-formed UTF-16 as UTF-8.
     *
     * @throws FormatException if {@code text} contains an unpaired surrogate
     */
    public static byte[] encodeUtf8(String text, String what) {
        requireWellFormed(text, what);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @throws FormatException if {@code text} contains an unpaired surrogate (it is not Unicode text)
     */
    public static void requireWellFormed(String text, String what) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    throw new FormatException(what + " contains an unpaired surrogate");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw new FormatException(what + " contains an unpaired surrogate");
            }
        }
    }
}
