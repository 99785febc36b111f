package io.dialscape.engine.digits;

import static io.dialscape.engine.RuleFinding.Kind.CONFLICT;
import static io.dialscape.engine.RuleFinding.Kind.DUPLICATE;
import static io.dialscape.engine.RuleFinding.Kind.E164_INVALID;
import static io.dialscape.engine.RuleFinding.Kind.REDUNDANT;
import static io.dialscape.engine.RuleFinding.Kind.SHADOWED;
import static io.dialscape.engine.RuleFinding.Kind.UNMATCHABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleNamer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Exact findings of {@link DigitTableAnalyzer}: every kind, its precedence, messages and examples. */
class DigitTableAnalyzerTest {

    /** A rule for these tests: {@code label leading [min..max] [replace] [+] [ars]}. */
    private static DigitRule r(String label, String leading, int min, int max, String replace, boolean addPlus,
            boolean ignoreArs) {
        return new DigitRule(label, leading, min, max, replace, addPlus, ignoreArs);
    }

    private static DigitRule r(String label, String leading, String replace) {
        return r(label, leading, 0, 0, replace, false, false);
    }

    private static DigitRule r(String label, String leading, int min, int max, String replace) {
        return r(label, leading, min, max, replace, false, false);
    }

    private static RuleNamer names(DigitTable table) {
        return i -> "rule '" + table.rules().get(i).label() + "'";
    }

    private static List<RuleFinding> analyze(DigitTable table, Integer... excluded) {
        return DigitTableAnalyzer.analyze(table, Set.of(excluded), names(table));
    }

    private static RuleFinding f(int rule, RuleFinding.Kind kind, List<Integer> others, String example,
            String message) {
        return new RuleFinding(rule, kind, others, example, message);
    }

    // -------------------------------------------------------------------------------------------------
    // The acceptance file

    @Test
    void lbgOut() {
        DigitTable t = LbgDigits.OUT;
        List<RuleFinding> findings = DigitTableAnalyzer.analyze(t, Set.of(7),
                LbgDigits.namer(t, LbgDigits.OUT_FIRST_LINE));
        assertEquals(List.of(
                f(2, SHADOWED, List.of(1), "16135000000", "Rule 'Ottawa local' never applies: rule "
                        + "'Long distance' (line 4) matches every number it matches, e.g. 16135000000"),
                f(4, CONFLICT, List.of(3), "5000", "Rule 'Internal again' has the same match as rule "
                        + "'Internal' (line 6) but a different result: 5000 gives 6000 here and 5000 there"),
                f(6, DUPLICATE, List.of(5), "4000", "Rule 'Fours copy' repeats rule 'Fours' (line 8)"),
                f(10, SHADOWED, List.of(8, 9), "7100", "Rule 'Seventy-one' never applies: rule 'Sevens' "
                        + "(line 11) and rule 'Long sevens' (line 12) together match every number it matches, "
                        + "e.g. 7100"),
                f(12, REDUNDANT, List.of(13), "81000000000", "Rule 'Sales' is redundant: without it rule "
                        + "'Eights' (line 16) gives the same result on every number it takes, e.g. 81000000000 -> "
                        + "9081000000000")),
                findings);
        // In the 1-based numbering of the file's rules: 3 shadowed by 2, 5 conflicts with 4, 7 repeats 6,
        // 11 shadowed by 9 and 10, 13 redundant with 14; 8 ('Plus sign') excluded for its flag.
    }

    @Test
    void lbgIn() {
        DigitTable t = LbgDigits.IN;
        RuleNamer namer = LbgDigits.namer(t, LbgDigits.IN_FIRST_LINE);
        assertEquals(List.of(), DigitTableAnalyzer.analyze(t, Set.of(4), namer));
        assertEquals(List.of(
                f(2, E164_INVALID, List.of(), "00000000000",
                        "Rule 'Bad intl' gives '+0…': country code cannot start with 0"),
                f(3, E164_INVALID, List.of(), "90000000000000000",
                        "Rule 'Too long' gives '+9…' with 17 digits: E.164 allows at most 15")),
                DigitTableAnalyzer.e164Problems(t, namer));
    }

