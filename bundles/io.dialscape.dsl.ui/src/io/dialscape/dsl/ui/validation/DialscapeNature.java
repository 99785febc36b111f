package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

/**
 * Projects with models: the nature installs {@link DialscapeBuilder}. Opening a model in a
 * project without it adds it (once), so every project with models gets whole-project
 * validation without a setup step.
 */
public class DialscapeNature implements IProjectNature {

    public static final String ID = "io.dialscape.dsl.ui.nature";

    private static final Set<IProject> REQUESTED = ConcurrentHashMap.newKeySet();

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription description = project.getDescription();
        ICommand[] commands = description.getBuildSpec();
        if (Arrays.stream(commands).anyMatch(c -> DialscapeBuilder.ID.equals(c.getBuilderName()))) {
            return;
        }
        ICommand command = description.newCommand();
        command.setBuilderName(DialscapeBuilder.ID);
        ICommand[] updated = Arrays.copyOf(commands, commands.length + 1);
        updated[commands.length] = command;
        description.setBuildSpec(updated);
        project.setDescription(description, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription description = project.getDescription();
        description.setBuildSpec(Arrays.stream(description.getBuildSpec())
                .filter(c -> !DialscapeBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(description, null);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    public static boolean hasNature(IProject project) {
        try {
            return project.isAccessible() && project.hasNature(ID);
        } catch (CoreException e) {
            return false;
        }
    }

    /** Adds the nature now (the caller may modify the project). */
    public static void add(IProject project, IProgressMonitor monitor) throws CoreException {
        if (hasNature(project)) {
            return;
        }
        IProjectDescription description = project.getDescription();
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = ID;
        description.setNatureIds(natures);
        project.setDescription(description, monitor);
    }

    /** Adds the nature in a background job, once per project and session. */
    public static void ensureOn(IProject project) {
        if (project == null || hasNature(project) || !REQUESTED.add(project)) {
            return;
        }
        WorkspaceJob job = new WorkspaceJob("Adding the Dialscape builder to " + project.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) {
                try {
                    add(project, monitor);
                } catch (CoreException e) {
                    DialscapeUiPlugin.log("Cannot add the Dialscape builder to " + project.getName(), e);
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        job.setRule(ResourcesPlugin.getWorkspace().getRoot()); // a nature change may touch the whole workspace
        job.schedule();
    }
}
