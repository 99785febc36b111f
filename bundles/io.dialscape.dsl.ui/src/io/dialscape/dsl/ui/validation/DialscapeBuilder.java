package io.dialscape.dsl.ui.validation;

import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates every .ucm file of a project together, so references across files resolve and
 * a change to a table or a platform updates the problems of every file that uses it.
 * Runs when a model changes (a change elsewhere in the project does not wake it).
 */
public class DialscapeBuilder extends IncrementalProjectBuilder {

    public static final String ID = "io.dialscape.dsl.ui.builder";

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        if (kind != FULL_BUILD && kind != CLEAN_BUILD) {
            IResourceDelta delta = getDelta(getProject());
            if (delta != null && !touchesModels(delta)) {
                return null;
            }
        }
        progress.beginTask("Validating Dialscape models of " + getProject().getName(), IProgressMonitor.UNKNOWN);
        Map<IFile, List<Issue>> issues = ModelChecker.checkProject(getProject(), progress::isCanceled);
        if (progress.isCanceled()) {
            return null;
        }
        // markers of files that are no longer models of the project (moved into a derived folder, say)
        for (IMarker marker : getProject().findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE)) {
            if (!(marker.getResource() instanceof IFile file) || !issues.containsKey(file)) {
                marker.delete();
            }
        }
        ProblemMarkers.replaceAll(issues);
        progress.done();
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
    }

    private static boolean touchesModels(IResourceDelta delta) throws CoreException {
        boolean[] found = {false};
        delta.accept(d -> {
            if (found[0]) {
                return false;
            }
            if (ProjectModels.isModel(d.getResource()) && (d.getKind() != IResourceDelta.CHANGED
                    || (d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED | IResourceDelta.ENCODING)) != 0)) {
                found[0] = true;
            }
            return true;
        });
        return found[0];
    }
}
