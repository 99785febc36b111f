package io.dialscape.engine.digits;

import static io.dialscape.engine.digits.LbgDigits.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation of digit-modification tables (LANGUAGE.md section 5). */
class DigitTableTest {

    private static DigitOutcome eval(DigitTable table, String number) throws InvalidNumberException {
        return table.evaluate(DialedNumber.parse(number));
    }

    /** Every test line of lbg-digits.ucm; the fourth line is the one that must fail (expected "86135551234"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tel:+16135925660    | 5660         | 0
            `+1 (416) 555-1234` | 914165551234 | 1
            5123                | 5123         | 3
            16135551234         | 916135551234 | 1
            """)
    void lbgOutTestLines(String input, String result, int rule) throws InvalidNumberException {
        assertEquals(new DigitOutcome(result, rule), eval(LbgDigits.OUT, input));
    }

    @Test
    void lbgOutFourthTestLineFails() throws InvalidNumberException {
        // test.failed: expected "86135551234", but "Long distance" (line 4) takes it before "Ottawa local".
        assertFalse(eval(LbgDigits.OUT, "16135551234").result().equals("86135551234"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            5660        | +16135925660 | 0
            16135631234 | +16135631234 | 1
            """)
    void lbgInTestLines(String input, String result, int rule) throws InvalidNumberException {
        assertEquals(new DigitOutcome(result, rule), eval(LbgDigits.IN, input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            2125551234     | 92125551234    | -1
            +2125551234    | 92125551234    | -1
            4000           | 4000           | 5
            40000          | 940000         | -1
            7000           | 7000           | 8
            71000          | 71000          | 9
            7100000        | 97100000       | -1
            7200000        | 9200000        | 11
            8100           | 908100         | 12
            8              | 908            | 13
            3123           | 9+33123        | 7
            1613592        | ``             | 0
            """)
    void lbgOutOtherNumbers(String input, String result, int rule) throws InvalidNumberException {
        assertEquals(new DigitOutcome(result, rule), eval(LbgDigits.OUT, input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            +5660        | +16135925660     | 0
            56600        | 56600            | -1
            +31201234567 | +31201234567     | -1
            31201234567  | 31201234567      | -1
            +16135631234 | +16135631234     | 1
            001234       | +01234           | 2
            812          | +31812           | 4
            +812         | +31812           | 4
            """)
    void lbgInOtherNumbers(String input, String result, int rule) throws InvalidNumberException {
        assertEquals(new DigitOutcome(result, rule), eval(LbgDigits.IN, input));
    }

    @Test
    void seedExampleIgnoresArs() throws InvalidNumberException {
        DigitTable table = new DigitTable(Direction.OUTGOING, "9",
                List.of(rule(null, "1613592", 0, 0, "", false, true)));
        assertEquals(new DigitOutcome("5660", 0), eval(table, "tel:+16135925660"));
        assertEquals(new DigitOutcome("914165551234", -1), eval(table, "tel:+14165551234"));
    }

    @Test
    void addPlusOnlyWhenTheResultHasNone() throws InvalidNumberException {
        DigitTable table = new DigitTable(Direction.INCOMING, null, List.of(
                rule(null, "1", 11, 11, null, true, false),
                rule(null, "00", 0, 0, "+", true, false),
                rule(null, "0", 10, 10, "31", true, false),
                rule(null, "", 3, 3, "", true, false),
                rule(null, "*", 0, 0, "", true, false)));
        assertEquals("", table.ars());
        assertEquals(new DigitOutcome("+16135925660", 0), eval(table, "16135925660"));
        assertEquals(new DigitOutcome("+31612345678", 1), eval(table, "0031612345678"));
        assertEquals(new DigitOutcome("+31612345678", 2), eval(table, "0612345678"));
        assertEquals(new DigitOutcome("+123", 3), eval(table, "123"));
        assertEquals(new DigitOutcome("+", 4), eval(table, "*"));
        assertEquals(new DigitOutcome("+*12", 3), eval(table, "*12"));
        assertEquals(new DigitOutcome("+1234", 4), eval(table, "*1234"));
    }

    @Test
    void flagsOnTheWrongSideApplyLiterally() throws InvalidNumberException {
        DigitTable out = new DigitTable(Direction.OUTGOING, "9", List.of(rule(null, "3", 0, 0, "33", true, false),
                rule(null, "4", 0, 0, "+44", true, true)));
        assertEquals(new DigitOutcome("9+331", 0), eval(out, "31"));
        assertEquals(new DigitOutcome("+441", 1), eval(out, "41"));
        DigitTable in = new DigitTable(Direction.INCOMING, "9", List.of(rule(null, "8", 0, 0, "+318", false, true),
                rule(null, "7", 0, 0, null, false, false)));
        assertEquals(new DigitOutcome("+3181", 0), eval(in, "81"));
        assertEquals(new DigitOutcome("71", 1), eval(in, "+71"), "ars never applies to incoming tables");
    }

    @Test
    void lengthClauseBoundsAreInclusive() throws InvalidNumberException {
        DigitTable table = new DigitTable(Direction.OUTGOING, "", List.of(rule(null, "7", 5, 6, "X", false, false)));
        assertEquals(-1, eval(table, "7000").rule());
        assertEquals(0, eval(table, "70000").rule());
        assertEquals(0, eval(table, "700000").rule());
        assertEquals(-1, eval(table, "7000000").rule());
        assertEquals(-1, eval(table, "7").rule());
    }

    @Test
    void leadingDigitsAreMatchedWithoutThePlus() throws InvalidNumberException {
        DigitTable table = new DigitTable(Direction.OUTGOING, "", List.of(rule(null, "+1", 0, 0, "", false, false),
                rule(null, "1", 0, 0, "x", false, false)));
        assertEquals(new DigitOutcome("x613", 1), eval(table, "+1613"));
        assertEquals(new DigitOutcome("x", 1), table.evaluate(new DialedNumber(false, "1")));
    }

    @Test
    void prefixCombinesReplacementPlusAndArs() {
        DigitTable out = new DigitTable(Direction.OUTGOING, "9", List.of(rule(null, "1", 0, 0, null, false, false),
                rule(null, "1", 0, 0, "", false, true), rule(null, "1", 0, 0, "+1", true, false)));
        assertEquals("91", out.prefix(0));
        assertEquals("", out.prefix(1));
        assertEquals("9+1", out.prefix(2));
    }

    @Test
    void rulesKnowTheirLengthClause() {
        DigitRule none = rule(null, "1", 0, 0, null, false, false);
        DigitRule four = rule(null, "1", 4, 4, null, false, false);
        assertFalse(none.hasLength());
        assertTrue(none.hasValidLength());
        assertTrue(four.hasLength());
        assertTrue(four.matches("1234"));
        assertFalse(four.matches("12345"));
        assertFalse(four.matches("2234"));
        assertTrue(rule(null, "1", 1, 32, null, false, false).hasValidLength());
        for (int[] bad : new int[][] {{0, 3}, {5, 4}, {1, 33}, {33, 33}, {-1, 2}, {3, 0}}) {
            assertFalse(rule(null, "1", bad[0], bad[1], null, false, false).hasValidLength(), bad[0] + ".." + bad[1]);
        }
        assertThrows(NullPointerException.class, () -> rule(null, null, 0, 0, null, false, false));
    }

    @Test
    void tableIsImmutable() {
        List<DigitRule> rules = new java.util.ArrayList<>(List.of(rule(null, "1", 0, 0, null, false, false)));
        DigitTable table = new DigitTable(Direction.OUTGOING, "9", rules);
        rules.clear();
        assertEquals(1, table.rules().size());
        assertThrows(UnsupportedOperationException.class, () -> table.rules().clear());
    }
}
