package io.dialscape.benchmarks;

import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.digits.DigitRule;
import io.dialscape.engine.digits.DigitTable;
import io.dialscape.engine.digits.DigitTableAnalyzer;
import io.dialscape.engine.digits.Direction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the digit-table analysis ({@link DigitTableAnalyzer}, a trie walk) against the naive pairwise
 * baseline ({@link NaiveDigitTableAnalyzer}) on generated tables of prefix rules, and checks that both find
 * the same anomalies.
 *
 * <p>Usage (no JMH: a plain main, for a quick look on a developer's machine or in CI):
 *
 * <pre>
 * java -Xmx1g -cp io.dialscape.engine.jar:benchmarks.jar io.dialscape.benchmarks.DigitTableBenchmark \
 *      [--sizes 1000,10000,100000] [--runs 7] [--warmup 3] [--naive-budget 120] [--seed 1]
 * </pre>
 *
 * <ul>
 * <li>{@code --sizes}: table sizes, in rules.</li>
 * <li>{@code --runs}: timed runs per size and analyzer; the table shows the median (and min to max).
 * Runs of the naive analyzer stop early once their total passes the budget; it then shows fewer runs.</li>
 * <li>{@code --warmup}: untimed runs per size before the timed ones (also capped by the budget for the
 * naive analyzer).</li>
 * <li>{@code --naive-budget}: seconds the naive analyzer may spend on one size; a single run that takes
 * longer is stopped and reported as such.</li>
 * <li>{@code --seed}: seed of the generated tables.</li>
 * </ul>
 *
 * <p>Times are wall-clock, as a user waits for them; the {@code cpu} column is the analysing thread's CPU
 * time (median), which garbage collection and other processes on the machine do not inflate. The table
 * generator ({@link #generate}) imitates a large outgoing gateway table: leading digits of 4 to 10 digits,
 * about a third with a length clause; one rule in ten an extension range (1 to 3 leading digits, always
 * with a length clause of 3 to 10); replacements or ARS-free internal numbers; plus a few percent of
 * deliberate copies, conflicting copies and more specific rules after general ones.
 */
public final class DigitTableBenchmark {

    private static final RuleNamer NAMER = i -> "rule " + (i + 1);

    private DigitTableBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = {1_000, 10_000, 100_000};
        int runs = 7;
        int warmup = 3;
        double naiveBudget = 120;
        long seed = 1;
        for (int a = 0; a < args.length; a++) {
            String value = a + 1 < args.length ? args[a + 1] : "";
            switch (args[a]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
                case "--runs" -> runs = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--naive-budget" -> naiveBudget = Double.parseDouble(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> {
                    System.err.println("unknown option " + args[a]
                            + "; use --sizes N,N,... --runs N --warmup N --naive-budget SECONDS --seed N");
                    System.exit(2);
                }
            }
            a++;
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Digit-table analysis: trie (ours) vs naive pairwise baseline%n");
        System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MiB, %d timed runs after %d warm-up runs, "
                + "seed %d%n%n", Runtime.version(), rt.availableProcessors(), rt.maxMemory() >> 20, runs, warmup, seed);
        System.out.printf(Locale.ROOT, "%8s | %-38s | %-42s | %-36s | %8s | %s%n", "rules", "findings",
                "ours: median (min-max), cpu", "naive: median (min-max)", "speed-up", "same findings");
        double lastNaive = 0;
        int lastNaiveSize = 0;
        for (int size : sizes) {
            DigitTable table = generate(size, seed);
            Timing ours = time(() -> DigitTableAnalyzer.analyze(table, Set.of(), NAMER), runs, warmup, Double.MAX_VALUE);
            long deadlineBudget = (long) (naiveBudget * 1e9);
            Timing naive = time(() -> NaiveDigitTableAnalyzer.analyze(table, Set.of(), NAMER,
                    System.nanoTime() + deadlineBudget), runs, warmup, naiveBudget);
            String same = naive.result == null ? "not checked" : compare(ours.result, naive.result);
            String speedUp = naive.result == null ? ">" + Math.round(naive.stoppedAfterSeconds / ours.median()) + "x"
                    : Math.round(naive.median() / ours.median()) + "x";
            String naiveText = naive.describe(false);
            if (naive.result == null && lastNaiveSize > 0) {
                double estimate = lastNaive * Math.pow((double) size / lastNaiveSize, 2);
                naiveText += String.format(Locale.ROOT, " (~%.0f s by n^2)", estimate);
                speedUp = "~" + Math.round(estimate / ours.median()) + "x";
            } else if (naive.result != null) {
                lastNaive = naive.median();
                lastNaiveSize = size;
            }
            System.out.printf(Locale.ROOT, "%,8d | %-38s | %-42s | %-36s | %8s | %s%n", size, summary(ours.result),
                    ours.describe(true), naiveText, speedUp, same);
        }
    }

    /**
     * A table of {@code size} prefix rules, reproducible from {@code seed}. Most rules are fresh: leading
     * digits of 4 to 10 digits, or 1 to 3 with a length clause for one rule in ten (extension ranges;
     * those collide, as short prefixes do in real tables), otherwise a length clause one time in three,
     * mostly a replacement of 1 to 4 digits, sometimes none, and {@code replace "" ignore-ars} for one in
     * five (internal numbers). The rest derive
     * from an earlier rule: an exact copy (3 %), a copy with another replacement (2 %), or a longer leading
     * under an earlier rule's (4 %).
     */
    static DigitTable generate(int size, long seed) {
        Random random = new Random(seed * 1_000_003 + size);
        List<DigitRule> rules = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(100);
            DigitRule rule;
            if (i > 0 && roll < 3) {
                DigitRule from = rules.get(random.nextInt(i));
                rule = new DigitRule("copy " + i, from.leading(), from.minLength(), from.maxLength(), from.replace(),
                        from.addPlus(), from.ignoreArs());
            } else if (i > 0 && roll < 5) {
                DigitRule from = rules.get(random.nextInt(i));
                rule = new DigitRule("other " + i, from.leading(), from.minLength(), from.maxLength(),
                        digits(random, 1 + random.nextInt(3)), false, from.ignoreArs());
            } else if (i > 0 && roll < 9) {
                DigitRule from = rules.get(random.nextInt(i));
                String leading = from.leading() + digits(random, 1 + random.nextInt(3));
                rule = fresh(random, "under " + i, leading, false);
            } else {
                boolean extension = random.nextInt(10) == 0;
                int digits = extension ? 1 + random.nextInt(3) : 4 + random.nextInt(7);
                rule = fresh(random, "r" + i, digits(random, digits), extension);
            }
            rules.add(rule);
        }
        return new DigitTable(Direction.OUTGOING, "9", rules);
    }

    private static DigitRule fresh(Random random, String label, String leading, boolean extension) {
        boolean length = extension || random.nextInt(3) == 0;
        int min = Math.min(32, extension ? 3 + random.nextInt(5) : leading.length() + random.nextInt(5));
        int max = Math.min(32, min + random.nextInt(4));
        int what = random.nextInt(20);
        String replace = what < 3 ? null : what < 16 ? digits(random, 1 + random.nextInt(4)) : "";
        return new DigitRule(label, leading, length ? min : 0, length ? max : 0, replace, false, what >= 16);
    }

    private static String digits(Random random, int count) {
        StringBuilder s = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            s.append((char) ((i == 0 ? '1' : '0') + random.nextInt(i == 0 ? 9 : 10)));
        }
        return s.toString();
    }

    private static String summary(List<RuleFinding> findings) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (RuleFinding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        StringBuilder s = new StringBuilder();
        for (Map.Entry<Kind, Integer> e : counts.entrySet()) {
            s.append(s.isEmpty() ? "" : " ").append(e.getKey().name(), 0, 3).append('=').append(e.getValue());
        }
        return s.toString();
    }

    /**
     * "yes" when both analyzers report the same rules, kinds and other rules; for a shadowed rule that no
     * single rule covers, the engine's cover must be among the baseline's takers.
     */
    private static String compare(List<RuleFinding> ours, List<RuleFinding> naive) {
        if (ours.size() != naive.size()) {
            return "NO: " + ours.size() + " vs " + naive.size() + " findings";
        }
        for (int k = 0; k < ours.size(); k++) {
            RuleFinding a = ours.get(k);
            RuleFinding b = naive.get(k);
            boolean same = a.rule() == b.rule() && a.kind() == b.kind() && (a.others().equals(b.others())
                    || a.kind() == Kind.SHADOWED && b.others().size() > 1 && b.others().containsAll(a.others()));
            if (!same) {
                return "NO: " + a + " vs " + b;
            }
        }
        return "yes";
    }

    /** Runs and their outcome. */
    private static final class Timing {
        final List<Double> seconds = new ArrayList<>();
        final List<Double> cpuSeconds = new ArrayList<>();
        List<RuleFinding> result;
        double stoppedAfterSeconds;

        double median() {
            return median(seconds);
        }

        static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int m = sorted.size();
            return m % 2 == 1 ? sorted.get(m / 2) : (sorted.get(m / 2 - 1) + sorted.get(m / 2)) / 2;
        }

        String describe(boolean withCpu) {
            if (seconds.isEmpty()) {
                return String.format(Locale.ROOT, "stopped after %.0f s", stoppedAfterSeconds);
            }
            double min = seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double max = seconds.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            String s = format(median()) + " (" + format(min) + "-" + format(max) + ")";
            if (withCpu) {
                s += ", cpu " + format(median(cpuSeconds));
            }
            return seconds.size() < 3 ? s + " [" + seconds.size() + " run" + (seconds.size() == 1 ? "]" : "s]") : s;
        }

        static String format(double seconds) {
            return seconds < 1 ? String.format(Locale.ROOT, "%.1f ms", seconds * 1e3)
                    : String.format(Locale.ROOT, "%.2f s", seconds);
        }
    }

    private static Timing time(Supplier<List<RuleFinding>> analysis, int runs, int warmup, double budgetSeconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Timing timing = new Timing();
        double spent = 0;
        for (int k = 0; k < warmup + runs; k++) {
            if (k > 0 && spent > budgetSeconds) {
                break;
            }
            System.gc();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            List<RuleFinding> findings;
            try {
                findings = analysis.get();
            } catch (NaiveDigitTableAnalyzer.TooSlow e) {
                timing.stoppedAfterSeconds = (System.nanoTime() - start) / 1e9;
                return timing;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            spent += seconds;
            timing.result = findings;
            // A slow analysis skips its warm-up: one run of many seconds warms the JIT anyway.
            if (k >= warmup || seconds > 5) {
                timing.seconds.add(seconds);
                timing.cpuSeconds.add(cpuSeconds);
            }
            if (seconds > 5 && k < warmup) {
                k = warmup;
            }
        }
        return timing;
    }
}
