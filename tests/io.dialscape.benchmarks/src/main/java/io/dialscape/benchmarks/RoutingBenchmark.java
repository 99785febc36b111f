package io.dialscape.benchmarks;

import io.dialscape.engine.E164;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationOutcome;
import io.dialscape.engine.regex.NormalizationRule;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.RegexSyntaxException;
import io.dialscape.engine.routing.Route;
import io.dialscape.engine.routing.TrunkGateway;
import io.dialscape.engine.routing.Unroutable;
import io.dialscape.engine.routing.VoicePolicy;
import io.dialscape.engine.routing.VoiceRouting;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of the {@code users.unroutable} analysis (io.dialscape.engine.routing), without JMH: a plain
 * {@code main} that prints a table (see docs/benchmarks.md).
 *
 * <pre>
 * java -cp engine-classes:benchmark-classes:automaton-1.12-4.jar:libphonenumber.jar \
 *      io.dialscape.benchmarks.RoutingBenchmark [runs] [baseline samples per group]
 * </pre>
 *
 * <p>A generated estate: 25 sites, each with a dial plan of 50 rules (extensions, local 7 digits with a
 * few area-code overlays, 10 and 11 digits, international with 011, speed dials, service codes, extension
 * DIDs with {@code ;ext=}, site prefixes to other sites' extensions); routes in 100 usages (per-site
 * local, per-region national, international per country group, premium, internal per site, ...), 1,000
 * routes in all at the largest size; 200 policies of 2 to 10 usages (a third with all of NANP and the
 * world); 500 user groups, each a (dial plan,
 * policy) pair drawn at random. The analysis of all groups, through a fresh {@link VoiceRouting} per run
 * (so no cache survives between runs), is timed at 100, 250, 500 and 1,000 routes: median of the runs
 * after as many warm-ups, wall clock and CPU time of the thread.
 *
 * <p>The baseline enumerates, per group, every dialed number of 1 to 7 digits (11,111,110 numbers),
 * normalizes it, and checks E.164 and every route of the policy. That is far too slow to run in full, so
 * it is timed on a uniform sample of those numbers for a few groups and extrapolated (time per number ×
 * 11,111,110 × 500 groups); the output says so. Note that the baseline is not even complete (an
 * international number has more than 7 digits); the analysis is.
 */
public final class RoutingBenchmark {

    private static final ThreadMXBean CLOCK = ManagementFactory.getThreadMXBean();
    static final int SITES = 25;
    static final int RULES = 50;
    static final int USAGES = 100;
    static final int POLICIES = 200;
    static final int GROUPS = 500;
    static final long NUMBERS_UP_TO_7 = 11_111_110L;

    private RoutingBenchmark() {
    }

    record Estate(List<NormalizationTable> plans, List<Route> routes, List<TrunkGateway> gateways,
            List<VoicePolicy> policies, int[] groupPlan, int[] groupPolicy) {
    }

