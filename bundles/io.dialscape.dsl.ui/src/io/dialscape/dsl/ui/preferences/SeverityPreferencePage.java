package io.dialscape.dsl.ui.preferences;

import io.dialscape.dsl.ui.validation.DialscapeBuilder;
import io.dialscape.dsl.ui.validation.DialscapeNature;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Preferences &gt; Dialscape: the severity of each diagnostic code; applying re-validates every model. */
public class SeverityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private static final String[][] SEVERITIES = {
            {"Error", SeverityPreferences.ERROR},
            {"Warning", SeverityPreferences.WARNING},
            {"Info", SeverityPreferences.INFO},
            {"Ignore", SeverityPreferences.IGNORE}};

    public SeverityPreferencePage() {
        super(GRID);
        setDescription("Severity of each Dialscape diagnostic. The command-line validator and the Maven plug-in use the defaults.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SeverityPreferences.NODE));
    }

    @Override
    protected void createFieldEditors() {
        for (String code : DialscapeIssueCodes.ALL) {
            addField(new ComboFieldEditor(code, code, SEVERITIES, getFieldEditorParent()));
        }
    }

    @Override
    public boolean performOk() {
        boolean ok = super.performOk();
        revalidateAll();
        return ok;
    }

    static void revalidateAll() {
        WorkspaceJob job = new WorkspaceJob("Validating Dialscape models") {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
                    if (DialscapeNature.hasNature(project)) {
                        project.build(IncrementalProjectBuilder.FULL_BUILD, DialscapeBuilder.ID, null, monitor);
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().buildRule());
        job.schedule();
    }
}
