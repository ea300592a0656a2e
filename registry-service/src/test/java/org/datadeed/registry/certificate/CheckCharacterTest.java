package org.datadeed.registry.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO/IEC 7064 MOD 37,36: published values, and every single-character error the system promises to catch. */
class CheckCharacterTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CERTIFICATE_BODY = "ZJ-DDR-2026-DP-000042";

    /** The GRid example (A1-2425G-ABC1234002-M) and two shorter published vectors. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"A12425GABC1234002, M", "RABD, A", "X0H, X"})
    void computesThePublishedCheckCharacters(String value, char check) {
        assertThat(CheckCharacter.compute(value)).isEqualTo(check);
        assertThat(CheckCharacter.isValid(value + check)).isTrue();
    }

    @Test
    void separatorsAndCaseDoNotMatter() {
        assertThat(CheckCharacter.compute("A1-2425G-ABC1234002")).isEqualTo('M');
        assertThat(CheckCharacter.compute("a12425gabc1234002")).isEqualTo('M');
        assertThat(CheckCharacter.isValid("A1-2425G-ABC1234002-M")).isTrue();
    }

    @Test
    void aCertificateNumberWithItsCheckCharacterIsValid() {
        String number = CERTIFICATE_BODY + "-" + CheckCharacter.compute(CERTIFICATE_BODY);
        assertThat(CheckCharacter.isValid(number)).isTrue();
        assertThat(CheckCharacter.isValid("A1-2425G-ABC1234002-N")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {CERTIFICATE_BODY, "A12425GABC1234002", "DDR-2026-DR-000001"})
    void detectsEverySingleSubstitution(String body) {
        char[] number = withCheckCharacter(body);
        int checked = 0;
        for (int position = 0; position < number.length; position++) {
            char original = number[position];
            for (char substitute : ALPHABET.toCharArray()) {
                if (substitute == original) {
                    continue;
                }
                number[position] = substitute;
                assertThat(CheckCharacter.isValid(new String(number))).as(new String(number)).isFalse();
                checked++;
            }
            number[position] = original;
        }
        assertThat(checked).isEqualTo(number.length * (ALPHABET.length() - 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {CERTIFICATE_BODY, "A12425GABC1234002", "DDR-2026-DR-000001"})
    void detectsEveryAdjacentTransposition(String body) {
        char[] number = withCheckCharacter(body);
        int checked = 0;
        for (int position = 0; position + 1 < number.length; position++) {
            if (number[position] == number[position + 1]) {
                continue;
            }
            char[] swapped = number.clone();
            swapped[position] = number[position + 1];
            swapped[position + 1] = number[position];
            assertThat(CheckCharacter.isValid(new String(swapped))).as(new String(swapped)).isFalse();
            checked++;
        }
        assertThat(checked).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZJ_DDR", "ZJ DDR", "ZJ/2026", "数据-01", "Ä1", "ZJ.DDR"})
    void rejectsNonAlphanumerics(String value) {
        assertThatThrownBy(() -> CheckCharacter.compute(value)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CheckCharacter.isValid(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValueTooShortToCarryACheckCharacterIsInvalid() {
        assertThat(CheckCharacter.isValid("")).isFalse();
        assertThat(CheckCharacter.isValid("M")).isFalse();
        assertThat(CheckCharacter.isValid("-M-")).isFalse();
    }

    /** The body without separators, followed by its check character. */
    private static char[] withCheckCharacter(String body) {
        return (body.replace("-", "") + CheckCharacter.compute(body)).toCharArray();
    }
}
