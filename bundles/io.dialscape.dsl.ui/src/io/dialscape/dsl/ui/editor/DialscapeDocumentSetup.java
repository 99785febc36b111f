package io.dialscape.dsl.ui.editor;

import org.eclipse.core.filebuffers.IDocumentSetupParticipant;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension3;
import org.eclipse.jface.text.IDocumentPartitioner;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.FastPartitioner;
import org.eclipse.jface.text.rules.IPredicateRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.RuleBasedPartitionScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;

/**
 * Partitions a .ucm document so that highlighting can repaint line by line: block comments
 * (which span lines) get a partition of their own; strings and line comments stay in the
 * default partition (the lexer colours them) but are recognized here so that a {@code /*}
 * inside them does not open a comment.
 */
public class DialscapeDocumentSetup implements IDocumentSetupParticipant {

    /** The partitioning of .ucm documents (a document setup participant may not replace the default one). */
    public static final String PARTITIONING = "io.dialscape.dsl.ui.partitioning";
    public static final String BLOCK_COMMENT = "__ucm_block_comment";
    public static final String[] CONTENT_TYPES = {BLOCK_COMMENT};

    @Override
    public void setup(IDocument document) {
        IDocumentPartitioner partitioner = new FastPartitioner(new PartitionScanner(), CONTENT_TYPES);
        if (document instanceof IDocumentExtension3 extension) {
            extension.setDocumentPartitioner(PARTITIONING, partitioner);
            partitioner.connect(document);
        }
    }

    static final class PartitionScanner extends RuleBasedPartitionScanner {
        PartitionScanner() {
            // A token without data is consumed but makes no partition.
            IToken plain = new Token(null);
            IToken comment = new Token(BLOCK_COMMENT);
            setPredicateRules(new IPredicateRule[] {
                    new SingleLineRule("\"", "\"", plain, '\\', true),
                    new EndOfLineRule("//", plain),
                    new MultiLineRule("/*", "*/", comment, (char) 0, true)});
        }
    }
}
