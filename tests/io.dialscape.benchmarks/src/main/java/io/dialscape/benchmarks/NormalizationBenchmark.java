package io.dialscape.benchmarks;

import dk.brics.automaton.Automaton;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationAnalyzer;
import io.dialscape.engine.regex.NormalizationRule;
import io.dialscape.engine.regex.RegexSyntaxException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Benchmark of the normalization-rule engine (io.dialscape.engine.regex), without JMH: a plain
 * {@code main} that prints a table. Run it with the engine and dk.brics.automaton on the class
 * path:
 *
 * <pre>
 * java -cp engine-classes:benchmark-classes:automaton-1.12-4.jar \
 *      io.dialscape.benchmarks.NormalizationBenchmark [rules] [runs]
 * </pre>
 *
 * <p>Part 1, analysis. Generates realistic location profiles (per site extension, DID and short-number
 * ranges, area codes, service and operator codes, international rules with country-code alternations,
 * country rules, emergency/mobile/toll-free rules, catch-alls, and about 4% of the usual mistakes), then
 * times {@link NormalizationAnalyzer#analyze} (all six anomaly kinds, exact) against a naive pairwise
 * baseline that only computes the language relations every pair of rules needs (subset and intersection
 * of the dk.brics automata of each earlier rule, plus shadowing by the union of all earlier rules, the
 * union rebuilt incrementally) and counts its shadowed rules, which must equal ours. Times are the median
 * of {@code runs} runs after as many warm-up runs, in wall-clock and in CPU time of the benchmark thread
 * (the machine may be shared; CPU time is the steadier figure). Then shows how the analysis reacts to
 * patterns with no anchor at all ({@code 0(123\d{5})} matches anywhere in a number): each such pattern is
 * tracked along every other rule, so cost grows with their number; real profiles have none or a few.
 *
 * <p>Part 2, matching. Times {@link NetRegex#match} of pathological patterns (exponential for a
 * backtracking matcher such as java.util.regex or .NET's) on 50,000-character inputs that fail at the
 * end, after a warm-up; the engine matches with its own Pike VM, in linear time.
 */
public final class NormalizationBenchmark {

    private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();

    private NormalizationBenchmark() {
    }

    /**
     * @param args optional: the number of rules of the largest table (default 1000) and the number of
     *             timed runs (default 5)
     */
    public static void main(String[] args) throws RegexSyntaxException {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.println("Dialscape normalization-rule engine benchmark (" + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version") + ")");
        System.out.println();
        analysis(size, runs);
        System.out.println();
        unanchored(size, runs);
        System.out.println();
        matching(runs);
    }

    // ------------------------------------------------------------------ part 1: analysis

    private static void analysis(int size, int runs) {
        System.out.println("1. Analysis of generated location profiles (median of " + runs + " runs after warm-up)");
        System.out.printf("%7s | %-27s | %-27s | %8s | %s%n", "rules", "Dialscape analyze", "naive pairwise baseline",
                "cpu gain", "findings (Dialscape)");
        System.out.println("-".repeat(130));
        for (int n : new int[] {size / 4, size / 2, size}) {
            List<NormalizationRule> rules = realistic(n, 42, 2);
            AtomicReference<List<RuleFinding>> findings = new AtomicReference<>();
            Timing ours = time(runs, () -> findings.set(NormalizationAnalyzer.analyze(rules, Set.of(), RuleNamer.byPosition())));
            int[] baselineShadowed = new int[1];
            Timing naive = time(Math.min(runs, 3), () -> baselineShadowed[0] = naivePairwise(rules));
            long oursShadowed = findings.get().stream().filter(f -> f.kind() == RuleFinding.Kind.SHADOWED
                    || f.kind() == RuleFinding.Kind.DUPLICATE || f.kind() == RuleFinding.Kind.CONFLICT).count();
            System.out.printf("%7d | %-27s | %-27s | %7.0fx | %s%n", n, ours, naive, (double) naive.cpuMs / Math.max(1, ours.cpuMs),
                    summary(findings.get()));
            if (oursShadowed != baselineShadowed[0]) {
                System.out.println("        MISMATCH: baseline finds " + baselineShadowed[0] + " rules covered by earlier ones, Dialscape "
                        + oursShadowed);
            } else {
                System.out.println("        both find " + oursShadowed + " rules covered by earlier rules (shadowed, duplicate or conflict)");
            }
        }
    }

    private static void unanchored(int size, int runs) {
        System.out.println("1b. Sensitivity to patterns without any anchor (" + size + " rules, median of " + runs + " runs)");
        System.out.printf("%11s | %-27s | %s%n", "unanchored", "Dialscape analyze", "findings");
        System.out.println("-".repeat(110));
        for (int u : new int[] {0, 1, 2, 3, 4}) {
            List<NormalizationRule> rules = realistic(size, 42, u);
            AtomicReference<List<RuleFinding>> findings = new AtomicReference<>();
            Timing t = time(runs, () -> findings.set(NormalizationAnalyzer.analyze(rules, Set.of(), RuleNamer.byPosition())));
            System.out.printf("%11d | %-27s | %s%n", u, t, summary(findings.get()));
        }
    }

    /**
     * The baseline: brics automata of every rule (converted once), then for every pair of rules whether
     * the later is inside, equal to or intersecting the earlier, and whether the union of all earlier rules
     * covers it. Returns the number of rules covered by earlier ones.
     */
    private static int naivePairwise(List<NormalizationRule> rules) {
        List<Automaton> languages = new ArrayList<>();
        for (NormalizationRule r : rules) {
            try {
                languages.add(NetRegex.compile(r.pattern()).language());
            } catch (RegexSyntaxException e) {
                languages.add(Automaton.makeEmpty());
            }
        }
        int covered = 0;
        long relations = 0;
        Automaton union = Automaton.makeEmpty();
        for (int i = 0; i < languages.size(); i++) {
            Automaton li = languages.get(i);
            if (li.isEmpty()) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                Automaton lj = languages.get(j);
                if (li.subsetOf(lj)) {
                    relations++;
                }
                if (!li.intersection(lj).isEmpty()) {
                    relations++;
                }
            }
            if (li.subsetOf(union)) {
                covered++;
            } else {
                union = union.union(li);
                union.minimize();
            }
        }
        if (relations < 0) {
            throw new AssertionError(); // keeps the loop from being optimized away
        }
        return covered;
    }

    private static String summary(List<RuleFinding> findings) {
        Map<RuleFinding.Kind, Integer> count = new EnumMap<>(RuleFinding.Kind.class);
        for (RuleFinding f : findings) {
            count.merge(f.kind(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder();
        count.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k.code().substring(5)).append(' ').append(v));
        return sb.toString();
    }

    // ------------------------------------------------------------------ part 2: matching

    private static void matching(int runs) throws RegexSyntaxException {
        System.out.println("2. Matching pathological patterns on 50,000-character inputs (median of " + runs + " runs after warm-up)");
        System.out.printf("%-22s | %-24s | %-27s | %s%n", "pattern", "input", "NetRegex.match", "result");
        System.out.println("-".repeat(110));
        String digits = "1".repeat(49_999);
        String[][] cases = {
            {"^(\\d+)+$", digits + "#", "49,999 x '1' then '#'"},
            {"(\\d*)*#", digits + "*", "49,999 x '1' then '*'"},
            {"^(\\d|\\d\\d)+$", digits + "#", "49,999 x '1' then '#'"},
            {"^(1|11|111)*2$", digits + "#", "49,999 x '1' then '#'"},
            {"^((\\d+)*)*\\*$", digits + "#", "49,999 x '1' then '#'"},
            {"^(\\d+)+$", digits + "1", "50,000 x '1'"},
            {"(\\d*)*#", digits + "#", "49,999 x '1' then '#'"},
        };
        for (String[] c : cases) {
            NetRegex regex = NetRegex.compile(c[0]);
            NetRegex.Match[] m = new NetRegex.Match[1];
            Timing t = time(runs, () -> m[0] = regex.match(c[1]));
            System.out.printf("%-22s | %-24s | %-27s | %s%n", c[0], c[2], t, m[0] == null ? "no match"
                    : "match, $1 has " + (m[0].group(1) == null ? "no text" : m[0].group(1).length() + " characters"));
        }
    }

    // ------------------------------------------------------------------ timing

    /** Median wall-clock and thread-CPU milliseconds. */
    private record Timing(double wallMs, long cpuMs) {
        @Override
        public String toString() {
            return String.format("%8.1f ms (cpu %6d ms)", wallMs, cpuMs);
        }
    }

    private static Timing time(int runs, Runnable task) {
        for (int i = 0; i < runs; i++) {
            task.run();
        }
        double[] wall = new double[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c = CLOCK.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            task.run();
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (CLOCK.getCurrentThreadCpuTime() - c) / 1_000_000;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[runs / 2], cpu[runs / 2]);
    }

    // ------------------------------------------------------------------ generated location profiles

    private static final String[] COUNTRY_CODES = {"1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
        "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62",
        "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "212", "213", "216",
        "218", "220", "221", "234", "254", "255", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370",
        "371", "372", "380", "381", "385", "386", "420", "421", "852", "853", "855", "880", "886", "960", "961", "962",
        "963", "964", "965", "966", "971", "972", "973", "974", "975", "976", "977"};

    /**
     * A location profile of {@code size} rules; {@code unanchored} patterns without any anchor are spread
     * evenly among them. The same generator as the engine tests' RuleSets.
     */
    static List<NormalizationRule> realistic(int size, long seed, int unanchored) {
        Random rnd = new Random(seed);
        List<NormalizationRule> rules = new ArrayList<>();
        String home = "31";
        int site = 0;
        int nextRange = 200;
        int nextArea = 100;
        rules.add(new NormalizationRule("Emergency", "^(112|911|999)$", "112"));
        rules.add(new NormalizationRule("Mobile", "^0(6[1-5]\\d{7})$", "+" + home + "$1"));
        rules.add(new NormalizationRule("Toll free", "^0(800\\d{4,7})$", "+" + home + "$1"));
        rules.add(new NormalizationRule("Premium", "^0(90[069]\\d{4,7})$", "+" + home + "$1"));
        int placed = 0;
        while (rules.size() < size - 2) {
            if (placed < unanchored && rules.size() >= (long) (size - 2) * (placed + 1) / (unanchored + 1)) {
                placed++;
                String area = String.valueOf(nextArea++ % 900 + 100);
                rules.add(new NormalizationRule("Unanchored " + placed, "0(" + area + "\\d{5})", "+" + home + "$1"));
                continue;
            }
            site++;
            String s = "Site " + site + " ";
            String area = String.valueOf(nextArea++ % 900 + 100);
            int kind = rnd.nextInt(100);
            if (kind < 30) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                int digits = 1 + rnd.nextInt(2);
                rules.add(new NormalizationRule(s + "extensions " + range, "^(" + range + "\\d{" + digits + "})$",
                        "+" + home + area + "55" + "$1"));
            } else if (kind < 50) {
                rules.add(new NormalizationRule(s + "area " + area, "^0(" + area + "\\d{" + (9 - area.length()) + "})$",
                        "+" + home + "$1"));
            } else if (kind < 65) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                rules.add(new NormalizationRule(s + "DID " + range, "^(?:\\+?" + home + "|0)(" + area + range + "\\d{"
                        + (6 - area.length()) + "})$", "+" + home + "$1"));
            } else if (kind < 68) {
                StringBuilder alt = new StringBuilder();
                int count = 3 + rnd.nextInt(20);
                for (int i = 0; i < count; i++) {
                    alt.append(i > 0 ? "|" : "").append(COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)]);
                }
                rules.add(new NormalizationRule(s + "international", "^(?:\\+|00)(" + alt + ")(\\d{4,12})$", "+$1$2"));
            } else if (kind < 75) {
                String cc = COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)];
                rules.add(new NormalizationRule(s + "country " + cc, "^(?:00|\\+)" + cc + "(\\d{" + (6 + rnd.nextInt(4))
                        + ",12})$", "+" + cc + "$1"));
            } else if (kind < 80) {
                rules.add(new NormalizationRule(s + "service", "^(1[48]" + rnd.nextInt(10) + "\\d{0," + rnd.nextInt(3)
                        + "})$", "$1"));
            } else if (kind < 86) {
                rules.add(new NormalizationRule(s + "operator", "^\\*" + (10 + rnd.nextInt(80)) + "(\\d{2,4})#$", "*$1#"));
            } else if (kind < 96) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                rules.add(new NormalizationRule(s + "short " + range, "^(" + range + ")$", "+" + home + area + range));
            } else {
                int m = rnd.nextInt(5);
                NormalizationRule earlier = rules.get(rnd.nextInt(rules.size()));
                if (m == 0) {
                    rules.add(earlier);
                } else if (m == 1) {
                    rules.add(new NormalizationRule(s + "conflicting copy", earlier.pattern(), earlier.translation().startsWith("+31")
                            ? "+32" + earlier.translation().substring(3) : "+" + earlier.translation()));
                } else if (m == 2) {
                    rules.add(new NormalizationRule(s + "literal brace", "^\\d{*}$", "+" + home));
                } else if (m == 3) {
                    rules.add(new NormalizationRule(s + "too late", "^0(" + area + "1\\d{" + (8 - area.length()) + "})$",
                            "+" + home + "$1"));
                } else {
                    rules.add(new NormalizationRule(s + "no end anchor", "^0" + area + "(\\d{4})", "+" + home + area + "$1"));
                }
            }
        }
        rules.add(new NormalizationRule("Catch-all international", "^\\+(\\d+)$", "+$1"));
        rules.add(new NormalizationRule("Catch-all", "^(\\d+)$", "$1"));
        return rules;
    }
}
