package io.dialscape.dsl.ide.outline;

import io.dialscape.dsl.dialscape.Appliance;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.DualForking;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Forest;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Member;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Pbx;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.Site;
import io.dialscape.dsl.dialscape.SiteMember;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Policy;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Trunk;
import io.dialscape.dsl.dialscape.Usages;
import io.dialscape.dsl.dialscape.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One entry of the outline: a label, a kind and the text it stands for; the one outline of the
 * language, shown by the Eclipse editor's outline page and by the language server as document symbols
 * (topology, its sites, pools and servers, gateways and routing; tables and their rules; tests).
 * Plain data, built from a parsed model in the background, so the UI thread never touches EMF objects.
 */
public record OutlineNode(String label, String kind, int offset, int length, List<OutlineNode> children) {

    public static List<OutlineNode> of(XtextResource resource) {
        List<OutlineNode> nodes = new ArrayList<>();
        if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return nodes;
        }
        for (Element element : model.getElements()) {
            nodes.add(node(element));
        }
        return nodes;
    }

    private static OutlineNode node(EObject object) {
        List<OutlineNode> children = new ArrayList<>();
        String label;
        String kind;
        if (object instanceof Platform platform) {
            kind = "platform";
            label = platform.getName() + " \u2014 " + platform.getLabel();
            for (Role role : platform.getRoles()) {
                children.add(leaf(role, "role", role.getName() + " \u2014 " + role.getLabel()));
            }
        } else if (object instanceof Product product) {
            kind = "product";
            label = product.getName() + " \u2014 " + product.getLabel();
        } else if (object instanceof Topology topology) {
            kind = "topology";
            label = topology.getName() + " (" + referenceText(topology, "platform") + ")";
            for (Member member : topology.getMembers()) {
                children.add(node(member));
            }
        } else if (object instanceof Site site) {
            kind = "site";
            label = "site " + site.getName();
            for (SiteMember member : site.getMembers()) {
                children.add(node(member));
            }
        } else if (object instanceof Pool pool) {
            kind = "pool";
            label = "pool " + pool.getName() + " (" + pool.getEdition().getLiteral() + ")";
            for (Server server : pool.getServers()) {
                children.add(node(server));
            }
        } else if (object instanceof Server server) {
            kind = "server";
            label = "server " + server.getName() + ": " + rolesText(server);
        } else if (object instanceof Forest forest) {
            kind = "forest";
            label = "forest " + forest.getDnsName();
        } else if (object instanceof Pbx pbx) {
            kind = "pbx";
            label = "pbx " + pbx.getName();
        } else if (object instanceof Appliance appliance) {
            kind = "appliance";
            label = "appliance " + appliance.getName();
        } else if (object instanceof Gateway gateway) {
            kind = "gateway";
            label = "gateway " + gateway.getName();
        } else if (object instanceof Usages usages) {
            kind = "usages";
            label = "usages " + usages.getUsages().stream().map(u -> String.valueOf(u.getName())).collect(Collectors.joining(", "));
        } else if (object instanceof Route route) {
            kind = "route";
            label = "route " + route.getName() + ": " + route.getPattern();
        } else if (object instanceof Policy policy) {
            kind = "policy";
            label = "policy " + policy.getName() + ": " + referencesText(policy, io.dialscape.dsl.dialscape.DialscapePackage.Literals.POLICY__USAGES);
        } else if (object instanceof Users users) {
            kind = "users";
            label = "users " + users.getName() + " (" + referencesText(users, io.dialscape.dsl.dialscape.DialscapePackage.Literals.USERS__DIALPLAN)
                    + ", " + referencesText(users, io.dialscape.dsl.dialscape.DialscapePackage.Literals.USERS__POLICY) + ")";
        } else if (object instanceof Trunk) {
            kind = "trunk";
            label = "trunk " + text(object).replaceFirst("^trunk\\s+", "");
        } else if (object instanceof DualForking) {
            kind = "dual-forking";
            label = "dual forking";
        } else if (object instanceof DigitTable table) {
            kind = "digits";
            label = "digits " + table.getName() + (table.isOutgoing() ? " (outgoing)" : " (incoming)");
            for (DigitRule rule : table.getRules()) {
                String name = rule.getLabel() == null || rule.getLabel().isEmpty() ? "leading \"" + rule.getLeading() + "\"" : rule.getLabel();
                children.add(leaf(rule, "rule", name));
            }
        } else if (object instanceof Normalization table) {
            kind = "normalization";
            label = "normalization " + table.getName();
            for (NormalizationRule rule : table.getRules()) {
                String name = rule.getLabel() == null || rule.getLabel().isEmpty() ? rule.getPattern() : rule.getLabel();
                children.add(leaf(rule, "rule", name));
            }
        } else if (object instanceof Test) {
            kind = "test";
            label = "test " + referenceText(object, "test");
        } else {
            kind = "element";
            label = text(object);
        }
        INode node = NodeModelUtils.getNode(object);
        int offset = node == null ? 0 : node.getOffset();
        int length = node == null ? 0 : node.getLength();
        return new OutlineNode(label, kind, offset, length, children);
    }

    private static OutlineNode leaf(EObject object, String kind, String label) {
        INode node = NodeModelUtils.getNode(object);
        return new OutlineNode(label, kind, node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength(), List.of());
    }

    /** The names a reference list holds, as written (they may not resolve while typing). */
    private static String referencesText(EObject object, org.eclipse.emf.ecore.EStructuralFeature feature) {
        return NodeModelUtils.findNodesForFeature(object, feature).stream().map(n -> NodeModelUtils.getTokenText(n))
                .collect(Collectors.joining(", "));
    }

    /** The server's roles as written (they may not resolve while typing). */
    private static String rolesText(Server server) {
        return NodeModelUtils.findNodesForFeature(server, io.dialscape.dsl.dialscape.DialscapePackage.Literals.SERVER__ROLES)
                .stream().map(n -> NodeModelUtils.getTokenText(n)).collect(Collectors.joining(", "));
    }

    private static String referenceText(EObject object, String keyword) {
        String text = text(object);
        String[] words = text.split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals(keyword)) {
                return words[i + 1].replace("{", "");
            }
        }
        return text;
    }

    private static String text(EObject object) {
        ICompositeNode node = NodeModelUtils.getNode(object);
        if (node == null) {
            return "";
        }
        String text = NodeModelUtils.getTokenText(node);
        return text.length() > 60 ? text.substring(0, 60) + "\u2026" : text;
    }
}
