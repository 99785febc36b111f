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
 * Arguments: rules (100000), timed runs (5), warm-up runs (3), and optionally a file to write the model to.
 * Each run parses the text into a fresh resource set, links it, validates it ({@code CheckMode.ALL}, as the command
 * line does), then runs the engine's analysis alone on the same table. Times are the process's CPU (garbage collection
 * and compilation included: parsing a large model is mostly allocation).
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
        int rules = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String text = model(rules, 1);
        if (args.length > 3) {
            Files.writeString(Path.of(args[3]), text, StandardCharsets.UTF_8);
        }
        com.sun.management.OperatingSystemMXBean bean = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var injector = ModelSet.injector();
        List<Long> parse = new ArrayList<>();
        List<Long> link = new ArrayList<>();
        List<Long> validate = new ArrayList<>();
        List<Long> engine = new ArrayList<>();
        int issues = 0;
        for (int run = 0; run < warmup + runs; run++) {
            System.gc();
            long t0 = bean.getProcessCpuTime();
            XtextResourceSet resourceSet = ModelSet.newBatchResourceSet(injector);
            XtextResource resource = ModelSet.load(resourceSet, URI.createFileURI("/bench/big.ucm"), text);
            ModelSet.indexModels(resourceSet);
            long t1 = bean.getProcessCpuTime();
            EcoreUtil2.resolveAll(resource);
            long t2 = bean.getProcessCpuTime();
            List<Issue> found = ModelSet.validate(resource, CancelIndicator.NullImpl);
            long t3 = bean.getProcessCpuTime();
            DigitTable table = (DigitTable) resource.getContents().get(0).eContents().get(0);
            RuleNamer namer = EngineModels.namer(table.getRules(), rule -> ((io.dialscape.dsl.dialscape.DigitRule) rule).getLabel());
            var engineTable = EngineModels.digitTable(table);
            int findings = DigitTableAnalyzer.analyze(engineTable, Set.of(), namer).size()
                    + DigitTableAnalyzer.e164Problems(engineTable, namer).size();
            long t4 = bean.getProcessCpuTime();
            issues = found.size();
            if (run >= warmup) {
                parse.add(t1 - t0);
                link.add(t2 - t1);
                validate.add(t3 - t2);
                engine.add(t4 - t3);
            }
            System.out.printf(Locale.ROOT, "run %d: parse %d ms, link %d ms, validate %d ms (%d issues), engine alone %d ms (%d findings)%n",
                    run + 1, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, found.size(),
                    (t4 - t3) / 1_000_000, findings);
        }
        long p = median(parse);
        long l = median(link);
        long v = median(validate);
        long e = median(engine);
        System.out.printf(Locale.ROOT, "%nJava %s, %d cores; %,d rules, %,d characters, %d issues; medians of %d runs after %d warm-up, CPU of the process (garbage collection and compilation included)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), rules, text.length(), issues, runs, warmup);
        System.out.printf(Locale.ROOT, "parse %d ms, link %d ms, validate %d ms (engine alone %d ms, the rest %d ms)%n",
                p / 1_000_000, l / 1_000_000, v / 1_000_000, e / 1_000_000, (v - e) / 1_000_000);
        System.out.printf(Locale.ROOT, "full validation / (parse + link): %.2fx%n", (double) (p + l + v) / (p + l));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
