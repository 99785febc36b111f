package io.dialscape.dsl.ui.editor;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.RuleBasedScanner;

/** Highlighting for the Generic Editor: the lexer for code, one colour for block comments. */
public class DialscapePresentationReconciler extends PresentationReconciler {

    public DialscapePresentationReconciler() {
        setDocumentPartitioning(DialscapeDocumentSetup.PARTITIONING);
        DefaultDamagerRepairer code = new DefaultDamagerRepairer(new DialscapeTokenScanner());
        setDamager(code, IDocument.DEFAULT_CONTENT_TYPE);
        setRepairer(code, IDocument.DEFAULT_CONTENT_TYPE);
        RuleBasedScanner wholeComment = new RuleBasedScanner();
        wholeComment.setDefaultReturnToken(DialscapeTokenScanner.COMMENT);
        DefaultDamagerRepairer comment = new DefaultDamagerRepairer(wholeComment);
        setDamager(comment, DialscapeDocumentSetup.BLOCK_COMMENT);
        setRepairer(comment, DialscapeDocumentSetup.BLOCK_COMMENT);
    }
}
