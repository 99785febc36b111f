package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.DialscapeNature;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProjectModels;
import io.dialscape.dsl.ui.validation.ValidatingReconciler;
import io.dialscape.dsl.ui.validation.ValidationStrategy;
import io.dialscape.dsl.validation.DiagnosticCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * As-you-type re-validation at project scale, in the real editor (see docs/benchmarks.md, "Editor at project scale"):
 * one keystroke at a time, in turn, in
 * <ul>
 * <li>a project of one 1,000-line model,</li>
 * <li>a project of one 5,000-line model,</li>
 * <li>a project of 50 models of 1,000 lines that refer to each other (each file's gateway, user group and a test
 * name tables of its neighbours), the edited one in the middle;</li>
 * </ul>
 * and, on the same text as the 50-file project's editor, the way the editor worked before the project index (every
 * other model of the project read and parsed into a fresh resource set with the library on each check), as the
 * naive baseline. The reconciler's parse + validate is timed ({@link ModelChecker.Checked#nanos()}); the baseline the
 * same way, on the UI thread. The results of the two ways are compared on every keystroke.
 * <p>
 * Not part of the normal build: {@code DIALSCAPE_BENCHMARK=1} turns it on.
 */
@EnabledIfEnvironmentVariable(named = "DIALSCAPE_BENCHMARK", matches = "1")
class ProjectRevalidationBenchmarkTest {

    private static final int FILES = 50;
    private static final int LINES = 1_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 21;

    /** One editor being typed in. */
    private static final class Typing {
        final String name;
        final IFile file;
        final ITextEditor editor;
        final IDocument document;
        final int offset;
        final LinkedBlockingQueue<ModelChecker.Checked> results;
        final List<Double> millis = new ArrayList<>();

        Typing(String name, IFile file, Map<IFile, LinkedBlockingQueue<ModelChecker.Checked>> queues) throws Exception {
            this.name = name;
            this.file = file;
            this.results = queues.computeIfAbsent(file, f -> new LinkedBlockingQueue<>());
            this.editor = open(file);
            this.document = document(editor);
            String text = document.get();
            this.offset = text.indexOf("\"Emergency\"", text.length() / 2) + 2; // inside a rule label near the middle
        }

        ModelChecker.Checked type(int i) throws Exception {
            results.clear();
            if (i % 2 == 0) {
                document.replace(offset, 0, "x");
            } else {
                document.replace(offset, 1, "");
            }
            return waitFor(name + ", re-validation " + i, results::poll, 120_000);
        }
    }

    @Test
    void keystrokeRevalidationInAProjectOf50Files() throws Exception {
        IProject single = project("bench-single-1000");
        IFile singleFile = file(single, "model.ucm", LargeModel.text(LINES));
        IProject large = project("bench-single-5000");
        IFile largeFile = file(large, "model.ucm", LargeModel.text(5 * LINES));
        IProject estate = project("bench-estate-50");
        List<IFile> parts = new ArrayList<>();
        for (int i = 0; i < FILES; i++) {
            parts.add(file(estate, String.format("site%02d.ucm", i), LargeModel.part(i, FILES, LINES)));
        }
        for (IProject project : List.of(single, large, estate)) {
            DialscapeNature.add(project, null);
        }
        long buildStart = System.nanoTime();
        estate.build(IncrementalProjectBuilder.FULL_BUILD, null);
        double fullBuildMillis = (System.nanoTime() - buildStart) / 1e6;

        Map<IFile, LinkedBlockingQueue<ModelChecker.Checked>> queues = new java.util.concurrent.ConcurrentHashMap<>();
        for (IFile file : List.of(singleFile, largeFile, parts.get(FILES / 2))) {
            queues.put(file, new LinkedBlockingQueue<>());
        }
        List<Typing> typings = new ArrayList<>();
        Consumer<ModelChecker.Checked> listener = checked -> {
            LinkedBlockingQueue<ModelChecker.Checked> queue = checked.file() == null ? null : queues.get(checked.file());
            if (queue != null) {
                queue.add(checked);
            }
        };
        ValidationStrategy.addListener(listener);
        List<Double> naiveMillis = new ArrayList<>();
        try {
            typings.add(new Typing("single file, " + LINES + " lines", singleFile, queues));
            typings.add(new Typing("single file, " + 5 * LINES + " lines", largeFile, queues));
            typings.add(new Typing(FILES + " files of " + LINES + " lines", parts.get(FILES / 2), queues));
            Typing project = typings.get(2);
            for (Typing typing : typings) {
                waitFor(typing.name + ", first validation", typing.results::poll, 120_000);
            }
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                for (Typing typing : typings) {
                    ModelChecker.Checked checked = typing.type(i);
                    if (i >= WARM_UP) {
                        typing.millis.add(checked.nanos() / 1e6);
                    }
                    if (typing == project) {
                        long start = System.nanoTime();
                        List<Issue> naive = naiveCheck(project.file, project.document.get());
                        if (i >= WARM_UP) {
                            naiveMillis.add((System.nanoTime() - start) / 1e6);
                        }
                        assertEquals(render(naive), render(checked.issues()), "the index and the baseline disagree at keystroke " + i);
                    }
                    settle(20);
                }
            }
        } finally {
            ValidationStrategy.removeListener(listener);
            page().closeAllEditors(false);
        }
        double single1000 = median(typings.get(0).millis);
        StringBuilder report = new StringBuilder();
        report.append(String.format("Editor re-validation after one keystroke, %d runs each after %d warm-up, interleaved "
                + "(reconciler pause of %d ms not included):%n", MEASURED, WARM_UP, ValidatingReconciler.DELAY_MILLIS));
        for (Typing typing : typings) {
            report.append(String.format("  %-28s median %5.0f ms (min %.0f, max %.0f), %.2fx the single 1,000-line file%n",
                    typing.name, median(typing.millis), Collections.min(typing.millis), Collections.max(typing.millis),
                    median(typing.millis) / single1000));
        }
        report.append(String.format("  %-28s median %5.0f ms (min %.0f, max %.0f), %.2fx the single 1,000-line file%n",
                "naive baseline, 50 files", median(naiveMillis), Collections.min(naiveMillis), Collections.max(naiveMillis),
                median(naiveMillis) / single1000));
        report.append(String.format("  full build of the 50-file project: %.0f ms%n", fullBuildMillis));
        System.out.print("[benchmark] " + report);
        Path out = Path.of("target", "project-revalidation-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    /** How the editor checked a text before the project index: every other model of the project parsed with it, each time. */
    static List<Issue> naiveCheck(IFile file, String text) throws Exception {
        XtextResourceSet resourceSet = ModelSet.newResourceSet(DialscapeInjector.get());
        for (IFile other : ProjectModels.files(file.getProject())) {
            if (!other.equals(file)) {
                ModelSet.load(resourceSet, ProjectModels.uri(other), ProjectModels.text(other));
            }
        }
        XtextResource resource = ModelSet.load(resourceSet, ProjectModels.uri(file), text);
        return ModelSet.validate(resource, CancelIndicator.NullImpl);
    }

    static List<String> render(List<Issue> issues) {
        List<String> lines = new ArrayList<>();
        for (Issue issue : issues) {
            lines.add(issue.getLineNumber() + ":" + issue.getColumn() + " " + DiagnosticCodes.of(issue) + " " + issue.getMessage());
        }
        return lines;
    }

    static double median(List<Double> values) {
        return RevalidationBenchmarkTest.median(values);
    }
}
