package io.dialscape.diagram;

import io.dialscape.diagram.DiagramGraph.Edge;
import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.LinkKind;
import io.dialscape.diagram.DiagramGraph.Node;
import io.dialscape.diagram.DiagramGraph.Problem;
import io.dialscape.diagram.DiagramGraph.Source;
import io.dialscape.dsl.dialscape.Appliance;
import io.dialscape.dsl.dialscape.Binding;
import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.DualForking;
import io.dialscape.dsl.dialscape.Forest;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Member;
import io.dialscape.dsl.dialscape.Pbx;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.Site;
import io.dialscape.dsl.dialscape.SiteMember;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Trunk;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Turns a topology into the {@link DiagramGraph} every picture draws (LANGUAGE.md section 11): sites holding
 * pools and servers, each site's perimeter servers in a region of their own, gateways, PBXs and appliances
 * outside the sites, the topology's routes in a region beside them, and the links: Direct SIP trunks,
 * gateway-to-ICP bindings, Mediation-to-gateway paths and routes to their gateways. A link from every server
 * of a pool is drawn once, from the pool.
 */
public final class TopologyGraphs {

    /** The role whose servers carry calls to the gateways. */
    public static final String MEDIATION = "Mediation";

    /** Longest text line in a box before it wraps. */
    static final int WRAP = 40;

    private final Map<EObject, Node> nodes = new IdentityHashMap<>();
    private final Map<EObject, Edge> edges = new IdentityHashMap<>();
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    private TopologyGraphs() {
    }

    /**
     * The graph of a topology, with each problem put on the box or link of the element it sits on (or of the
     * nearest drawn element containing it). Problems on elements that are not drawn (voice policies, user groups)
     * are left to the text reports; those on the topology or its forest go to the graph itself.
     *
     * @param problems the problems found, by the model element they sit on
     */
    public static DiagramGraph of(Topology topology, Map<EObject, List<Problem>> problems) {
        return new TopologyGraphs().build(topology, problems);
    }

