package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluation of normalization tables and the regex.invalid / regex.group checks. */
class NormalizationTableTest {

    private static NetRegex compile(String pattern) {
        try {
            return NetRegex.compile(pattern);
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static NormalizationOutcome evaluate(NormalizationTable table, String input) {
        try {
            return table.evaluate(input);
        } catch (InvalidNumberException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void nlProfileErrors() {
        assertEquals(Map.of(
                5, "Pattern '^(\\d+$' does not compile: missing ')' for the group opened at position 2",
                6, "Translation '$2' uses group 2 but pattern '^(\\d{5})$' has only 1 group",
                7, "Pattern '^(\\d)\\1$' uses a back-reference (\\1), which is not regular: Lync's rules must stay in"
                        + " the regular subset"), NlProfile.errors());
    }

    @Test
    void nlProfileTests() {
        NormalizationTable table = new NormalizationTable(NlProfile.RULES, NlProfile.excluded());
        assertEquals(new NormalizationOutcome("+31201234567", 1), evaluate(table, "0201234567"));
        assertEquals(new NormalizationOutcome("+31612345678", 1), evaluate(table, "0612345678"));
        assertEquals(NormalizationOutcome.NOT_NORMALIZED, evaluate(table, "5"));
        assertFalse(evaluate(table, "5").normalized());
        // the model expects "+31123": the test fails with the actual result "123" from rule 'Service'
        assertEquals(new NormalizationOutcome("123", 3), evaluate(table, "123"));
        assertEquals(new NormalizationOutcome("+31202000", 4), evaluate(table, "2000"));
        assertEquals(new NormalizationOutcome("1000", 3), evaluate(table, "1000"));
        assertEquals(new NormalizationOutcome("+01234", 8), evaluate(table, "91234"));
        assertEquals(Set.of(5, 6, 7), table.skipped());
    }

    @Test
    void patternsSeeTheNumberWithItsPlusAfterCleanUp() throws InvalidNumberException {
        NormalizationTable table = new NormalizationTable(List.of(
                new NormalizationRule("E.164", "^\\+(\\d+)$", "+$1"),
                new NormalizationRule("International", "^00(\\d+)$", "+$1")), Set.of());
        assertEquals(new NormalizationOutcome("+31201234567", 0), table.evaluate("tel:+31-20-123 4567;phone-context=x"));
        assertEquals(new NormalizationOutcome("+31201234567", 1), table.evaluate("(00) 31 20 1234567"));
        assertEquals(new NormalizationOutcome("+31201234567", 0), table.evaluate(new DialedNumber(true, "31201234567")));
        InvalidNumberException e = assertThrows(InvalidNumberException.class, () -> table.evaluate("+31 20 12x4567"));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
    }

    @Test
    void excludedRulesAreSkipped() {
        List<NormalizationRule> rules = List.of(
                new NormalizationRule("First", "^(\\d+)$", "A$1"),
                new NormalizationRule("Second", "^(\\d+)$", "B$1"),
                new NormalizationRule("Broken", "(", "C"));
        NormalizationTable table = new NormalizationTable(rules, Set.of(0));
        assertEquals(new NormalizationOutcome("B12", 1), evaluate(table, "12"));
        assertEquals(Set.of(0, 2), table.skipped(), "a pattern that does not compile is skipped even if not excluded");
    }

    @ParameterizedTest(name = "{0} with {1} on {2}")
    @CsvSource(delimiterString = " | ", value = {
        "^(\\d{3})(\\d+)$ | +1$1-$2 | 12345 | +1123-45",
        "^(\\d{3})(\\d+)$ | ${1}0$2 | 12345 | 123045",
        "^(\\d{3})(\\d+)$ | $10 | 12345 | $10",
        "^(\\d{3})(\\d+)$ | $$1 | 12345 | $1",
        "^(\\d{3})(\\d+)$ | $0 | 12345 | 12345",
        "^(\\d{3})(\\d+)$ | $& | 12345 | 12345",
        "^(\\d{3})(\\d+)$ | $+ | 12345 | 45",
        "^(\\d{3})(\\d+)$ | $_ | 12345 | 12345",
        "^(\\d{3})(\\d+)$ | ${x} | 12345 | ${x}",
        "^(\\d{3})(\\d+)$ | ${1 | 12345 | ${1",
        "^(\\d{3})(\\d+)$ | $ | 12345 | $",
        "^(\\d{3})(\\d+)$ | a$b | 12345 | a$b",
        "2(\\d) | [$`|$&|$'] | 1234 | [1|23|4]",
        "^(1)?(\\d+)$ | <$1> | 234 | <>",
        "1(\\d{3}) | $1 | 912345 | 234",
    })
    void translationsAreDotNetSubstitutionsAndGiveTheWholeResult(String pattern, String translation, String number,
            String expected) {
        NormalizationTable table = new NormalizationTable(List.of(new NormalizationRule(null, pattern, translation)), Set.of());
        assertEquals(expected, evaluate(table, number).result());
    }

    @Test
    void aRuleMayReturnItsInputUnchanged() {
        NormalizationTable table = new NormalizationTable(List.of(new NormalizationRule("Same", "^(\\d+)$", "$1")), Set.of());
        assertEquals(new NormalizationOutcome("5", 0), evaluate(table, "5"));
        NormalizationTable empty = new NormalizationTable(List.of(new NormalizationRule("Blank", "^5$", "")), Set.of());
        assertEquals(new NormalizationOutcome("", 0), evaluate(empty, "5"), "an empty result is still a result");
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiterString = " | ", nullValues = "null", value = {
        "^(\\d{5})$ | $2 | Translation '$2' uses group 2 but pattern '^(\\d{5})$' has only 1 group",
        "^(\\d)(\\d)$ | +$1$2$3 | Translation '+$1$2$3' uses group 3 but pattern '^(\\d)(\\d)$' has only 2 groups",
        "^\\d+$ | +$1 | Translation '+$1' uses group 1 but pattern '^\\d+$' has no groups",
        "^(\\d+)$ | ${2} | Translation '${2}' uses group 2 but pattern '^(\\d+)$' has only 1 group",
        "^(\\d+)$ | $10 | Translation '$10' uses group 10 but pattern '^(\\d+)$' has only 1 group",
        "^(\\d+)$ | ${area} | Translation '${area}' uses group 'area' but pattern '^(\\d+)$' has no named groups (only numbered groups are supported)",
        "^(\\d+)$ | +$1 | null",
        "^(\\d+)$ | $$2 | null",
        "^(\\d+)$ | $0$& | null",
        "^\\d+$ | +31 | null",
    })
    void translationProblems(String pattern, String translation, String expected) {
        assertEquals(expected, NormalizationTable.translationProblem(compile(pattern), translation));
    }

    @Test
    void nothingMatchesAnEmptyTable() {
        NormalizationTable table = new NormalizationTable(List.of(), Set.of());
        assertNull(evaluate(table, "123").result());
        assertEquals(-1, evaluate(table, "123").rule());
    }
}
