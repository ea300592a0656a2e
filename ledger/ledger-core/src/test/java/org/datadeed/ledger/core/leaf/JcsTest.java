package org.datadeed.ledger.core.leaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.datadeed.ledger.core.FormatException;
import org.junit.jupiter.api.Test;

/** RFC 8785 rules for the subset the leaf uses: a flat object of strings, integers and null. */
class JcsTest {

    @Test
    void stringsAreSerializedAsRfc8785Section3222Shows() {
        // RFC 8785 §3.2.2.2: the parsed "string" member is euro sign, '$', U+000F, newline, 'A', apostrophe,
        // 'B', quotation mark, two reverse solidi, quotation mark, solidus; its canonical form escapes U+000F
        // as lowercase hex, the newline as \n, the quotation marks and reverse solidi with a backslash.
        String parsed = "\u20ac$\u000F\nA'B\"\\\\\"/";
        assertThat(Jcs.canonicalize(Map.of("string", parsed)))
                .isEqualTo("{\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void membersAreSortedByUtf16CodeUnitsAsRfc8785Section323Shows() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("\u20ac", "Euro Sign");
        members.put("\r", "Carriage Return");
        members.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
        members.put("1", "One");
        members.put("\ud83d\ude00", "Emoji: Grinning Face");
        members.put("\u0080", "Control");
        members.put("\u00f6", "Latin Small Letter O With Diaeresis");

        assertThat(Jcs.canonicalize(members)).isEqualTo("{"
                + "\"\\r\":\"Carriage Return\","
                + "\"1\":\"One\","
                + "\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\","
                + "\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void shortEscapesAreUsedForTheirFiveControlCharactersAndLowercaseHexForTheRest() {
        assertThat(Jcs.canonicalize(Map.of("s", "\b\t\n\f\r\u0000\u001f\u007f")))
                .isEqualTo("{\"s\":\"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\"}");
    }

    @Test
    void solidusAndNonAsciiAreNotEscapedAndAreEncodedAsUtf8() {
        byte[] bytes = Jcs.canonicalBytes(Map.of("s", "/é\u2028"));
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo("7b2273223a222fc3a9e280a8227d");
    }

    @Test
    void integersArePlainDecimalsUpTo2To53Minus1() {
        Map<String, Object> members = new HashMap<>();
        members.put("zero", 0L);
        members.put("max", 9007199254740991L);
        members.put("negative", -5);
        assertThat(Jcs.canonicalize(members)).isEqualTo("{\"max\":9007199254740991,\"negative\":-5,\"zero\":0}");
    }

    @Test
    void integersBeyondTheExactDoubleRangeAreRefused() {
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("n", 9007199254740992L))).isInstanceOf(FormatException.class);
    }

    @Test
    void nullIsTheLiteralNull() {
        Map<String, Object> members = new HashMap<>();
        members.put("a", null);
        assertThat(Jcs.canonicalize(members)).isEqualTo("{\"a\":null}");
    }

    @Test
    void unpairedSurrogatesAreNotUnicodeAndAreRefused() {
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("s", "\ud800"))).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("\udc00", "s"))).isInstanceOf(FormatException.class);
    }

    @Test
    void otherValueTypesAreRefused() {
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("d", 1.5))).isInstanceOf(FormatException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(Map.of("b", true))).isInstanceOf(FormatException.class);
    }

    @Test
    void emptyObjectIsTwoBraces() {
        assertThat(new String(Jcs.canonicalBytes(Map.of()), StandardCharsets.UTF_8)).isEqualTo("{}");
    }
}
