package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * Parses the editor's text with the library and the project's other models, validates it
 * and replaces the file's problem markers; the editor's marker annotation model then shows
 * them as annotations. Also makes sure the project has the Dialscape builder.
 */
public class ValidationStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

    /** Told after each validation of an editor's text (the outline, tests and the benchmark listen). */
    private static final List<Consumer<ModelChecker.Checked>> LISTENERS = new CopyOnWriteArrayList<>();

    private IDocument document;
    private IProgressMonitor monitor = new NullProgressMonitor();

    public static void addListener(Consumer<ModelChecker.Checked> listener) {
        LISTENERS.add(listener);
    }

    public static void removeListener(Consumer<ModelChecker.Checked> listener) {
        LISTENERS.remove(listener);
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
    }

    @Override
    public void initialReconcile() {
        validate();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        validate();
    }

    @Override
    public void reconcile(IRegion partition) {
        validate();
    }

    private void validate() {
        IDocument current = document;
        IFile file = ProjectModels.fileOf(current);
        if (file == null) {
            return;
        }
        DialscapeNature.ensureOn(file.getProject());
        long stamp = ProblemMarkers.nextStamp(file);
        String text = current.get();
        IProgressMonitor progress = monitor;
        try {
            ModelChecker.Checked checked = ModelChecker.check(file, text, progress::isCanceled);
            if (progress.isCanceled()) {
                return;
            }
            ProblemMarkers.schedule(file, checked.issues(), stamp);
            for (Consumer<ModelChecker.Checked> listener : LISTENERS) {
                listener.accept(checked);
            }
        } catch (OperationCanceledError | OperationCanceledException e) {
            // the text changed meanwhile: the reconciler comes back with the new text
        } catch (RuntimeException e) {
            DialscapeUiPlugin.log("Dialscape could not validate " + file.getFullPath(), e);
        }
    }
}
