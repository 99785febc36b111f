package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.ide.RoutingHover;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

/**
 * Hover in the language server, as in the Eclipse editor: a role, product or platform shows its label;
 * a call case its actual path, a user group what it cannot reach, a route its usages and gateways
 * ({@link RoutingHover}). Anything else shows its documentation comment, as Xtext does.
 */
public class DialscapeHoverService extends HoverService {

    @Override
    public String getContents(EObject element) {
        String text = describe(element);
        return text != null ? text : super.getContents(element);
    }

    static String describe(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        if (element instanceof Role role && role.eContainer() instanceof Platform platform) {
            return "Role " + role.getName() + ": " + role.getLabel()
                    + (role.isEdge() ? " (edge role, perimeter network)" : role.isInternal() ? " (internal network only)" : "")
                    + "\n\nPlatform " + platform.getName() + ": " + platform.getLabel();
        }
        if (element instanceof Product product) {
            return "Product " + product.getName() + ": " + product.getLabel();
        }
        if (element instanceof Platform platform) {
            return "Platform " + platform.getName() + ": " + platform.getLabel() + " (" + platform.getRoles().size() + " roles)";
        }
        if (element instanceof CallCase callCase) {
            return RoutingHover.callCase(callCase);
        }
        if (element instanceof Users users) {
            return RoutingHover.users(users);
        }
        if (element instanceof Route route) {
            return RoutingHover.route(route);
        }
        return null;
    }
}
