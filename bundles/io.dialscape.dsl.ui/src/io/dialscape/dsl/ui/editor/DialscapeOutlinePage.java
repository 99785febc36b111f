package io.dialscape.dsl.ui.editor;

import io.dialscape.dsl.ide.outline.OutlineNode;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ValidationStrategy;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The outline of a model: platforms, topologies with their sites, pools and servers, tables with their rules, tests. Follows each re-validation. */
public class DialscapeOutlinePage extends ContentOutlinePage {

    private final ITextEditor editor;
    private final IFile file;
    private final Consumer<ModelChecker.Checked> listener = this::validated;

    public DialscapeOutlinePage(ITextEditor editor, IFile file) {
        this.editor = editor;
        this.file = file;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer viewer = getTreeViewer();
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> list ? list.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof OutlineNode node ? node.children().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof OutlineNode node && !node.children().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof OutlineNode node ? node.label() : String.valueOf(element);
            }
        });
        viewer.setAutoExpandLevel(2);
        ValidationStrategy.addListener(listener);
        IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        if (document != null) {
            String text = document.get();
            Job job = Job.create("Outline of " + file.getName(), monitor -> {
                show(OutlineNode.of(ModelChecker.parse(file, text)));
                return Status.OK_STATUS;
            });
            job.setSystem(true);
            job.schedule();
        }
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        super.selectionChanged(event);
        if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
            editor.selectAndReveal(node.offset(), 0);
        }
    }

    private void validated(ModelChecker.Checked checked) {
        if (file.equals(checked.file())) {
            show(OutlineNode.of(checked.resource()));
        }
    }

    private void show(List<OutlineNode> nodes) {
        Display display = Display.getDefault();
        display.asyncExec(() -> {
            TreeViewer viewer = getTreeViewer();
            if (viewer == null || viewer.getControl().isDisposed()) {
                return;
            }
            Object[] expanded = viewer.getExpandedElements();
            viewer.setInput(nodes);
            if (expanded.length > 0) {
                viewer.expandToLevel(2);
            }
        });
    }

    @Override
    public void dispose() {
        ValidationStrategy.removeListener(listener);
        super.dispose();
    }
}
