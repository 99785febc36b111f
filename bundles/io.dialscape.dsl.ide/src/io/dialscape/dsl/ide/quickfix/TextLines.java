package io.dialscape.dsl.ide.quickfix;

/** Line arithmetic on a model's text, as the quick fixes need it (any of \n, \r\n, \r ends a line). */
final class TextLines {

    private final String text;

    TextLines(String text) {
        this.text = text;
    }

    /** Offset of the first character of the line holding {@code offset}. */
    int lineStart(int offset) {
        int i = Math.min(offset, text.length());
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Offset just before the line break (or the end of the text) of the line holding {@code offset}. */
    int lineEnd(int offset) {
        int i = Math.max(0, offset);
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Length of the line break at {@code offset} (0 at the end of the text). */
    int delimiterLength(int offset) {
        if (offset >= text.length()) {
            return 0;
        }
        if (text.startsWith("\r\n", offset)) {
            return 2;
        }
        return text.charAt(offset) == '\n' || text.charAt(offset) == '\r' ? 1 : 0;
    }

    /**
     * The lines a construct occupies, with their line break, when nothing but blanks and a
     * trailing comment shares them; otherwise exactly the construct. As {@code [start, end)}.
     */
    int[] wholeLines(int offset, int end) {
        int lineStart = lineStart(offset);
        int lineEnd = lineEnd(end);
        String before = text.substring(lineStart, offset);
        String after = text.substring(end, lineEnd).strip();
        if (before.isBlank() && (after.isEmpty() || after.startsWith("//"))) {
            return new int[] {lineStart, lineEnd + delimiterLength(lineEnd)};
        }
        return new int[] {offset, end};
    }

    /** The blanks that start the line holding {@code offset}. */
    String indentationOfLine(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** The text's first line break, or \n when it has none. */
    String delimiter() {
        int end = lineEnd(0);
        int length = delimiterLength(end);
        return length == 0 ? "\n" : text.substring(end, end + length);
    }
}
