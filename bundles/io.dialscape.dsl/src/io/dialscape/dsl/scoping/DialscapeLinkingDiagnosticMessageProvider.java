package io.dialscape.dsl.scoping;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;

import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Topology;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Messages for unresolved references, in the user's words and the house style. */
public class DialscapeLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

    @Override
    public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
        EReference reference = context.getReference();
        EObject source = context.getContext();
        String name = context.getLinkText();
        if ((reference == CALL_CASE__USERS || reference == CALL_CASE__ROUTE)
                && EcoreUtil2.getContainerOfType(source, io.dialscape.dsl.dialscape.Test.class) != null
                && !(EcoreUtil2.getContainerOfType(source, io.dialscape.dsl.dialscape.Test.class).getTable() instanceof Topology)) {
            return null; // a call case in a table's test is test.invalid; its names are not resolved (LANGUAGE.md 1)
        }
        String message;
        if (reference == SERVER__ROLES) {
            Topology topology = EcoreUtil2.getContainerOfType(source, Topology.class);
            Platform platform = topology == null ? null : topology.getPlatform();
            message = platform == null || platform.eIsProxy()
                    ? "Unknown role '" + name + "': the topology's platform is unknown"
                    : "Platform '" + platform.getName() + "' has no role '" + name + "'";
        } else if (reference == ALLOW__ROLES || reference == DENY__ROLE || reference == DENY__OTHERS) {
            Platform platform = EcoreUtil2.getContainerOfType(source, Platform.class);
            message = "Platform '" + (platform == null ? "?" : platform.getName()) + "' declares no role '" + name + "'";
        } else {
            message = "Unknown " + describe(reference) + " '" + name + "'";
        }
        return new DiagnosticMessage(message, Severity.ERROR, org.eclipse.xtext.diagnostics.Diagnostic.LINKING_DIAGNOSTIC);
    }

    private static String describe(EReference reference) {
        if (reference == TOPOLOGY__PLATFORM) return "platform";
        if (reference == REQUIREMENT__PRODUCT || reference == PBX__PRODUCT || reference == APPLIANCE__PRODUCT
                || reference == GATEWAY__PRODUCT) return "product";
        if (reference == BINDING__ICP || reference == TRUNK__PBX || reference == DUAL_FORKING__PBX) return "PBX in this topology";
        if (reference == TRUNK__SERVER) return "server in this topology";
        if (reference == DUAL_FORKING__GATEWAY || reference == ROUTE__GATEWAYS) return "gateway in this topology";
        if (reference == ROUTE__USAGES || reference == POLICY__USAGES) return "PSTN usage in this topology";
        if (reference == USERS__POLICY) return "voice policy in this topology";
        if (reference == CALL_CASE__USERS) return "user group in the tested topology";
        if (reference == CALL_CASE__ROUTE) return "route in the tested topology";
        if (reference == USERS__DIALPLAN || reference == GATEWAY__TRANSLATION) return "normalization table";
        if (reference == BINDING__OUTGOING || reference == BINDING__INCOMING) return "digit table";
        if (reference == TEST__TABLE) return "table or topology";
        return reference.getEReferenceType().getName().toLowerCase();
    }
}
