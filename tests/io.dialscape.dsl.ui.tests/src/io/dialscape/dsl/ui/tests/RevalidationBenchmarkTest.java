package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ValidatingReconciler;
import io.dialscape.dsl.ui.validation.ValidationStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * As-you-type re-validation on a 5,000-line model in the real editor: one keystroke, then the
 * reconciler's parse + validate of the whole model (with the library and the project's other
 * models) is timed, and so is the time from the keystroke until the problem markers are
 * written (which includes the reconciler's pause of {@link ValidatingReconciler#DELAY_MILLIS} ms).
 * Prints the medians and writes them to target/revalidation-benchmark.txt.
 */
class RevalidationBenchmarkTest {

    private static final int LINES = 5_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 21;

    @Test
    void revalidationAfterAKeystrokeOnA5000LineModel() throws Exception {
        IProject project = project("benchmark");
        String text = LargeModel.text(LINES);
        IFile file = file(project, "large.ucm", text);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        int lines = document.getNumberOfLines();

        LinkedBlockingQueue<ModelChecker.Checked> results = new LinkedBlockingQueue<>();
        Consumer<ModelChecker.Checked> listener = checked -> {
            if (file.equals(checked.file())) {
                results.add(checked);
            }
        };
        ValidationStrategy.addListener(listener);
        List<Double> validateMillis = new ArrayList<>();
        List<Double> keystrokeToResultMillis = new ArrayList<>();
        try {
            waitFor("the first validation", () -> results.poll(), 60_000);
            int offset = text.indexOf("\"Emergency\"", text.length() / 2) + 2; // inside a rule label near the middle
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                results.clear();
                boolean insert = i % 2 == 0;
                long typed = System.nanoTime();
                if (insert) {
                    document.replace(offset, 0, "x");
                } else {
                    document.replace(offset, 1, "");
                }
                ModelChecker.Checked checked = waitFor("re-validation " + i, () -> results.poll(), 60_000);
                long done = System.nanoTime();
                if (i >= WARM_UP) {
                    validateMillis.add(checked.nanos() / 1e6);
                    keystrokeToResultMillis.add((done - typed) / 1e6);
                }
                settle(20);
            }
        } finally {
            ValidationStrategy.removeListener(listener);
            editor.close(false);
        }
        String report = String.format(
                "Re-validation after one keystroke, %d-line model, %d runs after %d warm-up: parse + validate median %.0f ms "
                        + "(min %.0f, max %.0f); keystroke to result median %.0f ms (includes the %d ms reconciler pause)",
                lines, MEASURED, WARM_UP, median(validateMillis), Collections.min(validateMillis), Collections.max(validateMillis),
                median(keystrokeToResultMillis), ValidatingReconciler.DELAY_MILLIS);
        System.out.println("[benchmark] " + report);
        Path out = Path.of("target", "revalidation-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n");
        assertTrue(lines >= LINES, "model has " + lines + " lines");
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
