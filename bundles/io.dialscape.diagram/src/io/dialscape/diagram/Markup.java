package io.dialscape.diagram;

/**
 * Escaping for the SVG and HTML this bundle writes: every model text goes through here, so a name, message or
 * pattern can never open an element or an attribute. Characters XML cannot hold are shown as {@code \\uXXXX}.
 */
public final class Markup {

    private Markup() {
    }

    /** Text for element content and double- or single-quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xfffe || c == 0xffff
                            || Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** A coordinate or length: one decimal, always a dot. */
    public static String num(double value) {
        String s = String.format(java.util.Locale.ROOT, "%.1f", value);
        return s.equals("-0.0") ? "0.0" : s;
    }
}