    // -------------------------------------------------------------------------------------------------
    // Each kind

    @Test
    void unmatchable() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("A", "1+2", null),
                r("B", "12345", 4, 4, null),
                r("C", "12 3", null),
                r("D", "1x", null),
                r("E", "12345", 2, 4, null),
                r("F", "+", null)));
        assertEquals(List.of(
                f(0, UNMATCHABLE, List.of(), null, "Rule 'A' matches no number: '+' at position 2 of leading '1+2' "
                        + "is not a digit, '*' or '#' (leading digits are matched without the number's '+')"),
                f(1, UNMATCHABLE, List.of(), null,
                        "Rule 'B' matches no number: leading '12345' has 5 digits but the length is at most 4"),
                f(2, UNMATCHABLE, List.of(), null,
                        "Rule 'C' matches no number: ' ' at position 3 of leading '12 3' is not a digit, '*' or '#'"),
                f(4, UNMATCHABLE, List.of(), null,
                        "Rule 'E' matches no number: leading '12345' has 5 digits but the length is at most 4"),
                f(5, UNMATCHABLE, List.of(), null, "Rule 'F' matches no number: '+' at position 1 of leading '+' "
                        + "is not a digit, '*' or '#' (leading digits are matched without the number's '+')")),
                analyze(t, 3));
    }

    @Test
    void conflictComesBeforeDuplicateAndNamesTheEarliestDifferentRule() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("A", "5", 4, 4, "6"),
                r("B", "5", 4, 4, "7"),
                r("C", "5", 4, 4, "6")));
        assertEquals(List.of(
                f(1, CONFLICT, List.of(0), "5000",
                        "Rule 'B' has the same match as rule 'A' but a different result: 5000 gives 7000 here and "
                                + "6000 there"),
                f(2, CONFLICT, List.of(1), "5000",
                        "Rule 'C' has the same match as rule 'B' but a different result: 5000 gives 6000 here and "
                                + "7000 there")),
                analyze(t));
    }

    @Test
    void conflictShowsAnEmptyResult() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("A", "5660", 4, 4, "", false, true),
                r("B", "5660", 4, 4, "5", false, true)));
        assertEquals(List.of(f(1, CONFLICT, List.of(0), "5660", "Rule 'B' has the same match as rule 'A' but a "
                + "different result: 5660 gives 5 here and an empty number there")), analyze(t));
    }

    /**
     * Results are compared as functions ({@code replace} equal to the leading digits, an ARS-free rule whose
     * replacement spells the ARS digits), and match sets by their numbers (a lower bound below the leading
     * digits' length). Redundancy is judged without the duplicates, so A and D are redundant with the
     * default, not with their own copies.
     */
    @Test
    void duplicatesAreSemantic() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("A", "5", null),
                r("B", "5", "5"),
                r("C", "5", 0, 0, "95", false, true),
                r("D", "12", 1, 4, null),
                r("E", "12", 2, 4, null),
                r("F", "12", 2, 4, "12")));
        String byDefault = "the table's default (ARS digits '9' then the number) gives the same result on every "
                + "number it takes";
        assertEquals(List.of(
                f(0, REDUNDANT, List.of(), "50000000000",
                        "Rule 'A' is redundant: without it " + byDefault + ", e.g. 50000000000 -> 950000000000"),
                f(1, DUPLICATE, List.of(0), "50000000000", "Rule 'B' repeats rule 'A'"),
                f(2, DUPLICATE, List.of(0), "50000000000", "Rule 'C' repeats rule 'A'"),
                f(3, REDUNDANT, List.of(), "12", "Rule 'D' is redundant: without it " + byDefault + ", e.g. 12 -> 912"),
                f(4, DUPLICATE, List.of(3), "12", "Rule 'E' repeats rule 'D'"),
                f(5, DUPLICATE, List.of(3), "12", "Rule 'F' repeats rule 'D'")),
                analyze(t));
    }

    /**
     * D is covered by A, B and C, none alone. Its takers are A (lengths 1-2), B (3-5) and C (6-7), but B and C
     * cover it: A is not named. The padded example 1 is taken by A, so another number is given.
     */
    @Test
    void shadowedNamesAnIrredundantCover() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("A", "1", 1, 2, "a"),
                r("B", "1", 1, 5, "b"),
                r("C", "1", 3, 7, "c"),
                r("D", "1", 1, 7, "d")));
        assertEquals(List.of(f(3, SHADOWED, List.of(1, 2), "100", "Rule 'D' never applies: rule 'B' and rule 'C' "
                + "together match every number it matches, e.g. 100")), analyze(t));
    }

    /** The padded example 16135000000 is taken by X, which is not named: another of that length is given. */
    @Test
    void shadowedExampleIsTakenByTheNamedRule() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("X", "1613500", 0, 0, "", false, true),
                r("Y", "1", null),
                r("Z", "16135", "8")));
        assertEquals(List.of(f(2, SHADOWED, List.of(1), "16135100000",
                "Rule 'Z' never applies: rule 'Y' matches every number it matches, e.g. 16135100000")), analyze(t));
    }

    @Test
    void shadowedByDeeperRules() {
        List<DigitRule> rules = new ArrayList<>();
        for (char c : "0123456789*#".toCharArray()) {
            rules.add(r("d" + c, String.valueOf(c), "x"));
        }
        rules.add(r("all", "", "y"));
        DigitTable t = new DigitTable(Direction.INCOMING, "", rules);
        assertEquals(List.of(f(12, SHADOWED, IntStream.range(0, 12).boxed().toList(), "00000000000",
                "Rule 'all' never applies: rule 'd0', rule 'd1', rule 'd2', rule 'd3', rule 'd4' and 7 other rules "
                        + "together match every number it matches, e.g. 00000000000")),
                analyze(t));

        // Without '#', numbers starting with # reach the last rule.
        List<DigitRule> fewer = new ArrayList<>(rules);
        fewer.remove(11);
        assertEquals(List.of(), analyze(new DigitTable(Direction.INCOMING, "", fewer)));
    }

    @Test
    void shadowedByDeeperRulesWithLengths() {
        List<DigitRule> rules = new ArrayList<>();
        for (char c : "0123456789*#".toCharArray()) {
            rules.add(r("d" + c, "1" + c, 2, 3, "x"));
        }
        rules.add(r("one to three", "1", 1, 3, "y"));
        rules.add(r("two to three", "1", 2, 3, "z"));
        rules.add(r("two to four", "1", 2, 4, "w"));
        DigitTable t = new DigitTable(Direction.INCOMING, "", rules);
        List<RuleFinding> findings = analyze(t);
        assertEquals(1, findings.size(), findings::toString);
        RuleFinding f = findings.get(0);
        assertEquals(13, f.rule());
        assertEquals(SHADOWED, f.kind());
        assertEquals(IntStream.range(0, 12).boxed().toList(), f.others(), "'one to three' takes only 1 itself");
        assertEquals("10", f.example());
    }

    @Test
    void redundantWithALaterRuleAndTheDefault() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("A", "12", null),
                r("B", "1", 3, 3, null)));
        assertEquals(List.of(
                f(0, REDUNDANT, List.of(1), "12000000000", "Rule 'A' is redundant: without it rule 'B' and the "
                        + "table's default (ARS digits '9' then the number) give the same result on every number it "
                        + "takes, e.g. 12000000000 -> 912000000000"),
                f(1, REDUNDANT, List.of(), "100", "Rule 'B' is redundant: without it the table's default (ARS digits "
                        + "'9' then the number) gives the same result on every number it takes, e.g. 100 -> 9100")),
                analyze(t));
    }

    @Test
    void redundantWithTheDefaultOfAnOutgoingTableWithoutArs() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "", List.of(r("A", "5", 4, 4, null)));
        assertEquals(List.of(f(0, REDUNDANT, List.of(), "5000", "Rule 'A' is redundant: without it the table's "
                + "default (the number unchanged) gives the same result on every number it takes, e.g. 5000 -> 5000")),
                analyze(t));
    }

    /** The incoming default keeps a +, which rule results never have: it never agrees with a rule. */
    @Test
    void neverRedundantWithTheIncomingDefault() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("A", "1", 11, 11, null),
                r("B", "2", 0, 0, null, true, false),
                r("C", "12", 0, 0, null, true, false),
                r("D", "1", 0, 0, null, true, false)));
        // C's padded example (11 digits) is taken by A: the example has the closest length C takes.
        assertEquals(List.of(f(2, REDUNDANT, List.of(3), "1200000000", "Rule 'C' is redundant: without it rule 'D' "
                + "gives the same result on every number it takes, e.g. 1200000000 -> +1200000000")), analyze(t));
    }

    @Test
    void excludedRulesNeitherGetNorCauseFindings() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("A", "1", 0, 0, "1", true, false),
                r("B", "16135", "8"),
                r("C", "16135", "8"),
                r("D", "7", 4, 4, "7", false, true),
                r("E", "7", 4, 4, "7", false, true),
                r("F", "x", null),
                r("G", "5", 5, 4, null),
                r("H", "5", 4, 4, "6")));
        // G has a rule.length error; it is left out even when the caller does not exclude it.
        assertEquals(List.of(f(2, DUPLICATE, List.of(1), "16135000000", "Rule 'C' repeats rule 'B'")),
                analyze(t, 0, 3, 5));
    }

    @Test
    void lengthsFrom33OnAreOneSlot() {
        String forty = "1".repeat(40);
        DigitTable t = new DigitTable(Direction.OUTGOING, "", List.of(
                r("A", "1", 1, 32, "a"),
                r("B", "1", "b"),
                r("C", "1", 32, 32, "c"),
                r("D", "1", "b"),
                r("E", forty, "e"),
                r("F", forty, 5, 32, "f")));
        assertEquals(List.of(
                f(2, SHADOWED, List.of(0), "1" + "0".repeat(31),
                        "Rule 'C' never applies: rule 'A' matches every number it matches, e.g. 1" + "0".repeat(31)),
                f(3, DUPLICATE, List.of(1), "10000000000", "Rule 'D' repeats rule 'B'"),
                f(4, SHADOWED, List.of(1), forty,
                        "Rule 'E' never applies: rule 'B' matches every number it matches, e.g. " + forty),
                f(5, UNMATCHABLE, List.of(), null,
                        "Rule 'F' matches no number: leading '" + forty + "' has 40 digits but the length is at most 32")),
                analyze(t));
    }

    @Test
    void leadingDigitsLongerThan32() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("A", "2".repeat(35), "x"),
                r("B", "2".repeat(36), "y"),
                r("C", "2".repeat(34), "z"),
                r("D", "2".repeat(34) + "3", "x")));
        assertEquals(List.of(
                f(1, SHADOWED, List.of(0), "2".repeat(36),
                        "Rule 'B' never applies: rule 'A' matches every number it matches, e.g. " + "2".repeat(36)),
                f(3, SHADOWED, List.of(2), "2".repeat(34) + "3",
                        "Rule 'D' never applies: rule 'C' matches every number it matches, e.g. " + "2".repeat(34) + "3")),
                analyze(t));
    }

    @Test
    void unnamedRulesAreNamedByTheNamer() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("Fours", "4", 4, 4, "4"),
                r(null, "4", 4, 4, "4")));
        assertEquals(List.of(f(1, DUPLICATE, List.of(0), "4000", "The rule at line 8 repeats rule 'Fours' (line 7)")),
                DigitTableAnalyzer.analyze(t, Set.of(), LbgDigits.namer(t, 7)));
        assertEquals("Rule 2 repeats rule 1",
                DigitTableAnalyzer.analyze(t, Set.of(), RuleNamer.byPosition()).get(0).message());
    }

    // -------------------------------------------------------------------------------------------------
    // E.164

    @Test
    void e164Problems() {
        DigitTable t = new DigitTable(Direction.INCOMING, "", List.of(
                r("a", "5", 1, 1, "+"),
                r("b", "9", 17, 20, null, true, false),
                r("c", "7", "+12345678901234567"),
                r("d", "6", "+1*"),
                r("e", "4", 4, 4, "+1"),
                r("f", "3", 3, 3, "+"),
                r("g", "2", 5, 4, "+0"),
                r("h", "x", "+0"),
                r("i", "8", 0, 0, "+0", false, true),
                r("j", "1", 16, 16, null, true, false),
                r("k", "1", 15, 15, null, true, false),
                r("l", "", 1, 1, "+")));
        RuleNamer namer = names(t);
        assertEquals(List.of(
                f(0, E164_INVALID, List.of(), "5",
                        "Rule 'a' gives '+' with no digits after it: E.164 needs 1 to 15 digits"),
                f(1, E164_INVALID, List.of(), "9" + "0".repeat(16),
                        "Rule 'b' gives '+9…' with 17 to 20 digits: E.164 allows at most 15"),
                f(2, E164_INVALID, List.of(), "70000000000",
                        "Rule 'c' gives '+12345678901234567…' with 17 or more digits: E.164 allows at most 15"),
                f(3, E164_INVALID, List.of(), "60000000000", "Rule 'd' gives '+1*…': '*' is not a digit"),
                f(8, E164_INVALID, List.of(), "80000000000", "Rule 'i' gives '+0…': country code cannot start with 0"),
                f(9, E164_INVALID, List.of(), "1" + "0".repeat(15),
                        "Rule 'j' gives '+1…' with 16 digits: E.164 allows at most 15")),
                DigitTableAnalyzer.e164Problems(t, namer));
    }

    @Test
    void e164OnOutgoingTablesSeesTheArsDigits() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of(
                r("a", "0", 0, 0, "+0", false, false),
                r("b", "0", 0, 0, "+0", false, true),
                r("c", "0", 0, 0, "0", true, true)));
        assertEquals(List.of(1, 2), DigitTableAnalyzer.e164Problems(t, names(t)).stream().map(RuleFinding::rule).toList());
    }

    @Test
    void emptyTablesHaveNoFindings() {
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", List.of());
        assertEquals(List.of(), analyze(t));
        assertEquals(List.of(), DigitTableAnalyzer.e164Problems(t, names(t)));
    }

    // -------------------------------------------------------------------------------------------------
    // Scale

    @Test
    void deepTriesDoNotOverflowTheStack() {
        List<DigitRule> rules = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            rules.add(r("r" + k, "1".repeat(1000 * k), null));
        }
        DigitTable t = new DigitTable(Direction.INCOMING, "", rules);
        List<RuleFinding> findings = analyze(t);
        assertEquals(19, findings.size());
        for (RuleFinding f : findings) {
            assertEquals(SHADOWED, f.kind());
            assertEquals(List.of(0), f.others());
        }
    }

    /** 100,000 prefix rules well within a second on a laptop; generous bound here for slow CI machines. */
    @Test
    void hundredThousandRules() {
        Random random = new Random(42);
        List<DigitRule> rules = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String leading = Integer.toString(random.nextInt(1_000_000) + 1);
            leading = leading.substring(0, 1 + random.nextInt(leading.length()));
            boolean length = random.nextInt(3) == 0;
            int min = Math.max(1, leading.length() + random.nextInt(4) - 1);
            rules.add(r("r" + i, leading, length ? min : 0, length ? Math.min(32, min + random.nextInt(4)) : 0,
                    random.nextBoolean() ? null : Integer.toString(random.nextInt(100))));
        }
        DigitTable t = new DigitTable(Direction.OUTGOING, "9", rules);
        List<RuleFinding> first = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> analyze(t));
        assertEquals(first, analyze(t), "deterministic");
        assertTrue(first.size() > 50_000, "most random rules are shadowed or conflict: " + first.size());
    }
}
