package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.index.ProjectIndex;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.PropertyCheck.Gen;
import io.dialscape.engine.PropertyCheck.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The editor's project index ({@link ProjectIndex}) against the headless validator: for generated multi-file
 * projects and sequences of saves, deletions and unsaved edits, every file's results from the incremental builds and
 * every checked text's results are exactly the command line's for the same texts, file by file.
 */
class ProjectIndexTest {

    private static final Path ROOT = Path.of("/dialscape-index-test");

    /** A project in memory: the texts of its files and a version per file (its key). */
    static class MemorySource implements ProjectIndex.Source {
        final Map<URI, String> texts = new LinkedHashMap<>();
        final Map<URI, Integer> versions = new HashMap<>();
        int version;

        URI put(String name, String text) {
            URI uri = uri(name);
            texts.put(uri, text);
            versions.put(uri, ++version);
            return uri;
        }

        URI remove(String name) {
            URI uri = uri(name);
            texts.remove(uri);
            versions.remove(uri);
            return uri;
        }

        @Override
        public List<URI> files() {
            return List.copyOf(texts.keySet());
        }

        @Override
        public String key(URI file) {
            return texts.containsKey(file) ? "v" + versions.get(file) : null;
        }

        @Override
        public String text(URI file) {
            return texts.get(file);
        }
    }

    static URI uri(String name) {
        return URI.createFileURI(path(name).toString());
    }

    static Path path(String name) {
        return ROOT.resolve(name);
    }

    static Path path(URI uri) {
        return Path.of(uri.toFileString());
    }

    /**
     * The command line's findings for the texts, per file (the info that a file defines nothing is not an issue); the
     * files in path order, as {@code dialscape validate FOLDER} reads them.
     */
    static Map<Path, List<Finding>> batch(Map<URI, String> texts) {
        Map<Path, String> byPath = new TreeMap<>();
        texts.forEach((uri, text) -> byPath.put(path(uri), text));
        Map<Path, List<Finding>> result = new TreeMap<>();
        byPath.keySet().forEach(p -> result.put(p, new ArrayList<>()));
        for (Finding finding : new BatchValidator().validateTexts(byPath).findings()) {
            if (!finding.code().equals(DialscapeIssueCodes.FILE_EMPTY)) {
                result.get(finding.file()).add(finding);
            }
        }
        return result;
    }

    static List<Finding> findings(URI uri, List<Issue> issues) {
        List<Finding> findings = BatchValidator.findings(path(uri), issues, new HashMap<>());
        findings.sort(BatchValidator.ORDER);
        return findings;
    }

    // ------------------------------------------------------------ generated projects

    static final String[] FILES = {"a.ucm", "b.ucm", "c.ucm", "sub/d.ucm", "sub-e.ucm", "f.ucm"};
    static final String[] NORMALIZATIONS = {"NL", "BE", "toTrunk"};
    static final String[] DIGITS = {"Out1", "In1"};
    static final String[] TOPOLOGIES = {"corp", "branch"};
    static final String[] PLATFORMS = {"teams", "sfb2019", "ocs2007r2", "nosuch"};

    static String pick(Source s, String[] values) {
        return values[s.between(0, values.length - 1)];
    }

