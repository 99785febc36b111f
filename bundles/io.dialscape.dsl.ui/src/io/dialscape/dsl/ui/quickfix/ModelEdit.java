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
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;

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

    /**
     * The lines a construct occupies, with their line break, when nothing but blanks and a
     * trailing comment shares them; otherwise exactly the construct.
     */
    static IRegion wholeLines(IDocument document, int offset, int end) throws BadLocationException {
        int firstLine = document.getLineOfOffset(offset);
        int lineStart = document.getLineOffset(firstLine);
        int lastLine = document.getLineOfOffset(end);
        IRegion last = document.getLineInformation(lastLine);
        int lineEnd = last.getOffset() + last.getLength();
        String before = document.get(lineStart, offset - lineStart);
        String after = document.get(end, lineEnd - end).strip();
        if (before.isBlank() && (after.isEmpty() || after.startsWith("//"))) {
            String delimiter = document.getLineDelimiter(lastLine);
            return new Region(lineStart, lineEnd + (delimiter == null ? 0 : delimiter.length()) - lineStart);
        }
        return new Region(offset, end - offset);
    }

    static String indentationOfLine(IDocument document, int offset) throws BadLocationException {
        IRegion line = document.getLineInformationOfOffset(offset);
        String text = document.get(line.getOffset(), line.getLength());
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(0, i);
    }

    static String lineDelimiter(IDocument document) {
        try {
            String delimiter = document.getLineDelimiter(0);
            return delimiter == null ? System.lineSeparator() : delimiter;
        } catch (BadLocationException e) {
            return "\n";
        }
    }
}
