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

    /**
     * A box. For a compound (site, pool, ...) the title sits at ({@code titleX}, {@code titleY}), its baseline
     * one {@link #FONT_SIZE} lower; for a leaf the title and lines start at the top left, inside the padding.
     */
    public record Box(String id, Kind kind, String title, List<String> lines, double x, double y, double width, double height,
            double titleX, double titleY, Severity severity, List<Problem> problems, Source source, int depth) {

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** A point of a link's route. */
    public record Point(double x, double y) {
    }

    /**
     * A link: an orthogonal route from its source box to its target box, with its label's box, if any.
     */
    public record Link(String id, LinkKind kind, String sourceId, String targetId, List<Point> points, String label, double labelX,
            double labelY, double labelWidth, double labelHeight, Severity severity, List<Problem> problems, Source source) {
    }

    /** The severity of the topology itself. */
    public Severity severity() {
        return DiagramGraph.worst(problems);
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
