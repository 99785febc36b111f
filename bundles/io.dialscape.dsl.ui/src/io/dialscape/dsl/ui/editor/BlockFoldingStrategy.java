package io.dialscape.dsl.ui.editor;

import io.dialscape.dsl.ide.outline.Blocks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerLifecycle;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.IProjectionListener;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/** Folding of every block ({@code { ... }}) and block comment that spans several lines ({@link Blocks}). */
public class BlockFoldingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension, ITextViewerLifecycle, IProjectionListener {

    private ProjectionViewer viewer;
    private IDocument document;
    private volatile ProjectionAnnotationModel model;

    @Override
    public void install(ITextViewer textViewer) {
        if (textViewer instanceof ProjectionViewer projection) {
            viewer = projection;
            viewer.addProjectionListener(this);
            model = viewer.getProjectionAnnotationModel();
        }
    }

    @Override
    public void uninstall() {
        if (viewer != null) {
            viewer.removeProjectionListener(this);
            viewer = null;
        }
        model = null;
    }

    @Override
    public void projectionEnabled() {
        model = viewer == null ? null : viewer.getProjectionAnnotationModel();
        update();
    }

    @Override
    public void projectionDisabled() {
        model = null;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
    }

    @Override
    public void initialReconcile() {
        update();
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        update();
    }

    @Override
    public void reconcile(IRegion partition) {
        update();
    }

    private void update() {
        ProjectionAnnotationModel annotations = model;
        IDocument current = document;
        if (annotations == null || current == null) {
            return;
        }
        Set<Position> wanted = new HashSet<>(regions(current));
        List<Annotation> deletions = new ArrayList<>();
        Set<Position> kept = new HashSet<>();
        for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
            Annotation annotation = it.next();
            if (annotation instanceof ProjectionAnnotation) {
                Position position = annotations.getPosition(annotation);
                Position key = position == null ? null : new Position(position.getOffset(), position.getLength());
                if (key != null && wanted.contains(key) && kept.add(key)) {
                    continue;
                }
                deletions.add(annotation);
            }
        }
        Map<Annotation, Position> additions = new HashMap<>();
        for (Position position : wanted) {
            if (!kept.contains(position)) {
                additions.put(new ProjectionAnnotation(), position);
            }
        }
        if (!deletions.isEmpty() || !additions.isEmpty()) {
            annotations.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
        }
    }

    /** Whole-line regions of the multi-line blocks and block comments ({@link Blocks}, shared with the language server). */
    static List<Position> regions(IDocument document) {
        List<Position> regions = new ArrayList<>();
        for (Blocks.Block block : Blocks.of(document.get())) {
            add(document, block.offset(), block.end(), regions);
        }
        return regions;
    }

    private static void add(IDocument document, int start, int end, List<Position> regions) {
        try {
            int firstLine = document.getLineOfOffset(start);
            int lastLine = document.getLineOfOffset(Math.min(end, document.getLength()));
            if (lastLine <= firstLine) {
                return;
            }
            int from = document.getLineOffset(firstLine);
            IRegion last = document.getLineInformation(lastLine);
            String delimiter = document.getLineDelimiter(lastLine);
            int to = last.getOffset() + last.getLength() + (delimiter == null ? 0 : delimiter.length());
            regions.add(new Position(from, to - from));
        } catch (BadLocationException e) {
            // the document changed meanwhile: the next reconcile gets it right
        }
    }
}
