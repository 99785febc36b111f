package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.ui.TopologyDiagramView;

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
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * As-you-type re-validation on a 5,000-line model in the real editor: one keystroke, then the
 * reconciler's parse + validate of the whole model (with the library and the project's other
 * models) is timed, and so is the time from the keystroke until the problem markers are
 * written (which includes the reconciler's pause of {@link ValidatingReconciler#DELAY_MILLIS} ms).
 *
 * <p>Side by side in one run, the same measurement without and with the Topology Diagram view open
 * (it draws the model's topology of 672 servers after each re-validation), each for a keystroke in a
 * digit table (the topology keeps its shape: the view reuses its layout) and in a server's FQDN (its
 * box changes: a new layout in the background after every keystroke); with the view, also the time
 * from a keystroke in the topology until the view shows the new picture.
 * Prints the medians and writes them to target/revalidation-benchmark.txt.
 */
class RevalidationBenchmarkTest {

    private static final int LINES = 5_000;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 21;
    private static final int PICTURES = 9;

    /** The medians of one series of keystrokes. */
    record Series(List<Double> validateMillis, List<Double> keystrokeToResultMillis) {
    }

    @Test
    void revalidationAfterAKeystrokeOnA5000LineModel() throws Exception {
        IProject project = project("benchmark");
        String text = LargeModel.text(LINES);
        IFile file = file(project, "large.ucm", text);
        IWorkbenchPage page = page();
        if (page.findView(TopologyDiagramView.ID) != null) {
            page.hideView(page.findView(TopologyDiagramView.ID));
        }
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
        Series table;
        Series topology;
        Series tableWithView;
        Series topologyWithView;
        List<Double> keystrokeToPictureMillis = new ArrayList<>();
        int servers;
        try {
            waitFor("the first validation", () -> results.poll(), 60_000);
            int inTable = text.indexOf("\"Emergency\"", text.length() / 2) + 2; // inside a rule label near the middle
            int inTopology = text.indexOf("\"fe80a.bigcorp.local\"") + 3; // inside a server's FQDN
            // JIT and caches warm on both kinds of keystroke first, so that neither side of the comparison pays for it
            measure(document, results, inTable, 2 * WARM_UP, null);
            measure(document, results, inTopology, 2 * WARM_UP, null);
            table = measure(document, results, inTable, WARM_UP + MEASURED, null);
            topology = measure(document, results, inTopology, WARM_UP + MEASURED, null);

            TopologyDiagramView view = (TopologyDiagramView) page.showView(TopologyDiagramView.ID);
            page.activate(editor);
            servers = waitFor("the view's first picture", () -> {
                long drawn = view.drawn().stream().filter(b -> b.kind() == Kind.SERVER).count();
                return drawn > 0 ? (int) drawn : null;
            }, 120_000);
            tableWithView = measure(document, results, inTable, WARM_UP + MEASURED, null);
            topologyWithView = measure(document, results, inTopology, WARM_UP + MEASURED, null);
            settle(500);
            measure(document, results, inTopology, PICTURES + 1, view).keystrokeToResultMillis().stream().skip(1)
                    .forEach(keystrokeToPictureMillis::add);
        } finally {
            ValidationStrategy.removeListener(listener);
            editor.close(false);
        }
        String report = String.format(
                "Re-validation after one keystroke, %d-line model, %d runs after %d warm-up: parse + validate median %.0f ms "
                        + "(min %.0f, max %.0f); keystroke to result median %.0f ms (includes the %d ms reconciler pause)",
                lines, MEASURED, WARM_UP, median(table.validateMillis()), Collections.min(table.validateMillis()),
                Collections.max(table.validateMillis()), median(table.keystrokeToResultMillis()), ValidatingReconciler.DELAY_MILLIS)
                + "\n" + String.format("Side by side (parse + validate median; keystroke to result median), keystroke in a digit table: "
                        + "without the view %.0f ms; %.0f ms, with the Topology Diagram view (%d servers) %.0f ms; %.0f ms",
                        median(table.validateMillis()), median(table.keystrokeToResultMillis()), servers,
                        median(tableWithView.validateMillis()), median(tableWithView.keystrokeToResultMillis()))
                + "\n" + String.format("Keystroke in a server's FQDN (a new layout each time with the view): without the view %.0f ms; "
                        + "%.0f ms, with the view %.0f ms; %.0f ms; keystroke to the view's new picture median %.0f ms (min %.0f, max %.0f, %d runs)",
                        median(topology.validateMillis()), median(topology.keystrokeToResultMillis()),
                        median(topologyWithView.validateMillis()), median(topologyWithView.keystrokeToResultMillis()),
                        median(keystrokeToPictureMillis), Collections.min(keystrokeToPictureMillis),
                        Collections.max(keystrokeToPictureMillis), keystrokeToPictureMillis.size());
        System.out.println("[benchmark] " + report.replace("\n", "\n[benchmark] "));
        Path out = Path.of("target", "revalidation-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + "\n");
        assertTrue(lines >= LINES, "model has " + lines + " lines");
        assertEquals(672, servers, "the view drew every server of the model");
    }

    /**
     * Types and deletes one character at the offset, alternately (the text ends as it began), waiting for each
     * re-validation; the first {@link #WARM_UP} are not counted. With a view, each keystroke also waits for the
     * view's next picture, and the second list holds the time from the keystroke until it is shown.
     */
    private static Series measure(IDocument document, LinkedBlockingQueue<ModelChecker.Checked> results, int offset, int edits,
            TopologyDiagramView view) throws Exception {
        List<Double> validateMillis = new ArrayList<>();
        List<Double> latencyMillis = new ArrayList<>();
        int skip = view == null ? WARM_UP : 0;
        for (int i = 0; i < edits; i++) {
            results.clear();
            boolean insert = i % 2 == 0;
            int pictures = view == null ? 0 : view.pictures();
            long typed = System.nanoTime();
            if (insert) {
                document.replace(offset, 0, "x");
            } else {
                document.replace(offset, 1, "");
            }
            ModelChecker.Checked checked = waitFor("re-validation " + i, () -> results.poll(), 60_000);
            long done = System.nanoTime();
            if (view != null) {
                waitUntil("the view's picture " + i, () -> view.pictures() > pictures, 60_000);
                done = System.nanoTime();
            }
            if (i >= skip) {
                validateMillis.add(checked.nanos() / 1e6);
                latencyMillis.add((done - typed) / 1e6);
            }
            settle(20);
        }
        return new Series(validateMillis, latencyMillis);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
