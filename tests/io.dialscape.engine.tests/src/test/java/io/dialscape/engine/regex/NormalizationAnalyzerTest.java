package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The six anomaly kinds and the static E.164 check, with their exact messages. */
class NormalizationAnalyzerTest {

    private static final RuleNamer BY_POSITION = RuleNamer.byPosition();

    private static List<RuleFinding> analyze(Set<Integer> excluded, NormalizationRule... rules) {
        return NormalizationAnalyzer.analyze(List.of(rules), excluded, BY_POSITION);
    }

    private static List<RuleFinding> analyze(NormalizationRule... rules) {
        return analyze(Set.of(), rules);
    }

    private static NormalizationRule rule(String pattern, String translation) {
        return new NormalizationRule(null, pattern, translation);
    }

    @Test
    void nlProfile() {
        List<RuleFinding> findings = NormalizationAnalyzer.analyze(NlProfile.RULES, NlProfile.excluded(), NlProfile.NAMER);
        assertEquals(List.of(
                new RuleFinding(2, Kind.SHADOWED, List.of(1), "0600000000", "Rule 'NL mobile' never applies: rule 'NL national'"
                        + " (line 4) matches every number it matches, e.g. 0600000000"),
                new RuleFinding(4, Kind.OVERLAP, List.of(3), "1000", "Rule 'Amsterdam short' overlaps rule 'Service' (line 6):"
                        + " 1000 gives '+31201000' here and '1000' there; order decides")), findings);
        assertEquals(List.of(new RuleFinding(8, Kind.E164_INVALID, List.of(), "90000", "Rule 'Zero country' always gives an"
                + " invalid E.164 number: translation '+0$1' makes every result start with '+0', and a country code cannot"
                + " start with 0, e.g. 90000 gives '+00000'")),
                NormalizationAnalyzer.e164Problems(NlProfile.RULES, NlProfile.excluded(), NlProfile.NAMER));
    }

    @Test
    void unmatchable() {
        assertEquals(List.of(new RuleFinding(0, Kind.UNMATCHABLE, List.of(), null, "Rule 1 can never match: no number"
                + " (digits, '*' and '#', with an optional leading '+') matches pattern '\\d{*}'")),
                analyze(rule("\\d{*}", "x")));
        assertEquals(List.of(Kind.UNMATCHABLE, Kind.UNMATCHABLE, Kind.UNMATCHABLE),
                kinds(analyze(rule("^1\\+", "x"), rule("^$", "y"), rule("[a-z]", "z"))));
    }

    @Test
    void conflict() {
        assertEquals(List.of(new RuleFinding(1, Kind.CONFLICT, List.of(0), "0000000000", "Rule 2 conflicts with rule 1:"
                + " both match exactly the same numbers, but 0000000000 gives '+32000000000' here and '+31000000000'"
                + " there")), analyze(rule("^0(\\d{9})$", "+31$1"), rule("^0(\\d{9})$", "+32$1")));
        // same language written differently, constant results
        assertEquals(List.of(new RuleFinding(1, Kind.CONFLICT, List.of(0), "1", "Rule 2 conflicts with rule 1: both match"
                + " exactly the same numbers, but 1 gives 'B' here and 'A' there")),
                analyze(rule("^(?:1|2)$", "A"), rule("^[12]$", "B")));
    }

    @Test
    void conflictNeedsAWitnessBeyondTheShortestNumbers() {
        // the results differ only when the last digit is 9
        List<RuleFinding> findings = analyze(rule("^(\\d)(\\d)$", "$1$2"), rule("^(\\d)(?:([0-8])|(9))$", "$1$2$3$3"));
        assertEquals(1, findings.size());
        assertEquals(Kind.CONFLICT, findings.get(0).kind());
        assertTrue(findings.get(0).example().endsWith("9"), findings.get(0).example());
    }