    private DiagramGraph build(Topology topology, Map<EObject, List<Problem>> problems) {
        String platform = text(topology, DialscapePackage.Literals.TOPOLOGY__PLATFORM);
        StringBuilder title = new StringBuilder("topology ").append(nullToEmpty(topology.getName()));
        if (!platform.isEmpty()) {
            title.append(" \u00b7 platform ").append(platform);
        }
        for (Member member : topology.getMembers()) {
            if (member instanceof Forest forest && forest.getDnsName() != null) {
                title.append(" \u00b7 forest ").append(forest.getDnsName());
            }
        }
        DiagramGraph graph = new DiagramGraph(nullToEmpty(topology.getName()), title.toString(), source(topology));

        // Boxes: sites first (as written), then the elements outside them, then the routes.
        List<Server> mediation = new ArrayList<>();
        for (Member member : topology.getMembers()) {
            if (member instanceof Site site) {
                graph.add(site(site, mediation));
            }
        }
        for (Member member : topology.getMembers()) {
            if (member instanceof Gateway gateway) {
                List<String> lines = new ArrayList<>();
                if (gateway.getFqdn() != null) {
                    lines.add(gateway.getFqdn());
                }
                lines.add(product(gateway, DialscapePackage.Literals.GATEWAY__PRODUCT, gateway.getProduct(), gateway.getVersion()));
                if (gateway.getTranslation() != null) {
                    lines.add("translation " + text(gateway, DialscapePackage.Literals.GATEWAY__TRANSLATION));
                }
                graph.add(node(gateway, Kind.GATEWAY, "gateway " + nullToEmpty(gateway.getName()), lines));
            } else if (member instanceof Pbx pbx) {
                List<String> lines = new ArrayList<>();
                lines.add(product(pbx, DialscapePackage.Literals.PBX__PRODUCT, pbx.getProduct(), pbx.getVersion()));
                if (pbx.getAddress() != null) {
                    lines.add(pbx.getAddress());
                }
                graph.add(node(pbx, Kind.PBX, "pbx " + nullToEmpty(pbx.getName()), lines));
            } else if (member instanceof Appliance appliance) {
                graph.add(node(appliance, Kind.APPLIANCE, "appliance " + nullToEmpty(appliance.getName()),
                        List.of(product(appliance, DialscapePackage.Literals.APPLIANCE__PRODUCT, appliance.getProduct(),
                                appliance.getVersion()))));
            }
        }
        List<Route> routes = new ArrayList<>();
        for (Member member : topology.getMembers()) {
            if (member instanceof Route route) {
                routes.add(route);
            }
        }
        if (!routes.isEmpty()) {
            Node region = new Node(id("routes"), Kind.ROUTES, "voice routes", List.of(), null);
            int priority = 0;
            for (Route route : routes) {
                priority++;
                List<String> lines = new ArrayList<>();
                lines.addAll(wrap("pattern " + nullToEmpty(route.getPattern())));
                lines.addAll(wrap("usages " + String.join(", ", texts(route, DialscapePackage.Literals.ROUTE__USAGES))));
                region.add(node(route, Kind.ROUTE, "route " + nullToEmpty(route.getName()) + " (priority " + priority + ")", lines));
            }
            graph.add(region);
        }

        // Links.
        for (Member member : topology.getMembers()) {
            if (member instanceof Trunk trunk && drawn(trunk.getServer()) && drawn(trunk.getPbx())) {
                Edge edge = new Edge(id("trunk"), LinkKind.TRUNK, nodes.get(trunk.getServer()), nodes.get(trunk.getPbx()),
                        "Direct SIP", source(trunk));
                edges.put(trunk, edge);
                graph.add(edge);
            } else if (member instanceof Gateway gateway) {
                for (Binding binding : gateway.getBindings()) {
                    if (!drawn(binding.getIcp())) {
                        continue;
                    }
                    List<String> tables = new ArrayList<>();
                    if (binding.getOutgoing() != null) {
                        tables.add("out " + text(binding, DialscapePackage.Literals.BINDING__OUTGOING));
                    }
                    if (binding.getIncoming() != null) {
                        tables.add("in " + text(binding, DialscapePackage.Literals.BINDING__INCOMING));
                    }
                    Edge edge = new Edge(id("binding"), LinkKind.BINDING, nodes.get(gateway), nodes.get(binding.getIcp()),
                            tables.isEmpty() ? "icp" : "icp: " + String.join(" / ", tables), source(binding));
                    edges.put(binding, edge);
                    graph.add(edge);
                }
            }
        }
        List<Gateway> gateways = new ArrayList<>();
        for (Member member : topology.getMembers()) {
            if (member instanceof Gateway gateway) {
                gateways.add(gateway);
            }
        }
        for (Node from : mediationEnds(topology, mediation)) {
            for (Gateway gateway : gateways) {
                graph.add(new Edge(id("mediation"), LinkKind.MEDIATION, from, nodes.get(gateway), null, null));
            }
        }
        for (Route route : routes) {
            Set<Gateway> seen = new LinkedHashSet<>();
            for (Gateway gateway : route.getGateways()) {
                if (drawn(gateway) && seen.add(gateway)) {
                    graph.add(new Edge(id("route"), seen.size() == 1 ? LinkKind.ROUTE : LinkKind.ROUTE_ALTERNATE,
                            nodes.get(route), nodes.get(gateway), null, source(route)));
                }
            }
        }

        // Problems, on the nearest drawn element.
        for (Map.Entry<EObject, List<Problem>> entry : problems.entrySet()) {
            attach(graph, topology, entry.getKey(), entry.getValue());
        }
        return graph;
    }

    private Node site(Site site, List<Server> mediation) {
        String region = site.getRegion() == null ? "" : " (" + site.getRegion() + ")";
        Node node = new Node(id("site"), Kind.SITE, "site " + nullToEmpty(site.getName()) + region, List.of(), source(site));
        nodes.put(site, node);
        Node perimeter = null;
        for (SiteMember member : site.getMembers()) {
            if (member instanceof Pool pool) {
                String edition = pool.getEdition() == null ? "" : " " + pool.getEdition().getLiteral();
                Node poolNode = new Node(id("pool"), Kind.POOL,
                        "pool " + nullToEmpty(pool.getName()) + edition + (pool.getFqdn() == null ? "" : " " + pool.getFqdn()),
                        List.of(), source(pool));
                nodes.put(pool, poolNode);
                for (Server server : pool.getServers()) {
                    poolNode.add(server(server, mediation));
                }
                node.add(poolNode);
            } else if (member instanceof Server server) {
                if (server.isPerimeter()) {
                    if (perimeter == null) {
                        perimeter = new Node(id("perimeter"), Kind.PERIMETER, "perimeter network", List.of(), null);
                    }
                    perimeter.add(server(server, mediation));
                } else {
                    node.add(server(server, mediation));
                }
            }
        }
        if (perimeter != null) {
            node.add(perimeter);
        }
        return node;
    }

