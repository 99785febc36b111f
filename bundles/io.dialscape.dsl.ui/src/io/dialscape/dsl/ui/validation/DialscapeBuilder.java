package io.dialscape.dsl.ui.validation;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Validates a project's .ucm files so references across files resolve and a change to a table or a platform
 * updates the problems of every file that uses it. A full build validates every file; an incremental one the files
 * the delta changed (added, edited, removed) and the files whose results may depend on them, as the project's
 * {@link WorkspaceIndex} knows from the last build (what each file looked up and where its references went).
 * A change elsewhere in the project does not wake it.
 */
public class DialscapeBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.dialscape.dsl.ui.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        boolean full = kind == FULL_BUILD || kind == CLEAN_BUILD;
        Set<IFile> changed = new LinkedHashSet<>();
        if (!full) {
            IResourceDelta delta = getDelta(getProject());
            if (delta == null) {
                full = true;
            } else {
                if (!collectModels(delta, changed)) {
                    return null;
                }
            }
        }
        progress.beginTask("Validating Dialscape models of " + getProject().getName(), IProgressMonitor.UNKNOWN);
        ModelChecker.Built built = ModelChecker.build(getProject(), changed, full, progress::isCanceled);
        if (progress.isCanceled()) {
            return null;
        }
        if (full) {
            // markers of files that are no longer models of the project (moved into a derived folder, say)
            for (IMarker marker : getProject().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
                if (!(marker.getResource() instanceof IFile file) || !built.issues().containsKey(file)) {
                    marker.delete();
                }
            }
        }
        for (IFile file : built.removed()) {
            if (file.exists()) {
                file.deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
            }
        }
        ProblemMarkers.replaceAll(built.issues());
        progress.done();
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }

    /**
     * Collects the model files the delta added, removed or changed the contents of; true when the project's models
     * may have changed (also when a folder became derived, which takes its models out without a change of theirs).
     */
    private static boolean collectModels(IResourceDelta delta, Set<IFile> changed) throws CoreException {
        boolean[] relevant = {false};
        delta.accept(d -> {
            if (ProjectModels.isModel(d.getResource()) && (d.getKind() != IResourceDelta.CHANGED
                    || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0)) {
                changed.add((IFile) d.getResource());
                relevant[0] = true;
            }
            if (d.getResource().getType() == IResource.FOLDER && (d.getFlags() & IResourceDelta.DERIVED_CHANGED) != 0) {
                relevant[0] = true;
            }
            return true;
        });
        return relevant[0];
    }
}
