package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import java.util.Set;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.IFileBuffer;
import org.eclipse.core.filebuffers.IFileBufferListener;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Markers written from unsaved text would outlive "close without saving": when a model's
 * editor buffer goes away, its file is validated again from disk, with the files whose results
 * depend on it (the build validated them against the unsaved text).
 */
public final class ClosedEditorRevalidation implements IFileBufferListener {

    public void install() {
        FileBuffers.getTextFileBufferManager().addFileBufferListener(this);
    }

    public void uninstall() {
        FileBuffers.getTextFileBufferManager().removeFileBufferListener(this);
    }

    @Override
    public void bufferDisposed(IFileBuffer buffer) {
        IPath location = buffer.getLocation();
        if (location == null || location.segmentCount() < 2) {
            return;
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
        if (!ProjectModels.isModel(file)) {
            return;
        }
        // the file is what it is on disk again: validate it and what depends on it, as a build after a save would
        Job job = Job.create("Validating " + file.getName(), monitor -> {
            if (!file.exists()) {
                return Status.OK_STATUS;
            }
            try {
                ModelChecker.Built built = ModelChecker.build(file.getProject(), Set.of(file), false, monitor::isCanceled);
                WorkspaceJob write = new WorkspaceJob("Updating Dialscape problems") {
                    @Override
                    public IStatus runInWorkspace(IProgressMonitor m) {
                        ProblemMarkers.replaceAll(built.issues());
                        return Status.OK_STATUS;
                    }
                };
                write.setSystem(true);
                write.setRule(file.getProject());
                write.schedule();
            } catch (RuntimeException e) {
                DialscapeUiPlugin.log("Dialscape could not validate " + file.getFullPath(), e);
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule(100);
    }

    @Override
    public void bufferCreated(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentAboutToBeReplaced(IFileBuffer buffer) {
    }

    @Override
    public void bufferContentReplaced(IFileBuffer buffer) {
    }

    @Override
    public void stateChanging(IFileBuffer buffer) {
    }

    @Override
    public void dirtyStateChanged(IFileBuffer buffer, boolean isDirty) {
    }

    @Override
    public void stateValidationChanged(IFileBuffer buffer, boolean isStateValidated) {
    }

    @Override
    public void underlyingFileMoved(IFileBuffer buffer, IPath path) {
    }

    @Override
    public void underlyingFileDeleted(IFileBuffer buffer) {
    }

    @Override
    public void stateChangeFailed(IFileBuffer buffer) {
    }
}
