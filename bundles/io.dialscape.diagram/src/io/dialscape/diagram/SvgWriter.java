package io.dialscape.diagram;

import static io.dialscape.diagram.Markup.escape;
import static io.dialscape.diagram.Markup.num;

import io.dialscape.diagram.DiagramGraph.Severity;
import java.util.List;

/**
 * Writes a {@link Diagram} as SVG: presentation attributes only (no stylesheet, script or external font), so
 * the same text works as a file and inline in the review page. Deterministic: the same diagram gives the same
 * bytes. Each box and link is a group whose {@code <title>} (the browser's tooltip) names it and lists its
 * problems.
 */
public final class SvgWriter {

    /** The font stack: the metrics of {@link Diagram#CHAR_WIDTH} are DejaVu Sans Mono's. */
    public static final String FONT = "DejaVu Sans Mono, Menlo, Consolas, monospace";

    private SvgWriter() {
    }

    /** A standalone SVG document (XML declaration, then the {@code <svg>} element). */
    public static String document(Diagram diagram) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(diagram);
    }

    /** The {@code <svg>} element alone, for inlining into HTML. */
    public static String svg(Diagram diagram) {
        StringBuilder out = new StringBuilder(4096 + diagram.boxes().size() * 600);
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(diagram.width())).append("\" height=\"")
                .append(num(diagram.height())).append("\" viewBox=\"0.0 0.0 ").append(num(diagram.width())).append(' ')
                .append(num(diagram.height())).append("\" role=\"img\" aria-label=\"").append(escape(diagram.title()))
                .append("\" font-family=\"").append(FONT).append("\" font-size=\"").append(num(Diagram.FONT_SIZE)).append("\">\n");
        out.append("<title>").append(escape(diagram.tooltip())).append("</title>\n");
        out.append("<rect x=\"0.0\" y=\"0.0\" width=\"").append(num(diagram.width())).append("\" height=\"")
                .append(num(diagram.height())).append("\" fill=\"#ffffff\"/>\n");
        Severity topology = diagram.severity();
        out.append("<text x=\"").append(num(Diagram.MARGIN)).append("\" y=\"").append(num(Diagram.headingBaseline()))
                .append("\" font-size=\"").append(num(Diagram.HEADING_FONT_SIZE)).append("\" font-weight=\"bold\" fill=\"").append(textColour(topology)).append("\">")
                .append(escape(diagram.title())).append("</text>\n");
        for (Diagram.Box box : diagram.boxes()) {
            box(out, box);
        }
        for (Diagram.Link link : diagram.links()) {
            link(out, link);
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void box(StringBuilder out, Diagram.Box box) {
        String kind = box.kind().name().toLowerCase(java.util.Locale.ROOT);
        out.append("<g class=\"box ").append(kind);
        if (box.severity() == Severity.ERROR || box.severity() == Severity.WARNING) {
            out.append(' ').append(box.severity().name().toLowerCase(java.util.Locale.ROOT));
        }
        out.append("\">");
        out.append("<title>").append(escape(box.tooltip())).append("</title>");
        out.append("<rect x=\"").append(num(box.x())).append("\" y=\"").append(num(box.y())).append("\" width=\"")
                .append(num(box.width())).append("\" height=\"").append(num(box.height())).append("\" rx=\"")
                .append(box.kind().compound() ? "6.0" : "4.0").append("\" fill=\"")
                .append(DiagramStyle.hex(DiagramStyle.fill(box.kind(), box.severity()))).append("\" stroke=\"")
                .append(DiagramStyle.hex(DiagramStyle.stroke(box.kind(), box.severity()))).append("\" stroke-width=\"")
                .append(num(DiagramStyle.strokeWidth(box.severity()))).append('"');
        if (DiagramStyle.dashed(box.kind())) {
            out.append(" stroke-dasharray=\"6.0 4.0\"");
        }
        out.append("/>");
        double baseline = box.baseline();
        out.append("<text x=\"").append(num(box.titleX())).append("\" y=\"").append(num(baseline))
                .append("\" font-weight=\"bold\" fill=\"").append(textColour(box.severity())).append("\">")
                .append(escape(box.title())).append("</text>");
        for (String line : box.lines()) {
            baseline += Diagram.LINE_HEIGHT;
            out.append("<text x=\"").append(num(box.titleX())).append("\" y=\"").append(num(baseline)).append("\" fill=\"")
                    .append(DiagramStyle.hex(DiagramStyle.MUTED_TEXT)).append("\">").append(escape(line)).append("</text>");
        }
        if (box.severity() == Severity.ERROR || box.severity() == Severity.WARNING) {
            // a badge beside the colour, so the problem does not rest on colour alone
            double cx = box.badge().x();
            double cy = box.badge().y();
            out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(Diagram.BADGE_RADIUS)).append("\" fill=\"")
                    .append(DiagramStyle.hex(DiagramStyle.stroke(box.kind(), box.severity()))).append("\"/>");
            out.append("<text x=\"").append(num(cx)).append("\" y=\"").append(num(cy + 4))
                    .append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#ffffff\">")
                    .append(DiagramStyle.badge(box.severity())).append("</text>");
        }
        out.append("</g>\n");
    }

    private static void link(StringBuilder out, Diagram.Link link) {
        if (link.points().size() < 2) {
            return;
        }
        String colour = DiagramStyle.hex(DiagramStyle.stroke(link.kind(), link.severity()));
        out.append("<g class=\"link ").append(link.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).append("\">");
        out.append("<title>").append(escape(link.tooltip())).append("</title>");
        out.append("<polyline points=\"");
        for (int i = 0; i < link.points().size(); i++) {
            Diagram.Point p = link.points().get(i);
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(p.x())).append(',').append(num(p.y()));
        }
        out.append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(num(DiagramStyle.strokeWidth(link.kind(), link.severity())))
                .append('"');
        double[] dashes = DiagramStyle.dashes(link.kind());
        if (dashes != null) {
            out.append(" stroke-dasharray=\"").append(num(dashes[0])).append(' ').append(num(dashes[1])).append('"');
        }
        out.append("/>");
        if (DiagramStyle.directed(link.kind())) {
            List<Diagram.Point> head = link.arrowhead();
            out.append("<polygon points=\"");
            for (int i = 0; i < head.size(); i++) {
                out.append(i > 0 ? " " : "").append(num(head.get(i).x())).append(',').append(num(head.get(i).y()));
            }
            out.append("\" fill=\"").append(colour).append("\"/>");
        }
        if (link.label() != null && link.labelWidth() > 0) {
            out.append("<rect x=\"").append(num(link.labelX() - 2)).append("\" y=\"").append(num(link.labelY()))
                    .append("\" width=\"").append(num(link.labelWidth() + 4)).append("\" height=\"").append(num(link.labelHeight()))
                    .append("\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>");
            out.append("<text x=\"").append(num(link.labelX())).append("\" y=\"").append(num(link.labelY() + Diagram.FONT_SIZE))
                    .append("\" fill=\"").append(colour).append("\">").append(escape(link.label())).append("</text>");
        }
        out.append("</g>\n");
    }

    private static String textColour(Severity severity) {
        return DiagramStyle.hex(DiagramStyle.text(severity));
    }
}
