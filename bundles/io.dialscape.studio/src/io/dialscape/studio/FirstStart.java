package io.dialscape.studio;

import io.dialscape.dsl.ui.validation.DialscapeNature;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * On Dialscape Studio's first start in a workspace, imports the example models into a
 * project "dialscape-examples" and opens one of them. Does nothing in any other product
 * (the plug-ins also install into a plain Eclipse IDE).
 */
public class FirstStart implements IStartup {

    public static final String PRODUCT_ID = "io.dialscape.studio.product";
    public static final String PROJECT = "dialscape-examples";
    public static final String FIRST_MODEL = "ottawa-ocs2007r2.ucm";
    private static final String DONE = "examplesImported";

    @Override
    public void earlyStartup() {
        IProduct product = Platform.getProduct();
        if (product == null || !PRODUCT_ID.equals(product.getId())) {
            return;
        }
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("io.dialscape.studio");
        if (preferences.getBoolean(DONE, false)) {
            return;
        }
        try {
            IFile first = importExamples();
            preferences.putBoolean(DONE, true);
            preferences.flush();
            if (first != null) {
                PlatformUI.getWorkbench().getDisplay().asyncExec(() -> open(first));
            }
        } catch (Exception e) {
            Platform.getLog(FrameworkUtil.getBundle(getClass())).error("Dialscape Studio could not import the examples", e);
        }
    }

    /** Copies the bundled examples into the examples project; returns the model to open first. */
    public static IFile importExamples() throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        Bundle bundle = FrameworkUtil.getBundle(FirstStart.class);
        List<URL> entries = new ArrayList<>();
        Enumeration<URL> found = bundle.findEntries("examples", "*", false);
        while (found != null && found.hasMoreElements()) {
            entries.add(found.nextElement());
        }
        IFile[] first = {null};
        IWorkspaceRunnable create = monitor -> {
            if (!project.exists()) {
                project.create(monitor);
            }
            project.open(monitor);
            DialscapeNature.add(project, monitor);
            for (URL entry : entries) {
                String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
                if (name.isEmpty()) {
                    continue;
                }
                IFile file = project.getFile(name);
                if (!file.exists()) {
                    try (InputStream in = entry.openStream()) {
                        file.create(in, true, monitor);
                    } catch (java.io.IOException e) {
                        throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot copy example " + name, e));
                    }
                }
                if (name.equals(FIRST_MODEL)) {
                    first[0] = file;
                }
            }
        };
        ResourcesPlugin.getWorkspace().run(create, ResourcesPlugin.getWorkspace().getRoot(), 0, null);
        return first[0];
    }

    private static void open(IFile file) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return;
        }
        try {
            if (page.findView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget explorer) {
                explorer.selectReveal(new StructuredSelection(file));
            }
            IDE.openEditor(page, file, true);
        } catch (PartInitException e) {
            Platform.getLog(FrameworkUtil.getBundle(FirstStart.class)).error("Cannot open " + file.getFullPath(), e);
        }
    }
}
