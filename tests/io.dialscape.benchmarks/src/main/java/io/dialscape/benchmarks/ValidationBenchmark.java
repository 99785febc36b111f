package io.dialscape.benchmarks;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.digits.DigitRule;
import io.dialscape.engine.digits.DigitTableAnalyzer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;

/**
 * The whole validator on one large digit table in one warm JVM (issue 14): how much a full validation costs beyond
 * parsing and linking the model, and how much of that is the engine's analysis. The model is
 * {@link DigitTableBenchmark#generate}'s table written as a {@code .ucm} file (100,000 rules are 4.8 MB).
 *
 * <pre>
 * ./mvnw -o verify -Pbench -Dbench=ValidationBenchmark -Dbench.args="100000 5 3" -pl ...,tests/io.dialscape.benchmarks
 * </pre>
 * Arguments: rules (100000) or a {@code .ucm} file to load instead, timed runs (5), warm-up runs (3), and optionally a
 * file to write the generated model to.
 * Each run parses the text into a fresh resource set, links it, validates it ({@code CheckMode.ALL}, as the command
 * line does), then runs the engine's analysis alone on the same table (when the model starts with a digit table). Times
 * are the process's CPU (garbage collection and compilation included: parsing a large model is mostly allocation), and
 * the benchmark thread's CPU and allocation, which garbage collection does not blur.
 */
public final class ValidationBenchmark {

    private ValidationBenchmark() {
    }

    /** The table as a .ucm model. */
    static String model(int rules, long seed) {
        io.dialscape.engine.digits.DigitTable table = DigitTableBenchmark.generate(rules, seed);
        StringBuilder text = new StringBuilder(rules * 50);
        text.append("digits big outgoing ars \"9\" {\n");
        for (DigitRule rule : table.rules()) {
            text.append("    rule \"").append(rule.label()).append("\" leading \"").append(rule.leading()).append('"');
            if (rule.minLength() > 0) {
                text.append(" length ").append(rule.minLength());
                if (rule.maxLength() != rule.minLength()) {
                    text.append("..").append(rule.maxLength());
                }
            }
            if (rule.replace() != null) {
                text.append(" replace \"").append(rule.replace()).append('"');
            }
            if (rule.ignoreArs()) {
                text.append(" ignore-ars");
            }
            text.append('\n');
        }
        return text.append("}\n").toString();
    }

    public static void main(String[] args) throws Exception {
        // the first argument is a number of rules (the generated table) or a .ucm file (any model, e.g. a mixed estate)
        boolean file = args.length > 0 && args[0].endsWith(".ucm");
        int rules = file ? 0 : args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String text = file ? Files.readString(Path.of(args[0]), StandardCharsets.UTF_8) : model(rules, 1);
        if (!file && args.length > 3) {
            Files.writeString(Path.of(args[3]), text, StandardCharsets.UTF_8);
        }
        com.sun.management.OperatingSystemMXBean bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean thread = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var injector = ModelSet.injector();
        String[] phases = {"parse", "link", "validate", "engine"};
        // per phase: process CPU, this thread's CPU (no garbage collection), bytes allocated by this thread
        List<List<long[]>> samples = new ArrayList<>();
        for (int p = 0; p < phases.length; p++) {
            samples.add(new ArrayList<>());
        }
        int issues = 0;
        for (int run = 0; run < warmup + runs; run++) {
            System.gc();
            long[][] at = new long[phases.length + 1][];
            at[0] = now(bean, thread);
            XtextResourceSet resourceSet = ModelSet.newBatchResourceSet(injector);
            XtextResource resource = ModelSet.load(resourceSet, URI.createFileURI("/bench/big.ucm"), text);
            ModelSet.indexModels(resourceSet);
            at[1] = now(bean, thread);
            EcoreUtil2.resolveAll(resource);
            at[2] = now(bean, thread);
            List<Issue> found = ModelSet.validate(resource, CancelIndicator.NullImpl);
            at[3] = now(bean, thread);
            int findings = -1;
            if (resource.getContents().get(0).eContents().get(0) instanceof DigitTable table) {
                RuleNamer namer = EngineModels.namer(table.getRules(), rule -> ((io.dialscape.dsl.dialscape.DigitRule) rule).getLabel());
                var engineTable = EngineModels.digitTable(table);
                findings = DigitTableAnalyzer.analyze(engineTable, Set.of(), namer).size()
                        + DigitTableAnalyzer.e164Problems(engineTable, namer).size();
            }
            at[4] = now(bean, thread);
            issues = found.size();
            if (run >= warmup) {
                for (int p = 0; p < phases.length; p++) {
                    samples.get(p).add(new long[] {at[p + 1][0] - at[p][0], at[p + 1][1] - at[p][1], at[p + 1][2] - at[p][2]});
                }
            }
            System.out.printf(Locale.ROOT, "run %d: parse %d ms, link %d ms, validate %d ms (%d issues), engine alone %d ms (%d findings)%n",
                    run + 1, (at[1][0] - at[0][0]) / 1_000_000, (at[2][0] - at[1][0]) / 1_000_000, (at[3][0] - at[2][0]) / 1_000_000,
                    found.size(), (at[4][0] - at[3][0]) / 1_000_000, findings);
        }
        long[][] m = new long[phases.length][3];
        for (int p = 0; p < phases.length; p++) {
            for (int k = 0; k < 3; k++) {
                final int which = k;
                m[p][k] = median(samples.get(p).stream().map(sample -> sample[which]).toList());
            }
        }
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores; %s, %,d characters, %d issues; medians of %d runs after %d warm-up%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), file ? args[0] : String.format(Locale.ROOT, "%,d rules", rules),
                text.length(), issues, runs, warmup);
        System.out.println("CPU of the process (garbage collection and compilation included):");
        System.out.printf(Locale.ROOT, "parse %d ms, link %d ms, validate %d ms (engine alone %d ms, the rest %d ms)%n",
                m[0][0] / 1_000_000, m[1][0] / 1_000_000, m[2][0] / 1_000_000, m[3][0] / 1_000_000, (m[2][0] - m[3][0]) / 1_000_000);
        System.out.printf(Locale.ROOT, "full validation / (parse + link): %.2fx%n", (double) (m[0][0] + m[1][0] + m[2][0]) / (m[0][0] + m[1][0]));
        System.out.println("CPU of the benchmark's thread (no garbage collection), and what it allocated:");
        System.out.printf(Locale.ROOT, "parse %d ms %d MB, link %d ms %d MB, validate %d ms %d MB (engine alone %d ms %d MB)%n",
                m[0][1] / 1_000_000, m[0][2] >> 20, m[1][1] / 1_000_000, m[1][2] >> 20, m[2][1] / 1_000_000, m[2][2] >> 20,
                m[3][1] / 1_000_000, m[3][2] >> 20);
        System.out.printf(Locale.ROOT, "full validation / (parse + link), thread CPU: %.2fx%n",
                (double) (m[0][1] + m[1][1] + m[2][1]) / (m[0][1] + m[1][1]));
    }

    /** Process CPU, this thread's CPU and the bytes this thread allocated so far. */
    private static long[] now(com.sun.management.OperatingSystemMXBean bean, com.sun.management.ThreadMXBean thread) {
        return new long[] {bean.getProcessCpuTime(), thread.getCurrentThreadCpuTime(), thread.getCurrentThreadAllocatedBytes()};
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
