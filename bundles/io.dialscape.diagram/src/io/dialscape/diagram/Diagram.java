package io.dialscape.diagram;

import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.LinkKind;
import io.dialscape.diagram.DiagramGraph.Problem;
import io.dialscape.diagram.DiagramGraph.Severity;
import io.dialscape.diagram.DiagramGraph.Source;
import java.util.List;

/**
 * A laid-out topology diagram: absolute geometry in pixels (origin top left), ready to draw. The SVG writer
 * and the Studio view draw this and nothing else. Text metrics are those of a 12 px monospaced font
 * ({@link #CHAR_WIDTH}, {@link #LINE_HEIGHT}).
 *
 * @param name    the topology's name
 * @param title   the heading, drawn above the boxes at ({@link #MARGIN}, {@link #MARGIN})
 * @param width   the picture's width
 * @param height  the picture's height, heading included
 * @param boxes   every box, parents before their children
 * @param links   every link
 * @param problems problems of the topology itself and its forest
 */
public record Diagram(String name, String title, Source source, double width, double height, List<Box> boxes, List<Link> links,
        List<Problem> problems) {

    /** Advance of one character of DejaVu Sans Mono at 12 px. */
    public static final double CHAR_WIDTH = 7.224;
    /** Distance between two text lines. */
    public static final double LINE_HEIGHT = 16;
    /** Font size of every text. */
    public static final double FONT_SIZE = 12;
    /** Font size of the heading. */
    public static final double HEADING_FONT_SIZE = 14;
    /** Space around the picture. */
    public static final double MARGIN = 12;
    /** Height of the heading band above the boxes. */
    public static final double HEADING = 28;
    /** Radius of the severity badge of a box with an error or a warning. */
    public static final double BADGE_RADIUS = 7;
    /** Length of a route's arrowhead. */
    public static final double ARROWHEAD = 8;

    /**
     * A box. For a compound (site, pool, ...) the title sits at ({@code titleX}, {@code titleY}), its baseline
     * one {@link #FONT_SIZE} lower; for a leaf the title and lines start at the top left, inside the padding.
     */
    public record Box(String id, Kind kind, String title, List<String> lines, double x, double y, double width, double height,
            double titleX, double titleY, Severity severity, List<Problem> problems, Source source, int depth) implements Element {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }

        /** The tooltip: the title, the lines, then each problem on a line of its own. */
        public String tooltip() {
            return Diagram.tooltip(title, lines, problems);
        }

        /** Baseline of the title; each further line sits {@link #LINE_HEIGHT} lower. */
        public double baseline() {
            return titleY + FONT_SIZE;
        }

        /** The centre of the severity badge drawn in the top right corner of a box with an error or a warning. */
        public Point badge() {
            return new Point(x + width - BADGE_RADIUS - 2, y + BADGE_RADIUS + 2);
        }
    }

    /** A drawn element: a box or a link, with its problems and where it is written. */
    public sealed interface Element permits Box, Link {
        String id();

        Severity severity();

        List<Problem> problems();

        /** Where the element is written, or {@code null} for what the picture derives (a perimeter, a Mediation path). */
        Source source();

        String tooltip();
    }

    /** A point of a link's route. */
    public record Point(double x, double y) {
    }

    /**
     * A link: an orthogonal route from its source box to its target box, with its label's box, if any.
     */
    public record Link(String id, LinkKind kind, String sourceId, String targetId, List<Point> points, String label, double labelX,
            double labelY, double labelWidth, double labelHeight, Severity severity, List<Problem> problems, Source source)
            implements Element {

        /** The tooltip: what the link stands for and its label, then each problem on a line of its own. */
        public String tooltip() {
            return Diagram.tooltip(DiagramStyle.describe(kind) + (label == null ? "" : ": " + label), List.of(), problems);
        }

        /**
         * The three corners of the arrowhead at the link's target, along the last segment, or an empty list for a
         * link without a route.
         */
        public List<Point> arrowhead() {
            if (points.size() < 2) {
                return List.of();
            }
            Point end = points.get(points.size() - 1);
            Point before = points.get(points.size() - 2);
            double dx = end.x() - before.x();
            double dy = end.y() - before.y();
            double length = Math.hypot(dx, dy);
            if (length == 0) {
                dx = 1;
                dy = 0;
                length = 1;
            }
            double ux = dx / length;
            double uy = dy / length;
            double size = ARROWHEAD;
            double bx = end.x() - ux * size;
            double by = end.y() - uy * size;
            return List.of(end, new Point(bx - uy * size / 2, by + ux * size / 2), new Point(bx + uy * size / 2, by - ux * size / 2));
        }

        /** Whether a point lies within {@code tolerance} of the link's route or on its label. */
        public boolean near(double px, double py, double tolerance) {
            if (label != null && labelWidth > 0 && px >= labelX && px <= labelX + labelWidth && py >= labelY
                    && py <= labelY + labelHeight) {
                return true;
            }
            for (int i = 1; i < points.size(); i++) {
                if (distance(points.get(i - 1), points.get(i), px, py) <= tolerance) {
                    return true;
                }
            }
            return false;
        }

        private static double distance(Point a, Point b, double px, double py) {
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double squared = dx * dx + dy * dy;
            double t = squared == 0 ? 0 : Math.max(0, Math.min(1, ((px - a.x()) * dx + (py - a.y()) * dy) / squared));
            return Math.hypot(px - (a.x() + t * dx), py - (a.y() + t * dy));
        }
    }

    /** The severity of the topology itself. */
    public Severity severity() {
        return DiagramGraph.worst(problems);
    }

    /** The heading's baseline. */
    public static double headingBaseline() {
        return MARGIN + FONT_SIZE + 2;
    }

    /** The tooltip of the picture as a whole: the heading and the topology's own problems. */
    public String tooltip() {
        return tooltip(title, List.of(), problems);
    }

    /** A tooltip: the element, its lines, then each problem on a line of its own. */
    static String tooltip(String title, List<String> lines, List<Problem> problems) {
        StringBuilder text = new StringBuilder(title);
        for (String line : lines) {
            text.append('\n').append(line);
        }
        for (Problem problem : problems) {
            text.append('\n').append(problem.line());
        }
        return text.toString();
    }

    /** The box or link at a point: the innermost box, unless a link passes within {@code tolerance}; or {@code null}. */
    public Element elementAt(double px, double py, double tolerance) {
        Box box = boxAt(px, py);
        if (box == null || box.kind().compound()) {
            for (int i = links.size() - 1; i >= 0; i--) {
                if (links.get(i).near(px, py, tolerance)) {
                    return links.get(i);
                }
            }
        }
        return box;
    }

    /** The innermost box at a point, or {@code null}. */
    public Box boxAt(double px, double py) {
        Box found = null;
        for (Box box : boxes) {
            if (box.contains(px, py) && (found == null || box.depth() >= found.depth())) {
                found = box;
            }
        }
        return found;
    }
}
