package io.dialscape.dsl.batch;

import com.google.inject.Injector;
import io.dialscape.dsl.library.DialscapeLibrary;
import io.dialscape.dsl.library.LibraryIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * How every surface (command line, Maven plugin, editor) loads models and validates them:
 * one resource set with the bundled library, model texts loaded as given, the full
 * validator, and a crash reported as an {@code internal} issue instead of a silent pass.
 */
public final class ModelSet {

    /** Code of a validation that failed with an exception. */
    public static final String INTERNAL = "internal";

    private static volatile Injector injector;

    private ModelSet() {
    }

    /** The language's injector for headless use (command line, importers, Maven plugin), made once. */
    public static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (ModelSet.class) {
                result = injector;
                if (result == null) {
                    result = new io.dialscape.dsl.DialscapeStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    /**
     * Inside Eclipse, lets the editor's injector serve the headless helpers too (importers, exporter), so the language
     * is not registered with EMF a second time. Has no effect once the headless injector exists.
     */
    public static void share(Injector editorInjector) {
        synchronized (ModelSet.class) {
            if (injector == null) {
                injector = editorInjector;
            }
        }
    }

    /**
     * A model text through the project's formatter (as the editor's Format does); the text unchanged when it does
     * not parse (the validator then says why).
     */
    public static String format(String text) {
        Injector injector = injector();
        XtextResource resource = load(newResourceSet(injector), URI.createURI("dialscape-format:/model.ucm"), text);
        if (!resource.getErrors().isEmpty() || resource.getContents().isEmpty()) {
            return text; // does not parse, or holds no element (only comments): nothing to format
        }
        org.eclipse.xtext.formatting2.FormatterRequest request = injector.getInstance(org.eclipse.xtext.formatting2.FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder.class)
                .forNodeModel(resource).create());
        List<org.eclipse.xtext.formatting2.regionaccess.ITextReplacement> replacements = new ArrayList<>(
                injector.getInstance(org.eclipse.xtext.formatting2.IFormatter2.class).format(request));
        replacements.sort(java.util.Comparator.comparingInt(org.eclipse.xtext.formatting2.regionaccess.ITextReplacement::getOffset).reversed());
        StringBuilder formatted = new StringBuilder(text);
        for (org.eclipse.xtext.formatting2.regionaccess.ITextReplacement r : replacements) {
            formatted.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText());
        }
        return formatted.toString();
    }

    /** A resource set holding the bundled library, ready for model texts. */
    public static XtextResourceSet newResourceSet(Injector injector) {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.FALSE);
        DialscapeLibrary.addTo(resourceSet);
        return resourceSet;
    }

    /**
     * A resource set for validating files together headless (command line, Maven plugin): the bundled library
     * through the index of its names prepared at build time when the class path has one ({@link LibraryIndex}), so
     * a library file is parsed only when a model refers to it; the library parsed whole otherwise. Load the models,
     * then call {@link #indexModels(XtextResourceSet)} before anything links or validates them.
     */
    public static XtextResourceSet newBatchResourceSet(Injector injector) {
        List<IResourceDescription> library = LibraryIndex.descriptions();
        if (library == null) {
            return newResourceSet(injector);
        }
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        resourceSet.addLoadOption(XtextResource.OPTION_RESOLVE_ALL, Boolean.FALSE);
        resourceSet.getURIConverter().getURIHandlers().add(0, LibraryIndex.SCHEME_HANDLER);
        ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet,
                new ResourceDescriptionsData(library));
        return resourceSet;
    }

    /**
     * Adds the names exported by the models loaded into a {@link #newBatchResourceSet(Injector) batch resource set}
     * to its index, in the order they were loaded (as scoping over the whole resource set would see them); nothing
     * to do when the library was parsed whole.
     */
    public static void indexModels(XtextResourceSet resourceSet) {
        ResourceDescriptionsData index = ResourceDescriptionsData.ResourceSetAdapter.findResourceDescriptionsData(resourceSet);
        if (index == null) {
            return;
        }
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            if (!DialscapeLibrary.isLibrary(resource.getURI()) && resource instanceof XtextResource model) {
                index.addDescription(resource.getURI(),
                        model.getResourceServiceProvider().getResourceDescriptionManager().getResourceDescription(resource));
            }
        }
    }

    /** Loads (or reloads) a model text under a URI. */
    public static XtextResource load(XtextResourceSet resourceSet, URI uri, String text) {
        Resource existing = resourceSet.getResource(uri, false);
        if (existing != null) {
            existing.unload();
            resourceSet.getResources().remove(existing);
        }
        XtextResource resource = (XtextResource) resourceSet.createResource(uri);
        try {
            resource.load(new LazyStringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** Every issue of the full validator; a crash becomes one {@code internal} error at the file's start. */
    public static List<Issue> validate(Resource resource, CancelIndicator cancel) {
        IResourceValidator validator = ((XtextResource) resource).getResourceServiceProvider().getResourceValidator();
        try {
            List<Issue> issues = validator.validate(resource, CheckMode.ALL, cancel);
            return issues == null ? List.of() : issues;
        } catch (RuntimeException | StackOverflowError e) {
            if (cancel.isCanceled()) {
                return List.of();
            }
            Issue.IssueImpl issue = new Issue.IssueImpl();
            issue.setSeverity(org.eclipse.xtext.diagnostics.Severity.ERROR);
            issue.setCode(INTERNAL);
            issue.setMessage("Dialscape could not validate this model (" + e + "); please report it with the file");
            issue.setLineNumber(1);
            issue.setColumn(1);
            issue.setOffset(0);
            issue.setLength(0);
            List<Issue> issues = new ArrayList<>();
            issues.add(issue);
            return issues;
        }
    }
}
