package io.dialscape.dsl.ui;

import io.dialscape.dsl.ui.validation.ClosedEditorRevalidation;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The editor plug-in: warms the language injector up and keeps markers right when an editor closes unsaved. */
public class DialscapeUiPlugin extends AbstractUIPlugin {

    public static final String ID = "io.dialscape.dsl.ui";

    private static DialscapeUiPlugin instance;

    private ClosedEditorRevalidation closedEditorRevalidation;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
        Job warmUp = Job.create("Starting the Dialscape language", (IProgressMonitor monitor) -> {
            DialscapeInjector.get();
            return Status.OK_STATUS;
        });
        warmUp.setSystem(true);
        warmUp.setPriority(Job.SHORT);
        warmUp.schedule();
        closedEditorRevalidation = new ClosedEditorRevalidation();
        closedEditorRevalidation.install();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        if (closedEditorRevalidation != null) {
            closedEditorRevalidation.uninstall();
        }
        instance = null;
        super.stop(context);
    }

    public static DialscapeUiPlugin getDefault() {
        return instance;
    }

    public static void log(String message, Throwable e) {
        if (instance != null) {
            instance.getLog().log(new Status(IStatus.ERROR, ID, message, e));
        }
    }
}
