package io.dialscape.diagram;

import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.LinkKind;
import io.dialscape.diagram.DiagramGraph.Severity;

/**
 * The colours and strokes of a diagram, shared by the SVG writer and the Studio view so that both pictures look
 * alike. Colours are 0xRRGGBB; an element with a problem takes its severity's colour.
 */
public final class DiagramStyle {

    public static final int TEXT = 0x212121;
    public static final int MUTED_TEXT = 0x455a64;
    public static final int ERROR = 0xc62828;
    public static final int ERROR_FILL = 0xffebee;
    public static final int WARNING = 0xb26a00;
    public static final int WARNING_FILL = 0xfff3e0;

    private DiagramStyle() {
    }

    /** Border colour of a box. */
    public static int stroke(Kind kind, Severity severity) {
        if (severity == Severity.ERROR) {
            return ERROR;
        }
        if (severity == Severity.WARNING) {
            return WARNING;
        }
        return switch (kind) {
            case SITE -> 0x607d8b;
            case POOL -> 0x3f6fb5;
            case PERIMETER -> 0x8d6e63;
            case ROUTES, ROUTE -> 0x7b5ea7;
            case SERVER -> 0x37474f;
            case GATEWAY -> 0x00796b;
            case PBX -> 0x5e35b1;
            case APPLIANCE -> 0x6d4c41;
        };
    }

    /** Fill colour of a box. */
    public static int fill(Kind kind, Severity severity) {
        if (!kind.compound() && severity == Severity.ERROR) {
            return ERROR_FILL;
        }
        if (!kind.compound() && severity == Severity.WARNING) {
            return WARNING_FILL;
        }
        return switch (kind) {
            case SITE -> 0xf5f7f8;
            case POOL -> 0xe8f0fe;
            case PERIMETER -> 0xfff8e1;
            case ROUTES -> 0xf6f0fa;
            case SERVER, ROUTE -> 0xffffff;
            case GATEWAY -> 0xe0f2f1;
            case PBX -> 0xede7f6;
            case APPLIANCE -> 0xfbe9e7;
        };
    }

    /** Border width of a box: wider when it has a problem. */
    public static double strokeWidth(Severity severity) {
        return severity == Severity.ERROR || severity == Severity.WARNING ? 2.5 : 1;
    }

    /** Whether a box's border is dashed (the perimeter network). */
    public static boolean dashed(Kind kind) {
        return kind == Kind.PERIMETER;
    }

    /** Colour of a link. */
    public static int stroke(LinkKind kind, Severity severity) {
        if (severity == Severity.ERROR) {
            return ERROR;
        }
        if (severity == Severity.WARNING) {
            return WARNING;
        }
        return switch (kind) {
            case TRUNK -> 0x5e35b1;
            case BINDING -> 0x00796b;
            case MEDIATION -> 0x78909c;
            case ROUTE, ROUTE_ALTERNATE -> 0x7b5ea7;
        };
    }

    /** Width of a link. */
    public static double strokeWidth(LinkKind kind) {
        return kind == LinkKind.TRUNK || kind == LinkKind.BINDING ? 2 : 1.5;
    }

    /** Width of a link with its problems: wider when it has an error or a warning. */
    public static double strokeWidth(LinkKind kind, Severity severity) {
        return severity == Severity.ERROR || severity == Severity.WARNING ? 2.5 : strokeWidth(kind);
    }

    /** Colour of a title (a box's, the heading's): the severity's, else the text colour. */
    public static int text(Severity severity) {
        return severity == Severity.ERROR ? ERROR : severity == Severity.WARNING ? WARNING : TEXT;
    }

    /**
     * The glyph of the badge of an element with an error ({@code ×}) or a warning ({@code !}), so that a problem
     * does not rest on colour alone; {@code null} for none.
     */
    public static String badge(Severity severity) {
        return severity == Severity.ERROR ? "\u00d7" : severity == Severity.WARNING ? "!" : null;
    }

    /** Dash pattern of a link (on, off), or {@code null} for a solid line. */
    public static double[] dashes(LinkKind kind) {
        return switch (kind) {
            case MEDIATION -> new double[] { 6, 4 };
            case ROUTE_ALTERNATE -> new double[] { 3, 3 };
            default -> null;
        };
    }

    /** Whether a link has an arrowhead at its target (routes lead to gateways). */
    public static boolean directed(LinkKind kind) {
        return kind == LinkKind.ROUTE || kind == LinkKind.ROUTE_ALTERNATE;
    }

    /** How a tooltip names a link. */
    public static String describe(LinkKind kind) {
        return switch (kind) {
            case TRUNK -> "Direct SIP trunk";
            case BINDING -> "gateway binding to the ICP";
            case MEDIATION -> "Mediation Server to gateway";
            case ROUTE -> "route to its first gateway";
            case ROUTE_ALTERNATE -> "route to an alternate gateway";
        };
    }

    /**
     * A colour of a stale picture (the last one drawn from text without syntax errors, shown while the text has
     * some): two thirds of the way to a light grey, so that it reads as out of date at a glance.
     */
    public static int faded(int rgb) {
        int grey = 0xd6d6d6;
        int r = mix(rgb >> 16 & 0xff, grey >> 16 & 0xff);
        int g = mix(rgb >> 8 & 0xff, grey >> 8 & 0xff);
        int b = mix(rgb & 0xff, grey & 0xff);
        return r << 16 | g << 8 | b;
    }

    private static int mix(int from, int to) {
        return (from + 2 * to) / 3;
    }

    /** {@code #rrggbb}. */
    public static String hex(int rgb) {
        return String.format(java.util.Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
