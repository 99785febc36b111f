package io.dialscape.dsl.index;

import com.google.inject.Injector;
import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.library.DialscapeLibrary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * The bundled library for long-lived indexes (the editor's projects): parsed once per injector into a resource set
 * of its own, every reference resolved at once, then only read. Its names enter each model set through
 * {@link #descriptions()}, its elements through {@link #resource(URI)}; it is never parsed again in a session.
 *
 * <p>Shared read-only between model sets is exact: the library refers only to its own names, and every index puts
 * the library first, so its references resolve as they would with the user's files beside it.
 */
public final class SharedLibrary {

    private static final Map<Injector, SharedLibrary> INSTANCES = new ConcurrentHashMap<>();

    private final XtextResourceSet resourceSet;
    private final List<IResourceDescription> descriptions;

    private SharedLibrary(Injector injector) {
        resourceSet = ModelSet.newResourceSet(injector);
        EcoreUtil.resolveAll(resourceSet);
        List<IResourceDescription> list = new ArrayList<>();
        for (String file : DialscapeLibrary.FILES) {
            list.add(ProjectIndex.exported((XtextResource) resourceSet.getResource(DialscapeLibrary.uri(file), false)));
        }
        descriptions = List.copyOf(list);
    }

    /** The library of the injector's language, parsed on first use. */
    public static SharedLibrary of(Injector injector) {
        return INSTANCES.computeIfAbsent(injector, SharedLibrary::new);
    }

    /** The names each library file exports, in {@link DialscapeLibrary#FILES} order. */
    public List<IResourceDescription> descriptions() {
        return descriptions;
    }

    /** The library file of a {@code dialscape-library:} URI, or null. */
    public Resource resource(URI uri) {
        return resourceSet.getResource(uri.trimFragment(), false);
    }
}
