package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutation fuzzing of the whole headless path: the example and acceptance models,
 * mutated (cut, duplicated, spliced with tokens of the language and hostile bytes), go
 * through parse, validation and every output format. No input may throw, produce output
 * that does not parse, or take more than the per-input budget. Tries come from
 * {@code jqwik.tries.default} (250 in the build; the long run is in docs/benchmarks.md).
 */
class FuzzTest {

    /** Budget of one input: generous in the build, where other tests share the two cores. */
    static final long BUDGET_MS = Long.getLong("dialscape.fuzz.budgetMs", 5000);

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

    private static final List<String> TOKENS = List.of("{", "}", "\"", "\\", "\\\"", "..", "4..6", "->", ">=", ",", "*",
            "none", "rule", "leading", "length", "replace", "add-plus", "ignore-ars", "pattern", "translation", "test",
            "topology", "platform", "server", "roles", "pool", "standard", "enterprise", "perimeter", "dual-forking",
            "presented-as", "$1", "$99", "(", ")", "(?=", "\\1", "[", "]", "{2,1}", "\\d{*}", "+", "tel:", "\u0000",
            "\u00e9", "\ud83d\udcde", "\n", "//", "/*", "*/", "999999999999999999999", "-1", "0", "32", "33");

    static List<String> seeds() {
        List<String> seeds = new ArrayList<>();
        Path root = Cli.root();
        for (Path folder : List.of(root.resolve("examples"), root.resolve("../shared/acceptance").normalize())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".ucm")).sorted().toList()) {
                    seeds.add(Files.readString(file));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return seeds;
    }

    @Provide
    Arbitrary<String> mutants() {
        List<String> seeds = seeds();
        Arbitrary<String> seed = Arbitraries.of(seeds);
        Arbitrary<List<Integer>> positions = Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<String>> tokens = Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 3);
        return Combinators.combine(seed, positions, tokens, kind).as(FuzzTest::mutate);
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

    @Property
    void everyMutantIsHandled(@ForAll("mutants") String text) throws Exception {
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
    @BeforeContainer
    static void warmUp() {
        for (String seed : seeds()) {
            Reports.json(new BatchValidator().validateTexts(Map.of(Path.of("/fuzz/warmup.ucm"), seed)));
        }
    }

    @AfterContainer
    static void summary() {
        System.out.printf("fuzz: %d inputs, slowest %d ms, 0 uncaught exceptions%n", INPUTS.get(), SLOWEST_NANOS.get() / 1_000_000);
    }
}
