package io.dialscape.engine.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The analyzer and {@link DigitTable#evaluate} against the brute-force {@link DigitTableOracle}, on random
 * tables built to collide often (few distinct leading digits, lengths and replacements, rules derived from
 * earlier ones), so that every kind of finding comes up thousands of times per run (checked by the coverage
 * clauses). Each table checks:
 * <ul>
 * <li>evaluation of every number of the oracle's universe, with and without {@code +};</li>
 * <li>for every rule, the kind of finding (or none), exactly;</li>
 * <li>the other rules named: exactly for conflict, duplicate and redundant; for shadowed, that they take
 * some of the rule's numbers, cover it, are irredundant, and are the single covering rule when there is
 * one;</li>
 * <li>the example number: matched by the rule, taken by a named rule (shadowed) or by the rule itself
 * (redundant), and the padded leading digits whenever those qualify;</li>
 * <li>the message: subject from the namer, no final period, every named rule mentioned;</li>
 * <li>{@code e164Problems}, exactly, against the oracle's own E.164 enumeration.</li>
 * </ul>
 * Excluded rules and malformed length clauses are generated too.
 */
class DigitTableAnalyzerOracleTest {

    /** A generated table and the rules the validator would exclude. */
    record Case(DigitTable table, Set<Integer> excluded) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("digits t " + table.direction().name().toLowerCase(java.util.Locale.ROOT)
                    + " ars \"" + table.ars() + "\" excluded " + excluded + " {\n");
            for (DigitRule r : table.rules()) {
                s.append("  rule leading \"").append(r.leading()).append('"');
                if (r.hasLength()) {
                    s.append(" length ").append(r.minLength()).append("..").append(r.maxLength());
                }
                if (r.replace() != null) {
                    s.append(" replace \"").append(r.replace()).append('"');
                }
                s.append(r.addPlus() ? " add-plus" : "").append(r.ignoreArs() ? " ignore-ars" : "").append('\n');
            }
            return s.append('}').toString();
        }
    }

    private static final RuleNamer NAMER = i -> "rule 'r" + i + "' (line " + (i + 10) + ")";

    @Property(tries = 10_000)
    void analysisAndEvaluationAgreeWithTheOracle(@ForAll("tables") Case c) {
        check(c);
        Statistics.label("kind").coverage(checker -> {
            for (Kind kind : List.of(Kind.UNMATCHABLE, Kind.CONFLICT, Kind.DUPLICATE, Kind.SHADOWED, Kind.REDUNDANT)) {
                checker.check(kind).count((Integer count) -> count >= 300);
            }
        });
        Statistics.label("e164").coverage(checker -> checker.check(true).count((Integer count) -> count >= 300));
    }

    /**
     * Tables where some node has all 12 symbols as children (so no number leaves the trie right below it):
     * the 12 rules {@code p0} to {@code p#} in random order with random lengths and results, among a few
     * other rules over all symbols.
     */
    @Property(tries = 1_500)
    void fullNodesAgreeWithTheOracle(@ForAll("tablesWithFullNodes") Case c) {
        check(c);
        Statistics.label("kind").coverage(checker -> {
            for (Kind kind : List.of(Kind.SHADOWED, Kind.REDUNDANT)) {
                checker.check(kind).count((Integer count) -> count >= 100);
            }
        });
    }

    private static void check(Case c) {
        DigitTable table = c.table();
        DigitTableOracle oracle = new DigitTableOracle(table, c.excluded());

        // Evaluation, on the whole universe, with and without +.
        for (String digits : oracle.universe) {
            for (boolean plus : new boolean[] {false, true}) {
                assertEquals(oracle.evaluate(plus, digits), table.evaluate(new DialedNumber(plus, digits)),
                        () -> (plus ? "+" : "") + digits);
            }
        }

        // Anomalies.
        List<RuleFinding> findings = DigitTableAnalyzer.analyze(table, c.excluded(), NAMER);
        Map<Integer, RuleFinding> byRule = new HashMap<>();
        for (RuleFinding f : findings) {
            assertFalse(byRule.containsKey(f.rule()), "two findings on rule " + f.rule());
            byRule.put(f.rule(), f);
        }
        DigitTableOracle.Verdict[] verdicts = oracle.verdicts();
        for (int i = 0; i < table.rules().size(); i++) {
            DigitTableOracle.Verdict expected = verdicts[i];
            RuleFinding actual = byRule.get(i);
            Statistics.label("kind").collect(expected == null ? "none" : expected.kind());
            if (expected == null) {
                assertEquals(null, actual, "rule " + i);
                continue;
            }
            assertNotNull(actual, "rule " + i + " should be " + expected.kind());
            assertEquals(expected.kind(), actual.kind(), "rule " + i);
            checkMessage(actual);
            switch (expected.kind()) {
                case UNMATCHABLE -> assertEquals(List.of(), actual.others());
                case CONFLICT, DUPLICATE -> {
                    assertEquals(expected.others(), actual.others(), "rule " + i);
                    assertEquals(oracle.preferredExample(i), actual.example());
                    assertTrue(oracle.matches(i, actual.example()));
                }
                case SHADOWED -> checkShadowed(oracle, expected, actual);
                case REDUNDANT -> {
                    assertEquals(expected.others(), actual.others(), "rule " + i);
                    String example = actual.example();
                    assertEquals(i, oracle.firstActive(example), "the example must be a number the rule takes");
                    if (oracle.firstActive(oracle.preferredExample(i)) == i) {
                        assertEquals(oracle.preferredExample(i), example);
                    }
                    assertTrue(actual.message().endsWith(example + " -> " + shown(oracle.result(i, false, example))),
                            actual.message());
                }
                default -> throw new AssertionError(expected.kind());
            }
        }

        // E.164.
        Set<Integer> e164 = new HashSet<>();
        for (RuleFinding f : DigitTableAnalyzer.e164Problems(table, NAMER)) {
            assertEquals(Kind.E164_INVALID, f.kind());
            assertTrue(e164.add(f.rule()));
            assertTrue(oracle.matches(f.rule(), f.example()), f.toString());
            checkMessage(f);
        }
        for (int i = 0; i < table.rules().size(); i++) {
            boolean expected = table.rules().get(i).hasValidLength() && oracle.e164Invalid(i);
            Statistics.label("e164").collect(expected);
            assertEquals(expected, e164.contains(i), "e164 on rule " + i);
        }
    }

    private static String shown(String result) {
        return result.isEmpty() ? "an empty number" : result;
    }

    private static void checkShadowed(DigitTableOracle oracle, DigitTableOracle.Verdict expected, RuleFinding actual) {
        int i = actual.rule();
        List<Integer> named = actual.others();
        assertFalse(named.isEmpty());
        assertEquals(named.stream().sorted().distinct().toList(), named, "in index order, once each");
        assertTrue(expected.takers().containsAll(named), "named " + named + ", takers " + expected.takers());
        assertTrue(oracle.covers(named, i), "named rules must cover the rule");
        for (int j : expected.takers()) {
            if (oracle.covers(List.of(j), i)) {
                assertEquals(List.of(j), named, "a single covering taker is named alone");
            }
        }
        if (named.size() > 1) {
            for (int drop = 0; drop < named.size(); drop++) {
                List<Integer> fewer = new ArrayList<>(named);
                fewer.remove(drop);
                assertFalse(oracle.covers(fewer, i), "cover must be irredundant: " + named);
            }
        }
        String example = actual.example();
        assertTrue(oracle.matches(i, example), "example must be matched by the rule");
        assertTrue(named.contains(oracle.firstActive(example)), "example must be taken by a named rule");
        String preferred = oracle.preferredExample(i);
        if (named.contains(oracle.firstActive(preferred))) {
            assertEquals(preferred, example);
        }
    }

    private static void checkMessage(RuleFinding f) {
        String m = f.message();
        assertEquals("Rule 'r" + f.rule() + "'", NAMER.subject(f.rule()));
        assertTrue(m.startsWith(NAMER.subject(f.rule()) + " "), m);
        assertFalse(m.endsWith("."), m);
        if (f.others().size() <= 6) {
            for (int j : f.others()) {
                assertTrue(m.contains(NAMER.name(j)), m);
            }
        }
    }

    // -------------------------------------------------------------------------------------------------
    // Generators

    @Provide
    Arbitrary<Case> tablesWithFullNodes() {
        Arbitrary<int[]> length = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(new int[] {0, 0})),
                Tuple.of(4, Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers()
                        .between(0, 2)).as((lo, span) -> new int[] {lo, lo + span})));
        Arbitrary<String> replace = Arbitraries.of("", "1", "2", "0", "+1").injectNull(0.5);
        Arbitrary<DigitRule> child = Combinators.combine(length, replace, Arbitraries.of(false, false, true))
                .as((len, rep, ars) -> new DigitRule(null, "?", len[0], len[1], rep, false, ars));
        Arbitrary<DigitRule> extra = Combinators.combine(
                Arbitraries.strings().withChars("0123456789*#").ofMaxLength(2), length, replace,
                Arbitraries.of(false, false, true))
                .as((lead, len, rep, ars) -> new DigitRule(null, lead, len[0], len[1], rep, false, ars));
        Arbitrary<List<DigitRule>> children = child.list().ofSize(12);
        Arbitrary<List<Integer>> order = Arbitraries.integers().between(0, 1000).list().ofSize(20);
        return Combinators.combine(Arbitraries.of("", "1", "#"), children, extra.list().ofMaxSize(6), order,
                Arbitraries.of(Direction.class), Arbitraries.of("", "9")).as((prefix, kids, extras, keys, dir, ars) -> {
                    List<DigitRule> all = new ArrayList<>();
                    for (int s = 0; s < 12; s++) {
                        DigitRule k = kids.get(s);
                        all.add(new DigitRule(null, prefix + "0123456789*#".charAt(s), k.minLength(), k.maxLength(),
                                k.replace(), false, k.ignoreArs()));
                    }
                    all.addAll(extras);
                    List<Integer> positions = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        positions.add(i);
                    }
                    positions.sort((a, b) -> Integer.compare(keys.get(a), keys.get(b)));
                    List<DigitRule> shuffled = positions.stream().map(all::get).toList();
                    return new Case(new DigitTable(dir, ars, shuffled), Set.of());
                });
    }

    private static List<DigitRule> derive(List<Object[]> specs) {
        List<DigitRule> rules = new ArrayList<>();
        for (Object[] spec : specs) {
            DigitRule rule = (DigitRule) spec[0];
            int how = (Integer) spec[1];
            if (how != 0 && !rules.isEmpty()) {
                DigitRule from = rules.get((Integer) spec[2] % rules.size());
                rule = switch (how) {
                    case 1 -> from;
                    case 2 -> new DigitRule(null, from.leading(),
                            from.hasLength() && from.minLength() > 0 ? Math.min(from.minLength(),
                                    Math.max(1, from.leading().length() - 1)) : from.minLength(),
                            from.maxLength(), from.replace() == null ? from.leading() : from.replace(), from.addPlus(),
                            from.ignoreArs());
                    case 3 -> new DigitRule(null, from.leading(), from.minLength(), from.maxLength(), (String) spec[3],
                            from.addPlus(), from.ignoreArs());
                    default -> new DigitRule(null, from.leading(), from.minLength(), from.maxLength(), from.replace(),
                            !from.addPlus(), rule.ignoreArs());
                };
            }
            rules.add(rule);
        }
        return rules;
    }

    @Provide
    Arbitrary<Case> tables() {
        Arbitrary<String> leading = Arbitraries.frequencyOf(
                Tuple.of(14, Arbitraries.strings().withChars('1', '2', '#').ofMaxLength(3)),
                Tuple.of(1, Arbitraries.of("+1", "1x", "2 ", "+", "1-2")));
        Arbitrary<int[]> length = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.just(new int[] {0, 0})),
                Tuple.of(8, Combinators.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers()
                        .between(0, 3)).as((lo, span) -> new int[] {lo, lo + span})),
                Tuple.of(1, Combinators.combine(Arbitraries.integers().between(26, 32), Arbitraries.integers()
                        .between(0, 6)).as((lo, span) -> new int[] {lo, Math.min(32, lo + span)})),
                Tuple.of(1, Arbitraries.integers().between(2, 32).map(hi -> new int[] {1, hi})),
                Tuple.of(1, Arbitraries.of(new int[] {0, 3}, new int[] {5, 4}, new int[] {1, 33},
                        new int[] {33, 33}, new int[] {-1, 2}, new int[] {3, 0})));
        Arbitrary<String> replace = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of("", "1", "2", "12", "11", "21", "#", "1#", "2#1")),
                Tuple.of(3, Arbitraries.of("+", "+1", "+0", "+12", "+*", "+1#2", "+1+")),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789").ofMinLength(11).ofMaxLength(17)
                        .map(s -> "+" + s)))
                .injectNull(0.4);
        Arbitrary<DigitRule> rule = Combinators.combine(leading, length, replace, Arbitraries.of(false, false, true),
                Arbitraries.of(false, false, true)).as((lead, len, rep, plus, ars) ->
                        new DigitRule(null, lead, len[0], len[1], rep, plus, ars));
        // Some rules are derived from an earlier one, so that equal match sets are common: 1 an exact copy,
        // 2 the same rule written differently (replace equal to the leading digits instead of none, a lower
        // length bound below the leading digits' length), 3 another replacement, 4 other flags.
        Arbitrary<Integer> derivation = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.just(1)), Tuple.of(2, Arbitraries.just(2)), Tuple.of(2, Arbitraries.just(3)),
                Tuple.of(1, Arbitraries.just(4)));
        Arbitrary<List<DigitRule>> rules = Combinators.combine(rule, derivation, Arbitraries.integers().between(0, 7),
                replace).as((r, how, from, otherReplace) -> new Object[] {r, how, from, otherReplace})
                .list().ofMinSize(1).ofMaxSize(8).map(DigitTableAnalyzerOracleTest::derive);
        Arbitrary<DigitTable> table = Combinators.combine(Arbitraries.of(Direction.class),
                Arbitraries.of("", "9", "1", "12"), rules).as(DigitTable::new);
        Arbitrary<Integer> excludedBits = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(0)), Tuple.of(1, Arbitraries.integers().between(0, 255)));
        return Combinators.combine(table, excludedBits, Arbitraries.of(false, true)).as((t, bits, excludeBadLengths) -> {
            Set<Integer> excluded = new HashSet<>();
            for (int i = 0; i < t.rules().size(); i++) {
                boolean wrongFlag = t.direction() == Direction.OUTGOING ? t.rules().get(i).addPlus()
                        : t.rules().get(i).ignoreArs();
                if ((bits & (1 << i)) != 0 && wrongFlag || excludeBadLengths && !t.rules().get(i).hasValidLength()
                        || (bits & (1 << i)) != 0 && i % 3 == 0) {
                    excluded.add(i);
                }
            }
            return new Case(t, excluded);
        });
    }
}
