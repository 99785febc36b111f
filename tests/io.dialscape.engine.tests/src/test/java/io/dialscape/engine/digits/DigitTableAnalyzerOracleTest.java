package io.dialscape.engine.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.PropertyCheck.Gen;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

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

    @Test
    void analysisAndEvaluationAgreeWithTheOracle() {
        PropertyCheck.Result run = PropertyCheck.tries(10_000).forAll(tables(), DigitTableAnalyzerOracleTest::check);
        for (Kind kind : List.of(Kind.UNMATCHABLE, Kind.CONFLICT, Kind.DUPLICATE, Kind.SHADOWED, Kind.REDUNDANT)) {
            run.requireCount("kind", kind, 300);
        }
        run.requireCount("e164", true, 300);
    }

    /**
     * Tables where some node has all 12 symbols as children (so no number leaves the trie right below it):
     * the 12 rules {@code p0} to {@code p#} in random order with random lengths and results, among a few
     * other rules over all symbols.
     */
    @Test
    void fullNodesAgreeWithTheOracle() {
        PropertyCheck.Result run = PropertyCheck.tries(1_500).forAll(tablesWithFullNodes(), DigitTableAnalyzerOracleTest::check);
        for (Kind kind : List.of(Kind.SHADOWED, Kind.REDUNDANT)) {
            run.requireCount("kind", kind, 100);
        }
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
            PropertyCheck.collect("kind", expected == null ? "none" : expected.kind());
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
            PropertyCheck.collect("e164", expected);
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

    /** Lengths {lo, lo + span}: lo and span drawn in this order. */
    private static Gen<int[]> range(int loMin, int loMax, int spanMax) {
        Gen<Integer> lo = Gen.ints(loMin, loMax);
        Gen<Integer> span = Gen.ints(0, spanMax);
        return s -> {
            int l = lo.generate(s);
            return new int[] {l, l + span.generate(s)};
        };
    }

    static Gen<Case> tablesWithFullNodes() {
        Gen<int[]> length = Gen.frequency(
                Gen.weight(6, Gen.just(new int[] {0, 0})),
                Gen.weight(4, range(1, 4, 2)));
        Gen<String> replace = Gen.of("", "1", "2", "0", "+1").injectNull(0.5);
        Gen<Boolean> ars = Gen.of(false, false, true);
        Gen<DigitRule> child = s -> {
            int[] len = length.generate(s);
            String rep = replace.generate(s);
            return new DigitRule(null, "?", len[0], len[1], rep, false, ars.generate(s));
        };
        Gen<String> leading = Gen.strings("0123456789*#", 0, 2);
        Gen<DigitRule> extra = s -> {
            String lead = leading.generate(s);
            int[] len = length.generate(s);
            String rep = replace.generate(s);
            return new DigitRule(null, lead, len[0], len[1], rep, false, ars.generate(s));
        };
        Gen<List<DigitRule>> children = child.list(12);
        Gen<List<DigitRule>> extras = extra.list(0, 6);
        Gen<List<Integer>> order = Gen.ints(0, 1000).list(20);
        Gen<String> prefixes = Gen.of("", "1", "#");
        Gen<Direction> directions = Gen.of(Direction.class);
        Gen<String> arsCodes = Gen.of("", "9");
        return src -> {
            String prefix = prefixes.generate(src);
            List<DigitRule> kids = children.generate(src);
            List<DigitRule> more = extras.generate(src);
            List<Integer> keys = order.generate(src);
            Direction dir = directions.generate(src);
            String arsCode = arsCodes.generate(src);
            List<DigitRule> all = new ArrayList<>();
            for (int s = 0; s < 12; s++) {
                DigitRule k = kids.get(s);
                all.add(new DigitRule(null, prefix + "0123456789*#".charAt(s), k.minLength(), k.maxLength(),
                        k.replace(), false, k.ignoreArs()));
            }
            all.addAll(more);
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                positions.add(i);
            }
            positions.sort((a, b) -> Integer.compare(keys.get(a), keys.get(b)));
            List<DigitRule> shuffled = positions.stream().map(all::get).toList();
            return new Case(new DigitTable(dir, arsCode, shuffled), Set.of());
        };
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

    static Gen<Case> tables() {
        Gen<String> leading = Gen.frequency(
                Gen.weight(14, Gen.strings("12#", 0, 3)),
                Gen.weight(1, Gen.of("+1", "1x", "2 ", "+", "1-2")));
        Gen<int[]> highLength = range(26, 32, 6).map(r -> new int[] {r[0], Math.min(32, r[1])});
        Gen<int[]> length = Gen.frequency(
                Gen.weight(8, Gen.just(new int[] {0, 0})),
                Gen.weight(8, range(1, 5, 3)),
                Gen.weight(1, highLength),
                Gen.weight(1, Gen.ints(2, 32).map(hi -> new int[] {1, hi})),
                Gen.weight(1, Gen.of(new int[] {0, 3}, new int[] {5, 4}, new int[] {1, 33},
                        new int[] {33, 33}, new int[] {-1, 2}, new int[] {3, 0})));
        Gen<String> replace = Gen.<String>frequency(
                Gen.weight(8, Gen.of("", "1", "2", "12", "11", "21", "#", "1#", "2#1")),
                Gen.weight(3, Gen.of("+", "+1", "+0", "+12", "+*", "+1#2", "+1+")),
                Gen.weight(1, Gen.strings("0123456789", 11, 17).map(s -> "+" + s)))
                .injectNull(0.4);
        Gen<Boolean> flag = Gen.of(false, false, true);
        Gen<DigitRule> rule = s -> {
            String lead = leading.generate(s);
            int[] len = length.generate(s);
            String rep = replace.generate(s);
            boolean plus = flag.generate(s);
            return new DigitRule(null, lead, len[0], len[1], rep, plus, flag.generate(s));
        };
        // Some rules are derived from an earlier one, so that equal match sets are common: 1 an exact copy,
        // 2 the same rule written differently (replace equal to the leading digits instead of none, a lower
        // length bound below the leading digits' length), 3 another replacement, 4 other flags.
        Gen<Integer> derivation = Gen.frequency(Gen.weight(12, Gen.just(0)),
                Gen.weight(2, Gen.just(1)), Gen.weight(2, Gen.just(2)), Gen.weight(2, Gen.just(3)),
                Gen.weight(1, Gen.just(4)));
        Gen<Integer> source = Gen.ints(0, 7);
        Gen<Object[]> spec = s -> {
            DigitRule r = rule.generate(s);
            int how = derivation.generate(s);
            int from = source.generate(s);
            return new Object[] {r, how, from, replace.generate(s)};
        };
        Gen<List<DigitRule>> rules = spec.list(1, 8).map(DigitTableAnalyzerOracleTest::derive);
        Gen<Direction> directions = Gen.of(Direction.class);
        Gen<String> arsCodes = Gen.of("", "9", "1", "12");
        Gen<DigitTable> table = s -> {
            Direction dir = directions.generate(s);
            String ars = arsCodes.generate(s);
            return new DigitTable(dir, ars, rules.generate(s));
        };
        Gen<Integer> excludedBits = Gen.frequency(
                Gen.weight(3, Gen.just(0)), Gen.weight(1, Gen.ints(0, 255)));
        Gen<Boolean> badLengths = Gen.of(false, true);
        return s -> {
            DigitTable t = table.generate(s);
            int bits = excludedBits.generate(s);
            boolean excludeBadLengths = badLengths.generate(s);
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
        };
    }
}
