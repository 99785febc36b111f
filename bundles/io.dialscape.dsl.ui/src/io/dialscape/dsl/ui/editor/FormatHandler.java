package io.dialscape.dsl.ui.editor;

import com.google.inject.Injector;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProjectModels;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

/** Source &gt; Format (Ctrl+Shift+F): the language's formatter over the whole model, as one undoable change. */
public class FormatHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (part instanceof ITextEditor editor) {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            if (!format(document)) {
                editor.getEditorSite().getActionBars().getStatusLineManager()
                        .setErrorMessage("Dialscape formats a model once it has no syntax errors");
            }
        }
        return null;
    }

    /** Formats the document; false (and no change) when the text has syntax errors. */
    public static boolean format(IDocument document) {
        String text = document.get();
        XtextResource resource = ModelChecker.parse(ProjectModels.fileOf(document), text);
        if (!resource.getErrors().isEmpty()) {
            return false;
        }
        Injector injector = DialscapeInjector.get();
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        List<ITextReplacement> replacements = injector.getInstance(IFormatter2.class).format(request);
        MultiTextEdit edit = new MultiTextEdit();
        for (ITextReplacement replacement : replacements) {
            String current = text.substring(replacement.getOffset(), replacement.getOffset() + replacement.getLength());
            if (!current.equals(replacement.getReplacementText())) {
                edit.addChild(new ReplaceEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
            }
        }
        try {
            edit.apply(document);
        } catch (MalformedTreeException | BadLocationException e) {
            return false;
        }
        return true;
    }
}
