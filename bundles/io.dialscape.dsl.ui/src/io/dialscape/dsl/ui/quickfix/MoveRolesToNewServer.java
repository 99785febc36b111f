package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.Edition;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.engine.collocation.CollocationMatrix;
import io.dialscape.engine.collocation.CollocationVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * collocation.unsupported and collocation.denied: keeps on the server the roles that may
 * share it (in the order written) and moves the others to a new server on the next line.
 */
public class MoveRolesToNewServer extends DocumentFix {

    public MoveRolesToNewServer() {
        super("Move the conflicting roles to a new server",
                "Keeps the roles that may share this server and puts the others on a new server next to it");
    }

    @Override
    void apply(IMarker marker, IFile file, IDocument document, int start, int end) throws BadLocationException {
        apply(file, document, start);
    }

    private static void apply(IFile file, IDocument document, int offset) throws BadLocationException {
        XtextResource resource = ModelChecker.parse(file, document.get());
        EObject element = DialscapeInjector.get().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
        Server server = EcoreUtil2.getContainerOfType(element, Server.class);
        Topology topology = EcoreUtil2.getContainerOfType(server, Topology.class);
        if (server == null || topology == null || topology.getPlatform() == null || topology.getPlatform().eIsProxy()) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (Role role : server.getRoles()) {
            if (role.eIsProxy()) {
                return;
            }
            roles.add(role.getName());
        }
        CollocationMatrix matrix = EngineModels.collocationMatrix(topology.getPlatform(), new HashMap<>());
        io.dialscape.engine.collocation.Edition edition = server.eContainer() instanceof Pool pool
                ? (pool.getEdition() == Edition.STANDARD ? io.dialscape.engine.collocation.Edition.STANDARD
                        : io.dialscape.engine.collocation.Edition.ENTERPRISE)
                : null;
        List<String> kept = new ArrayList<>();
        List<String> moved = new ArrayList<>();
        for (String role : roles) {
            List<String> candidate = new ArrayList<>(kept);
            candidate.add(role);
            if (kept.isEmpty() || matrix.check(server.getName(), candidate, edition) instanceof CollocationVerdict.Supported) {
                kept.add(role);
            } else {
                moved.add(role);
            }
        }
        List<INode> roleNodes = NodeModelUtils.findNodesForFeature(server, DialscapePackage.Literals.SERVER__ROLES);
        if (moved.isEmpty() || roleNodes.isEmpty()) {
            return;
        }
        int rolesStart = roleNodes.get(0).getOffset();
        int rolesEnd = roleNodes.get(roleNodes.size() - 1).getEndOffset();
        INode serverNode = NodeModelUtils.findActualNodeFor(server);
        IRegion lastLine = document.getLineInformationOfOffset(serverNode.getEndOffset());
        String indent = ModelEdit.indentationOfLine(document, serverNode.getOffset());
        String suffix = moved.get(0).toLowerCase(Locale.ROOT);
        String name = server.getName() + "_" + suffix;
        String fqdn = server.getFqdn() == null ? name : server.getFqdn().replaceFirst("^([^.]*)", "$1-" + suffix);
        String newServer = ModelEdit.lineDelimiter(document) + indent + "server " + name + " \"" + fqdn + "\""
                + (server.isPerimeter() ? " perimeter" : "") + " roles " + String.join(", ", moved);
        // the later edit first, so the earlier offsets stay right
        document.replace(lastLine.getOffset() + lastLine.getLength(), 0, newServer);
        document.replace(rolesStart, rolesEnd - rolesStart, String.join(", ", kept));
    }
}