    @Test
    void duplicate() {
        assertEquals(List.of(new RuleFinding(1, Kind.DUPLICATE, List.of(0), null, "Rule 2 duplicates rule 1: it matches"
                + " exactly the same numbers with the same result")),
                analyze(rule("^0(\\d{9})$", "+31$1"), rule("^0(\\d{9})$", "+31$1")));
        assertEquals(List.of(Kind.DUPLICATE), kinds(analyze(rule("^(?:1|2)$", "X"), rule("^[12]$", "X"))));
    }

    @Test
    void sameResultsThroughOtherGroupsAreADuplicate() {
        // the same function written two ways: decided exactly
        assertEquals(List.of(new RuleFinding(1, Kind.DUPLICATE, List.of(0), null, "Rule 2 duplicates rule 1: it matches"
                + " exactly the same numbers with the same result")),
                analyze(rule("^0(\\d{9})$", "+31$1"), rule("^0(\\d)(\\d{8})$", "+31$1$2")));
    }

    @Test
    void conflictOnlyOnLongNumbersIsFound() {
        // the results differ from 12 digits on, beyond any sample of short numbers
        assertEquals(List.of(new RuleFinding(1, Kind.CONFLICT, List.of(0), "000000000001", "Rule 2 conflicts with rule 1:"
                + " both match exactly the same numbers, but 000000000001 gives '00000000000' here and '000000000001'"
                + " there")), analyze(rule("^(\\d+)$", "$1"), rule("^(\\d{1,11})\\d*$", "$1")));
    }

    @Test
    void outsideTheDecidedShapeSameLanguageWithResultsThatCannotBeToldApartIsOnlyShadowed() {
        // '$2$1' reorders groups: the same results are not proved, and no number shows a difference
        assertEquals(List.of(new RuleFinding(1, Kind.SHADOWED, List.of(0), "11", "Rule 2 never applies: rule 1"
                + " matches every number it matches, e.g. 11")),
                analyze(rule("^(11)$", "$1"), rule("^(1)(1)$", "$2$1")));
    }

    @Test
    void shadowedByTheUnionOfEarlierRules() {
        assertEquals(List.of(new RuleFinding(2, Kind.SHADOWED, List.of(0, 1), "10", "Rule 3 never applies: rule 1 and"
                + " rule 2 together match every number it matches, e.g. 10")),
                analyze(rule("^1\\d$", "A"), rule("^2\\d$", "B"), rule("^[12]\\d$", "C")));
        assertEquals(List.of(new RuleFinding(3, Kind.SHADOWED, List.of(0, 1, 2), "10", "Rule 4 never applies: rule 1,"
                + " rule 2 and rule 3 together match every number it matches, e.g. 10")),
                analyze(rule("^1\\d$", "A"), rule("^2\\d$", "B"), rule("^3\\d$", "B"), rule("^[1-3]\\d$", "C")));
    }

    @Test
    void shadowedNamesASingleCoveringRuleWhenThereIsOne() {
        // rule 1 takes "1", rule 2 takes "2", but rule 2 alone matches all of rule 3
        assertEquals(List.of(new RuleFinding(2, Kind.SHADOWED, List.of(1), "1", "Rule 3 never applies: rule 2 matches"
                + " every number it matches, e.g. 1")),
                analyze(rule("^1$", "A"), rule("^\\d$", "B"), rule("^[12]$", "C")));
    }

    @Test
    void shadowedCountsLengthsExactly() {
        // \d{8,9} and \d{10} together cover \d{8,10}, but not \d{8,11}
        assertEquals(List.of(Kind.SHADOWED), kinds(analyze(rule("^\\d{8,9}$", "A"), rule("^\\d{10}$", "B"),
                rule("^\\d{8,10}$", "C"))));
        List<RuleFinding> notCovered = analyze(rule("^\\d{8,9}$", "A"), rule("^\\d{10}$", "B"), rule("^\\d{8,11}$", "C"));
        assertEquals(List.of(), notCovered, "the later rule contains both: a general rule after specific ones");
    }

