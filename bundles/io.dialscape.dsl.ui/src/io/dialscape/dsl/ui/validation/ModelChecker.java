package io.dialscape.dsl.ui.validation;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.index.ProjectIndex;
import io.dialscape.dsl.ui.DialscapeInjector;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses and validates models the way the headless validator does, through the project's {@link WorkspaceIndex}:
 * the edited text with the library and the project's other models, which enter through the index of their names
 * and are loaded only where a reference needs them, then the full validator ({@link CheckMode#ALL}).
 */
public final class ModelChecker {

    /** One validated model: its resource (for the outline and hovers), its issues, and how long it took. */
    public record Checked(IFile file, XtextResource resource, List<Issue> issues, long nanos) {
    }

    /** What a build validated: the issues of each file, and the files that are no longer models to validate. */
    public record Built(Map<IFile, List<Issue>> issues, Set<IFile> removed) {
    }

    private ModelChecker() {
    }

    /**
     * Parses the text as the file's content, in a resource set with the library and the project's index (other models
     * load when a reference into them is resolved).
     */
    public static XtextResource parse(IFile file, String text) {
        if (file == null) {
            return ModelSet.load(ModelSet.newResourceSet(DialscapeInjector.get()), URI.createURI("dialscape-editor:/untitled.ucm"), text);
        }
        return WorkspaceIndex.of(file.getProject()).open(ProjectModels.uri(file), text);
    }

    /** Validates one model as an editor shows it: the text, against the project's other models as they are now. */
    public static Checked check(IFile file, String text, CancelIndicator cancel) {
        long start = System.nanoTime();
        if (file == null) {
            XtextResource resource = parse(null, text);
            return new Checked(null, resource, ModelSet.validate(resource, cancel), System.nanoTime() - start);
        }
        ProjectIndex.Checked checked = WorkspaceIndex.of(file.getProject()).check(ProjectModels.uri(file), text, cancel);
        return new Checked(file, checked.resource(), checked.issues(), System.nanoTime() - start);
    }

    /** Validates every model of the project together. */
    public static Map<IFile, List<Issue>> checkProject(IProject project, CancelIndicator cancel) {
        return build(project, Set.of(), true, cancel).issues();
    }

    /**
     * Validates the models that changed and those whose results may depend on them ({@link ProjectIndex#build}); with
     * {@code full}, every model of the project.
     */
    public static Built build(IProject project, Set<IFile> changed, boolean full, CancelIndicator cancel) {
        Set<URI> uris = new LinkedHashSet<>();
        for (IFile file : changed) {
            uris.add(ProjectModels.uri(file));
        }
        ProjectIndex.Build build = WorkspaceIndex.of(project).build(uris, full, cancel);
        Map<IFile, List<Issue>> issues = new LinkedHashMap<>();
        build.issues().forEach((uri, fileIssues) -> issues.put(WorkspaceIndex.file(uri), fileIssues));
        Set<IFile> removed = new LinkedHashSet<>();
        for (URI uri : build.removed()) {
            removed.add(WorkspaceIndex.file(uri));
        }
        return new Built(issues, removed);
    }
}