    /** A model file: some of tables, digit tables, a product, topologies and tests, named from small pools so files refer to each other, define names twice and miss some. */
    static final Gen<String> MODEL = s -> {
        StringBuilder text = new StringBuilder();
        for (int i = s.between(0, 2); i > 0; i--) {
            text.append("// note\n");
        }
        int blocks = s.between(1, 4);
        for (int b = 0; b < blocks; b++) {
            switch (s.between(0, 5)) {
                case 0 -> {
                    text.append("normalization ").append(pick(s, NORMALIZATIONS)).append(" {\n");
                    if (s.between(0, 1) == 1) {
                        text.append("    rule \"ext\"  pattern \"^(4\\d{3})$\"        translation \"+3120710$1\"\n");
                    }
                    text.append("    rule \"nat\"  pattern \"^0([1-9]\\d{8})$\"    translation \"+3").append(s.between(1, 2)).append("$1\"\n");
                    if (s.between(0, 1) == 1) {
                        text.append("    rule \"intl\" pattern \"^00([1-9]\\d{6,14})$\" translation \"+$1\"\n");
                    }
                    if (s.between(0, 2) == 0) {
                        text.append("    rule \"nat2\" pattern \"^0(\\d{9})$\"         translation \"+31$1\"\n");
                    }
                    text.append("}\n");
                }
                case 1 -> {
                    text.append("digits ").append(pick(s, DIGITS)).append(s.between(0, 1) == 0 ? " outgoing ars \"9\" {\n" : " incoming {\n");
                    text.append("    rule \"ext\" leading \"5\" length 4 ignore-ars\n");
                    if (s.between(0, 1) == 1) {
                        text.append("    rule \"ld\"  leading \"1\" length 11 replace \"1\"\n");
                    }
                    text.append("}\n");
                }
                case 2 -> text.append("product Mediant \"AudioCodes Mediant 800\"\n");
                case 3 -> {
                    String platform = pick(s, PLATFORMS);
                    text.append("topology ").append(pick(s, TOPOLOGIES)).append(" platform ").append(platform).append(" {\n");
                    text.append("    gateway g1 \"sbc.example.com\" product ").append(s.between(0, 1) == 0 ? "Mediant" : "GenericGateway")
                            .append(" version \"7.40\"");
                    if (s.between(0, 1) == 1) {
                        text.append(" translation ").append(pick(s, NORMALIZATIONS));
                    }
                    text.append('\n');
                    if (platform.equals("ocs2007r2")) {
                        text.append("    pbx icp1 product MitelICP version \"9.0 UR2\"\n");
                        text.append("    gateway lbg1 product MitelLBG version \"3.1.1\" {\n        icp icp1 outgoing ")
                                .append(pick(s, DIGITS)).append(" incoming ").append(pick(s, DIGITS)).append("\n    }\n");
                    }
                    text.append("    usages U1, U2\n");
                    text.append("    route R1 pattern \"^\\+31\\d{9}$\" usages U1 gateways g1\n");
                    if (s.between(0, 1) == 1) {
                        text.append("    route R2 pattern \"^\\+\\d+$\" usages U2 gateways g1\n");
                    }
                    text.append("    policy Pol usages U1").append(s.between(0, 1) == 1 ? ", U2" : "").append('\n');
                    text.append("    users Staff dialplan ").append(pick(s, NORMALIZATIONS)).append(" policy Pol\n");
                    text.append("}\n");
                }
                case 4 -> {
                    text.append("test ").append(pick(s, NORMALIZATIONS)).append(" {\n");
                    text.append("    \"0201234567\" -> \"+3").append(s.between(1, 2)).append("201234567\"\n");
                    text.append("    \"4000\"       -> \"+31207104000\"\n");
                    text.append("    \"123\"        -> none\n");
                    text.append("}\n");
                }
                default -> {
                    text.append("test ").append(pick(s, TOPOLOGIES)).append(" {\n");
                    text.append("    \"0201234567\" from Staff -> \"+31201234567\" route R").append(s.between(1, 2))
                            .append(" sends \"+31201234567\"\n");
                    if (s.between(0, 1) == 1) {
                        text.append("    \"0012125550100\" from Staff -> \"+12125550100\" unroutable\n");
                    }
                    text.append("}\n");
                }
            }
        }
        return text.toString();
    };

    /** One thing that happens to the project. */
    record Step(Kind kind, String file, String text) {
    }

    enum Kind {
        SAVE, DELETE, SHIFT, EDIT
    }

    record Scenario(boolean fullFirst, Map<String, String> initial, List<Step> steps) {
    }

    static final Gen<Scenario> SCENARIOS = s -> {
        Map<String, String> initial = new LinkedHashMap<>();
        int files = s.between(2, FILES.length);
        for (int i = 0; i < files; i++) {
            initial.put(FILES[i], MODEL.generate(s));
        }
        List<Step> steps = new ArrayList<>();
        for (int i = s.between(2, 6); i > 0; i--) {
            String file = pick(s, FILES);
            switch (s.between(0, 5)) {
                case 0, 1 -> steps.add(new Step(Kind.SAVE, file, MODEL.generate(s)));
                case 2 -> steps.add(new Step(Kind.DELETE, file, null));
                case 3 -> steps.add(new Step(Kind.SHIFT, file, null));
                default -> steps.add(new Step(Kind.EDIT, file, s.between(0, 3) == 0 ? null : MODEL.generate(s)));
            }
        }
        return new Scenario(s.between(0, 1) == 1, initial, steps);
    };

    @Test
    void incrementalBuildsAndEditorChecksEqualTheCommandLineFileByFile() {
        PropertyCheck.tries(40).forAll(SCENARIOS, ProjectIndexTest::run);
    }

