package io.dialscape.diagram;

import io.dialscape.diagram.DiagramGraph.Edge;
import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.Node;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.NodeLabelPlacement;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link DiagramGraph} out with the Eclipse Layout Kernel's layered algorithm (left to right, orthogonal
 * links, the whole hierarchy at once) and returns its {@link Diagram}. ELK measures no text: box and label sizes
 * come from {@link Diagram#CHAR_WIDTH} and {@link Diagram#LINE_HEIGHT}. Same graph, same geometry.
 */
public final class DiagramLayout {

    /** Space between a leaf box's border and its text. */
    public static final double PADDING = 8;
    /** Largest number of boxes whose model order the layout keeps. */
    public static final int MODEL_ORDER_LIMIT = 400;
    /** Narrowest leaf box. */
    static final double MIN_WIDTH = 120;

    private static volatile boolean registered;

    private DiagramLayout() {
    }

    /** Makes the layered algorithm known to ELK (under OSGi nothing else does). */
    private static void register() {
        if (!registered) {
            synchronized (DiagramLayout.class) {
                if (!registered) {
                    LayoutMetaDataService service = LayoutMetaDataService.getInstance();
                    if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                        service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    }
                    registered = true;
                }
            }
        }
    }

    /**
     * Lays the graph out, reusing the geometry of an earlier picture when the graph has the same shape: the same
     * heading, the same boxes (id, kind, title, lines) nested the same way and the same links (id, kind, ends,
     * label). Geometry depends on nothing else, so the result equals a fresh {@link #layout(DiagramGraph)}; only
     * the problems, severities and source regions are taken from the new graph. This is what keeps a live view
     * cheap while the user types outside the topology or fixes a problem.
     *
     * @param previous an earlier picture of the same topology, or {@code null}
     */
    public static Diagram layout(DiagramGraph graph, Diagram previous) {
        if (previous == null || !graph.name().equals(previous.name()) || !graph.title().equals(previous.title())) {
            return layout(graph);
        }
        List<Node> nodes = graph.allNodes();
        if (nodes.size() != previous.boxes().size() || graph.edges().size() != previous.links().size()) {
            return layout(graph);
        }
        Map<Node, Integer> depths = new IdentityHashMap<>();
        depths(graph.nodes(), 0, depths);
        List<Diagram.Box> boxes = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            Diagram.Box box = previous.boxes().get(i);
            if (!node.id().equals(box.id()) || node.kind() != box.kind() || !node.title().equals(box.title())
                    || !node.lines().equals(box.lines()) || depths.get(node) != box.depth()) {
                return layout(graph);
            }
            boxes.add(new Diagram.Box(box.id(), box.kind(), box.title(), box.lines(), box.x(), box.y(), box.width(), box.height(),
                    box.titleX(), box.titleY(), node.severity(), List.copyOf(node.problems()), node.source(), box.depth()));
        }
        List<Diagram.Link> links = new ArrayList<>(graph.edges().size());
        for (int i = 0; i < graph.edges().size(); i++) {
            Edge edge = graph.edges().get(i);
            Diagram.Link link = previous.links().get(i);
            if (!edge.id().equals(link.id()) || edge.kind() != link.kind() || !edge.source().id().equals(link.sourceId())
                    || !edge.target().id().equals(link.targetId()) || !java.util.Objects.equals(edge.label(), link.label())) {
                return layout(graph);
            }
            links.add(new Diagram.Link(link.id(), link.kind(), link.sourceId(), link.targetId(), link.points(), link.label(),
                    link.labelX(), link.labelY(), link.labelWidth(), link.labelHeight(), edge.severity(), List.copyOf(edge.problems()),
                    edge.element()));
        }
        return new Diagram(graph.name(), graph.title(), graph.source(), previous.width(), previous.height(), List.copyOf(boxes),
                List.copyOf(links), List.copyOf(graph.problems()));
    }

    private static void depths(List<Node> level, int depth, Map<Node, Integer> into) {
        for (Node node : level) {
            into.put(node, depth);
            depths(node.children(), depth + 1, into);
        }
    }

    /** Lays the graph out. */
    public static Diagram layout(DiagramGraph graph) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 16.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        if (graph.allNodes().size() <= MODEL_ORDER_LIMIT) {
            // keep the order of the model (routes in priority order, servers as written) where the layout allows;
            // beyond the limit it costs several times the layout (docs/benchmarks.md)
            root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        }
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);

        // Columns (ELK partitions): sites in a grid, then gateways and appliances, then PBXs; routes first.
        Map<Node, ElkNode> shapes = new IdentityHashMap<>();
        List<Node> sites = graph.nodes().stream().filter(n -> n.kind() == Kind.SITE).toList();
        int siteRows = rows(sites.size());
        int siteColumns = sites.isEmpty() ? 0 : (sites.size() + siteRows - 1) / siteRows;
        int siteIndex = 0;
        for (Node node : graph.nodes()) {
            ElkNode elk = shape(node, root, shapes);
            int column = switch (node.kind()) {
                case SITE -> siteIndex++ / siteRows;
                case GATEWAY, APPLIANCE -> siteColumns;
                case PBX -> siteColumns + 1;
                default -> 0;
            };
            elk.setProperty(LayeredOptions.PARTITIONING_PARTITION, column);
        }
        Map<ElkEdge, Edge> links = new IdentityHashMap<>();
        List<ElkEdge> order = new ArrayList<>();
        for (Edge edge : graph.edges()) {
            ElkEdge elk = ElkGraphUtil.createSimpleEdge(shapes.get(edge.source()), shapes.get(edge.target()));
            if (edge.label() != null) {
                ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elk);
                label.setWidth(width(edge.label()));
                label.setHeight(Diagram.LINE_HEIGHT);
            }
            links.put(elk, edge);
            order.add(elk);
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        double offsetX = Diagram.MARGIN;
        double offsetY = Diagram.MARGIN + Diagram.HEADING;
        List<Diagram.Box> boxes = new ArrayList<>();
        Map<ElkNode, double[]> absolute = new IdentityHashMap<>();
        absolute.put(root, new double[] { offsetX, offsetY });
        for (Node node : graph.nodes()) {
            boxes(node, shapes, offsetX, offsetY, 0, boxes, absolute);
        }
        List<Diagram.Link> result = new ArrayList<>();
        for (ElkEdge elk : order) {
            Edge edge = links.get(elk);
            double[] at = absolute.get(elk.getContainingNode());
            List<Diagram.Point> points = new ArrayList<>();
            if (!elk.getSections().isEmpty()) {
                ElkEdgeSection section = elk.getSections().get(0);
                points.add(new Diagram.Point(at[0] + section.getStartX(), at[1] + section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    points.add(new Diagram.Point(at[0] + bend.getX(), at[1] + bend.getY()));
                }
                points.add(new Diagram.Point(at[0] + section.getEndX(), at[1] + section.getEndY()));
            }
            double lx = 0;
            double ly = 0;
            double lw = 0;
            double lh = 0;
            if (!elk.getLabels().isEmpty()) {
                ElkLabel label = elk.getLabels().get(0);
                lx = at[0] + label.getX();
                ly = at[1] + label.getY();
                lw = label.getWidth();
                lh = label.getHeight();
            }
            result.add(new Diagram.Link(edge.id(), edge.kind(), edge.source().id(), edge.target().id(), List.copyOf(points),
                    edge.label(), lx, ly, lw, lh, edge.severity(), List.copyOf(edge.problems()), edge.element()));
        }
        double width = Math.max(root.getWidth() + 2 * Diagram.MARGIN,
                graph.title().length() * Diagram.CHAR_WIDTH * Diagram.HEADING_FONT_SIZE / Diagram.FONT_SIZE + 2 * Diagram.MARGIN);
        double height = root.getHeight() + 2 * Diagram.MARGIN + Diagram.HEADING;
        return new Diagram(graph.name(), graph.title(), graph.source(), width, height, List.copyOf(boxes), List.copyOf(result),
                List.copyOf(graph.problems()));
    }

    /** Rows of a grid of n boxes: about as many rows as columns, a little taller than wide. */
    static int rows(int n) {
        return Math.max(1, (int) Math.ceil(Math.sqrt(n)));
    }

    private static ElkNode shape(Node node, ElkNode parent, Map<Node, ElkNode> shapes) {
        ElkNode elk = ElkGraphUtil.createNode(parent);
        shapes.put(node, elk);
        if (node.kind().compound()) {
            ElkLabel label = ElkGraphUtil.createLabel(node.title(), elk);
            label.setWidth(width(node.title()));
            label.setHeight(Diagram.LINE_HEIGHT);
            elk.setProperty(CoreOptions.NODE_LABELS_PLACEMENT, NodeLabelPlacement.insideTopCenter());
            elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.NODE_LABELS, SizeConstraint.MINIMUM_SIZE));
            elk.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(width(node.title()) + 24, 48));
            elk.setProperty(CoreOptions.PADDING, new ElkPadding(8, 12, 12, 12));
            // A grid, not one long column: an unseen link from each box to the one a row further on puts the
            // children in columns of about the square root of their number (partitions do not reach inside).
            int rows = rows(node.children().size());
            List<ElkNode> children = new ArrayList<>();
            for (Node child : node.children()) {
                children.add(shape(child, elk, shapes));
            }
            for (int i = rows; i < children.size(); i++) {
                ElkGraphUtil.createSimpleEdge(children.get(i - rows), children.get(i));
            }
        } else {
            int chars = node.title().length();
            for (String line : node.lines()) {
                chars = Math.max(chars, line.length());
            }
            elk.setWidth(Math.max(MIN_WIDTH, chars * Diagram.CHAR_WIDTH + 2 * PADDING));
            elk.setHeight((1 + node.lines().size()) * Diagram.LINE_HEIGHT + 2 * PADDING - 4);
        }
        return elk;
    }

    private static void boxes(Node node, Map<Node, ElkNode> shapes, double px, double py, int depth, List<Diagram.Box> into,
            Map<ElkNode, double[]> absolute) {
        ElkNode elk = shapes.get(node);
        double x = px + elk.getX();
        double y = py + elk.getY();
        absolute.put(elk, new double[] { x, y });
        double titleX = x + PADDING;
        double titleY = y + PADDING - 2;
        if (node.kind().compound() && !elk.getLabels().isEmpty()) {
            ElkLabel label = elk.getLabels().get(0);
            titleX = x + label.getX();
            titleY = y + label.getY();
        }
        into.add(new Diagram.Box(node.id(), node.kind(), node.title(), node.lines(), x, y, elk.getWidth(), elk.getHeight(), titleX,
                titleY, node.severity(), List.copyOf(node.problems()), node.source(), depth));
        for (Node child : node.children()) {
            boxes(child, shapes, x, y, depth + 1, into, absolute);
        }
    }

    /** Width of a text in the diagram's font. */
    public static double width(String text) {
        return text.length() * Diagram.CHAR_WIDTH;
    }
}
