package org.datadeed.ledger.core.leaf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.datadeed.ledger.core.Encodings;
import org.datadeed.ledger.core.FormatException;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS) for the one shape DataDeed needs: a flat JSON object whose
 * member values are strings, integers or null.
 *
 * <ul>
 *   <li>Members are sorted by their names compared as arrays of UTF-16 code units (§3.2.3), which is
 *       {@link String#compareTo}.</li>
 *   <li>No whitespace is emitted (§3.2.1).</li>
 *   <li>Strings are serialized as ECMAScript's JSON.stringify does (§3.2.2.2): {@code "} and {@code \} are
 *       escaped with a backslash; U+0008, U+0009, U+000A, U+000C, U+000D become {@code \b \t \n \f \r};
 *       other characters below U+0020 become {@code \}{@code u00xx} with lowercase hex; every other
 *       character is emitted as is, in UTF-8. Strings must be valid Unicode (I-JSON): an unpaired
 *       surrogate is rejected.</li>
 *   <li>Numbers are integers of magnitude at most 2^53 − 1, so that they are exact IEEE 754 doubles;
 *       ECMAScript's Number serialization (§3.2.2.3) of such an integer is its plain decimal form.</li>
 *   <li>{@code null} is {@code null} (§3.2.2.1).</li>
 * </ul>
 */
public final class Jcs {

    /** The largest integer every IEEE 754 double-based JSON reader represents exactly. */
    public static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private Jcs() {
    }

    /**
     * The canonical JSON text of a flat object.
     *
     * @param members member name → {@link String}, {@link Long}, {@link Integer} or {@code null}
     * @throws FormatException if a value has another type, an integer is out of the safe range, or a
     *                         string is not valid Unicode
     */
    public static String canonicalize(Map<String, ?> members) {
        Objects.requireNonNull(members, "members");
        StringBuilder out = new StringBuilder(256).append('{');
        boolean first = true;
        for (Map.Entry<String, ?> member : new TreeMap<String, Object>(members).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, member.getKey());
            out.append(':');
            appendValue(out, member.getKey(), member.getValue());
        }
        return out.append('}').toString();
    }

    /** {@link #canonicalize} as UTF-8 bytes: the form that is hashed. */
    public static byte[] canonicalBytes(Map<String, ?> members) {
        return canonicalize(members).getBytes(StandardCharsets.UTF_8);
    }

    private static void appendValue(StringBuilder out, String name, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Long || value instanceof Integer) {
            long n = ((Number) value).longValue();
            if (n > MAX_SAFE_INTEGER || n < -MAX_SAFE_INTEGER) {
                throw new FormatException("member '" + name + "' is outside the exact integer range of JSON");
            }
            out.append(n);
        } else {
            throw new FormatException("member '" + name + "' has unsupported type " + value.getClass().getName());
        }
    }

    static void appendString(StringBuilder out, String s) {
        Encodings.requireWellFormed(s, "JSON string");
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