    @Test
    void unanchoredPatternsShadowByContainment() {
        // an unanchored '1' matches every number containing a 1
        assertEquals(List.of(new RuleFinding(1, Kind.SHADOWED, List.of(0), "10", "Rule 2 never applies: rule 1 matches"
                + " every number it matches, e.g. 10")),
                analyze(rule("1", "A"), rule("^1\\d$", "B")));
    }

    @Test
    void redundant() {
        assertEquals(List.of(new RuleFinding(0, Kind.REDUNDANT, List.of(1), "112", "Rule 1 is redundant: without it, rule 2"
                + " gives the same result for every number it takes, e.g. 112 still gives '112'")),
                analyze(rule("^112$", "112"), rule("^(?:112|911|999)$", "112")));
        List<RuleFinding> findings = analyze(rule("^1[12]$", "X"), rule("^11$", "X"), rule("^12$", "X"));
        assertEquals(new RuleFinding(0, Kind.REDUNDANT, List.of(1, 2), "11", "Rule 1 is redundant: without it, rule 2"
                + " and rule 3 give the same results for every number it takes, e.g. 11 still gives 'X'"), findings.get(0));
        assertEquals(List.of(Kind.REDUNDANT, Kind.SHADOWED, Kind.SHADOWED), kinds(findings),
                "rules 2 and 3 never apply while rule 1 is there: both findings are true on their own");
    }

    @Test
    void notRedundantAgainstTheDefault() {
        // "5" returns its input, which is not the same as not normalizing it
        assertEquals(List.of(), analyze(rule("^5$", "5")));
        // some numbers of rule 1 reach no later rule
        assertEquals(List.of(), analyze(rule("^1[123]$", "X"), rule("^1[124]$", "X")));
        // a later rule with a different result
        assertEquals(List.of(Kind.OVERLAP), kinds(analyze(rule("^1[12]$", "X"), rule("^1[23]$", "Y"))));
    }

    @Test
    void redundancyIsJudgedWithoutDuplicates() {
        assertEquals(List.of(new RuleFinding(1, Kind.DUPLICATE, List.of(0), null, "Rule 2 duplicates rule 1: it matches"
                + " exactly the same numbers with the same result")),
                analyze(rule("^112$", "112"), rule("^112$", "112")));
    }

    @Test
    void redundancyThroughGroupTranslationsIsDecided() {
        assertEquals(List.of(new RuleFinding(0, Kind.REDUNDANT, List.of(1), "1234", "Rule 1 is redundant: without it,"
                + " rule 2 gives the same result for every number it takes, e.g. 1234 still gives '+611234'")),
                analyze(rule("^1234$", "+611234"), rule("^(\\d{4})$", "+61$1")));
        assertEquals(List.of(new RuleFinding(0, Kind.REDUNDANT, List.of(1), "0600000000", "Rule 1 is redundant: without"
                + " it, rule 2 gives the same result for every number it takes, e.g. 0600000000 still gives"
                + " '+31600000000'")), analyze(rule("^0(6\\d{8})$", "+31$1"), rule("^0(\\d{9})$", "+31$1")));
        // a single number of the rule with another result keeps it
        assertEquals(List.of(), analyze(rule("^0(6\\d{8})$", "+31$1"), rule("^0(?:699999999()|(\\d{9}))$", "+31$2")));
    }

    @Test
    void redundancyOutsideTheDecidedShapeNeedsProvablySameResults() {
        // the later rule gives the same result, but reorders groups: not proved, not reported
        assertEquals(List.of(), analyze(rule("^12$", "21"), rule("^(1)(\\d)$", "$2$1")));
    }

    @Test
    void overlap() {
        assertEquals(List.of(new RuleFinding(1, Kind.OVERLAP, List.of(0), "1000", "Rule 2 overlaps rule 1: 1000 gives"
                + " '+31201000' here and '1000' there; order decides")),
                analyze(rule("^(1\\d{2,3})$", "$1"), rule("^(1\\d{3}|2\\d{3})$", "+3120$1")));
    }

