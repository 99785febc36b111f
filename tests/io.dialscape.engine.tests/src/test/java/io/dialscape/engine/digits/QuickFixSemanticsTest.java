package io.dialscape.engine.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The editor's quick fixes on digit tables are promises about numbers: deleting a rule
 * reported as duplicate, redundant or shadowed changes no number's result, and moving a
 * shadowed rule above the first rule that shadows it changes the result of no number the
 * rule does not match. Checked on random tables over the oracle's exact universe of
 * numbers (with and without {@code +}), with the fix applied as the editor applies it: on
 * the table as written, findings from the analysis.
 */
class QuickFixSemanticsTest {

    @Test
    void fixesKeepEveryOtherNumbersResult() {
        PropertyCheck.tries(3000).forAll(DigitTableAnalyzerOracleTest.tables(), QuickFixSemanticsTest::fixesKeepEveryOtherNumbersResult);
    }

    private static void fixesKeepEveryOtherNumbersResult(DigitTableAnalyzerOracleTest.Case c) {
        // The validator excludes rules with errors of their own (bad length, flag of the other direction)
        // from analysis and from evaluation alike: the fixes act on the table that remains.
        List<DigitRule> kept = new ArrayList<>();
        for (int i = 0; i < c.table().rules().size(); i++) {
            DigitRule r = c.table().rules().get(i);
            boolean wrongFlag = c.table().direction() == Direction.OUTGOING ? r.addPlus() : r.ignoreArs();
            if (!c.excluded().contains(i) && r.hasValidLength() && !wrongFlag) {
                kept.add(r);
            }
        }
        DigitTable table = new DigitTable(c.table().direction(), c.table().ars(), kept);
        List<String> universe = new DigitTableOracle(table, Set.of()).universe;
        for (RuleFinding finding : DigitTableAnalyzer.analyze(table, Set.of(), RuleNamer.byPosition())) {
            int rule = finding.rule();
            if (finding.kind() == Kind.DUPLICATE || finding.kind() == Kind.REDUNDANT || finding.kind() == Kind.SHADOWED) {
                DigitTable deleted = withRules(table, without(table.rules(), rule));
                for (String digits : universe) {
                    assertSame(table, deleted, digits, "delete " + finding);
                }
            }
            if (finding.kind() == Kind.SHADOWED) {
                int above = Collections.min(finding.others());
                List<DigitRule> moved = without(table.rules(), rule);
                moved.add(above, table.rules().get(rule));
                DigitTable fixed = withRules(table, moved);
                for (String digits : universe) {
                    if (!table.rules().get(rule).matches(digits)) {
                        assertSame(table, fixed, digits, "move " + finding);
                    }
                }
            }
        }
    }

    private static void assertSame(DigitTable before, DigitTable after, String digits, String fix) {
        for (boolean plus : new boolean[] {false, true}) {
            DialedNumber number = new DialedNumber(plus, digits);
            assertEquals(before.evaluate(number).result(), after.evaluate(number).result(),
                    () -> fix + " changed " + number.text() + " in " + before);
        }
    }

    private static List<DigitRule> without(List<DigitRule> rules, int index) {
        List<DigitRule> copy = new ArrayList<>(rules);
        copy.remove(index);
        return copy;
    }

    private static DigitTable withRules(DigitTable table, List<DigitRule> rules) {
        return new DigitTable(table.direction(), table.ars(), rules);
    }
}
