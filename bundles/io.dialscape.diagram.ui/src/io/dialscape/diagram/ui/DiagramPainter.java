package io.dialscape.diagram.ui;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

/**
 * Paints a {@link Diagram} on a GC, in the geometry and colours the SVG writer uses ({@link Diagram},
 * {@link DiagramStyle}): the diagram's pixel coordinates, scaled by the zoom and shifted by the scroll origin.
 * It decides nothing about the picture; it only draws it.
 */
final class DiagramPainter {

    /** The font the diagram's text metrics are those of ({@link Diagram#CHAR_WIDTH}). */
    static final String FONT = "DejaVu Sans Mono";

    private final Device device;
    private final Map<Integer, Color> colours = new HashMap<>();
    private final Font text;
    private final Font bold;
    private final Font heading;

    DiagramPainter(Device device) {
        this.device = device;
        int dpi = Math.max(1, device.getDPI().y);
        text = new Font(device, new FontData(FONT, points(Diagram.FONT_SIZE, dpi), SWT.NORMAL));
        bold = new Font(device, new FontData(FONT, points(Diagram.FONT_SIZE, dpi), SWT.BOLD));
        heading = new Font(device, new FontData(FONT, points(Diagram.HEADING_FONT_SIZE, dpi), SWT.BOLD));
    }

    private static int points(double pixels, int dpi) {
        return Math.max(1, (int) Math.round(pixels * 72 / dpi));
    }

    void dispose() {
        text.dispose();
        bold.dispose();
        heading.dispose();
    }

    /** Where each box of the diagram lands on the canvas, with the colours it is drawn in. */
    static List<TopologyDiagramView.DrawnBox> boxes(Diagram diagram, double scale, double originX, double originY, boolean stale) {
        List<TopologyDiagramView.DrawnBox> drawn = new ArrayList<>(diagram.boxes().size());
        for (Diagram.Box box : diagram.boxes()) {
            int x = (int) Math.floor(box.x() * scale - originX);
            int y = (int) Math.floor(box.y() * scale - originY);
            int right = (int) Math.ceil((box.x() + box.width()) * scale - originX);
            int bottom = (int) Math.ceil((box.y() + box.height()) * scale - originY);
            drawn.add(new TopologyDiagramView.DrawnBox(box.id(), box.kind(), box.title(), new Rectangle(x, y, right - x, bottom - y),
                    box.severity(), colour(DiagramStyle.stroke(box.kind(), box.severity()), stale),
                    colour(DiagramStyle.fill(box.kind(), box.severity()), stale)));
        }
        return drawn;
    }

    /** The colour drawn for a style colour: faded on a stale picture. */
    static int colour(int rgb, boolean stale) {
        return stale ? DiagramStyle.faded(rgb) : rgb;
    }

    /**
     * Paints the diagram on a white background.
     *
     * @param scale   canvas pixels per diagram pixel
     * @param originX the canvas x of the diagram's origin, negated (the scroll position)
     * @param stale   whether to draw it faded (the last picture without syntax errors)
     */
    void paint(GC gc, Diagram diagram, double scale, double originX, double originY, boolean stale) {
        gc.setAdvanced(true);
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        Rectangle clip = gc.getClipping();
        Transform transform = new Transform(device);
        try {
            transform.translate((float) -originX, (float) -originY);
            transform.scale((float) scale, (float) scale);
            gc.setTransform(transform);
            // the part of the diagram that needs painting, in diagram pixels
            double left = (clip.x + originX) / scale;
            double top = (clip.y + originY) / scale;
            double right = (clip.x + clip.width + originX) / scale;
            double bottom = (clip.y + clip.height + originY) / scale;

            gc.setFont(heading);
            gc.setForeground(color(colour(DiagramStyle.text(diagram.severity()), stale)));
            text(gc, diagram.title(), Diagram.MARGIN, Diagram.headingBaseline());
            for (Diagram.Box box : diagram.boxes()) {
                if (box.x() > right || box.y() > bottom || box.x() + box.width() < left || box.y() + box.height() < top) {
                    continue;
                }
                box(gc, box, stale);
            }
            for (Diagram.Link link : diagram.links()) {
                link(gc, link, stale);
            }
        } finally {
            gc.setTransform(null);
            transform.dispose();
        }
    }