    static void run(Scenario scenario) {
        MemorySource source = new MemorySource();
        scenario.initial().forEach(source::put);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        Map<URI, List<Issue>> built = new HashMap<>();
        apply(index.build(Set.of(), scenario.fullFirst(), CancelIndicator.NullImpl), built);
        assertBuiltEqualsBatch(source, built, "first build");
        int n = 0;
        for (Step step : scenario.steps()) {
            n++;
            URI uri = uri(step.file());
            switch (step.kind()) {
                case SAVE -> source.put(step.file(), step.text());
                case DELETE -> source.remove(step.file());
                case SHIFT -> {
                    if (!source.texts.containsKey(uri)) {
                        continue;
                    }
                    source.put(step.file(), "\n// moved down\n\n" + source.texts.get(uri));
                }
                case EDIT -> {
                    String text = step.text() != null ? step.text() : source.texts.getOrDefault(uri, "");
                    Map<URI, String> texts = new LinkedHashMap<>(source.texts);
                    texts.put(uri, text);
                    ProjectIndex.Checked checked = index.check(uri, text, CancelIndicator.NullImpl);
                    assertEquals(batch(texts).get(path(uri)), findings(uri, checked.issues()), "unsaved text of " + step.file()
                            + " at step " + n);
                    continue;
                }
            }
            apply(index.build(Set.of(uri), false, CancelIndicator.NullImpl), built);
            assertBuiltEqualsBatch(source, built, step.kind() + " of " + step.file() + " at step " + n);
        }
    }

    static void apply(ProjectIndex.Build build, Map<URI, List<Issue>> built) {
        built.putAll(build.issues());
        build.removed().forEach(built::remove);
    }

    static void assertBuiltEqualsBatch(MemorySource source, Map<URI, List<Issue>> built, String when) {
        Map<Path, List<Finding>> expected = batch(source.texts);
        Map<Path, List<Finding>> actual = new TreeMap<>();
        built.forEach((uri, issues) -> actual.put(path(uri), findings(uri, issues)));
        assertEquals(expected, actual, "after " + when);
    }

    // ------------------------------------------------------------ what is parsed, what is validated again

    static final String TABLE = """
            normalization NL {
                rule "ext" pattern "^(4\\d{3})$"     translation "+3120710$1"
                rule "nat" pattern "^0([1-9]\\d{8})$" translation "+31$1"
            }
            """;

    static final String TABLE_TEST = """
            test NL {
                "4000"       -> "+31207104000"
                "0201234567" -> "+31201234567"
            }
            """;

    static MemorySource project(int unrelated) {
        MemorySource source = new MemorySource();
        source.put("table.ucm", TABLE);
        source.put("tests.ucm", TABLE_TEST);
        for (int i = 0; i < unrelated; i++) {
            source.put("other" + i + ".ucm", TABLE.replace("NL", "Other" + i));
        }
        return source;
    }

    @Test
    void aKeystrokeParsesTheEditedTextOnly() {
        MemorySource source = project(8);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        List<URI> parsed = new ArrayList<>();
        Consumer<URI> listener = parsed::add;
        ProjectIndex.addParseListener(listener);
        try {
            URI tests = uri("tests.ucm");
            ProjectIndex.Checked first = index.check(tests, TABLE_TEST, CancelIndicator.NullImpl);
            assertEquals(List.of(), findings(tests, first.issues()));
            assertEquals(10, parsed.size(), "the first check describes every other file once, then parses the text: " + parsed);

            for (int i = 0; i < 3; i++) {
                parsed.clear();
                String text = TABLE_TEST.replace("+31201234567", "+3120123456" + i);
                ProjectIndex.Checked checked = index.check(tests, text, CancelIndicator.NullImpl);
                assertEquals(List.of(tests), parsed, "keystroke " + i);
                // the table in the other file was read: the case's expectation is checked against its rules
                assertEquals(List.of("test.failed"), findings(tests, checked.issues()).stream().map(Finding::code).toList());
            }

            parsed.clear();
            source.put("table.ucm", TABLE.replace("+31$1", "+32$1"));
            index.check(tests, TABLE_TEST, CancelIndicator.NullImpl);
            assertEquals(List.of(uri("table.ucm"), tests), parsed, "a changed file is parsed once, then used");
        } finally {
            ProjectIndex.removeParseListener(listener);
        }
    }

