package io.dialscape.dsl.ui.validation;

import com.google.inject.Injector;
import io.dialscape.dsl.library.DialscapeLibrary;
import io.dialscape.dsl.ui.DialscapeInjector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import io.dialscape.dsl.batch.ModelSet;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Parses and validates models the way the headless validator does: a fresh resource set
 * with the bundled library and every other .ucm file of the project, so references
 * across files resolve, then the full validator ({@link CheckMode#ALL}).
 */
public final class ModelChecker {

    /** One validated model: its resource (for the outline and hovers), its issues, and how long it took. */
    public record Checked(IFile file, XtextResource resource, List<Issue> issues, long nanos) {
    }

    private ModelChecker() {
    }

    /** Parses the text as the file's content, in a resource set with the library and the project's other models. */
    public static XtextResource parse(IFile file, String text) {
        Injector injector = DialscapeInjector.get();
        XtextResourceSet resourceSet = newResourceSet(injector);
        if (file != null) {
            for (IFile other : ProjectModels.files(file.getProject())) {
                if (!other.equals(file)) {
                    loadQuietly(resourceSet, other);
                }
            }
        }
        URI uri = file == null ? URI.createURI("dialscape-editor:/untitled.ucm") : ProjectModels.uri(file);
        return load(resourceSet, uri, text);
    }

    /** Validates one model as an editor shows it. */
    public static Checked check(IFile file, String text, CancelIndicator cancel) {
        long start = System.nanoTime();
        XtextResource resource = parse(file, text);
        List<Issue> issues = validate(resource, cancel);
        return new Checked(file, resource, issues, System.nanoTime() - start);
    }

    /** Validates every model of the project together. */
    public static Map<IFile, List<Issue>> checkProject(IProject project, CancelIndicator cancel) {
        Injector injector = DialscapeInjector.get();
        XtextResourceSet resourceSet = newResourceSet(injector);
        Map<IFile, XtextResource> resources = new LinkedHashMap<>();
        Map<IFile, List<Issue>> result = new LinkedHashMap<>();
        for (IFile file : ProjectModels.files(project)) {
            XtextResource resource = loadQuietly(resourceSet, file);
            if (resource != null) {
                resources.put(file, resource);
            }
        }
        for (Map.Entry<IFile, XtextResource> entry : resources.entrySet()) {
            if (cancel.isCanceled()) {
                break;
            }
            result.put(entry.getKey(), validate(entry.getValue(), cancel));
        }
        return result;
    }

    private static XtextResourceSet newResourceSet(Injector injector) {
        return ModelSet.newResourceSet(injector);
    }

    private static List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
        return ModelSet.validate(resource, cancel);
    }

    private static XtextResource loadQuietly(XtextResourceSet resourceSet, IFile file) {
        try {
            return load(resourceSet, ProjectModels.uri(file), ProjectModels.text(file));
        } catch (CoreException | RuntimeException e) {
            return null; // a file that cannot be read gets its own problem when it is validated
        }
    }

    private static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
        return ModelSet.load(resourceSet, uri, text);
    }
}
