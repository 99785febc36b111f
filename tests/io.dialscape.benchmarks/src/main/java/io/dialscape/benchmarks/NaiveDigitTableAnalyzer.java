package io.dialscape.benchmarks;

import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.digits.DigitRule;
import io.dialscape.engine.digits.DigitTable;
import io.dialscape.engine.digits.Direction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The baseline for {@link DigitTableBenchmark}: the same analysis as
 * {@link io.dialscape.engine.digits.DigitTableAnalyzer}, the way one would first write it, by comparing
 * every rule with every other rule. Quadratic in the number of rules, by design; exact all the same, so
 * that the benchmark can check that both give the same findings.
 *
 * <p>For each rule: a scan of all earlier rules for an equal match set (conflict, duplicate); a scan of all
 * rules for those whose match sets can meet its own (leading digits one a prefix of the other, length
 * ranges intersecting); then probe numbers, one per class of numbers that those rules cannot tell apart
 * (the rule's leading digits and every longer leading digits of a related rule, each followed by a symbol
 * that leads nowhere, at every length 1 to 33, where 33 stands for all longer lengths), each evaluated
 * against the related rules. The rule is shadowed when it takes no probe, redundant when on every probe it
 * takes the next matching rule (or the default) gives the same result. Messages are short: the baseline
 * only has to find the same anomalies.
 *
 * <p>Findings carry the same rule, kind and other rules as the engine's, except for a shadowed rule with
 * no single rule covering it: the baseline names every rule that takes its numbers, the engine an
 * irredundant cover among those.
 */
public final class NaiveDigitTableAnalyzer {

    private static final String SYMBOLS = "0123456789*#";
    private static final int TAIL = 33;

    private final DigitTable table;
    private final int n;
    private final List<DigitRule> rules;
    private final boolean[] active;
    private final boolean[] matchable;
    private final int[] least;
    private final int[] most;
    private final String[] prefix;
    private final boolean[] duplicate;
    private final long deadline;

    /** Thrown when the analysis runs past its deadline. */
    public static final class TooSlow extends RuntimeException {
        private static final long serialVersionUID = 1L;
        /** How many rules were analysed before the deadline. */
        public final int done;

        TooSlow(int done) {
            super("stopped after " + done + " rules", null, false, false);
            this.done = done;
        }
    }

    private NaiveDigitTableAnalyzer(DigitTable table, Set<Integer> excluded, long deadline) {
        this.table = table;
        this.rules = table.rules();
        this.n = rules.size();
        this.deadline = deadline;
        active = new boolean[n];
        matchable = new boolean[n];
        least = new int[n];
        most = new int[n];
        prefix = new String[n];
        duplicate = new boolean[n];
        for (int i = 0; i < n; i++) {
            DigitRule r = rules.get(i);
            active[i] = r.hasValidLength() && !excluded.contains(i);
            least[i] = Math.max(Math.max(r.hasLength() ? r.minLength() : 1, r.leading().length()), 1);
            most[i] = r.hasLength() ? r.maxLength() : Integer.MAX_VALUE;
            boolean dialable = r.leading().chars().allMatch(c -> SYMBOLS.indexOf(c) >= 0);
            matchable[i] = active[i] && dialable && least[i] <= most[i];
            prefix[i] = table.prefix(i);
        }
    }

    /** Analyses the table; throws {@link TooSlow} once {@code deadlineNanos} ({@link System#nanoTime()}) passes. */
    public static List<RuleFinding> analyze(DigitTable table, Set<Integer> excluded, RuleNamer namer,
            long deadlineNanos) {
        return new NaiveDigitTableAnalyzer(table, excluded, deadlineNanos).run(namer);
    }

    public static List<RuleFinding> analyze(DigitTable table, Set<Integer> excluded, RuleNamer namer) {
        return analyze(table, excluded, namer, Long.MAX_VALUE);
    }

    private boolean sameMatchSet(int i, int j) {
        return rules.get(i).leading().equals(rules.get(j).leading()) && least[i] == least[j]
                && Math.min(most[i], TAIL) == Math.min(most[j], TAIL)
                && (most[i] == Integer.MAX_VALUE) == (most[j] == Integer.MAX_VALUE);
    }

    private boolean matches(int i, String digits) {
        return digits.startsWith(rules.get(i).leading()) && digits.length() >= least[i] && digits.length() <= most[i];
    }

