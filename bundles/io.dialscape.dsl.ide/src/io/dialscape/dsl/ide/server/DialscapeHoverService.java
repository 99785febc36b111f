package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.ide.Hovers;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hover in the language server, as in the Eclipse editor: a role, product or platform shows its label;
 * a call case its actual path, a user group what it cannot reach, a route its usages and gateways
 * ({@link Hovers}, shared with the Eclipse editor). Anything else shows its documentation comment, as Xtext does.
 */
public class DialscapeHoverService extends HoverService {

    @Override
    public String getContents(EObject element) {
        String text = describe(element);
        return text != null ? text : super.getContents(element);
    }

    static String describe(EObject element) {
        return Hovers.describe(element);
    }
}
