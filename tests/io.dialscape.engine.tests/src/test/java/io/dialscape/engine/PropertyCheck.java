package io.dialscape.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Property checks on plain JUnit 5: a property runs a fixed number of tries on values drawn by a {@link Gen}
 * from a seeded random source; a failure is shrunk and reported with everything needed to replay it.
 *
 * <pre>{@code
 * @Test
 * void roundTrips() {
 *     PropertyCheck.tries(3000).forAll(Gen.strings("0123456789", 1, 20), s -> assertEquals(s, parse(print(s))));
 * }
 * }</pre>
 *
 * <p>
 * <b>Tries.</b> Each property states its own number of tries (the counts are listed in docs/benchmarks.md).
 * A try whose value is rejected by {@link #assume} still counts as a try; the property fails as vacuous
 * when no try got past its assumptions, or when more than {@value #MAX_DISCARD_RATIO} tries were rejected
 * for each one checked. A {@link Gen#filter} that misses {@value #MAX_FILTER_MISSES} times in a row fails
 * the property too. Each property draws from the seed mixed with its name (class and method), each try
 * from its own stream, so properties and tries do not shift one another.
 *
 * <p>
 * <b>System properties</b> (Maven passes {@code -D} options on to the tests):
 * <ul>
 * <li>{@code -Ddialscape.tries=N}: run every property N times, whatever it states;</li>
 * <li>{@code -Ddialscape.tries.factor=F}: run every property F times its stated tries (e.g. 10 for a long
 * run, 0.1 for a quick one; at least one try);</li>
 * <li>{@code -Ddialscape.seed=S}: the seed (a long, decimal or 0x hex), fixed by default so that CI runs
 * are reproducible; a failure message names the seed and try to replay;</li>
 * <li>{@code -Ddialscape.seed=random}: a fresh seed per run (printed when a property fails);</li>
 * <li>{@code -Ddialscape.shrink=N}: at most N runs of the property to shrink a failure (default
 * {@value #DEFAULT_SHRINK_RUNS}; 0 reports the failure as found);</li>
 * <li>{@code -Ddialscape.report=true}: print one line per property (tries, checks, rejections, seed and
 * collected statistics) to standard output.</li>
 * </ul>
 *
 * <p>
 * <b>Shrinking.</b> A generator draws every random decision through its {@link Source}, which records them.
 * To shrink, the recorded decisions are edited (blocks deleted, single decisions lowered towards 0) and
 * replayed: each generator reads decision 0 as its simplest choice (the shortest length, the first
 * alternative, the lowest number), and a decision past the end of the record as 0. An edit is kept when
 * the property still fails with the same kind of exception and the decisions it consumed are fewer, or as
 * many but smaller; so shorter strings and lists and smaller numbers come out of map, filter and any
 * combination without per-type shrinkers.
 */
public final class PropertyCheck {

    /** The seed when {@code dialscape.seed} is not set. */
    public static final long DEFAULT_SEED = 0x5EED_D1A1L;
    /** Rejected tries allowed per checked one. */
    public static final int MAX_DISCARD_RATIO = 5;
    /** Misses in a row after which a {@link Gen#filter} gives up. */
    public static final int MAX_FILTER_MISSES = 10_000;
    /** Runs of the property spent on shrinking a failure, unless {@code dialscape.shrink} says otherwise. */
    public static final int DEFAULT_SHRINK_RUNS = 1_000;
    /** One try in this many draws edge values (each decision 0 or its maximum with probability 1/4 each). */
    static final int EDGE_TRY_ONE_IN = 20;

    private static final ThreadLocal<Map<String, Map<Object, Integer>>> STATISTICS = new ThreadLocal<>();

    private final int declaredTries;

    private PropertyCheck(int declaredTries) {
        if (declaredTries < 1) {
            throw new IllegalArgumentException("tries " + declaredTries);
        }
        this.declaredTries = declaredTries;
    }

    /** A property run of {@code tries} tries (before {@code dialscape.tries} or {@code dialscape.tries.factor}). */
    public static PropertyCheck tries(int tries) {
        return new PropertyCheck(tries);
    }

    /** The tries a property declaring {@code declared} runs with the current system properties. */
    public static int effectiveTries(int declared) {
        String fixed = System.getProperty("dialscape.tries");
        if (fixed != null && !fixed.isBlank()) {
            return Math.max(1, Integer.parseInt(fixed.strip().replace("_", "")));
        }
        String factor = System.getProperty("dialscape.tries.factor");
        if (factor != null && !factor.isBlank()) {
            return (int) Math.max(1, Math.round(declared * Double.parseDouble(factor.strip())));
        }
        return declared;
    }

    /** The seed of this JVM when {@code dialscape.seed} is {@code random}. */
    private static final long RANDOM_SEED = new SplittableRandom().nextLong();

    /** The seed of this run. */
    public static long seed() {
        String s = System.getProperty("dialscape.seed");
        if (s == null || s.isBlank()) {
            return DEFAULT_SEED;
        }
        s = s.strip().replace("_", "");
        if (s.equalsIgnoreCase("random")) {
            return RANDOM_SEED;
        }
        return s.startsWith("0x") || s.startsWith("0X") ? Long.parseUnsignedLong(s.substring(2), 16) : Long.parseLong(s);
    }

    /** Skips this try (it counts as a try, not as a check) unless {@code condition} holds. */
    public static void assume(boolean condition) {
        if (!condition) {
            throw Rejected.INSTANCE;
        }
    }

    /** Counts {@code value} under {@code label} for the running property (see {@link Result#count}). */
    public static void collect(String label, Object value) {
        Map<String, Map<Object, Integer>> statistics = STATISTICS.get();
        if (statistics != null) {
            statistics.computeIfAbsent(label, l -> new LinkedHashMap<>()).merge(value, 1, Integer::sum);
        }
    }

    /** A property over one value. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Throwable;
    }

    /** Runs {@code property} on values of {@code gen}; the value is shown with its toString when it fails. */
    public <T> Result forAll(Gen<T> gen, Property<? super T> property) {
        return forAll(gen, String::valueOf, property);
    }

    /** Runs {@code property} on values of {@code gen}; a failing value is shown with {@code show}. */
    public <T> Result forAll(Gen<T> gen, Function<? super T, String> show, Property<? super T> property) {
        String name = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .walk(frames -> frames.filter(f -> f.getDeclaringClass() != PropertyCheck.class).findFirst())
                .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName()).orElse("property");
        return run(name, gen, show, property);
    }

    private <T> Result run(String name, Gen<T> gen, Function<? super T, String> show, Property<? super T> property) {
        int tries = effectiveTries(declaredTries);
        long seed = seed();
        long base = mix(seed ^ mix(name.hashCode()));
        int checks = 0;
        int rejected = 0;
        Map<String, Map<Object, Integer>> statistics = new TreeMap<>();
        Map<String, Map<Object, Integer>> outer = STATISTICS.get();
        STATISTICS.set(statistics);
        try {
            for (int i = 0; i < tries; i++) {
                Source source = Source.random(mix(base + i * 0x9E3779B97F4A7C15L));
                T value = generate(gen, source, name, seed, i, tries);
                try {
                    property.check(value);
                    checks++;
                } catch (Rejected e) {
                    rejected++;
                } catch (Throwable failure) {
                    if (isAbort(failure)) {
                        rejected++;
                        continue;
                    }
                    STATISTICS.remove();
                    throw shrunk(name, seed, i, tries, gen, show, property, source.drawn(), value, failure);
                }
            }
        } finally {
            STATISTICS.set(outer);
        }
        String counts = name + ": " + tries + " tries, " + checks + " checked, " + rejected + " rejected, seed " + seed;
        if (checks == 0 || rejected > (long) MAX_DISCARD_RATIO * checks) {
            throw new AssertionError("Vacuous property " + counts + ": its assumptions reject more than " + MAX_DISCARD_RATIO
                    + " tries per checked one (-Ddialscape.seed=" + seed + ")");
        }
        if (Boolean.getBoolean("dialscape.report")) {
            System.out.println("[property] " + counts + (statistics.isEmpty() ? "" : ", " + statistics));
        }
        return new Result(name, seed, declaredTries, tries, checks, rejected, statistics);
    }

    private static <T> T generate(Gen<T> gen, Source source, String name, long seed, int i, int tries) {
        try {
            return gen.generate(source);
        } catch (TooManyFilterMisses e) {
            throw new AssertionError("Vacuous generator in " + name + ", try " + (i + 1) + " of " + tries + " (-Ddialscape.seed="
                    + seed + "): " + e.getMessage());
        } catch (RuntimeException e) {
            throw new AssertionError("Generator of " + name + " threw on try " + (i + 1) + " of " + tries
                    + " (-Ddialscape.seed=" + seed + "): " + e, e);
        }
    }

    private static boolean isAbort(Throwable t) {
        return t.getClass().getName().equals("org.opentest4j.TestAbortedException");
    }

    // ------------------------------------------------------------------ shrinking

    private record Attempt<T>(T value, long[] drawn, Throwable failure) {
    }

    private <T> AssertionError shrunk(String name, long seed, int tryIndex, int tries, Gen<T> gen,
            Function<? super T, String> show, Property<? super T> property, long[] drawn, T value, Throwable failure) {
        Attempt<T> best = new Attempt<>(value, drawn, failure);
        int budget = Integer.getInteger("dialscape.shrink", DEFAULT_SHRINK_RUNS);
        int[] runs = {0};
        int steps = 0;
        boolean improved = true;
        while (improved && runs[0] < budget) {
            improved = false;
            for (long[] candidate : (Iterable<long[]>) candidates(best.drawn())::iterator) {
                if (runs[0] >= budget) {
                    break;
                }
                Attempt<T> attempt = attempt(gen, property, candidate, failure.getClass(), runs);
                if (attempt != null && smaller(attempt.drawn(), best.drawn())) {
                    best = attempt;
                    steps++;
                    improved = true;
                    break;
                }
            }
        }
        StringBuilder message = new StringBuilder();
        message.append("Property ").append(name).append(" failed on try ").append(tryIndex + 1).append(" of ").append(tries)
                .append(" with seed ").append(seed).append(" (replay: -Ddialscape.seed=").append(seed).append(")\n")
                .append("  counterexample (shrunk in ").append(steps).append(" steps, ").append(runs[0]).append(" runs): ")
                .append(show.apply(best.value())).append('\n');
        if (steps > 0) {
            message.append("  original sample: ").append(show.apply(value)).append('\n');
        }
        message.append("  failure: ").append(best.failure());
        AssertionError error = new AssertionError(message.toString(), best.failure());
        if (best.failure() != failure) {
            error.addSuppressed(failure);
        }
        return error;
    }

    private static <T> Attempt<T> attempt(Gen<T> gen, Property<? super T> property, long[] decisions,
            Class<?> failureClass, int[] runs) {
        Source source = Source.replay(decisions);
        T value;
        try {
            value = gen.generate(source);
        } catch (RuntimeException e) {
            return null; // a filter that no longer finds a value: not a smaller failure
        }
        runs[0]++;
        STATISTICS.remove();
        try {
            property.check(value);
            return null;
        } catch (Rejected e) {
            return null;
        } catch (Throwable t) {
            return t.getClass() == failureClass ? new Attempt<>(value, source.drawn(), t) : null;
        }
    }

    /** Shortlex: fewer decisions, then the first differing decision lower. */
    static boolean smaller(long[] a, long[] b) {
        if (a.length != b.length) {
            return a.length < b.length;
        }
        return Arrays.compare(a, b) < 0;
    }

    /** Edits of a decision record, the boldest first. */
    static java.util.stream.Stream<long[]> candidates(long[] d) {
        List<Supplier<java.util.stream.Stream<long[]>>> passes = new ArrayList<>();
        // everything past a prefix dropped (read as 0)
        passes.add(() -> java.util.stream.IntStream.of(0, d.length / 4, d.length / 2, 3 * d.length / 4)
                .filter(n -> n < d.length).distinct().mapToObj(n -> Arrays.copyOf(d, n)));
        // blocks deleted
        for (int k : new int[] {8, 4, 2, 1}) {
            passes.add(() -> java.util.stream.IntStream.iterate(d.length - k, i -> i >= 0, i -> i - 1)
                    .mapToObj(i -> delete(d, i, k)));
        }
        // single decisions lowered: to 0, halved, less one
        passes.add(() -> java.util.stream.IntStream.range(0, d.length).filter(i -> d[i] > 0).boxed()
                .flatMap(i -> java.util.stream.LongStream.of(0, d[i] / 2, d[i] - 1).distinct().filter(v -> v < d[i])
                        .mapToObj(v -> set(d, i, v))));
        // a decision lowered by one and a block after it deleted (a list one shorter, without one element)
        passes.add(() -> java.util.stream.IntStream.range(0, d.length).filter(i -> d[i] > 0).boxed()
                .flatMap(i -> java.util.stream.IntStream.rangeClosed(i + 1, Math.min(d.length - 1, i + 24)).boxed()
                        .flatMap(j -> java.util.stream.IntStream.rangeClosed(1, Math.min(8, d.length - j))
                                .mapToObj(k -> delete(set(d, i, d[i] - 1), j, k)))));
        return passes.stream().flatMap(Supplier::get);
    }

    private static long[] delete(long[] d, int from, int count) {
        long[] out = new long[d.length - count];
        System.arraycopy(d, 0, out, 0, from);
        System.arraycopy(d, from + count, out, from, d.length - from - count);
        return out;
    }

    private static long[] set(long[] d, int i, long v) {
        long[] out = d.clone();
        out[i] = v;
        return out;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // ------------------------------------------------------------------ results

    /** What a passing property run saw: its counts and the values {@link PropertyCheck#collect collected}. */
    public record Result(String name, long seed, int declaredTries, int tries, int checks, int rejected,
            Map<String, Map<Object, Integer>> statistics) {

        /** How often {@code value} was collected under {@code label}. */
        public int count(String label, Object value) {
            return statistics.getOrDefault(label, Map.of()).getOrDefault(value, 0);
        }

        /**
         * Fails unless {@code value} was collected under {@code label} at least {@code atDeclaredTries} times,
         * scaled by the tries actually run.
         */
        public Result requireCount(String label, Object value, int atDeclaredTries) {
            long needed = (long) Math.ceil((double) atDeclaredTries * tries / declaredTries);
            int count = count(label, value);
            if (count < needed) {
                throw new AssertionError("Coverage of " + name + ": " + label + " = " + value + " collected " + count
                        + " times in " + tries + " tries, expected at least " + needed + " (seed " + seed + "); all: "
                        + statistics.get(label));
            }
            return this;
        }
    }

    // ------------------------------------------------------------------ randomness

    /** Thrown by {@link #assume}. */
    private static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Rejected INSTANCE = new Rejected();

        private Rejected() {
            super("assumption not met", null, false, false);
        }
    }

    /** Thrown by a {@link Gen#filter} that misses {@value #MAX_FILTER_MISSES} times in a row. */
    static final class TooManyFilterMisses extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyFilterMisses(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The random decisions of one try: drawn from a {@link SplittableRandom}, or replayed from a record while
     * shrinking (a decision past the record's end reads 0, one above its bound reads the bound less one).
     */
    public static final class Source {
        private final SplittableRandom random;
        private final boolean edge;
        private final long[] replay;
        private long[] drawn = new long[16];
        private int size;

        private Source(SplittableRandom random, long[] replay) {
            this.random = random;
            this.replay = replay;
            this.edge = random != null && random.nextInt(EDGE_TRY_ONE_IN) == 0;
        }

        static Source random(long seed) {
            return new Source(new SplittableRandom(seed), null);
        }

        static Source replay(long[] decisions) {
            return new Source(null, decisions);
        }

        /** A decision in [0, bound): 0 is the simplest. */
        public long choice(long bound) {
            if (bound < 1) {
                throw new IllegalArgumentException("bound " + bound);
            }
            long v;
            if (random == null) {
                v = size < replay.length ? Math.min(replay[size], bound - 1) : 0;
            } else if (edge && bound > 2 && random.nextInt(2) == 0) {
                v = random.nextBoolean() ? 0 : bound - 1;
            } else {
                v = random.nextLong(bound);
            }
            if (size == drawn.length) {
                drawn = Arrays.copyOf(drawn, size * 2);
            }
            drawn[size++] = v;
            return v;
        }

        /** A number in [lo, hi], lo the simplest. */
        public int between(int lo, int hi) {
            if (hi < lo) {
                throw new IllegalArgumentException(lo + " > " + hi);
            }
            return (int) (lo + choice((long) hi - lo + 1));
        }

        /** The decisions taken so far. */
        long[] drawn() {
            return Arrays.copyOf(drawn, size);
        }
    }

    /** A generator: draws a value from a {@link Source}; combine generators with plain lambdas. */
    @FunctionalInterface
    public interface Gen<T> {
        T generate(Source source);

        default <R> Gen<R> map(Function<? super T, ? extends R> f) {
            return s -> f.apply(generate(s));
        }

        /** Draws again until {@code accept} holds, at most {@value PropertyCheck#MAX_FILTER_MISSES} misses in a row. */
        default Gen<T> filter(Predicate<? super T> accept) {
            return s -> {
                for (int miss = 0; miss < MAX_FILTER_MISSES; miss++) {
                    T value = generate(s);
                    if (accept.test(value)) {
                        return value;
                    }
                }
                throw new TooManyFilterMisses("filter missed " + MAX_FILTER_MISSES + " times in a row");
            };
        }

        /** Lists of {@code min} to {@code max} elements (the length uniform). */
        default Gen<List<T>> list(int min, int max) {
            return s -> {
                int n = s.between(min, max);
                List<T> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(generate(s));
                }
                return out;
            };
        }

        /** Lists of exactly {@code size} elements. */
        default Gen<List<T>> list(int size) {
            return list(size, size);
        }

        /** Null with probability {@code p} (null is the simpler value), else a value of this generator. */
        default Gen<T> injectNull(double p) {
            long threshold = Math.round(p * 1_000_000);
            return s -> s.choice(1_000_000) < threshold ? null : generate(s);
        }

        static <T> Gen<T> just(T value) {
            return s -> value;
        }

        /** One of {@code values}, uniformly (the first is the simplest). */
        @SafeVarargs
        static <T> Gen<T> of(T... values) {
            return of(List.of(values));
        }

        /** One of {@code values}, uniformly (the first is the simplest). */
        static <T> Gen<T> of(List<T> values) {
            List<T> copy = List.copyOf(values);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("no values");
            }
            return s -> copy.get((int) s.choice(copy.size()));
        }

        /** One of the constants of {@code type}, uniformly. */
        static <E extends Enum<E>> Gen<E> of(Class<E> type) {
            return of(type.getEnumConstants());
        }

        /** false or true (false the simpler). */
        static Gen<Boolean> bools() {
            return s -> s.choice(2) == 1;
        }

        /** A number in [lo, hi], uniformly. */
        static Gen<Integer> ints(int lo, int hi) {
            return s -> s.between(lo, hi);
        }

        /** Strings of {@code minLength} to {@code maxLength} characters of {@code chars} (a repeated character weighs more). */
        static Gen<String> strings(String chars, int minLength, int maxLength) {
            if (chars.isEmpty()) {
                throw new IllegalArgumentException("no characters");
            }
            return s -> {
                int n = s.between(minLength, maxLength);
                StringBuilder sb = new StringBuilder(n);
                for (int i = 0; i < n; i++) {
                    sb.append(chars.charAt((int) s.choice(chars.length())));
                }
                return sb.toString();
            };
        }

        /** A value of one of {@code gens}, each chosen with the same probability. */
        @SafeVarargs
        static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
            List<Gen<? extends T>> copy = List.of(gens);
            return s -> copy.get((int) s.choice(copy.size())).generate(s);
        }

        /** A weighted alternative for {@link #frequency}. */
        record Weighted<T>(int weight, Gen<? extends T> gen) {
        }

        static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
            return new Weighted<>(weight, gen);
        }

        /** A value of one of the alternatives, each chosen in proportion to its weight (the first the simplest). */
        @SafeVarargs
        static <T> Gen<T> frequency(Weighted<? extends T>... alternatives) {
            List<Weighted<? extends T>> copy = List.of(alternatives);
            long total = copy.stream().mapToLong(Weighted::weight).sum();
            return s -> {
                long pick = s.choice(total);
                for (Weighted<? extends T> w : copy) {
                    if (pick < w.weight()) {
                        return w.gen().generate(s);
                    }
                    pick -= w.weight();
                }
                throw new AssertionError();
            };
        }
    }
}
