package io.dialscape.dsl.validation;

import io.dialscape.dsl.library.DialscapeLibrary;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** How messages point at other elements: by line in the same file, by file and line elsewhere. */
final class Locations {

    private Locations() {
    }

    /** 1-based line where the element starts (comments before it excluded), or 0 when unknown. */
    static int line(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? 0 : node.getStartLine();
    }

    /** {@code (line 4)} in the same file, {@code (other.ucm, line 4)} elsewhere, {@code (bundled library)} for the library. */
    static String where(EObject other, EObject from) {
        URI uri = other.eResource() == null ? null : other.eResource().getURI();
        if (DialscapeLibrary.isLibrary(uri)) {
            return "(bundled library)";
        }
        if (from != null && from.eResource() == other.eResource()) {
            return "(line " + line(other) + ")";
        }
        String file = uri == null ? "?" : uri.lastSegment();
        return "(" + file + ", line " + line(other) + ")";
    }
}
