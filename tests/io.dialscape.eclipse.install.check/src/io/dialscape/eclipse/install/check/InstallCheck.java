package io.dialscape.eclipse.install.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The check the stock-Eclipse install test runs inside the installed Eclipse: when the system property
 * {@value #PROPERTY} names a file, it lists the Dialscape bundles, creates a project with a model,
 * opens the model in the editor Eclipse chooses for it, waits for Dialscape's problem markers, writes
 * what it saw to the file (one fact a line) and closes the workbench. Knows nothing of Dialscape's
 * classes: only the marker type and the attribute names, as a user's Eclipse sees them.
 */
public class InstallCheck implements IStartup {

    static final String PROPERTY = "dialscape.installcheck";
    static final String MARKER_TYPE = "io.dialscape.dsl.ui.problem";
    static final long MARKER_WAIT_MS = 120_000;

    /** Line 5: FrontEnd and Monitoring may not share a server on OCS 2007 R2 (a rule of the bundled library). */
    static final String MODEL = """
            topology contoso platform ocs2007r2 {
                site Amsterdam region "NL" {
                    pool pool01 enterprise "pool01.nl.contoso.local" {
                        server fe01 "fe01.nl.contoso.local" roles FrontEnd, WebComponents, AVConferencing
                        server fe02 "fe02.nl.contoso.local" roles FrontEnd, Monitoring
                        server sql01 "sql01.nl.contoso.local" roles BackEndDatabase
                    }
                }
            }
            """;

    @Override
    public void earlyStartup() {
        String out = System.getProperty(PROPERTY);
        if (out == null || out.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        try {
            check(lines);
        } catch (Throwable t) {
            lines.add("error " + t);
        } finally {
            try {
                Files.write(Path.of(out), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                e.printStackTrace();
            }
            Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    private static void check(List<String> lines) throws Exception {
        Bundle[] bundles = FrameworkUtil.getBundle(InstallCheck.class).getBundleContext().getBundles();
        Arrays.stream(bundles).filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith("io.dialscape.")
                && !b.getSymbolicName().startsWith("io.dialscape.eclipse.install"))
                .sorted(Comparator.comparing(Bundle::getSymbolicName))
                .forEach(b -> lines.add("bundle " + b.getSymbolicName() + " " + (b.getState() >= Bundle.RESOLVED ? "resolved" : "unresolved")));

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("installcheck");
        if (!project.exists()) {
            project.create(null);
        }
        project.open(null);
        IFile file = project.getFile("model.ucm");
        if (file.exists()) {
            file.delete(true, null);
        }
        file.create(new ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)), true, null);
        lines.add("content-type " + (file.getContentDescription() == null ? "none" : file.getContentDescription().getContentType().getId()));

        AtomicReference<String> editor = new AtomicReference<>("none");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Display.getDefault().syncExec(() -> {
            try {
                IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
                if (window == null) {
                    window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
                }
                IEditorPart part = IDE.openEditor(window.getActivePage(), file);
                editor.set(part == null ? "none" : part.getSite().getId());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) {
            throw new IllegalStateException("opening the model failed", failure.get());
        }
        lines.add("editor " + editor.get());

        long start = System.currentTimeMillis();
        IMarker[] markers = new IMarker[0];
        while (System.currentTimeMillis() - start < MARKER_WAIT_MS) {
            markers = file.findMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
            if (markers.length > 0) {
                break;
            }
            Thread.sleep(200);
        }
        lines.add("markers after " + (System.currentTimeMillis() - start) + " ms");
        for (IMarker marker : markers) {
            lines.add("marker " + marker.getAttribute("code", "") + " line " + marker.getAttribute(IMarker.LINE_NUMBER, -1) + " "
                    + marker.getAttribute(IMarker.MESSAGE, ""));
        }
    }
}
