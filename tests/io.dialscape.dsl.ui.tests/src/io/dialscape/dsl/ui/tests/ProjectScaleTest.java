package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.index.ProjectIndex;
import io.dialscape.dsl.ui.validation.DialscapeNature;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import io.dialscape.dsl.ui.validation.ProjectModels;
import io.dialscape.dsl.ui.validation.ValidationStrategy;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The editor and the builder on a project of several files, through the project's index: a keystroke parses the
 * edited text only; saving a renamed table updates the problems of the file that tests it; deleting the file turns the
 * test's reference into an unresolved one; and markers equal the command line's findings for the same files.
 */
class ProjectScaleTest {

    private static final long TIMEOUT = 30_000;

    private static final String TABLE = """
            normalization NL {
                rule "ext" pattern "^(4\\d{3})$"     translation "+3120710$1"
                rule "nat" pattern "^0([1-9]\\d{8})$" translation "+31$1"
            }
            """;

    private static final String TABLE_TEST = """
            test NL {
                "4000"       -> "+31207104000"
                "0201234567" -> "+31201234567"
            }
            """;

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    private static IProject projectWith(String name, int unrelated) throws Exception {
        IProject project = project(name);
        file(project, "table.ucm", TABLE);
        file(project, "tests.ucm", TABLE_TEST);
        for (int i = 0; i < unrelated; i++) {
            file(project, "other" + i + ".ucm", TABLE.replace("NL", "Other" + i));
        }
        DialscapeNature.add(project, null);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        return project;
    }

    @Test
    void aKeystrokeParsesTheEditedTextOnly() throws Exception {
        IProject project = projectWith("scale-keystroke", 8);
        IFile tests = project.getFile("tests.ucm");
        List<URI> parsed = new CopyOnWriteArrayList<>();
        Consumer<URI> counter = parsed::add;
        LinkedBlockingQueue<ModelChecker.Checked> results = new LinkedBlockingQueue<>();
        Consumer<ModelChecker.Checked> listener = checked -> {
            if (tests.equals(checked.file())) {
                results.add(checked);
            }
        };
        ValidationStrategy.addListener(listener);
        ProjectIndex.addParseListener(counter);
        try {
            ITextEditor editor = open(tests);
            IDocument document = document(editor);
            waitFor("the first validation", results::poll, TIMEOUT);
            for (int i = 0; i < 3; i++) {
                parsed.clear();
                results.clear();
                int offset = document.get().indexOf("+3120123456") + "+3120123456".length();
                document.replace(offset, 1, String.valueOf(i));
                ModelChecker.Checked checked = waitFor("validation after keystroke " + i, results::poll, TIMEOUT);
                assertEquals(List.of(ProjectModels.uri(tests)), parsed, "keystroke " + i);
                // the other file's table was read: the expectation is checked against its rules
                assertEquals(List.of(DialscapeIssueCodes.TEST_FAILED), checked.issues().stream()
                        .map(io.dialscape.dsl.validation.DiagnosticCodes::of).toList());
            }
        } finally {
            ProjectIndex.removeParseListener(counter);
            ValidationStrategy.removeListener(listener);
        }
    }

    @Test
    void renamingATableUpdatesTheProblemsOfTheFileThatTestsItAndDeletingItLeavesAnUnresolvedReference() throws Exception {
        IProject project = projectWith("scale-rename", 3);
        IFile table = project.getFile("table.ucm");
        IFile tests = project.getFile("tests.ucm");
        waitUntil("a clean build", () -> markers(tests).isEmpty() && markers(table).isEmpty(), TIMEOUT);

        ITextEditor editor = open(table);
        IDocument document = document(editor);
        document.replace(document.get().indexOf("NL"), 2, "NL2");
        editor.doSave(null);
        IMarker unresolved = waitFor("the unresolved test in tests.ucm", () -> marker(tests, DialscapeIssueCodes.LINKING), TIMEOUT);
        assertEquals("Unknown table or topology 'NL'", unresolved.getAttribute(IMarker.MESSAGE, ""));
        assertEquals(1, unresolved.getAttribute(IMarker.LINE_NUMBER, -1));

        document.replace(document.get().indexOf("NL2"), 3, "NL");
        editor.doSave(null);
        waitUntil("the marker gone again", () -> markers(tests).isEmpty(), TIMEOUT);

        page().closeAllEditors(false);
        table.delete(true, null);
        IMarker deleted = waitFor("the unresolved test after the delete", () -> marker(tests, DialscapeIssueCodes.LINKING), TIMEOUT);
        assertEquals("Unknown table or topology 'NL'", deleted.getAttribute(IMarker.MESSAGE, ""));
    }

    @Test
    void markersOfAGeneratedProjectEqualTheCommandLinesFindings() throws Exception {
        IProject project = project("scale-markers");
        Map<String, String> texts = new TreeMap<>();
        for (int i = 0; i < 6; i++) {
            texts.put("part" + i + ".ucm", LargeModel.part(i, 6, 300));
        }
        texts.put("sub/dup.ucm", "normalization p1NL0 {\n    rule \"x\" pattern \"^(1)$\" translation \"+311\"\n}\n");
        project.getFolder("sub").create(true, true, null);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            file(project, e.getKey(), e.getValue());
        }
        DialscapeNature.add(project, null);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        Job.getJobManager().join(ProblemMarkers.class, null);

        Map<Path, String> byPath = new TreeMap<>();
        texts.forEach((name, text) -> byPath.put(project.getFile(name).getLocation().toFile().toPath(), text));
        Map<Path, List<String>> expected = new TreeMap<>();
        byPath.keySet().forEach(p -> expected.put(p, new ArrayList<>()));
        for (Finding f : new BatchValidator().validateTexts(byPath).findings()) {
            if (!f.code().equals(DialscapeIssueCodes.FILE_EMPTY)) {
                expected.get(f.file()).add(f.line() + " " + f.severity() + " " + f.code() + ": " + f.message());
            }
        }
        expected.values().forEach(list -> list.sort(null));
        Map<Path, List<String>> actual = new TreeMap<>();
        for (String name : texts.keySet()) {
            IFile file = project.getFile(name);
            List<IMarker> markers = markers(file);
            List<String> rendered = new ArrayList<>();
            for (IMarker m : markers) {
                String severity = switch (m.getAttribute(IMarker.SEVERITY, -1)) {
                    case IMarker.SEVERITY_ERROR -> "error";
                    case IMarker.SEVERITY_WARNING -> "warning";
                    default -> "info";
                };
                String message = m.getAttribute(IMarker.MESSAGE, "");
                rendered.add(m.getAttribute(IMarker.LINE_NUMBER, 0) + " " + severity + " " + ProblemMarkers.code(m) + ": " + tidy(message));
            }
            rendered.sort(null);
            actual.put(file.getLocation().toFile().toPath(), rendered);
        }
        assertEquals(expected, actual);
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 0, "the project has findings to compare");
    }

    /** A marker's message as the command line prints it (one line, sentence case, no final period). */
    private static String tidy(String message) {
        String text = message.replace('\r', ' ').replace('\n', ' ').strip();
        if (text.endsWith(".") && !text.endsWith("..")) {
            text = text.substring(0, text.length() - 1);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
