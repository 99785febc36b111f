package io.dialscape.dsl.ui.editor;

import io.dialscape.dsl.ide.Hovers;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProjectModels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Hover in the Eclipse editor: the word under the mouse, the element there, and its text from
 * {@link Hovers}, the one implementation the language server uses too.
 */
public class DialscapeHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(start, end - start);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IDocument document = viewer.getDocument();
        return describeAt(document, region.getOffset());
    }

    /** The hover text for the element at the offset, or null. */
    public static String describeAt(IDocument document, int offset) {
        XtextResource resource = ModelChecker.parse(ProjectModels.fileOf(document), document.get());
        EObject element = DialscapeInjector.get().getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
        return describe(element);
    }

    static String describe(EObject element) {
        return Hovers.describe(element);
    }
}