    private Node server(Server server, List<Server> mediation) {
        List<String> roles = texts(server, DialscapePackage.Literals.SERVER__ROLES);
        if (roles.contains(MEDIATION)) {
            mediation.add(server);
        }
        List<String> lines = new ArrayList<>();
        if (server.getFqdn() != null) {
            lines.add(server.getFqdn());
        }
        lines.addAll(wrap("roles " + String.join(", ", roles)));
        return node(server, Kind.SERVER, "server " + nullToEmpty(server.getName()), lines);
    }

    /**
     * Where the Mediation paths start: a pool whose servers all run Mediation once, otherwise each Mediation
     * Server (one pool-level link instead of one per server keeps large pictures readable and their layout fast).
     */
    private List<Node> mediationEnds(Topology topology, List<Server> mediation) {
        List<Node> ends = new ArrayList<>();
        Set<EObject> pools = new LinkedHashSet<>();
        for (Server server : mediation) {
            if (server.eContainer() instanceof Pool pool && allMediation(pool)) {
                if (pools.add(pool)) {
                    ends.add(nodes.get(pool));
                }
            } else {
                ends.add(nodes.get(server));
            }
        }
        return ends;
    }

    private static boolean allMediation(Pool pool) {
        for (Server server : pool.getServers()) {
            if (!texts(server, DialscapePackage.Literals.SERVER__ROLES).contains(MEDIATION)) {
                return false;
            }
        }
        return !pool.getServers().isEmpty();
    }

    private void attach(DiagramGraph graph, Topology topology, EObject element, List<Problem> problems) {
        if (!org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(topology, element)) {
            return; // another topology's, or a table's
        }
        for (EObject at = element; at != null; at = at.eContainer()) {
            if (at == topology) {
                if (element == topology || element instanceof Forest) {
                    problems.forEach(graph::addProblem);
                }
                return;
            }
            if (at instanceof Forest) {
                problems.forEach(graph::addProblem);
                return;
            }
            if (edges.get(at) instanceof Edge edge) {
                problems.forEach(edge::addProblem);
                return;
            }
            if (nodes.get(at) instanceof Node node) {
                problems.forEach(node::addProblem);
                return;
            }
            if (at instanceof DualForking dualForking && drawn(dualForking.getGateway())) {
                problems.forEach(nodes.get(dualForking.getGateway())::addProblem);
                return;
            }
        }
    }

    private Node node(EObject element, Kind kind, String title, List<String> lines) {
        Node node = new Node(id(kind.name().toLowerCase(java.util.Locale.ROOT)), kind, title, lines, source(element));
        nodes.put(element, node);
        return node;
    }

    /** Whether a reference resolved to an element drawn in this picture. */
    private boolean drawn(EObject element) {
        return element != null && !element.eIsProxy() && nodes.containsKey(element);
    }

    private String id(String prefix) {
        int n = ids.merge(prefix, 1, Integer::sum);
        return prefix + n;
    }

    private static String product(EObject owner, EReference feature, Product product, String version) {
        String name = product != null && !product.eIsProxy() && product.getLabel() != null ? product.getLabel()
                : text(owner, feature);
        return version == null ? name : name + " " + version;
    }

    /** A cross-reference as written (resolved or not). */
    private static String text(EObject owner, EReference feature) {
        List<String> texts = texts(owner, feature);
        return texts.isEmpty() ? "" : texts.get(0);
    }

    /** The cross-references of a feature as written, in order. */
    static List<String> texts(EObject owner, EReference feature) {
        List<String> texts = new ArrayList<>();
        for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
            String text = NodeModelUtils.getTokenText(node).strip();
            if (!text.isEmpty()) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** Words of a line kept together, lines at most {@link #WRAP} characters (a longer word stands alone). */
    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static Source source(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        String uri = element.eResource() == null ? null : element.eResource().getURI().toString();
        return node == null ? new Source(uri, 0, 0, 0) : new Source(uri, node.getOffset(), node.getLength(), node.getStartLine());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