    private void box(GC gc, Diagram.Box box, boolean stale) {
        Path outline = roundRectangle((float) box.x(), (float) box.y(), (float) box.width(), (float) box.height(),
                box.kind().compound() ? 6 : 4);
        try {
            gc.setBackground(color(colour(DiagramStyle.fill(box.kind(), box.severity()), stale)));
            gc.fillPath(outline);
            gc.setForeground(color(colour(DiagramStyle.stroke(box.kind(), box.severity()), stale)));
            gc.setLineAttributes(line((float) DiagramStyle.strokeWidth(box.severity()), DiagramStyle.dashed(box.kind()) ? new float[] { 6, 4 } : null));
            gc.drawPath(outline);
        } finally {
            outline.dispose();
        }
        gc.setFont(bold);
        gc.setForeground(color(colour(DiagramStyle.text(box.severity()), stale)));
        double baseline = box.baseline();
        text(gc, box.title(), box.titleX(), baseline);
        gc.setFont(text);
        gc.setForeground(color(colour(DiagramStyle.MUTED_TEXT, stale)));
        for (String line : box.lines()) {
            baseline += Diagram.LINE_HEIGHT;
            text(gc, line, box.titleX(), baseline);
        }
        String badge = DiagramStyle.badge(box.severity());
        if (badge != null) {
            Diagram.Point centre = box.badge();
            float r = (float) Diagram.BADGE_RADIUS;
            Path circle = new Path(device);
            try {
                circle.addArc((float) centre.x() - r, (float) centre.y() - r, 2 * r, 2 * r, 0, 360);
                gc.setBackground(color(colour(DiagramStyle.stroke(box.kind(), box.severity()), stale)));
                gc.fillPath(circle);
            } finally {
                circle.dispose();
            }
            gc.setFont(bold);
            gc.setForeground(color(0xffffff));
            Point extent = gc.textExtent(badge, SWT.DRAW_TRANSPARENT);
            text(gc, badge, centre.x() - extent.x / 2.0, centre.y() + 4);
        }
    }

    private void link(GC gc, Diagram.Link link, boolean stale) {
        if (link.points().size() < 2) {
            return;
        }
        Color colour = color(colour(DiagramStyle.stroke(link.kind(), link.severity()), stale));
        double[] dashes = DiagramStyle.dashes(link.kind());
        gc.setForeground(colour);
        gc.setLineAttributes(line((float) DiagramStyle.strokeWidth(link.kind(), link.severity()),
                dashes == null ? null : new float[] { (float) dashes[0], (float) dashes[1] }));
        Path route = new Path(device);
        try {
            Diagram.Point first = link.points().get(0);
            route.moveTo((float) first.x(), (float) first.y());
            for (Diagram.Point point : link.points().subList(1, link.points().size())) {
                route.lineTo((float) point.x(), (float) point.y());
            }
            gc.drawPath(route);
        } finally {
            route.dispose();
        }
        if (DiagramStyle.directed(link.kind())) {
            List<Diagram.Point> head = link.arrowhead();
            Path arrow = new Path(device);
            try {
                arrow.moveTo((float) head.get(0).x(), (float) head.get(0).y());
                arrow.lineTo((float) head.get(1).x(), (float) head.get(1).y());
                arrow.lineTo((float) head.get(2).x(), (float) head.get(2).y());
                arrow.close();
                gc.setBackground(colour);
                gc.fillPath(arrow);
            } finally {
                arrow.dispose();
            }
        }
        if (link.label() != null && link.labelWidth() > 0) {
            Path plate = new Path(device);
            try {
                plate.addRectangle((float) link.labelX() - 2, (float) link.labelY(), (float) link.labelWidth() + 4, (float) link.labelHeight());
                gc.setBackground(color(0xffffff));
                gc.setAlpha(217); // the SVG's fill-opacity 0.85
                gc.fillPath(plate);
                gc.setAlpha(255);
            } finally {
                plate.dispose();
            }
            gc.setFont(text);
            gc.setForeground(colour);
            text(gc, link.label(), link.labelX(), link.labelY() + Diagram.FONT_SIZE);
        }
    }

    /** Draws a text whose baseline starts at (x, baseline), as SVG places it. */
    private static void text(GC gc, String text, double x, double baseline) {
        int ascent = gc.getFontMetrics().getAscent();
        gc.drawText(text, (int) Math.round(x), (int) Math.round(baseline) - ascent, true);
    }

    private static LineAttributes line(float width, float[] dashes) {
        return new LineAttributes(width, SWT.CAP_FLAT, SWT.JOIN_MITER, dashes == null ? SWT.LINE_SOLID : SWT.LINE_CUSTOM, dashes, 0, 10);
    }

    private Path roundRectangle(float x, float y, float width, float height, float radius) {
        float r = Math.min(radius, Math.min(width, height) / 2);
        Path path = new Path(device);
        path.moveTo(x + r, y);
        path.lineTo(x + width - r, y);
        path.addArc(x + width - 2 * r, y, 2 * r, 2 * r, 90, -90);
        path.lineTo(x + width, y + height - r);
        path.addArc(x + width - 2 * r, y + height - 2 * r, 2 * r, 2 * r, 0, -90);
        path.lineTo(x + r, y + height);
        path.addArc(x, y + height - 2 * r, 2 * r, 2 * r, -90, -90);
        path.lineTo(x, y + r);
        path.addArc(x, y, 2 * r, 2 * r, 180, -90);
        path.close();
        return path;
    }

    /** The SWT colour of 0xRRGGBB (colours need no disposing). */
    Color color(int rgb) {
        return colours.computeIfAbsent(rgb, c -> new Color(c >> 16 & 0xff, c >> 8 & 0xff, c & 0xff));
    }
}
