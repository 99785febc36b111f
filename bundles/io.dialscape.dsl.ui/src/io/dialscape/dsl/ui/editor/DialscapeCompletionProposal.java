package io.dialscape.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * One proposal of content assist: replaces the prefix typed so far (and whatever is typed
 * while the list is open) with the proposal; stays in the list while the typed text is a
 * prefix of it, so the list narrows as the user types.
 */
public class DialscapeCompletionProposal implements ICompletionProposal, ICompletionProposalExtension2 {

    private final String replacement;
    private final int replacementOffset;
    private final int prefixLength;
    private final String displayString;
    private final String description;
    private int cursor;

    public DialscapeCompletionProposal(String replacement, int replacementOffset, int prefixLength, String label, String description) {
        this.replacement = replacement;
        this.replacementOffset = replacementOffset;
        this.prefixLength = prefixLength;
        this.description = description;
        String shown = label == null || label.isEmpty() ? replacement : label;
        this.displayString = description == null || description.isEmpty() ? shown : shown + " \u2014 " + description;
        this.cursor = replacement.length();
    }

    public String getReplacement() {
        return replacement;
    }

    public int getReplacementOffset() {
        return replacementOffset;
    }

    @Override
    public void apply(IDocument document) {
        apply(document, replacementOffset + prefixLength);
    }

    @Override
    public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
        apply(viewer.getDocument(), offset);
    }

    private void apply(IDocument document, int offset) {
        try {
            int end = Math.max(offset, replacementOffset);
            document.replace(replacementOffset, end - replacementOffset, replacement);
            cursor = replacement.length();
        } catch (BadLocationException e) {
            // the document changed under the list: nothing to do
        }
    }

    @Override
    public boolean validate(IDocument document, int offset, DocumentEvent event) {
        if (offset < replacementOffset) {
            return false;
        }
        try {
            String typed = document.get(replacementOffset, offset - replacementOffset);
            return replacement.regionMatches(true, 0, typed, 0, typed.length());
        } catch (BadLocationException e) {
            return false;
        }
    }

    @Override
    public Point getSelection(IDocument document) {
        return new Point(replacementOffset + cursor, 0);
    }

    @Override
    public String getAdditionalProposalInfo() {
        return description;
    }

    @Override
    public String getDisplayString() {
        return displayString;
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public IContextInformation getContextInformation() {
        return null;
    }

    @Override
    public void selected(ITextViewer viewer, boolean smartToggle) {
    }

    @Override
    public void unselected(ITextViewer viewer) {
    }
}
