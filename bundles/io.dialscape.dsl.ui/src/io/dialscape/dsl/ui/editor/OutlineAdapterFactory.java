package io.dialscape.dsl.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the Generic Editor an outline when it shows a .ucm file. */
public class OutlineAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
            IFile file = editor.getEditorInput() == null ? null : editor.getEditorInput().getAdapter(IFile.class);
            if (file != null && "ucm".equals(file.getFileExtension())) {
                return adapterType.cast(new DialscapeOutlinePage(editor, file));
            }
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] {IContentOutlinePage.class};
    }
}
