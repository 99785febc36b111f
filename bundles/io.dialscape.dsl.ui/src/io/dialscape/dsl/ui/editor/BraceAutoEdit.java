package io.dialscape.dsl.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/** Keeps the indentation of the line on Enter, indents after an opening brace, and outdents a typed closing brace. */
public class BraceAutoEdit implements IAutoEditStrategy {

    private static final String INDENT = "    ";

    @Override
    public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
        try {
            if (command.length == 0 && command.text != null && TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
                IRegion line = document.getLineInformationOfOffset(command.offset);
                String before = document.get(line.getOffset(), command.offset - line.getOffset());
                String indent = leadingWhitespace(before);
                if (before.stripTrailing().endsWith("{")) {
                    indent += INDENT;
                }
                command.text = command.text + indent;
            } else if ("}".equals(command.text) && command.length == 0) {
                IRegion line = document.getLineInformationOfOffset(command.offset);
                String before = document.get(line.getOffset(), command.offset - line.getOffset());
                if (before.isBlank() && before.endsWith(INDENT)) {
                    command.offset -= INDENT.length();
                    command.length = INDENT.length();
                }
            }
        } catch (BadLocationException e) {
            // leave the command as typed
        }
    }

    private static String leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(0, i);
    }
}