    @Test
    void renamingAnExportedNameValidatesItsDependentsAgainAndOnlyThem() {
        MemorySource source = project(3);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        ProjectIndex.Build full = index.build(Set.of(), true, CancelIndicator.NullImpl);
        assertEquals(5, full.issues().size());
        assertEquals(List.of(), findings(uri("tests.ucm"), full.issues().get(uri("tests.ucm"))));

        URI table = source.put("table.ucm", TABLE.replace("normalization NL", "normalization NL2"));
        ProjectIndex.Build renamed = index.build(Set.of(table), false, CancelIndicator.NullImpl);
        assertEquals(Set.of(table, uri("tests.ucm")), renamed.issues().keySet());
        assertEquals(List.of("1:6 linking: Unknown table or topology 'NL'"), render(findings(uri("tests.ucm"),
                renamed.issues().get(uri("tests.ucm")))));

        source.put("table.ucm", TABLE);
        ProjectIndex.Build back = index.build(Set.of(table), false, CancelIndicator.NullImpl);
        assertEquals(Set.of(table, uri("tests.ucm")), back.issues().keySet());
        assertEquals(List.of(), back.issues().get(uri("tests.ucm")));
    }

    @Test
    void aContentChangeValidatesTheFilesReferringToItEvenWithTheSameNames() {
        MemorySource source = project(3);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        index.build(Set.of(), true, CancelIndicator.NullImpl);
        URI table = source.put("table.ucm", TABLE.replace("\"+31$1\"", "\"+32$1\""));
        ProjectIndex.Build changed = index.build(Set.of(table), false, CancelIndicator.NullImpl);
        assertEquals(Set.of(table, uri("tests.ucm")), changed.issues().keySet());
        assertEquals(List.of("e164.implausible", "test.failed"), findings(uri("tests.ucm"), changed.issues().get(uri("tests.ucm")))
                .stream().map(Finding::code).toList());

        URI other = source.put("other0.ucm", TABLE.replace("NL", "Other0").replace("ext", "extension"));
        ProjectIndex.Build unrelated = index.build(Set.of(other), false, CancelIndicator.NullImpl);
        assertEquals(Set.of(other), unrelated.issues().keySet(), "no file refers to it or shares a name with it");
    }

    @Test
    void deletingAFileTurnsReferencesIntoItIntoUnresolvedReferences() {
        MemorySource source = project(2);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        index.build(Set.of(), true, CancelIndicator.NullImpl);
        URI table = source.remove("table.ucm");
        ProjectIndex.Build build = index.build(Set.of(table), false, CancelIndicator.NullImpl);
        assertEquals(Set.of(table), build.removed());
        assertEquals(Set.of(uri("tests.ucm")), build.issues().keySet());
        assertEquals(List.of("1:6 linking: Unknown table or topology 'NL'"), render(findings(uri("tests.ucm"),
                build.issues().get(uri("tests.ucm")))));
        assertFalse(source.texts.containsKey(table));
        assertTrue(index.check(uri("tests.ucm"), TABLE_TEST, CancelIndicator.NullImpl).issues().stream()
                .anyMatch(i -> i.getMessage().equals("Unknown table or topology 'NL'")));
    }

    @Test
    void openDoesNotWaitForABuildInProgress() throws Exception {
        java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        MemorySource source = new MemorySource() {
            @Override
            public String text(URI file) {
                if (Thread.currentThread().getName().equals("build") && file.equals(uri("table.ucm"))) {
                    reading.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.text(file);
            }
        };
        source.put("table.ucm", TABLE);
        source.put("tests.ucm", TABLE_TEST);
        ProjectIndex index = new ProjectIndex(ModelSet.injector(), source);
        Thread build = new Thread(() -> index.build(Set.of(), true, CancelIndicator.NullImpl), "build");
        build.start();
        try {
            assertTrue(reading.await(30, java.util.concurrent.TimeUnit.SECONDS), "the build reads the table");
            long start = System.nanoTime();
            org.eclipse.xtext.resource.XtextResource opened = index.open(uri("tests.ucm"), TABLE_TEST);
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "open came back while the build held the index");
            io.dialscape.dsl.dialscape.Test test = (io.dialscape.dsl.dialscape.Test) ((io.dialscape.dsl.dialscape.Model) opened
                    .getContents().get(0)).getElements().get(0);
            assertEquals("NL", ((io.dialscape.dsl.dialscape.Normalization) test.getTable()).getName(), "the other file's table");
            assertTrue(build.isAlive(), "the build was still waiting");
        } finally {
            release.countDown();
            build.join(60_000);
        }
    }

    static List<String> render(List<Finding> findings) {
        return findings.stream().map(f -> f.line() + ":" + f.column() + " " + f.code() + ": " + f.message()).toList();
    }
}
