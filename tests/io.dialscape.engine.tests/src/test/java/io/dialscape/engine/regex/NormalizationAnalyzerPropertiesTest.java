package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.PropertyCheck.Gen;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The analyzer against an oracle computed by enumeration. Patterns are fully anchored and bounded (no
 * match longer than 4 symbols after an optional {@code +}, over {@code 1 2 # +}), so every language is
 * exactly the set of numbers of the universe java.util.regex matches, and every verdict can be decided by
 * brute force: which numbers each rule matches, which rule takes each number, and the results (from
 * {@link DotNetBacktracker}). The witness budget is made unlimited,
 * so the analyzer's searches for differing results are exhaustive here; "same results" is brute force too
 * when both rules have the shape in which {@link ResultEquality} decides it exactly, and otherwise what the
 * analyzer documents it can prove (equal group-free translations, or textually identical rules); the
 * oracle checks that every reported finding is also true by brute force.
 */
class NormalizationAnalyzerPropertiesTest {

    /** Every number over 1 2 # of up to 4 symbols, with and without '+'. */
    static final List<String> UNIVERSE = RandomPatterns.numbers("12#", 4);

    record Spec(RandomPatterns.P pattern, int reuse, int variant, int translation, boolean excluded) {
    }

    static Gen<List<Spec>> tables() {
        Gen<RandomPatterns.P> patterns = RandomPatterns.bounded();
        Gen<Integer> reuse = Gen.ints(-3, 4);
        Gen<Integer> variant = Gen.ints(0, 2);
        Gen<Integer> translation = Gen.ints(0, 50);
        Gen<Boolean> excluded = Gen.ints(0, 11).map(x -> x == 0);
        Gen<Spec> spec = s -> new Spec(patterns.generate(s), reuse.generate(s), variant.generate(s), translation.generate(s),
                excluded.generate(s));
        return spec.list(2, 5);
    }

    @Test
    void verdictsEqualTheEnumeratedOracle() {
        PropertyCheck.tries(5000).forAll(tables(), NormalizationAnalyzerPropertiesTest::verdictsEqualTheEnumeratedOracle);
    }

    private static void verdictsEqualTheEnumeratedOracle(List<Spec> specs) {
        List<NormalizationRule> rules = new ArrayList<>();
        List<RandomPatterns.P> trees = new ArrayList<>();
        Set<Integer> excluded = new TreeSet<>();
        for (int k = 0; k < specs.size(); k++) {
            Spec s = specs.get(k);
            RandomPatterns.P tree;
            String translation;
            if (s.reuse() >= 0 && k > 0) {
                int base = s.reuse() % k;
                RandomPatterns.P b = trees.get(base);
                tree = switch (s.variant()) {
                    case 0 -> b;
                    case 1 -> new RandomPatterns.Group(false, b);
                    default -> new RandomPatterns.Alt(List.of(b, RandomPatterns.copy(b)));
                };
                translation = s.translation() % 2 == 0 ? rules.get(base).translation() : pick(tree.net(), s.translation());
            } else {
                tree = s.pattern();
                translation = pick(tree.net(), s.translation());
            }
            trees.add(tree);
            rules.add(new NormalizationRule("r" + k, tree.net(), translation));
            if (s.excluded()) {
                excluded.add(k);
            }
        }
        Oracle oracle = new Oracle(rules, trees, excluded);
        List<RuleFinding> actual = NormalizationAnalyzer.analyze(rules, excluded, RuleNamer.byPosition(), 100_000, 0,
                RuleClassifier.MAX_STATES);
        List<String> got = new ArrayList<>();
        for (RuleFinding f : actual) {
            got.add(f.rule() + " " + f.kind() + " " + f.others());
            try {
                oracle.checkSound(f);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\n" + describe(rules, excluded), e);
            }
        }
        assertEquals(oracle.expected(), got, () -> describe(rules, excluded));
        for (String verdict : got) {
            PropertyCheck.collect("verdict", verdict.split(" ")[1]);
        }
        if (got.isEmpty()) {
            PropertyCheck.collect("verdict", "no finding");
        }
    }

    private static String pick(String pattern, int choice) {
        int groups;
        try {
            groups = NetRegex.compile(pattern).groupCount();
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e);
        }
        List<String> pool = RandomPatterns.translations(groups);
        return pool.get(choice % pool.size());
    }

    private static String describe(List<NormalizationRule> rules, Set<Integer> excluded) {
        StringBuilder sb = new StringBuilder("table:");
        for (int i = 0; i < rules.size(); i++) {
            sb.append("\n  ").append(i).append(excluded.contains(i) ? " (excluded) " : " ").append(rules.get(i).pattern())
                    .append(" -> ").append(rules.get(i).translation());
        }
        return sb.toString();
    }

    /** The verdicts of LANGUAGE.md section 8 by brute force over {@link #UNIVERSE}. */
    static final class Oracle {
        final List<NormalizationRule> rules;
        final Set<Integer> excluded;
        final List<Set<String>> matches = new ArrayList<>();
        final List<DotNetBacktracker> matchers = new ArrayList<>();
        final List<String> expected = new ArrayList<>();
        final List<Set<String>> taken = new ArrayList<>();
        final ResultEquality exact;

        Oracle(List<NormalizationRule> rules, List<RandomPatterns.P> trees, Set<Integer> excluded) {
            this.rules = rules;
            this.excluded = excluded;
            this.exact = new ResultEquality(new NormalizationTable(rules, excluded), (r, w) -> null);
            for (int i = 0; i < rules.size(); i++) {
                Pattern java = Pattern.compile(trees.get(i).java());
                matchers.add(new DotNetBacktracker(trees.get(i)));
                Set<String> set = new LinkedHashSet<>();
                for (String w : UNIVERSE) {
                    if (java.matcher(w).find()) {
                        set.add(w);
                    }
                }
                matches.add(set);
                taken.add(Set.of());
            }
            compute();
        }

        List<String> expected() {
            return expected;
        }

        String result(int i, String w) {
            int[] spans = matchers.get(i).match(w);
            return spans == null ? null : RandomPatterns.expand(rules.get(i).translation(), w, spans);
        }

        /**
         * Whether rules i and j give the same results on {@code where}: by brute force when both have the shape in
         * which {@link ResultEquality} decides equality exactly, otherwise only the analyzer's provable classes.
         */
        boolean sameOn(int i, int j, Set<String> where) {
            return exact.supported(i) && exact.supported(j) ? !differ(i, j, where) : key(i).equals(key(j));
        }

        /** The analyzer's provable "same results" classes outside that shape. */
        String key(int i) {
            String t = rules.get(i).translation();
            boolean usesGroups = t.replace("$$", "").contains("$");
            return usesGroups ? "G" + rules.get(i).pattern() + "\u0000" + t : "C" + t.replace("$$", "$");
        }

        boolean active(int i) {
            return !excluded.contains(i);
        }

        /** The first active rule before {@code limit} that matches {@code w}, or -1. */
        int owner(String w, int limit) {
            for (int j = 0; j < limit; j++) {
                if (active(j) && matches.get(j).contains(w)) {
                    return j;
                }
            }
            return -1;
        }

        boolean differ(int i, int j, Set<String> where) {
            for (String w : where) {
                if (!result(i, w).equals(result(j, w))) {
                    return true;
                }
            }
            return false;
        }

        private void compute() {
            int n = rules.size();
            String[] forward = new String[n];
            Set<String> union = new HashSet<>();
            String[] overlap = new String[n];
            boolean[] duplicate = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (!active(i)) {
                    continue;
                }
                Set<String> s = matches.get(i);
                if (s.isEmpty()) {
                    forward[i] = i + " UNMATCHABLE []";
                    continue;
                }
                List<Integer> same = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    if (active(j) && !matches.get(j).isEmpty() && matches.get(j).equals(s)) {
                        same.add(j);
                    }
                }
                for (int j : same) {
                    if (differ(i, j, s)) {
                        forward[i] = i + " CONFLICT [" + j + "]";
                        break;
                    }
                }
                if (forward[i] == null) {
                    for (int j : same) {
                        if (sameOn(i, j, s)) {
                            forward[i] = i + " DUPLICATE [" + j + "]";
                            duplicate[i] = true;
                            break;
                        }
                    }
                }
                if (forward[i] != null) {
                    continue;
                }
                TreeSet<Integer> owners = new TreeSet<>();
                Set<String> mine = new LinkedHashSet<>();
                for (String w : s) {
                    int o = owner(w, i);
                    if (o >= 0) {
                        owners.add(o);
                    } else {
                        mine.add(w);
                    }
                }
                if (mine.isEmpty()) {
                    int single = -1;
                    for (int j : owners) {
                        if (matches.get(j).containsAll(s)) {
                            single = j;
                            break;
                        }
                    }
                    forward[i] = i + " SHADOWED " + (single >= 0 ? List.of(single) : List.copyOf(owners));
                    continue;
                }
                taken.set(i, mine);
                List<Integer> overlapped = new ArrayList<>();
                for (int j : owners) {
                    if (key(i).equals(key(j)) || s.containsAll(matches.get(j))) {
                        continue;
                    }
                    Set<String> both = new LinkedHashSet<>();
                    for (String w : s) {
                        if (owner(w, i) == j) {
                            both.add(w);
                        }
                    }
                    if (differ(i, j, both)) {
                        overlapped.add(j); // every earlier rule it overlaps is named
                    }
                }
                if (!overlapped.isEmpty()) {
                    overlap[i] = i + " OVERLAP " + overlapped;
                }
                union.addAll(s);
            }
            for (int i = 0; i < n; i++) {
                if (!active(i)) {
                    continue;
                }
                if (forward[i] != null) {
                    expected.add(forward[i]);
                    continue;
                }
                java.util.TreeMap<Integer, Set<String>> byTaker = new java.util.TreeMap<>();
                boolean redundant = true;
                for (String w : taken.get(i)) {
                    int k = -1;
                    for (int j = i + 1; j < n && k < 0; j++) {
                        if (active(j) && !duplicate[j] && matches.get(j).contains(w)) {
                            k = j;
                        }
                    }
                    if (k < 0) {
                        redundant = false;
                        break;
                    }
                    byTaker.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(w);
                }
                for (java.util.Map.Entry<Integer, Set<String>> e : byTaker.entrySet()) {
                    redundant &= sameOn(i, e.getKey(), e.getValue());
                }
                java.util.Set<Integer> takers = byTaker.keySet();
                if (redundant) {
                    expected.add(i + " REDUNDANT " + List.copyOf(takers));
                } else if (overlap[i] != null) {
                    expected.add(overlap[i]);
                }
            }
        }

        /** Every finding must also be true by brute force, its example included. */
        void checkSound(RuleFinding f) {
            int i = f.rule();
            switch (f.kind()) {
                case UNMATCHABLE -> assertTrue(matches.get(i).isEmpty());
                case SHADOWED -> {
                    assertTrue(matches.get(i).contains(f.example()), f::toString);
                    assertTrue(owner(f.example(), i) >= 0, f::toString);
                }
                case CONFLICT, OVERLAP -> {
                    int j = f.others().get(0);
                    assertTrue(matches.get(i).contains(f.example()) && matches.get(j).contains(f.example()), f::toString);
                    assertNotEquals(result(i, f.example()), result(j, f.example()), f::toString);
                }
                case REDUNDANT -> {
                    assertTrue(taken.get(i).contains(f.example()), f::toString);
                    // removing the rule changes no result: the next rule that matches gives the same
                    for (String w : taken.get(i)) {
                        int k = -1;
                        for (int j = i + 1; j < rules.size() && k < 0; j++) {
                            if (active(j) && matches.get(j).contains(w) && !matches.get(j).equals(Set.of())) {
                                k = j;
                            }
                        }
                        assertTrue(k >= 0, f::toString);
                        assertEquals(result(i, w), result(k, w), f::toString);
                    }
                }
                default -> {
                }
            }
        }
    }
}