    @Test
    void overlapNeedsAWitnessTheEarlierRuleTakes() {
        // 1000-1999 go to rule 1 first; rule 2 overlaps rule 3 only on numbers rule 1 takes
        List<RuleFinding> findings = analyze(rule("^1\\d{3}$", "A"), rule("^[12]\\d{3}$", "B"), rule("^[13]\\d{3}$", "C"));
        assertEquals(List.of(), findings, "rule 3 matches 1xxx (taken by rule 1) and 3xxx, which rule 2 does not match");
    }

    @Test
    void noOverlapWhenTheLaterRuleContainsTheEarlierOne() {
        assertEquals(List.of(), analyze(rule("^1234$", "X"), rule("^\\d{4}$", "Y")));
    }

    @Test
    void noOverlapWithoutADifferentResult() {
        // both give the number itself on their common numbers
        assertEquals(List.of(), analyze(rule("^(1\\d)(\\d)$", "$1$2"), rule("^(\\d)(1\\d)$", "$1$2")));
    }

    @Test
    void precedenceGivesOneFindingPerRule() {
        // rule 3 is a duplicate of rule 1 and shadowed by it: only DUPLICATE
        List<RuleFinding> findings = analyze(rule("^1$", "A"), rule("^2$", "B"), rule("^1$", "A"), rule("^[12]$", "C"));
        assertEquals(List.of(Kind.DUPLICATE, Kind.SHADOWED), kinds(findings));
        assertEquals(List.of(2, 3), findings.stream().map(RuleFinding::rule).toList());
    }

    @Test
    void excludedRulesNeitherGetNorCauseFindings() {
        NormalizationRule general = rule("^(\\d+)$", "+$1");
        NormalizationRule specific = rule("^(1\\d+)$", "+1$1");
        assertEquals(List.of(Kind.SHADOWED), kinds(analyze(general, specific)));
        assertEquals(List.of(), analyze(Set.of(0), general, specific));
        assertEquals(List.of(), analyze(Set.of(1), general, specific));
        // a rule that does not compile is left out even when not listed
        assertEquals(List.of(), analyze(rule("(", "x"), specific));
    }

    @Test
    void realRuleSet() {
        List<NormalizationRule> rules = List.of(
                rule("^(5\\d{3})$", "+3120555$1"),
                rule("^0([1-9]\\d{8})$", "+31$1"),
                rule("^(?:\\+|00)(1|7|2[0-7]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1235689]\\d|24[013-9]"
                        + "|29[0-9]|3[578]\\d|42\\d|5[09]\\d|6[789]\\d|8[035789]\\d|9[679]\\d)(\\d+)$", "+$1$2"),
                rule("^(112|911)$", "$1"),
                rule("^00(\\d+)$", "+$1"),
                rule("^\\+(\\d+)$", "+$1"));
        List<RuleFinding> findings = analyze(rules.toArray(NormalizationRule[]::new));
        // international numbers with a valid country code go to rule 3, which gives what rules 5 and 6 give anyway:
        // decided exactly, however the country code and the rest are split; rules 5 and 6 still take +0... and 000...
        assertEquals(List.of(new RuleFinding(2, Kind.REDUNDANT, List.of(4, 5), "+10", "Rule 3 is redundant: without it,"
                + " rule 5 and rule 6 give the same results for every number it takes, e.g. +10 still gives '+10'")),
                findings);
        NormalizationTable table = new NormalizationTable(rules, Set.of());
        assertEquals("+35312345678", table.evaluateText("0035312345678").result());
        assertEquals(2, table.evaluateText("+35312345678").rule());
        assertEquals(4, table.evaluateText("00012").rule());
    }

