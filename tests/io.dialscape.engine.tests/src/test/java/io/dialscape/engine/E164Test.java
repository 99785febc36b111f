package io.dialscape.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.PropertyCheck.Gen;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class E164Test {

    @ParameterizedTest
    @ValueSource(strings = {"+16135925660", "+1", "+123456789012345", "5660", "", "0031612345678", "916135925660",
        "*82", "x"})
    void validOrNotMeantAsE164(String result) {
        assertNull(E164.problem(result));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            +                  | no digits after '+'
            +0612345678        | country code cannot start with 0
            +0                 | country code cannot start with 0
            +1234567890123456  | 16 digits, E.164 allows at most 15
            +99999999999999999 | 17 digits, E.164 allows at most 15
            +1*2               | '*' is not a digit
            +#                 | '#' is not a digit
            +1+2               | '+' is not a digit
            `+1 613`           | ' ' is not a digit
            +0*                | '*' is not a digit
            +01234567890123456 | country code cannot start with 0
            """)
    void invalidE164(String result, String reason) {
        assertEquals(reason, E164.problem(result));
    }

    @Test
    void nullIsNotMeantAsE164() {
        assertNull(E164.problem(null));
    }

    @Test
    void plausibilityIsLibphonenumbersValidity() {
        assertTrue(E164.isPlausible("+16135925660"));
        assertTrue(E164.isPlausible("+31612345678"));
        assertTrue(E164.isPlausible("+442079460000"));
        assertFalse(E164.isPlausible("+1613592"), "too short for North America");
        assertFalse(E164.isPlausible("+999123"), "no such country code");
        assertFalse(E164.isPlausible("16135925660"), "not E.164 without +");
        assertFalse(E164.isPlausible("+0612345678"));
        assertFalse(E164.isPlausible("+1613592566*"));
        assertFalse(E164.isPlausible(null));
    }

    private static final Pattern VALID = Pattern.compile("\\+[1-9][0-9]{0,14}");

    @Test
    void problemIsNullExactlyForValidOrNonE164() {
        PropertyCheck.tries(3000).forAll(results(),
                result -> assertEquals(!result.startsWith("+") || VALID.matcher(result).matches(), E164.problem(result) == null));
    }

    static Gen<String> results() {
        return Gen.oneOf(Gen.strings("+0123456789*# ", 0, 18),
                Gen.strings("0123456789", 0, 17).map(s -> "+" + s));
    }
}