    private String result(int i, String digits) {
        return prefix[i] + digits.substring(rules.get(i).leading().length());
    }

    private List<RuleFinding> run(RuleNamer namer) {
        Kind[] kind = new Kind[n];
        List<List<Integer>> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            others.add(List.of());
        }
        // Pass 1: unmatchable, conflict, duplicate (every earlier rule).
        for (int i = 0; i < n; i++) {
            if (System.nanoTime() > deadline) {
                throw new TooSlow(0);
            }
            if (!active[i]) {
                continue;
            }
            if (!matchable[i]) {
                kind[i] = Kind.UNMATCHABLE;
                continue;
            }
            int conflict = -1;
            int copy = -1;
            for (int j = 0; j < i; j++) {
                if (matchable[j] && sameMatchSet(i, j)) {
                    if (prefix[i].equals(prefix[j])) {
                        copy = copy < 0 ? j : copy;
                    } else {
                        conflict = conflict < 0 ? j : conflict;
                    }
                }
            }
            if (conflict >= 0) {
                kind[i] = Kind.CONFLICT;
                others.set(i, List.of(conflict));
            } else if (copy >= 0) {
                kind[i] = Kind.DUPLICATE;
                others.set(i, List.of(copy));
                duplicate[i] = true;
            }
        }
        // Pass 2: shadowed and redundant (every other rule, then probes).
        for (int i = 0; i < n; i++) {
            if (System.nanoTime() > deadline) {
                throw new TooSlow(i);
            }
            if (!active[i] || kind[i] != null) {
                continue;
            }
            String leading = rules.get(i).leading();
            List<Integer> related = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j == i || !matchable[j] || duplicate[j]) {
                    continue;
                }
                String other = rules.get(j).leading();
                boolean prefixRelated = leading.startsWith(other) || other.startsWith(leading);
                if (prefixRelated && least[j] <= most[i] && least[i] <= most[j]) {
                    related.add(j);
                }
            }
            Set<String> nodes = new HashSet<>();
            nodes.add(leading);
            for (int j : related) {
                String other = rules.get(j).leading();
                for (int k = leading.length() + 1; k <= other.length() && other.startsWith(leading); k++) {
                    nodes.add(other.substring(0, k));
                }
            }
            boolean taken = false;
            boolean redundant = true;
            Set<Integer> takers = new TreeSet<>();
            Set<Integer> nexts = new TreeSet<>();
            for (String node : nodes) {
                List<String> probes = new ArrayList<>();
                if (!node.isEmpty()) {
                    probes.add(node);
                }
                for (char c : SYMBOLS.toCharArray()) {
                    if (!nodes.contains(node + c)) {
                        for (int length = node.length() + 1; length <= Math.max(TAIL, node.length() + 1); length++) {
                            probes.add(node + c + "0".repeat(length - node.length() - 1));
                        }
                        break;
                    }
                }
                for (String probe : probes) {
                    if (!matches(i, probe)) {
                        continue;
                    }
                    int first = i;
                    int next = -1;
                    for (int j : related) {
                        if (matches(j, probe)) {
                            if (j < first) {
                                next = first;
                                first = j;
                            } else if (next < 0 || j < next) {
                                next = j;
                            }
                        }
                    }
                    if (first != i) {
                        takers.add(first);
                        continue;
                    }
                    taken = true;
                    String without;
                    if (next >= 0) {
                        nexts.add(next);
                        without = result(next, probe);
                    } else {
                        without = table.direction() == Direction.OUTGOING ? table.ars() + probe : null;
                    }
                    if (!result(i, probe).equals(without)) {
                        redundant = false;
                    }
                }
            }
            if (!taken) {
                kind[i] = Kind.SHADOWED;
                List<Integer> named = new ArrayList<>(takers);
                for (int j : takers) {
                    if (leading.startsWith(rules.get(j).leading()) && least[j] <= least[i] && most[j] >= most[i]) {
                        named = List.of(j);
                        break;
                    }
                }
                others.set(i, named);
            } else if (redundant) {
                kind[i] = Kind.REDUNDANT;
                others.set(i, List.copyOf(nexts));
            }
        }
        List<RuleFinding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (kind[i] != null) {
                findings.add(new RuleFinding(i, kind[i], others.get(i), null,
                        namer.name(i) + ": " + kind[i].code() + " " + others.get(i)));
            }
        }
        return findings;
    }
}
