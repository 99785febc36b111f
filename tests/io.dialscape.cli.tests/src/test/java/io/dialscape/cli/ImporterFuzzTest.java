package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.ModelSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation fuzzing of both importers, in FuzzTest's shape: the import fixtures and exported scripts, cut, duplicated
 * and spliced with hostile tokens (for XML: DOCTYPEs, entities, external entities, deep nesting, huge attributes; for
 * PowerShell: unterminated strings and comments, stray backticks and quotes, deep brackets, huge lines), go through
 * {@code dialscape import topology} / {@code import powershell} in-process. Each input must end with status 0 and a
 * model that has no syntax or linking error, or status 2 and one line on standard error; never a stack trace, never
 * longer than the per-input budget. Tries, seed and budget follow FuzzTest's system properties.
 */
class ImporterFuzzTest {

    static final int TRIES = 200;

    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong SLOWEST_NANOS = new AtomicLong();

    @TempDir
    static Path dir;

    private static final String HUGE = "x".repeat(200_000);

    private static final List<String> XML_TOKENS = List.of("<", ">", "/>", "</", "\"", "'", "&", "&amp;", "&lol;", "&#0;", "&#x10FFFF;",
            "<!DOCTYPE Topology [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>",
            "<!DOCTYPE t SYSTEM \"file:///etc/passwd\">", "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">", "&xxe;",
            "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>", "<![CDATA[", "]]>",
            "<?xml version=\"1.1\"?>", "<Cluster Fqdn=\"a.b\">", "</Cluster>", "<Machine Fqdn=\"m.b\"/>", "<ClusterId SiteId=\"1\" Number=\"1\"/>",
            "<Service>", "<ServiceId RoleName=\"UserServices\" SiteId=\"1\" Instance=\"1\"/>", "RoleName=\"EdgeServer\"",
            "IsDirector=\"true\"", "ServiceVersion=\"9\"", "xmlns=\"\"", "<a>".repeat(3_000), "Fqdn=\"" + HUGE + "\"",
            "\u0000", "\uFFFF", "\ud83d\udcde", "\u00e9", "\n", "-->", "<!--");

    private static final List<String> PS_TOKENS = List.of("'", "''", "\"", "\"\"", "`", "`\n", "``", "$", "$(", "${", "}", "$1",
            "@{", "@(", "(", ")", "{", "}", ",", ";", "|", "=", "<#", "#>", "#", "# dialscape: translation X", "\n", "\r\n",
            "-Priority", "-Priority 99999999999", "-InMemory", "-Identity", "-not", "if", "else", "elseif", "foreach", "@'\n",
            "\n'@", "@\"\n", "\n\"@", "\u2019", "\u201C", "\u0000", "\u00e9", "\ud83d\udcde", "@{Add=", "@{Replace=$null}",
            "New-CsVoiceRoute -Identity R -NumberPattern '^1' -PstnUsages U -PstnGatewayList g.x",
            "Set-CsTenantDialPlan -Identity Global -NormalizationRules @{Add=$r}", "(".repeat(5_000), "@(".repeat(5_000),
            "{".repeat(5_000), "if (1) {".repeat(2_000), HUGE, "$" + HUGE, "-" + HUGE, "'" + HUGE);

    record Seed(String name, String text, boolean xml) {
    }

    static List<Seed> seeds() throws IOException {
        Path imports = ImportPowerShellTest.fixture("");
        Path exports = ExportPowerShellTest.fixture("");
        List<Seed> seeds = new ArrayList<>();
        for (String name : List.of("contoso-topology.xml", "contoso-topologybuilder.xml")) {
            seeds.add(new Seed(name, Files.readString(imports.resolve(name)), true));
        }
        for (String name : List.of("lync-voice.ps1", "teams-voice.ps1")) {
            seeds.add(new Seed(name, Files.readString(imports.resolve(name)), false));
        }
        for (String name : List.of("rideau-voice.lync.expected.ps1", "rideau-voice.teams.expected.ps1")) {
            seeds.add(new Seed(name, Files.readString(exports.resolve(name)), false));
        }
        return seeds;
    }

    /** One mutant: a seed, 1 to 6 positions, 1 to 6 tokens of the seed's language, and how (FuzzTest.mutate). */
    record Mutation(int seed, List<Integer> positions, List<String> tokens, int kind) {
        static Mutation draw(SplittableRandom random, List<Seed> seeds) {
            int seed = random.nextInt(seeds.size());
            List<String> pool = seeds.get(seed).xml() ? XML_TOKENS : PS_TOKENS;
            List<Integer> positions = new ArrayList<>();
            for (int n = random.nextInt(1, 7), i = 0; i < n; i++) {
                positions.add((int) random.nextLong(Integer.MAX_VALUE + 1L));
            }
            List<String> tokens = new ArrayList<>();
            for (int n = random.nextInt(1, 7), i = 0; i < n; i++) {
                tokens.add(pool.get(random.nextInt(pool.size())));
            }
            return new Mutation(seed, List.copyOf(positions), List.copyOf(tokens), random.nextInt(4));
        }

