package io.dialscape.dsl.ui.quickfix;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;

/** A quick fix that edits the model's document at its marker, through {@link ModelEdit}. */
abstract class DocumentFix implements IMarkerResolution2 {

    private final String label;
    private final String description;

    DocumentFix(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String getLabel() {
        return label;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (start < 0) {
            return;
        }
        ModelEdit.apply(file, document -> apply(marker, file, document, start, end));
    }

    /** Edits the document; {@code start} and {@code end} are the marker's character range. */
    abstract void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws BadLocationException;
}
