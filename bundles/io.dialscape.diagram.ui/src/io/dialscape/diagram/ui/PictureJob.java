package io.dialscape.diagram.ui;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramGraph;
import io.dialscape.diagram.DiagramLayout;
import io.dialscape.diagram.TopologyDiagrams;
import io.dialscape.dsl.ui.DialscapeUiPlugin;
import io.dialscape.dsl.ui.validation.ModelChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.service.OperationCanceledError;

/**
 * Turns validated models into pictures off the UI thread. Requests coalesce: while one picture is being made,
 * newer requests replace each other and only the newest is drawn next, so a burst of reconciles costs one
 * layout. The layout is skipped altogether when the topology's shape is unchanged (typing elsewhere, a problem
 * coming or going): {@link DiagramLayout#layout(DiagramGraph, Diagram)} reuses the last geometry.
 */
final class PictureJob extends Job {

    /** What to draw: the reconciler's result, or an editor's text that nothing has validated yet. */
    sealed interface Request permits Validated, Text {
        IFile file();
    }

    record Validated(ModelChecker.Checked checked) implements Request {
        @Override
        public IFile file() {
            return checked.file();
        }
    }

    record Text(IFile file, String text) implements Request {
    }

    private final AtomicReference<Request> pending = new AtomicReference<>();
    private final Consumer<Picture> show;
    /** The last diagrams of each model made from text without syntax errors: the stale picture, and the layouts to reuse. */
    private final Map<IFile, List<Diagram>> lastGood = new ConcurrentHashMap<>();

    PictureJob(Consumer<Picture> show) {
        super("Drawing the topology diagram");
        this.show = show;
        setSystem(true);
        setPriority(Job.LONG); // after the short jobs that write the problem markers
    }

    /** Draws this next, instead of any request still waiting. */
    void request(Request request) {
        pending.set(request);
        schedule();
    }

    /** Drops what is kept of a model (its editor closed). */
    void forget(IFile file) {
        lastGood.remove(file);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Request request = pending.getAndSet(null);
        if (request == null || monitor.isCanceled()) {
            return Status.OK_STATUS;
        }
        try {
            ModelChecker.Checked checked = switch (request) {
                case Validated validated -> validated.checked();
                case Text text -> ModelChecker.check(text.file(), text.text(), () -> monitor.isCanceled() || pending.get() != null);
            };
            if (monitor.isCanceled() || pending.get() != null && request instanceof Text) {
                return Status.OK_STATUS; // a newer request follows
            }
            show.accept(picture(checked));
        } catch (OperationCanceledError | OperationCanceledException e) {
            // a newer request follows
        } catch (RuntimeException e) {
            DialscapeUiPlugin.log("Dialscape could not draw the topology of " + request.file().getFullPath(), e);
        }
        return Status.OK_STATUS;
    }

    /** The picture of a validated model. */
    Picture picture(ModelChecker.Checked checked) {
        IFile file = checked.file();
        XtextResource resource = checked.resource();
        if (resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors()) {
            return Picture.syntaxErrors(file, lastGood.get(file));
        }
        List<Diagram> previous = lastGood.getOrDefault(file, List.of());
        List<Diagram> diagrams = new ArrayList<>();
        for (DiagramGraph graph : TopologyDiagrams.graphs(resource, checked.issues())) {
            Diagram before = previous.stream().filter(d -> d.name().equals(graph.name())).findFirst().orElse(null);
            diagrams.add(DiagramLayout.layout(graph, before));
        }
        lastGood.put(file, List.copyOf(diagrams));
        return Picture.of(file, diagrams);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == PictureJob.class;
    }
}