    @Test
    void e164Problems() {
        List<NormalizationRule> rules = List.of(
                rule("^9(\\d{4})$", "+0$1"),
                rule("^8(\\d{4})$", "+31-$1"),
                rule("^7$", "+"),
                rule("^6(\\d{9})(\\d{5})$", "+31$1$2"),
                rule("^5(\\d{4})$", "+31$1"),
                rule("^4(\\d*)$", "+$1"),
                rule("^3(\\d{4})$", "0$1"),
                rule("^2(\\d{13,})$", "+$1"),
                rule("^1(\\d{13,})?$", "+31$1"));
        List<RuleFinding> findings = NormalizationAnalyzer.e164Problems(rules, Set.of(), BY_POSITION);
        assertEquals(List.of(
                "Rule 1 always gives an invalid E.164 number: translation '+0$1' makes every result start with '+0', and a"
                        + " country code cannot start with 0, e.g. 90000 gives '+00000'",
                "Rule 2 always gives an invalid E.164 number: translation '+31-$1' puts '-' in every result, and an E.164"
                        + " number has only digits after the '+', e.g. 80000 gives '+31-0000'",
                "Rule 3 always gives an invalid E.164 number: translation '+' has no digits after the '+', e.g. 7 gives '+'",
                "Rule 4 always gives an invalid E.164 number: translation '+31$1$2' gives at least 16 digits after the '+',"
                        + " and E.164 allows at most 15, e.g. 600000000000000 gives '+3100000000000000'"),
                findings.stream().map(RuleFinding::message).toList());
        assertEquals(List.of(0, 1, 2, 3), findings.stream().map(RuleFinding::rule).toList());
        assertEquals(List.of(), NormalizationAnalyzer.e164Problems(rules, Set.of(0, 1, 2, 3), BY_POSITION));
    }

    @Test
    void e164ProblemsLookAtTheNumberBeforeTheUriParameters() {
        List<NormalizationRule> rules = List.of(
                rule("^(\\d{4})(\\d{3})$", "+1613555$1;ext=$2"),
                rule("^8(\\d{4})$", "+31$1;ext=*#"),
                rule("^7(\\d{4})$", "+0$1;ext=1"),
                rule("^6(\\d)$", "+;ext=$1"),
                rule("^5(\\d{14})$", "+31$1;ext=1"));
        List<RuleFinding> findings = NormalizationAnalyzer.e164Problems(rules, Set.of(), BY_POSITION);
        assertEquals(List.of(
                new RuleFinding(2, Kind.E164_INVALID, List.of(), "70000", "Rule 3 always gives an invalid E.164 number:"
                        + " translation '+0$1;ext=1' makes every result start with '+0', and a country code cannot start"
                        + " with 0, e.g. 70000 gives '+00000;ext=1'"),
                new RuleFinding(3, Kind.E164_INVALID, List.of(), "60", "Rule 4 always gives an invalid E.164 number:"
                        + " translation '+;ext=$1' has no digits after the '+', e.g. 60 gives '+;ext=0'"),
                new RuleFinding(4, Kind.E164_INVALID, List.of(), "500000000000000", "Rule 5 always gives an invalid"
                        + " E.164 number: translation '+31$1;ext=1' gives at least 16 digits after the '+', and E.164"
                        + " allows at most 15, e.g. 500000000000000 gives '+3100000000000000;ext=1'")), findings);
    }

    @Test
    void overlapNamesEveryEarlierRuleItOverlaps() {
        assertEquals(List.of(new RuleFinding(3, Kind.OVERLAP, List.of(0, 1, 2), "12", "Rule 4 overlaps rule 1, rule 2"
                + " and rule 3: 12 gives 'D' here and 'A' with rule 1; order decides")),
                analyze(rule("^1[0-4]$", "A"), rule("^2[0-4]$", "B"), rule("^3[0-4]$", "C"), rule("^[1-4][2-7]$", "D")));
    }

