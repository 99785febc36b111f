package io.dialscape.dsl.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The bundled library: the platforms of LANGUAGE.md section 2 and the Mitel products,
 * shipped as .ucm files inside this bundle and visible to every model. Every surface
 * (CLI, Maven plugin, editor, tests) adds them to its resource set through
 * {@link #addTo(ResourceSet)}, so they behave exactly like a user's own files.
 */
public final class DialscapeLibrary {

    /** URI scheme of library resources; diagnostics on them are never shown to users. */
    public static final String SCHEME = "dialscape-library";

    /** The library files, in the bundle's {@code library/} folder. */
    public static final List<String> FILES = List.of(
            "products.ucm", "ocs2007.ucm", "ocs2007r2.ucm", "lync2010.ucm", "lync2013.ucm", "sfb2015.ucm", "sfb2019.ucm",
            "teams.ucm");

    private DialscapeLibrary() {
    }

    /** Loads every library file into the resource set, unless already there. */
    public static void addTo(ResourceSet resourceSet) {
        for (String file : FILES) {
            URI uri = uri(file);
            if (resourceSet.getResource(uri, false) != null) {
                continue;
            }
            Resource resource = resourceSet.createResource(uri);
            try (InputStream in = DialscapeLibrary.class.getResourceAsStream("/library/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The Dialscape library file " + file + " is missing from the installation");
                }
                resource.load(in, resourceSet.getLoadOptions());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the Dialscape library file " + file, e);
            }
        }
    }

    public static URI uri(String file) {
        return URI.createURI(SCHEME + ":/" + file);
    }

    public static boolean isLibrary(URI uri) {
        return uri != null && SCHEME.equals(uri.scheme());
    }

    /** Text of a library file, for documentation and tests. */
    public static String text(String file) {
        try (InputStream in = DialscapeLibrary.class.getResourceAsStream("/library/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("No library file " + file);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