    public static void main(String[] args) throws RegexSyntaxException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        System.out.printf("Routing analysis: %d groups, %d policies, %d dial plans of %d rules, %d usages%n", GROUPS,
                POLICIES, SITES, RULES, USAGES);
        System.out.println("| routes | analysis of all groups, median wall (CPU) | distinct (plan, policy) pairs | unroutable groups |");
        System.out.println("|---|---|---|---|");
        Estate largest = null;
        for (int routes : new int[] {100, 250, 500, 1000}) {
            Estate estate = estate(routes, 42);
            int[] unroutable = new int[1];
            long[] timing = time(runs, () -> unroutable[0] = analyse(estate));
            long pairs = Arrays.stream(pairs(estate)).distinct().count();
            System.out.printf("| %,d | %.1f ms (%.1f ms) | %d | %d |%n", routes, timing[0] / 1e6, timing[1] / 1e6, pairs,
                    unroutable[0]);
            largest = estate;
        }
        baseline(largest, samples);
    }

    static long[] pairs(Estate e) {
        long[] out = new long[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            out[g] = (long) e.groupPlan()[g] * POLICIES + e.groupPolicy()[g];
        }
        return out;
    }

    /** The analysis of every group, through a fresh VoiceRouting; returns how many groups are unroutable. */
    static int analyse(Estate e) {
        VoiceRouting routing = new VoiceRouting(e.routes(), e.gateways());
        int unroutable = 0;
        for (int g = 0; g < GROUPS; g++) {
            Optional<Unroutable> u = routing.unroutable(e.plans().get(e.groupPlan()[g]), e.policies().get(e.groupPolicy()[g]));
            if (u.isPresent()) {
                unroutable++;
            }
        }
        return unroutable;
    }

    /** Median wall and CPU time of {@code runs} runs after {@code runs} warm-ups, in ns. */
    static long[] time(int runs, Runnable task) {
        for (int i = 0; i < runs; i++) {
            task.run();
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = CLOCK.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            task.run();
            wall[i] = System.nanoTime() - w0;
            cpu[i] = CLOCK.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new long[] {wall[runs / 2], cpu[runs / 2]};
    }

    /** The brute-force baseline on a sample, extrapolated to every number of 1 to 7 digits of every group. */
    static void baseline(Estate e, int samples) {
        Random random = new Random(7);
        int groups = 3;
        long checked = 0;
        long found = 0;
        long c0 = CLOCK.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int g = 0; g < groups; g++) {
            NormalizationTable plan = e.plans().get(e.groupPlan()[g]);
            VoicePolicy policy = e.policies().get(e.groupPolicy()[g]);
            List<NetRegex> routes = new ArrayList<>();
            for (Route r : e.routes()) {
                if (r.active() && r.usages().stream().anyMatch(policy.usages()::contains)) {
                    routes.add(r.pattern());
                }
            }
            for (int i = 0; i < samples; i++) {
                // uniform over the numbers of 1 to 7 digits: the length in proportion to its count
                long k = (long) (random.nextDouble() * NUMBERS_UP_TO_7);
                int length = 1;
                long count = 10;
                while (k >= count) {
                    k -= count;
                    length++;
                    count *= 10;
                }
                String number = String.format("%0" + length + "d", k);
                checked++;
                NormalizationOutcome o = plan.evaluate(new io.dialscape.engine.DialedNumber(false, number));
                if (!o.normalized()) {
                    continue;
                }
                String result = E164.withoutParameters(o.result());
                if (!result.startsWith("+") || E164.problem(result) != null) {
                    continue;
                }
                boolean routed = false;
                for (NetRegex r : routes) {
                    if (r.isMatch(result)) {
                        routed = true;
                        break;
                    }
                }
                if (!routed) {
                    found++;
                }
            }
        }
        long wall = System.nanoTime() - w0;
        long cpu = CLOCK.getCurrentThreadCpuTime() - c0;
        double perNumberWall = (double) wall / checked;
        double perNumberCpu = (double) cpu / checked;
        double extrapolatedWall = perNumberWall * NUMBERS_UP_TO_7 * GROUPS / 1e9;
        double extrapolatedCpu = perNumberCpu * NUMBERS_UP_TO_7 * GROUPS / 1e9;
        System.out.printf("Baseline (brute force up to 7 digits, 1,000 routes): sampled %,d numbers over %d groups,"
                + " %.2f µs per number (CPU %.2f µs), %d unroutable in the sample;%n", checked, groups, perNumberWall / 1e3,
                perNumberCpu / 1e3, found);
        System.out.printf("  extrapolated to %,d numbers x %d groups: %.0f s wall (%.0f s CPU)%n", NUMBERS_UP_TO_7, GROUPS,
                extrapolatedWall, extrapolatedCpu);
    }

    // ------------------------------------------------------------------ the estate

    static NetRegex re(String pattern) {
        try {
            return NetRegex.compile(pattern);
        } catch (RegexSyntaxException e) {
            throw new IllegalStateException(pattern, e);
        }
    }

    static Estate estate(int routeCount, long seed) {
        Random rnd = new Random(seed);
        String[] area = new String[SITES];
        String[] exchange = new String[SITES];
        for (int s = 0; s < SITES; s++) {
            area[s] = String.valueOf(201 + rnd.nextInt(780));
            exchange[s] = String.valueOf(200 + rnd.nextInt(790));
        }
        List<NormalizationTable> plans = new ArrayList<>();
        for (int s = 0; s < SITES; s++) {
            plans.add(plan(s, area, exchange, rnd));
        }
        // usages: 0..24 internal per site, 25..49 local per site, 50..59 national per region, 60..99 international groups
        String[] usage = new String[USAGES];
        for (int u = 0; u < USAGES; u++) {
            usage[u] = u < 25 ? "Internal" + u : u < 50 ? "Local" + (u - 25) : u < 60 ? "National" + (u - 50) : "Intl" + (u - 60);
        }
        List<Route> routes = new ArrayList<>();
        List<TrunkGateway> gateways = new ArrayList<>();
        NormalizationTable trunk = new NormalizationTable(List.of(new NormalizationRule("NANP", "^\\+1(\\d{10})$", "$1"),
                new NormalizationRule("World", "^\\+(\\d+)$", "011$1")), Set.of());
        for (int g = 0; g < 20; g++) {
            gateways.add(new TrunkGateway("gw" + g, trunk, null));
        }
        String[] countries = {"44", "33", "49", "39", "34", "31", "32", "41", "43", "45", "46", "47", "48", "61", "81", "82",
            "86", "91", "52", "55"};
        for (int r = 0; r < routeCount; r++) {
            int u = r % USAGES;
            int variant = r / USAGES;
            String pattern;
            if (u < 25) {
                pattern = variant == 0 ? "^\\+1(911|" + area[u] + exchange[u] + "\\d{4})$"
                        : "^\\+1" + area[u] + exchange[u] + variant % 10 + "\\d{3}$";
            } else if (u < 50) {
                int s = u - 25;
                pattern = variant == 0 ? "^\\+1" + area[s] + "[2-9]\\d{6}$"
                        : "^\\+1" + area[(s + variant) % SITES] + "[2-9]\\d{6}$";
            } else if (u < 60) {
                int region = u - 50;
                pattern = variant == 0 ? "^\\+1[2-9]\\d{9}$" : "^\\+1" + (2 + region % 8) + variant % 10 + "\\d{8}$";
            } else {
                int group = u - 60;
                pattern = variant == 0 ? (group == 0 ? "^\\+(?!1)\\d+$" : "^\\+" + countries[group % countries.length]
                        + "\\d{6,12}$") : "^\\+" + countries[(group + variant) % countries.length] + "[1-9]\\d{7,10}$";
            }
            routes.add(new Route("R" + r, re(pattern), List.of(usage[u]), List.of("gw" + r % 20)));
        }
        List<VoicePolicy> policies = new ArrayList<>();
        for (int p = 0; p < POLICIES; p++) {
            int site = p % SITES;
            List<String> us = new ArrayList<>();
            us.add(usage[site]);
            us.add(usage[25 + site]);
            if (p % 3 == 0) {
                // unrestricted: the whole of NANP and the rest of the world
                us.add(usage[50]);
                us.add(usage[60]);
            }
            int extra = rnd.nextInt(4);
            for (int k = 0; k < extra; k++) {
                us.add(usage[51 + rnd.nextInt(9)]);
                us.add(usage[61 + rnd.nextInt(39)]);
            }
            policies.add(new VoicePolicy("P" + p, us));
        }
        int[] groupPlan = new int[GROUPS];
        int[] groupPolicy = new int[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            groupPolicy[g] = rnd.nextInt(POLICIES);
            groupPlan[g] = rnd.nextInt(4) == 0 ? rnd.nextInt(SITES) : groupPolicy[g] % SITES;
        }
        return new Estate(plans, routes, gateways, policies, groupPlan, groupPolicy);
    }

    /** A site's dial plan of {@link #RULES} rules. */
    static NormalizationTable plan(int s, String[] area, String[] exchange, Random rnd) {
        List<NormalizationRule> rules = new ArrayList<>();
        String a = area[s];
        String x = exchange[s];
        rules.add(new NormalizationRule("Emergency", "^(911)$", "+1911"));
        rules.add(new NormalizationRule("Extensions", "^([2-7]\\d{3})$", "+1" + a + x + "$1"));
        rules.add(new NormalizationRule("Extension DID", "^(" + a + x + "\\d{4})#(\\d{1,5})$", "+1$1;ext=$2"));
        rules.add(new NormalizationRule("Local 7", "^([2-9]\\d{6})$", "+1" + a + "$1"));
        rules.add(new NormalizationRule("NANP 10", "^([2-9]\\d{2}[2-9]\\d{6})$", "+1$1"));
        rules.add(new NormalizationRule("NANP 11", "^1([2-9]\\d{2}[2-9]\\d{6})$", "+1$1"));
        rules.add(new NormalizationRule("Intl", "^011([2-9]\\d{6,13})$", "+$1"));
        rules.add(new NormalizationRule("Intl 00", "^00([2-9]\\d{6,13})$", "+$1"));
        rules.add(new NormalizationRule("Plus NANP", "^\\+(1[2-9]\\d{9})$", "+$1"));
        rules.add(new NormalizationRule("Plus", "^\\+([2-9]\\d{6,14})$", "+$1"));
        for (int k = 0; rules.size() < RULES - 1; k++) {
            int other = (s + 1 + k) % SITES;
            switch (k % 4) {
                case 0 -> rules.add(new NormalizationRule("Site " + other, "^8" + String.format("%02d", other)
                        + "(\\d{4})$", "+1" + area[other] + exchange[other] + "$1"));
                case 1 -> rules.add(new NormalizationRule("Speed " + k, "^\\*" + String.format("%02d", k) + "$",
                        "+1" + area[rnd.nextInt(SITES)] + (2000000 + rnd.nextInt(7999999))));
                case 2 -> rules.add(new NormalizationRule("Overlay " + k, "^9" + (k % 10) + "(\\d{3})(\\d{4})$",
                        "+1" + (200 + rnd.nextInt(790)) + "$1$2"));
                default -> rules.add(new NormalizationRule("Service " + k, "^(" + (2 + k % 8) + "11)$", "+1" + a + "5550$1"));
            }
        }
        rules.add(new NormalizationRule("Operator", "^0$", "+1" + a + x + "0000"));
        return new NormalizationTable(rules, Set.of());
    }
}
