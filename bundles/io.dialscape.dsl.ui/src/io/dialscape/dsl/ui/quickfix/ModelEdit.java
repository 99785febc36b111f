package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;

/**
 * Applies a quick fix to a model's text: in the open editor's document when there is one
 * (the change is then undoable and unsaved, like any edit), else to the file itself.
 */
final class ModelEdit {

    interface Change {
        void apply(IDocument document) throws BadLocationException;
    }

    private ModelEdit() {
    }

    static void apply(IFile file, Change change) {
        ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
        IPath path = file.getFullPath();
        boolean open = manager.getTextFileBuffer(path, LocationKind.IFILE) != null;
        try {
            manager.connect(path, LocationKind.IFILE, new NullProgressMonitor());
            try {
                ITextFileBuffer buffer = manager.getTextFileBuffer(path, LocationKind.IFILE);
                change.apply(buffer.getDocument());
                if (!open) {
                    buffer.commit(new NullProgressMonitor(), true);
                }
            } finally {
                manager.disconnect(path, LocationKind.IFILE, new NullProgressMonitor());
            }
        } catch (CoreException | BadLocationException e) {
            DialscapeUiPlugin.log("The quick fix could not change " + path, e);
        }
    }
}
