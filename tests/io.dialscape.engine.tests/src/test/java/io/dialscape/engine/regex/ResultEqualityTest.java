package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultEquality} against a brute-force oracle: every number over {@code 0 1 2} of up to
 * {@link #MAX_LENGTH} symbols, with and without a leading {@code +}, evaluated by the normalization table
 * itself. Patterns only use those symbols, so the universe holds every number of their languages up to that
 * length; the seeded pairs are built so that equal results, results that differ only through .NET's choice
 * of captures (greedy against lazy, alternative order), and results that differ on long numbers only are
 * all frequent.
 */
class ResultEqualityTest {

    static final int MAX_LENGTH = 7;
    static final List<String> UNIVERSE = universe();

    private static List<String> universe() {
        List<String> out = new ArrayList<>();
        List<String> layer = List.of("");
        for (int length = 1; length <= MAX_LENGTH; length++) {
            List<String> longer = new ArrayList<>();
            for (String w : layer) {
                for (char c : "012".toCharArray()) {
                    longer.add(w + c);
                }
            }
            out.addAll(longer);
            layer = longer;
        }
        List<String> plus = new ArrayList<>();
        for (String w : out) {
            plus.add("+" + w);
        }
        out.addAll(plus);
        return out;
    }

    private static NormalizationRule rule(String pattern, String translation) {
        return new NormalizationRule(null, pattern, translation);
    }

    /** The verdict on the numbers both rules match. */
    static ResultEquality.Verdict decide(NormalizationRule a, NormalizationRule b) {
        NormalizationTable table = new NormalizationTable(List.of(a, b), Set.of());
        assertTrue(table.skipped().isEmpty(), () -> a + " / " + b);
        ResultEquality equality = new ResultEquality(table, (r, w) -> {
            NetRegex.Match m = table.pattern(r).match(w);
            return m == null ? null : table.translation(r).expand(m);
        });
        NumberDfa both = ResultEquality.intersection(table.pattern(0).numbers(), table.pattern(1).numbers());
        return equality.decide(0, 1, both);
    }

    static boolean supported(NormalizationRule r) {
        NormalizationTable table = new NormalizationTable(List.of(r), Set.of());
        return new ResultEquality(table, (x, w) -> null).supported(0);
    }

    /** A number of the universe both rules match and translate differently, by the table's own evaluation. */
    static String bruteForce(NormalizationRule a, NormalizationRule b) {
        NormalizationTable ta = new NormalizationTable(List.of(a), Set.of());
        NormalizationTable tb = new NormalizationTable(List.of(b), Set.of());
        for (String w : UNIVERSE) {
            String ra = ta.evaluateText(w).result();
            String rb = tb.evaluateText(w).result();
            if (ra != null && rb != null && !ra.equals(rb)) {
                return w;
            }
        }
        return null;
    }

    private static void check(NormalizationRule a, NormalizationRule b, Map<ResultEquality.Kind, Integer> stats) {
        ResultEquality.Verdict v = decide(a, b);
        String difference = bruteForce(a, b);
        String pair = a.pattern() + " -> " + a.translation() + "  vs  " + b.pattern() + " -> " + b.translation();
        stats.merge(v.kind(), 1, Integer::sum);
        switch (v.kind()) {
            case SAME -> assertEquals(null, difference, () -> "claimed same: " + pair);
            case DIFFERENT -> {
                String w = v.witness();
                String ra = new NormalizationTable(List.of(a), Set.of()).evaluateText(w).result();
                String rb = new NormalizationTable(List.of(b), Set.of()).evaluateText(w).result();
                assertNotNull(ra, () -> "witness " + w + " not matched: " + pair);
                assertNotNull(rb, () -> "witness " + w + " not matched: " + pair);
                assertNotEquals(ra, rb, () -> "witness " + w + " gives the same: " + pair);
            }
            case UNKNOWN -> assertFalse(supported(a) && supported(b), () -> "supported but undecided: " + pair);
        }
    }

    // ------------------------------------------------------------------ examples

    @Test
    void theContractsExample() {
        assertEquals(ResultEquality.Verdict.SAME, decide(rule("^1234$", "+611234"), rule("^(\\d{4})$", "+61$1")));
        assertEquals(ResultEquality.Kind.DIFFERENT,
                decide(rule("^1234$", "+611235"), rule("^(\\d{4})$", "+61$1")).kind());
    }

    @Test
    void splitGroupsGiveTheSameResult() {
        assertEquals(ResultEquality.Verdict.SAME,
                decide(rule("^0(\\d{9})$", "+31$1"), rule("^0(\\d)(\\d{8})$", "+31$1$2")));
        assertEquals(ResultEquality.Verdict.SAME,
                decide(rule("^(?:\\+|00)(1|7|2[0-7]|2[1235689]\\d)(\\d+)$", "+$1$2"), rule("^00(\\d+)$", "+$1")));
        assertEquals(ResultEquality.Verdict.SAME,
                decide(rule("^(\\d{4})\\*(\\d+)$", "+1613555$1;ext=$2"), rule("^(\\d+)\\*(\\d+)$", "+1613555$1;ext=$2")));
    }

    @Test
    void capturesFollowDotNetPriority() {
        // greedy or lazy decides where the split falls, and so the result
        ResultEquality.Verdict v = decide(rule("^(1*)(1*)$", "$1-$2"), rule("^(1*?)(1*)$", "$1-$2"));
        assertEquals(new ResultEquality.Verdict(ResultEquality.Kind.DIFFERENT, "1"), v);
        // the first alternative that leads to a match wins
        assertEquals(ResultEquality.Kind.DIFFERENT,
                decide(rule("^(1|12)(2?)$", "$1-$2"), rule("^(12|1)(2?)$", "$1-$2")).kind());
        assertEquals(ResultEquality.Verdict.SAME, decide(rule("^(1|12)(3)$", "$1-$2"), rule("^(12|1)(3)$", "$1-$2")));
        // leftmost match of an unanchored pattern
        assertEquals(ResultEquality.Verdict.SAME, decide(rule("1(\\d)", "$1"), rule("^[02-9]*1(\\d)", "$1")));
        // where the leftmost match starts (on 02: at 1 here, at 0 there)
        assertEquals(ResultEquality.Kind.DIFFERENT, decide(rule("[0-2](?:0|1)?((?:(?:0|1){0,2}|1?))$", "+9$0"),
                rule("[0-2]*?(?:0|1)?((?:(?:0|1){0,2}|1?))$", "+9$0")).kind());
    }

    @Test
    void aDifferenceOnlyOnLongNumbersIsFound() {
        ResultEquality.Verdict v = decide(rule("^(\\d+)$", "$1"), rule("^(\\d{1,11})(\\d*)$", "$1$2"));
        assertEquals(ResultEquality.Verdict.SAME, v);
        v = decide(rule("^(\\d+)$", "$1"), rule("^(\\d{1,11})\\d*$", "$1"));
        assertEquals(ResultEquality.Kind.DIFFERENT, v.kind());
        assertEquals(12, v.witness().length(), v.witness());
    }

    @Test
    void optionalGroupsFollowGreedyAndLazyOrder() {
        assertEquals(ResultEquality.Verdict.SAME, decide(rule("^(1)?(\\d)$", "$1-$2"), rule("^(1)??(\\d)$", "$1-$2")));
        assertEquals(new ResultEquality.Verdict(ResultEquality.Kind.DIFFERENT, "1"),
                decide(rule("^(1)?(\\d?)$", "$1-$2"), rule("^(1)??(\\d?)$", "$1-$2")));
    }

    @Test
    void outsideTheShapeNothingIsClaimed() {
        assertFalse(supported(rule("^(\\d)(\\d)$", "$2$1")), "out of order");
        assertFalse(supported(rule("^(\\d)$", "$1$1")), "used twice");
        assertFalse(supported(rule("^((\\d)\\d)$", "$1$2")), "nested");
        assertFalse(supported(rule("^(\\d)+$", "$1")), "repeated group");
        assertFalse(supported(rule("^(\\d?)*$", "$1")), "loop over a body that can match nothing");
        assertFalse(supported(rule("^(\\d)$", "$_")), "whole-number substitution");
        assertFalse(supported(rule("^\\+(?!1)(\\d+)$", "+$1")), "look-ahead");
        assertTrue(supported(rule("^\\+(?!1)\\d+$", "+1")), "a constant result, whatever the pattern");
        assertTrue(supported(rule("^(\\d)?$", "x$1")), "optional group");
        assertTrue(supported(rule("^(\\d)?$", "x")), "constant");
        assertTrue(supported(rule("^(1)(2)?(3)$", "$1$3")), "unreferenced groups");
        assertTrue(supported(rule("1(\\d)", "$0")), "the whole match alone");
        assertEquals(ResultEquality.Verdict.UNKNOWN, decide(rule("^(\\d)(\\d)$", "$2$1"), rule("^(\\d)(\\d)$", "$1$2")));
    }

    // ------------------------------------------------------------------ the seeded oracle

    @Test
    void randomPairsAgreeWithBruteForce() {
        Random rnd = new Random(20261201L);
        Map<ResultEquality.Kind, Integer> stats = new EnumMap<>(ResultEquality.Kind.class);
        for (int k = 0; k < 1000; k++) {
            NormalizationRule[] pair = pair(rnd);
            try {
                check(pair[0], pair[1], stats);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("pair " + k + ": " + pair[0] + " / " + pair[1] + ": " + e.getMessage(), e);
            }
        }
        // the generator must exercise both outcomes
        assertTrue(stats.getOrDefault(ResultEquality.Kind.SAME, 0) > 150, stats::toString);
        assertTrue(stats.getOrDefault(ResultEquality.Kind.DIFFERENT, 0) > 150, stats::toString);
        System.out.println("ResultEqualityTest verdicts: " + stats);
    }

    private static NormalizationRule[] pair(Random rnd) {
        int family = rnd.nextInt(7);
        switch (family) {
            case 0 -> {
                // independent rules
                Pattern p = Pattern.random(rnd);
                Pattern q = Pattern.random(rnd);
                return new NormalizationRule[] {p.rule(rnd), q.rule(rnd)};
            }
            case 1 -> {
                // the same structure with greedy/lazy or alternative order changed
                Pattern p = Pattern.random(rnd);
                Pattern q = p.mutate(rnd);
                String translation = p.translation(rnd);
                return new NormalizationRule[] {new NormalizationRule(null, p.text(), translation),
                    new NormalizationRule(null, q.text(), translation)};
            }
            case 2 -> {
                // one group split in two, or two merged: the same results
                List<String> items = Pattern.items(rnd, 2 + rnd.nextInt(2));
                String lit = Pattern.literal(rnd);
                String a = "^(" + items.get(0) + ")(" + String.join("", items.subList(1, items.size())) + ")$";
                String b = "^(" + String.join("", items) + ")$";
                return new NormalizationRule[] {rule(a, lit + "$1$2"), rule(b, lit + (rnd.nextInt(4) == 0 ? "1" : "") + "$1")};
            }
            case 3 -> {
                // a constant against a group translation
                String w = Pattern.word(rnd, 1 + rnd.nextInt(4));
                String lit = Pattern.literal(rnd);
                String other = rnd.nextInt(3) == 0 ? Pattern.word(rnd, w.length()) : w;
                String b = "^([0-2]{" + rnd.nextInt(w.length() + 1) + "," + (w.length() + rnd.nextInt(2)) + "})$";
                return new NormalizationRule[] {rule("^" + w + "$", lit + other), rule(b, lit + "$1")};
            }
            case 4 -> {
                // the same rule with a translation that drops or adds a part
                Pattern p = Pattern.random(rnd);
                return new NormalizationRule[] {p.rule(rnd), p.rule(rnd)};
            }
            case 5 -> {
                // optional groups, greedy or lazy: a group that takes no part gives nothing
                String x = Pattern.item(rnd, false);
                String y = Pattern.item(rnd, rnd.nextBoolean());
                String[] optional = {"?", "??", ""};
                String t = Pattern.literal(rnd) + (rnd.nextBoolean() ? "$1-$2" : "$1$2");
                String anchor = rnd.nextInt(4) == 0 ? "" : "^";
                return new NormalizationRule[] {
                    rule(anchor + "(" + x + ")" + optional[rnd.nextInt(3)] + "(" + y + ")" + optional[rnd.nextInt(2)] + "$", t),
                    rule(anchor + "(" + x + ")" + optional[rnd.nextInt(3)] + "(" + y + ")" + optional[rnd.nextInt(2)] + "$", t)};
            }
            default -> {
                // a prefix and the rest against the whole
                String lit = Pattern.literal(rnd);
                String head = Pattern.item(rnd, false);
                String tail = rnd.nextBoolean() ? "[0-2]*" : "[0-2]{0," + rnd.nextInt(5) + "}";
                String lazy = rnd.nextInt(3) == 0 ? "?" : "";
                return new NormalizationRule[] {rule("^(" + head + ")(" + tail + lazy + ")$", lit + "$1$2"),
                    rule("^(" + head + tail + ")$", lit + "$1")};
            }
        }
    }

    /**
     * A random pattern over {@code 0 1 2}: items (atoms with quantifiers, alternations), some of them captured
     * (never under a quantifier that repeats), anchored at either end or not.
     */
    record Pattern(boolean begin, List<String> items, List<Boolean> captured, boolean end) {

        static final String[] ATOMS = {"0", "1", "2", "[01]", "[12]", "[0-2]", "(?:0|1)"};
        static final String[] QUANTIFIERS = {"", "", "", "?", "??", "*", "*?", "+", "+?", "{0,2}", "{1,2}", "{1,2}?",
            "{2}"};

        static Pattern random(Random rnd) {
            int n = 1 + rnd.nextInt(3);
            List<String> items = items(rnd, n);
            List<Boolean> captured = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                captured.add(rnd.nextInt(3) > 0);
            }
            return new Pattern(rnd.nextInt(5) > 0, items, captured, rnd.nextInt(5) > 0);
        }

        static List<String> items(Random rnd, int n) {
            List<String> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(item(rnd, true));
            }
            return items;
        }

        static String item(Random rnd, boolean alternation) {
            if (alternation && rnd.nextInt(5) == 0) {
                return "(?:" + item(rnd, false) + "|" + item(rnd, false) + (rnd.nextBoolean() ? item(rnd, false) : "")
                        + ")" + (rnd.nextInt(3) == 0 ? "?" : "");
            }
            return ATOMS[rnd.nextInt(ATOMS.length)] + QUANTIFIERS[rnd.nextInt(QUANTIFIERS.length)];
        }

        static String literal(Random rnd) {
            return List.of("", "+", "+9", "9", "x").get(rnd.nextInt(5));
        }

        static String word(Random rnd, int length) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append((char) ('0' + rnd.nextInt(3)));
            }
            return sb.toString();
        }

        String text() {
            StringBuilder sb = new StringBuilder(begin ? "^" : "");
            for (int k = 0; k < items.size(); k++) {
                sb.append(captured.get(k) ? "(" + items.get(k) + ")" : items.get(k));
            }
            return sb.append(end ? "$" : "").toString();
        }

        int groups() {
            return (int) captured.stream().filter(c -> c).count();
        }

        /** A translation: literals and the groups in order, each at most once; sometimes $0 or an unsupported form. */
        String translation(Random rnd) {
            int groups = groups();
            StringBuilder sb = new StringBuilder(literal(rnd));
            int choice = rnd.nextInt(10);
            if (choice == 0) {
                return sb.append("$0").toString();
            }
            if (choice == 1 && groups >= 2) {
                return sb.append("$2$1").toString(); // outside the shape
            }
            for (int g = 1; g <= groups; g++) {
                if (rnd.nextInt(4) > 0) {
                    sb.append("$").append(g);
                    if (rnd.nextInt(3) == 0) {
                        sb.append(rnd.nextBoolean() ? "-" : ";e=");
                    }
                }
            }
            return sb.toString();
        }

        NormalizationRule rule(Random rnd) {
            return new NormalizationRule(null, text(), translation(rnd));
        }

        /** The same structure with one quantifier's laziness flipped or an alternation's order reversed. */
        Pattern mutate(Random rnd) {
            List<String> changed = new ArrayList<>(items);
            int k = rnd.nextInt(changed.size());
            String item = changed.get(k);
            if (item.startsWith("(?:") && item.contains("|")) {
                int bar = item.indexOf('|');
                int close = item.lastIndexOf(')');
                item = "(?:" + item.substring(bar + 1, close) + "|" + item.substring(3, bar) + item.substring(close);
            } else if (item.endsWith("?") && item.length() > 1 && "?*+}".indexOf(item.charAt(item.length() - 2)) >= 0) {
                item = item.substring(0, item.length() - 1);
            } else if (item.length() > 1 && "?*+}".indexOf(item.charAt(item.length() - 1)) >= 0) {
                item = item + "?";
            } else {
                item = item + (rnd.nextBoolean() ? "*" : "*?");
            }
            changed.set(k, item);
            return new Pattern(begin, changed, captured, end);
        }
    }

    @Test
    void theUniverseIsComplete() {
        assertEquals(2 * (3 + 9 + 27 + 81 + 243 + 729 + 2187), UNIVERSE.size());
        if (UNIVERSE.contains("")) {
            fail("the empty string is not a number");
        }
    }
}
