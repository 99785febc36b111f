package io.dialscape.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests do in the workbench: projects, editors, waiting for the reconciler. */
final class Workbench {

    private Workbench() {
    }

    static IProject project(String name) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (!project.exists()) {
            project.create(null);
        }
        if (!project.isOpen()) {
            project.open(null);
        }
        return project;
    }

    static IFile file(IProject project, String name, String text) throws CoreException {
        IFile file = project.getFile(name);
        ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(contents, IResource.FORCE, null);
        } else {
            file.create(contents, true, null);
        }
        file.setCharset("UTF-8", null);
        return file;
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static ITextEditor open(IFile file) throws CoreException {
        return (ITextEditor) IDE.openEditor(page(), file, true);
    }

    static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    static ITextViewer viewer(ITextEditor editor) {
        return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
    }

    static List<IMarker> markers(IFile file) {
        try {
            return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
        } catch (CoreException e) {
            return List.of();
        }
    }

    static IMarker marker(IFile file, String code) {
        return markers(file).stream().filter(m -> code.equals(ProblemMarkers.code(m))).findFirst().orElse(null);
    }

    /** Runs the UI event loop until the condition holds. */
    static void waitUntil(String what, BooleanSupplier condition, long timeoutMillis) {
        waitFor(what, () -> condition.getAsBoolean() ? Boolean.TRUE : null, timeoutMillis);
    }

    static <T> T waitFor(String what, Supplier<T> value, long timeoutMillis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (true) {
            T result = value.get();
            if (result != null) {
                return result;
            }
            if (System.currentTimeMillis() > end) {
                fail("Timed out after " + timeoutMillis + " ms waiting for " + what);
            }
            if (display == null || !display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("Interrupted waiting for " + what);
                }
            }
        }
    }

    /** Lets the UI process what is queued for a moment. */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (display == null || !display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
