package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.ide.outline.Blocks;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.FoldingRangeKind;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Folding ranges as the Eclipse editor folds: every block and block comment ({@link Blocks}); Xtext's
 * server keeps those that span several lines.
 */
public class DialscapeFoldingRangeProvider implements IFoldingRangeProvider {

    @Override
    public SortedSet<FoldingRange> getFoldingRanges(XtextResource resource, CancelIndicator cancelIndicator) {
        SortedSet<FoldingRange> ranges = new TreeSet<>((a, b) -> a.getOffset() != b.getOffset()
                ? Integer.compare(a.getOffset(), b.getOffset()) : Integer.compare(a.getLength(), b.getLength()));
        if (resource == null || resource.getParseResult() == null) {
            return ranges;
        }
        for (Blocks.Block block : Blocks.of(resource.getParseResult().getRootNode().getText())) {
            ranges.add(new FoldingRange(block.offset(), block.end() - block.offset(),
                    block.comment() ? FoldingRangeKind.COMMENT : null));
        }
        return ranges;
    }
}
