package io.dialscape.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dialscape.engine.PropertyCheck.Gen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DialedNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            5660                               | false | 5660
            +16135925660                       | true  | 16135925660
            tel:+16135925660                   | true  | 16135925660
            TEL:+16135925660                   | true  | 16135925660
            Tel:5660                           | false | 5660
            `+1 (416) 555-1234`                | true  | 14165551234
            +1.613.592.5660                    | true  | 16135925660
            tel:+1-613-592-5660;phone-context=+1 | true | 16135925660
            tel:5660;phone-context=example.com | false | 5660
            `  +31 6 1234 5678  `              | true  | 31612345678
            *82                                | false | *82
            #31#0612345678                     | false | #31#0612345678
            `( +44 ) 20`                       | true  | 4420
            0                                  | false | 0
            5660;ext=22                        | false | 5660
            """)
    void parsesNumbersAsDialed(String input, boolean plus, String digits) throws InvalidNumberException {
        DialedNumber number = DialedNumber.parse(input);
        assertEquals(new DialedNumber(plus, digits), number);
        assertEquals((plus ? "+" : "") + digits, number.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `+1 (416) 55x-1234`  | 12 | `'+1 (416) 55x-1234' is not a number: 'x' at position 12 is not a digit, '*' or '#'`
            1-800-FLOWERS        | 7  | `'1-800-FLOWERS' is not a number: 'F' at position 7 is not a digit, '*' or '#'`
            `tel:+1 613 5/92`    | 13 | `'tel:+1 613 5/92' is not a number: '/' at position 13 is not a digit, '*' or '#'`
            `1+2`                | 2  | `'1+2' is not a number: '+' at position 2 is allowed only before the first digit`
            `++1`                | 2  | `'++1' is not a number: '+' at position 2 is allowed only before the first digit`
            `sip:5660`           | 1  | `'sip:5660' is not a number: 's' at position 1 is not a digit, '*' or '#'`
            `56 60\t`            | 6  | `'56 60\t' is not a number: '\t' at position 6 is not a digit, '*' or '#'`
            `☎5660`              | 1  | `'☎5660' is not a number: '☎' at position 1 is not a digit, '*' or '#'`
            `𝟓660x`              | 1  | `'𝟓660x' is not a number: '𝟓' at position 1 is not a digit, '*' or '#'`
            `12𝟓x`               | 3  | `'12𝟓x' is not a number: '𝟓' at position 3 is not a digit, '*' or '#'`
            ``                   | 0  | `'' is not a number: it has no digits`
            tel:+                | 0  | `'tel:+' is not a number: it has no digits`
            `( - . )`            | 0  | `'( - . )' is not a number: it has no digits`
            tel:;phone-context=1 | 0  | `'tel:;phone-context=1' is not a number: it has no digits`
            """)
    void rejectsWhatIsNotANumber(String input, int position, String message) {
        String in = input.replace("\\t", "\t");
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> DialedNumber.parse(in));
        assertEquals(message.replace("\\t", "\t"), e.getMessage());
        assertEquals(position, e.position());
        assertEquals(in, e.input());
    }

    @Test
    void theRecordKeepsItsInvariant() {
        assertThrows(IllegalArgumentException.class, () -> new DialedNumber(false, ""));
        assertThrows(IllegalArgumentException.class, () -> new DialedNumber(true, "+1"));
        assertThrows(IllegalArgumentException.class, () -> new DialedNumber(false, "12-3"));
        assertThrows(NullPointerException.class, () -> new DialedNumber(false, null));
        assertEquals("+*1#", new DialedNumber(true, "*1#").text());
    }

    /** Separators anywhere, an optional tel: and +, and parameters never change the digits. */
    record Written(String digits, String noise, boolean tel, boolean plus, boolean parameters) {
    }

    @Test
    void separatorsAndParametersAreDropped() {
        Gen<String> dialable = dialable();
        Gen<String> separated = separated();
        Gen<Boolean> bools = Gen.bools();
        PropertyCheck.tries(1000).forAll(s -> new Written(dialable.generate(s), separated.generate(s), bools.generate(s),
                bools.generate(s), bools.generate(s)),
                w -> separatorsAndParametersAreDropped(w.digits(), w.noise(), w.tel(), w.plus(), w.parameters()));
    }

    private static void separatorsAndParametersAreDropped(String digits, String noise, boolean tel, boolean plus,
            boolean parameters) throws InvalidNumberException {
        StringBuilder written = new StringBuilder(tel ? "tel:" : "");
        written.append(plus ? "+" : "");
        for (int i = 0; i < digits.length(); i++) {
            written.append(digits.charAt(i)).append(noise, 0, Math.min(noise.length(), i % 3));
        }
        if (parameters) {
            written.append(";phone-context=+1-613;x=a+b");
        }
        assertEquals(new DialedNumber(plus, digits), DialedNumber.parse(written.toString()));
    }

    static Gen<String> dialable() {
        return Gen.strings("0123456789*#", 1, 20);
    }

    static Gen<String> separated() {
        return Gen.strings("-. ()", 0, 3);
    }
}