        String apply(List<Seed> seeds) {
            return FuzzTest.mutate(seeds.get(seed).text(), positions, tokens, kind);
        }

        @Override
        public String toString() {
            List<String> shown = tokens.stream().map(t -> t.length() > 60 ? t.substring(0, 20) + "...(" + t.length() + " chars)" : t).toList();
            return "Mutation[seed=" + seed + ", positions=" + positions + ", tokens=" + shown + ", kind=" + kind + "]";
        }
    }

    @Test
    void everyMutantIsHandled() throws IOException {
        List<Seed> seeds = seeds();
        int tries = Math.max(1, FuzzTest.tries() * TRIES / FuzzTest.TRIES);
        long seed = FuzzTest.seed();
        for (int i = 0; i < tries; i++) {
            Mutation mutation = Mutation.draw(new SplittableRandom(seed ^ (0x1A9B_0000L + i * 0x9E3779B97F4A7C15L)), seeds);
            Seed origin = seeds.get(mutation.seed());
            String text = mutation.apply(seeds);
            try {
                check(text, origin.xml(), i);
            } catch (Throwable t) {
                throw new AssertionError("ImporterFuzzTest failed on try " + (i + 1) + " of " + tries + " with seed " + seed
                        + " (replay: -Ddialscape.seed=" + seed + "): mutant of " + origin.name() + ": " + mutation + "\n  failure: " + t
                        + "\n  text (first 2,000 characters):\n" + text.substring(0, Math.min(2_000, text.length())), t);
            }
        }
    }

    /** Hostile inputs that are not mutants: each must be refused or read, cleanly and in time. */
    @Test
    void hostileInputsAreHandled() throws IOException {
        List<String> xml = List.of(
                "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"" + "&lol;".repeat(10)
                        + "\"><!ENTITY lol2 \"" + "&lol1;".repeat(10) + "\">]><Topology>&lol2;</Topology>",
                "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">" + "<a>".repeat(200_000) + "</Topology>",
                "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\" x=\"" + "y".repeat(10_000_000) + "\"/>",
                "<?xml version=\"1.0\"?><!DOCTYPE t [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x\"> %p;]><t/>",
                "", "\uFEFF", "<", "<Topology xmlns=\"urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008\">");
        for (int i = 0; i < xml.size(); i++) {
            check(xml.get(i), true, 10_000 + i);
        }
        List<String> ps = List.of("", "`", "'", "\"", "\"$(", "<#", "@'\nabc", "@{", "@(", "$", "${", "-", "New-CsDialPlan -Identity",
                "(".repeat(300_000), "{".repeat(300_000), "if (".repeat(100_000), "New-CsDialPlan -Identity " + "a".repeat(1_000_000),
                "New-CsDialPlan -Identity 'x'\n".repeat(20_000), "$a = @(" + "$a,".repeat(50_000) + ")",
                "New-CsDialPlan -Identity A -NormalizationRules @{Add=" + "@{Add=".repeat(10_000));
        for (int i = 0; i < ps.size(); i++) {
            check(ps.get(i), false, 20_000 + i);
        }
    }

    private static void check(String text, boolean xml, int n) throws IOException {
        Path file = dir.resolve("fuzz" + n + (xml ? ".xml" : ".ps1"));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Cli cli = Cli.run("import", xml ? "topology" : "powershell", file.toString());
        long nanos = System.nanoTime() - start;
        INPUTS.incrementAndGet();
        SLOWEST_NANOS.accumulateAndGet(nanos, Math::max);
        assertTrue(cli.noStackTrace(), cli.err());
        assertFalse(cli.err().contains("internal error"), cli.err());
        assertTrue(cli.status() == 0 || cli.status() == 2, "status " + cli.status());
        if (cli.status() == 2) {
            assertEquals("", cli.out());
            assertEquals(1, cli.err().lines().count(), cli.err());
        } else {
            XtextResourceSet set = ModelSet.newResourceSet(ModelSet.injector());
            XtextResource resource = ModelSet.load(set, URI.createURI("fuzz:/out.ucm"), cli.out());
            EcoreUtil.resolveAll(set);
            assertEquals(List.of(), resource.getErrors().stream().map(d -> d.getLine() + ": " + d.getMessage()).toList(), cli.out());
        }
        assertTrue(nanos / 1_000_000 <= FuzzTest.BUDGET_MS, "one input took " + nanos / 1_000_000 + " ms");
    }

    /** The first imports create the injector and warm the JIT: not part of any input's budget. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp() throws IOException {
        Path warm = Files.createTempDirectory("fuzz-warmup");
        for (Seed seed : seeds()) {
            Path file = Files.writeString(warm.resolve(seed.name()), seed.text(), StandardCharsets.UTF_8);
            Cli.run("import", seed.xml() ? "topology" : "powershell", file.toString());
        }
    }

    @AfterAll
    static void summary() {
        System.out.printf("importer fuzz: %d inputs, slowest %d ms, 0 uncaught exceptions%n", INPUTS.get(), SLOWEST_NANOS.get() / 1_000_000);
    }
}
