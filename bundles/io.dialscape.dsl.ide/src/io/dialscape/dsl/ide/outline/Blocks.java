package io.dialscape.dsl.ide.outline;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The foldable regions of a model's text: every block ({@code { ... }}) and every block comment,
 * found on the text alone (so folding works while the model does not parse). The one home of what
 * folds, for the Eclipse editor and the language server.
 */
public final class Blocks {

    /** A block or block comment as {@code [offset, end)}. */
    public record Block(int offset, int end, boolean comment) {
    }

    private Blocks() {
    }

    /** Every block and block comment, in the order they close; strings and line comments are skipped. */
    public static List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (i < text.length() && text.charAt(i) != '"' && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? text.length() : end + 2;
                blocks.add(new Block(i, end, true));
                i = end;
            } else if (c == '{') {
                open.push(i++);
            } else if (c == '}') {
                if (!open.isEmpty()) {
                    blocks.add(new Block(open.pop(), i + 1, false));
                }
                i++;
            } else {
                i++;
            }
        }
        return blocks;
    }
}