    @Test
    void messagesNameAtMostSixRules() {
        List<NormalizationRule> six = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            six.add(rule("^" + k + "[0-4]$", "R" + k));
        }
        six.add(rule("^\\d[2-7]$", "X"));
        assertEquals(List.of(new RuleFinding(6, Kind.OVERLAP, List.of(0, 1, 2, 3, 4, 5), "12", "Rule 7 overlaps rule 1,"
                + " rule 2, rule 3, rule 4, rule 5 and rule 6: 12 gives 'X' here and 'R1' with rule 1; order decides")),
                analyze(six.toArray(NormalizationRule[]::new)));
        List<NormalizationRule> seven = new ArrayList<>(six.subList(0, 6));
        seven.add(rule("^7[0-4]$", "R7"));
        seven.add(rule("^\\d[2-7]$", "X"));
        assertEquals(List.of(new RuleFinding(7, Kind.OVERLAP, List.of(0, 1, 2, 3, 4, 5, 6), "12", "Rule 8 overlaps"
                + " rule 1, rule 2, rule 3, rule 4, rule 5 and 2 other rules: 12 gives 'X' here and 'R1' with rule 1;"
                + " order decides")), analyze(seven.toArray(NormalizationRule[]::new)));
    }

    @Test
    void thousandRulesAreAnalysedQuickly() {
        List<NormalizationRule> rules = RuleSets.realistic(1000, 42);
        NormalizationAnalyzer.analyze(rules, Set.of(), BY_POSITION); // warm-up
        // this thread's CPU time where the JVM measures it: the build machine is shared
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = clock.isCurrentThreadCpuTimeSupported();
        long start = cpu ? clock.getCurrentThreadCpuTime() : System.nanoTime();
        List<RuleFinding> findings = NormalizationAnalyzer.analyze(rules, Set.of(), BY_POSITION);
        long ms = ((cpu ? clock.getCurrentThreadCpuTime() : System.nanoTime()) - start) / 1_000_000;
        assertTrue(ms < 2000, "1,000 rules took " + ms + " ms");
        assertTrue(findings.size() > 10, "the generated set has mistakes to find: " + findings.size());
    }

    @Test
    void analysisStopsRatherThanExhaustMemory() {
        // patterns with no anchor are tracked along every other rule; here the limit is made small
        List<NormalizationRule> rules = new ArrayList<>();
        rules.add(rule("^(5\\d{3})$", "A"));
        rules.add(rule("^(5\\d{3})$", "B")); // conflict, found before the limit is reached
        for (int k = 1; k <= 9; k++) {
            rules.add(rule("0(" + k + k + "\\d{5})", "+31$1"));
        }
        rules.add(rule("^(\\d+)$", "$1"));
        List<RuleFinding> limited = NormalizationAnalyzer.analyze(rules, Set.of(), BY_POSITION, 32, 64, 2_000);
        assertEquals(List.of(Kind.CONFLICT), kinds(limited), "only what was established before the limit");
        List<RuleFinding> full = NormalizationAnalyzer.analyze(rules, Set.of(), BY_POSITION);
        assertTrue(full.size() >= limited.size());
        assertEquals(limited.get(0), full.get(0));
    }

    @Test
    void analyzesAPrebuiltTable() {
        NormalizationTable table = new NormalizationTable(NlProfile.RULES, NlProfile.excluded());
        assertEquals(NormalizationAnalyzer.analyze(NlProfile.RULES, NlProfile.excluded(), NlProfile.NAMER),
                NormalizationAnalyzer.analyze(table, NlProfile.NAMER));
        assertEquals(NormalizationAnalyzer.e164Problems(NlProfile.RULES, NlProfile.excluded(), NlProfile.NAMER),
                NormalizationAnalyzer.e164Problems(table, NlProfile.NAMER));
    }

    private static List<Kind> kinds(List<RuleFinding> findings) {
        List<Kind> kinds = new ArrayList<>();
        for (RuleFinding f : findings) {
            kinds.add(f.kind());
        }
        return kinds;
    }
}
