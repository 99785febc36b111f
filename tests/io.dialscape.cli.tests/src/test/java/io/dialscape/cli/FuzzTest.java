package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import io.dialscape.dsl.batch.BatchValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mutation fuzzing of the whole headless path: the example and acceptance models,
 * mutated (cut, duplicated, spliced with tokens of the language and hostile bytes), go
 * through parse, validation and every output format. No input may throw, produce output
 * that does not parse, or take more than the per-input budget.
 *
 * <p>
 * A plain seeded loop (this module cannot see the engine tests' PropertyCheck, and reads the same system
 * properties): {@value #TRIES} mutants in the build, {@code -Ddialscape.tries=N} for N of them (the long run
 * is in docs/benchmarks.md) or {@code -Ddialscape.tries.factor=F} for F times as many; the seed is fixed
 * ({@value #DEFAULT_SEED}) unless {@code -Ddialscape.seed=S} (a long, or {@code random}) says otherwise. A
 * failure names the seed and try to replay, and the mutant shrunk to as few mutation steps and tokens as
 * still fail the same way.
 */
class FuzzTest {

    /** Mutants in the build. */
    static final int TRIES = 250;
    static final long DEFAULT_SEED = 0x5EED_D1A1L;
    /** Runs spent on shrinking a failing mutant. */
    static final int SHRINK_RUNS = 200;

    /** Budget of one input: generous in the build, where other tests share the two cores. */
    static final long BUDGET_MS = Long.getLong("dialscape.fuzz.budgetMs", 5000);

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

    private static final List<String> TOKENS = List.of("{", "}", "\"", "\\", "\\\"", "..", "4..6", "->", ">=", ",", "*",
            "none", "rule", "leading", "length", "replace", "add-plus", "ignore-ars", "pattern", "translation", "test",
            "topology", "platform", "server", "roles", "pool", "standard", "enterprise", "perimeter", "dual-forking",
            "presented-as", "$1", "$99", "(", ")", "(?=", "\\1", "[", "]", "{2,1}", "\\d{*}", "+", "tel:", "\u0000",
            "\u00e9", "\ud83d\udcde", "\n", "//", "/*", "*/", "999999999999999999999", "-1", "0", "32", "33");

    /** A model the mutants start from. */
    record Seed(String name, String text) {
    }

    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Path root = Cli.root();
        for (Path folder : List.of(root.resolve("examples"), root.resolve("../shared/acceptance").normalize())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".ucm")).sorted().toList()) {
                    seeds.add(new Seed(root.relativize(file).toString(), Files.readString(file)));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return seeds;
    }

    /** One mutant: which seed model, where (each position taken modulo the text's length), with what, how. */
    record Mutation(int seed, List<Integer> positions, List<String> tokens, int kind) {
        String apply(List<Seed> seeds) {
            return mutate(seeds.get(seed).text(), positions, tokens, kind);
        }

        /** A seed model, 1 to 6 positions in [0, Integer.MAX_VALUE], 1 to 6 tokens and a kind 0 to 3, uniformly. */
        static Mutation draw(SplittableRandom random, int seeds) {
            int seed = random.nextInt(seeds);
            List<Integer> positions = new ArrayList<>();
            for (int n = random.nextInt(1, 7), i = 0; i < n; i++) {
                positions.add((int) random.nextLong(Integer.MAX_VALUE + 1L));
            }
            List<String> tokens = new ArrayList<>();
            for (int n = random.nextInt(1, 7), i = 0; i < n; i++) {
                tokens.add(TOKENS.get(random.nextInt(TOKENS.size())));
            }
            return new Mutation(seed, List.copyOf(positions), List.copyOf(tokens), random.nextInt(4));
        }

        /** The same mutation with one step or one token fewer, each way there is. */
        List<Mutation> smaller() {
            List<Mutation> out = new ArrayList<>();
            for (int i = 0; positions.size() > 1 && i < positions.size(); i++) {
                List<Integer> fewer = new ArrayList<>(positions);
                fewer.remove(i);
                out.add(new Mutation(seed, List.copyOf(fewer), tokens, kind));
            }
            for (int i = 0; tokens.size() > 1 && i < tokens.size(); i++) {
                List<String> fewer = new ArrayList<>(tokens);
                fewer.remove(i);
                out.add(new Mutation(seed, positions, List.copyOf(fewer), kind));
            }
            return out;
        }
    }

    static String mutate(String seed, List<Integer> positions, List<String> tokens, int kind) {
        StringBuilder text = new StringBuilder(seed);
        for (int i = 0; i < positions.size(); i++) {
            int at = text.isEmpty() ? 0 : positions.get(i) % text.length();
            String token = tokens.get(i % tokens.size());
            switch (kind) {
                case 0 -> text.insert(at, token);
                case 1 -> text.delete(at, Math.min(text.length(), at + 1 + token.length() * 3));
                case 2 -> {
                    int end = Math.min(text.length(), at + 40);
                    text.insert(end, text.substring(at, end));
                }
                default -> text.replace(at, Math.min(text.length(), at + token.length()), token);
            }
        }
        return text.toString();
    }

    @Test
    void everyMutantIsHandled() {
        List<Seed> seeds = seeds();
        assertFalse(seeds.isEmpty(), "no seed models under " + Cli.root());
        int tries = tries();
        long seed = seed();
        for (int i = 0; i < tries; i++) {
            Mutation mutation = Mutation.draw(new SplittableRandom(mix(seed + i * 0x9E3779B97F4A7C15L)), seeds.size());
            Throwable failure = failure(mutation.apply(seeds));
            if (failure != null) {
                throw shrunk(seeds, mutation, failure, "FuzzTest.everyMutantIsHandled failed on try " + (i + 1) + " of " + tries
                        + " with seed " + seed + " (replay: -Ddialscape.seed=" + seed + ")");
            }
        }
    }

    private static Throwable failure(String text) {
        try {
            check(text);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /** Greedily drops mutation steps and tokens while the mutant still fails with the same kind of exception. */
    private static AssertionError shrunk(List<Seed> seeds, Mutation original, Throwable originalFailure, String headline) {
        Mutation best = original;
        Throwable bestFailure = originalFailure;
        int runs = 0;
        boolean improved = true;
        while (improved && runs < SHRINK_RUNS) {
            improved = false;
            for (Mutation candidate : best.smaller()) {
                if (runs++ >= SHRINK_RUNS) {
                    break;
                }
                Throwable failure = failure(candidate.apply(seeds));
                if (failure != null && failure.getClass() == originalFailure.getClass()) {
                    best = candidate;
                    bestFailure = failure;
                    improved = true;
                    break;
                }
            }
        }
        AssertionError error = new AssertionError(headline + "\n  mutant of " + seeds.get(best.seed()).name() + ": " + best
                + (best == original ? "" : "\n  (shrunk from " + original + ")") + "\n  failure: " + bestFailure
                + "\n  text:\n" + best.apply(seeds), bestFailure);
        if (bestFailure != originalFailure) {
            error.addSuppressed(originalFailure);
        }
        return error;
    }

    static int tries() {
        String fixed = System.getProperty("dialscape.tries");
        if (fixed != null && !fixed.isBlank()) {
            return Math.max(1, Integer.parseInt(fixed.strip().replace("_", "")));
        }
        String factor = System.getProperty("dialscape.tries.factor");
        if (factor != null && !factor.isBlank()) {
            return (int) Math.max(1, Math.round(TRIES * Double.parseDouble(factor.strip())));
        }
        return TRIES;
    }

    private static final long RANDOM_SEED = new SplittableRandom().nextLong();

    static long seed() {
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

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static void check(String text) throws Exception {
        long start = System.nanoTime();
        BatchValidator.Report report = new BatchValidator().validateTexts(Map.of(Path.of("/fuzz/model.ucm"), text));
        String textOut = Reports.text(report);
        String json = Reports.json(report);
        String sarif = Reports.sarif(report);
        String junit = Reports.junit(report);
        long nanos = System.nanoTime() - start;
        INPUTS.incrementAndGet();
        SLOWEST_NANOS.accumulateAndGet(nanos, Math::max);

        assertTrue(textOut.endsWith("\n") && textOut.contains("dialscape: 1 file"));
        assertEquals(report.findings().size(), JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("diagnostics").size());
        JsonParser.parseString(sarif);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(junit.getBytes(StandardCharsets.UTF_8)));
        report.findings().forEach(f -> assertTrue(f.line() >= 1 && f.column() >= 1 && !f.message().isBlank(), f.toString()));
        assertTrue(report.findings().stream().noneMatch(f -> f.code().equals("internal")), report.findings().toString());
        assertTrue(report.findings().stream().noneMatch(f -> f.message().contains("'null'")), report.findings().toString());
        assertTrue(nanos / 1_000_000 <= BUDGET_MS, "one input took " + nanos / 1_000_000 + " ms");
    }

    /** The first validation creates the injector and warms the JIT: not part of any input's budget. */
    @BeforeAll
    static void warmUp() {
        for (Seed seed : seeds()) {
            Reports.json(new BatchValidator().validateTexts(Map.of(Path.of("/fuzz/warmup.ucm"), seed.text())));
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("fuzz: %d inputs, slowest %d ms, 0 uncaught exceptions%n", INPUTS.get(), SLOWEST_NANOS.get() / 1_000_000);
    }
}
