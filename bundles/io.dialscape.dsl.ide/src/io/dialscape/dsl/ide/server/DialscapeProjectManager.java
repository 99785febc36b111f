package io.dialscape.dsl.ide.server;

import com.google.inject.Provider;
import io.dialscape.dsl.library.DialscapeLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.IExternalContentSupport;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ProjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.workspace.IProjectConfig;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure2;

/**
 * A workspace project of the language server that sees the bundled library as the CLI and the editor do:
 * the library's resources are an index chunk of their own ({@link #LIBRARY_CHUNK}, a dependency of every
 * project through {@link DialscapeProjectDescriptionFactory}) and are loaded into every resource set.
 * Either alone leaves platforms or roles unresolved.
 */
public class DialscapeProjectManager extends ProjectManager {

    /** Name of the index chunk holding the library. */
    public static final String LIBRARY_CHUNK = "dialscape-library";

    @Override
    public void initialize(ProjectDescription description, IProjectConfig projectConfig,
            Procedure2<? super URI, ? super Iterable<Issue>> acceptor,
            IExternalContentSupport.IExternalContentProvider openedDocumentsContentProvider,
            Provider<Map<String, ResourceDescriptionsData>> indexProvider, CancelIndicator cancelIndicator) {
        super.initialize(description, projectConfig, acceptor, openedDocumentsContentProvider, indexProvider,
                cancelIndicator);
        Map<String, ResourceDescriptionsData> index = indexProvider.get();
        synchronized (index) {
            if (!index.containsKey(LIBRARY_CHUNK)) {
                index.put(LIBRARY_CHUNK, libraryIndex());
            }
        }
    }

    @Override
    public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
        XtextResourceSet resourceSet = super.createNewResourceSet(newIndex);
        DialscapeLibrary.addTo(resourceSet);
        return resourceSet;
    }

    private ResourceDescriptionsData libraryIndex() {
        XtextResourceSet resourceSet = resourceSetProvider.get();
        DialscapeLibrary.addTo(resourceSet);
        List<IResourceDescription> descriptions = new ArrayList<>();
        for (Resource resource : List.copyOf(resourceSet.getResources())) {
            IResourceServiceProvider provider = languagesRegistry.getResourceServiceProvider(resource.getURI());
            if (provider != null) {
                descriptions.add(SerializableResourceDescription
                        .createCopy(provider.getResourceDescriptionManager().getResourceDescription(resource)));
            }
        }
        return new ResourceDescriptionsData(descriptions);
    }
}
