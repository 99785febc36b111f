package io.dialscape.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a topology diagram shows, before layout: boxes nested as the topology nests them (sites hold pools,
 * perimeter regions and servers; pools hold servers) and the links between them, each with the problems
 * found on its model element. {@link DiagramLayout} gives it geometry.
 */
public final class DiagramGraph {

    /** What a box stands for. */
    public enum Kind {
        SITE, POOL, PERIMETER, SERVER, GATEWAY, PBX, APPLIANCE, ROUTES, ROUTE;

        /** Whether boxes of this kind hold other boxes. */
        public boolean compound() {
            return this == SITE || this == POOL || this == PERIMETER || this == ROUTES;
        }
    }

    /** What a link stands for. */
    public enum LinkKind {
        /** {@code trunk direct-sip PBX SERVER}: from the Mediation Server to the PBX. */
        TRUNK,
        /** A gateway's {@code icp} binding: from the gateway to the ICP. */
        BINDING,
        /** The path from a Mediation Server (or a pool whose servers all run Mediation) to a gateway. */
        MEDIATION,
        /** A route to its first gateway. */
        ROUTE,
        /** A route to a later gateway of its list (used when the earlier ones fail). */
        ROUTE_ALTERNATE
    }

    /** How bad the worst problem on an element is. */
    public enum Severity {
        NONE, INFO, WARNING, ERROR;

        public static Severity of(String severity) {
            return switch (severity) {
                case "error" -> ERROR;
                case "warning" -> WARNING;
                case "info" -> INFO;
                default -> NONE;
            };
        }
    }

    /** A problem the validator found on an element: {@code error}, {@code warning} or {@code info}. */
    public record Problem(String severity, String code, String message) {

        /** As a tooltip line: {@code error: message [code]}. */
        public String line() {
            return severity + ": " + message + " [" + code + "]";
        }
    }

    /** Where an element is written: the model file's URI and the element's text region. */
    public record Source(String uri, int offset, int length, int line) {
    }

    /** A box: a leaf (server, gateway, ...) or a compound (site, pool, ...) with children. */
    public static final class Node {
        private final String id;
        private final Kind kind;
        private final String title;
        private final List<String> lines;
        private final Source source;
        private final List<Node> children = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();

        public Node(String id, Kind kind, String title, List<String> lines, Source source) {
            this.id = id;
            this.kind = kind;
            this.title = title;
            this.lines = List.copyOf(lines);
            this.source = source;
        }

        public String id() {
            return id;
        }

        public Kind kind() {
            return kind;
        }

        /** The first line (the element's kind and name). */
        public String title() {
            return title;
        }

        /** The lines under the title (FQDN, roles, product, ...); empty for compounds. */
        public List<String> lines() {
            return lines;
        }

        public Source source() {
            return source;
        }

        public List<Node> children() {
            return Collections.unmodifiableList(children);
        }

        public void add(Node child) {
            children.add(child);
        }

        public List<Problem> problems() {
            return Collections.unmodifiableList(problems);
        }

        public void addProblem(Problem problem) {
            problems.add(problem);
        }

        public Severity severity() {
            return worst(problems);
        }
    }

    /** A link between two boxes, drawn from {@code source} to {@code target}. */
    public static final class Edge {
        private final String id;
        private final LinkKind kind;
        private final Node source;
        private final Node target;
        private final String label;
        private final Source element;
        private final List<Problem> problems = new ArrayList<>();

        public Edge(String id, LinkKind kind, Node source, Node target, String label, Source element) {
            this.id = id;
            this.kind = kind;
            this.source = source;
            this.target = target;
            this.label = label;
            this.element = element;
        }

        public String id() {
            return id;
        }

        public LinkKind kind() {
            return kind;
        }

        public Node source() {
            return source;
        }

        public Node target() {
            return target;
        }

        /** A short label drawn on the link, or {@code null}. */
        public String label() {
            return label;
        }

        /** The model element the link stands for (a trunk, a binding, a route), or {@code null} when derived. */
        public Source element() {
            return element;
        }

        public List<Problem> problems() {
            return Collections.unmodifiableList(problems);
        }

        public void addProblem(Problem problem) {
            problems.add(problem);
        }

        public Severity severity() {
            return worst(problems);
        }
    }

    private final String name;
    private final String title;
    private final Source source;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    public DiagramGraph(String name, String title, Source source) {
        this.name = name;
        this.title = title;
        this.source = source;
    }

    /** The topology's name. */
    public String name() {
        return name;
    }

    /** The heading of the picture: {@code topology rideau · platform ocs2007r2 · forest rideau.local}. */
    public String title() {
        return title;
    }

    public Source source() {
        return source;
    }

    /** Top-level boxes, in model order. */
    public List<Node> nodes() {
        return Collections.unmodifiableList(nodes);
    }

    public void add(Node node) {
        nodes.add(node);
    }

    public List<Edge> edges() {
        return Collections.unmodifiableList(edges);
    }

    public void add(Edge edge) {
        edges.add(edge);
    }

    /** Problems of the topology itself and its forest. */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public void addProblem(Problem problem) {
        problems.add(problem);
    }

    public Severity severity() {
        return worst(problems);
    }

    /** Every box, parents before their children, in model order. */
    public List<Node> allNodes() {
        List<Node> all = new ArrayList<>();
        collect(nodes, all);
        return all;
    }

    private static void collect(List<Node> level, List<Node> into) {
        for (Node node : level) {
            into.add(node);
            collect(node.children(), into);
        }
    }

    static Severity worst(List<Problem> problems) {
        Severity worst = Severity.NONE;
        for (Problem problem : problems) {
            Severity s = Severity.of(problem.severity());
            if (s.compareTo(worst) > 0) {
                worst = s;
            }
        }
        return worst;
    }
}
