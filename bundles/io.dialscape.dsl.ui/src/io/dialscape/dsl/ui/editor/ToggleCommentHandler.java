package io.dialscape.dsl.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.text.edits.DeleteEdit;
import org.eclipse.text.edits.InsertEdit;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Toggle Comment (Ctrl+/): comments the selected lines out with {@code //}, or back in when they all are. */
public class ToggleCommentHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof ITextEditor editor) {
            ISelection selection = editor.getSelectionProvider().getSelection();
            if (selection instanceof ITextSelection text) {
                IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
                toggle(document, text.getStartLine(), Math.max(text.getStartLine(), text.getEndLine()));
            }
        }
        return null;
    }

    public static void toggle(IDocument document, int firstLine, int lastLine) {
        try {
            boolean allCommented = true;
            for (int line = firstLine; line <= lastLine; line++) {
                String text = lineText(document, line);
                if (!text.isBlank() && !text.stripLeading().startsWith("//")) {
                    allCommented = false;
                }
            }
            MultiTextEdit edit = new MultiTextEdit();
            for (int line = firstLine; line <= lastLine; line++) {
                IRegion region = document.getLineInformation(line);
                String text = lineText(document, line);
                if (allCommented) {
                    int at = text.indexOf("//");
                    if (at >= 0) {
                        edit.addChild(new DeleteEdit(region.getOffset() + at, 2));
                    }
                } else if (!text.isBlank() || firstLine == lastLine) {
                    edit.addChild(new InsertEdit(region.getOffset(), "//"));
                }
            }
            edit.apply(document);
        } catch (BadLocationException e) {
            // the selection is stale: nothing to do
        }
    }

    private static String lineText(IDocument document, int line) throws BadLocationException {
        IRegion region = document.getLineInformation(line);
        return document.get(region.getOffset(), region.getLength());
    }
}
