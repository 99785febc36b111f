package io.dialscape.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One change of a quick fix: replace {@code length} characters at {@code offset} of the original text with {@code text}. */
public record Replacement(int offset, int length, String text) {

    public int end() {
        return offset + length;
    }

    /** The replacements of one fix, latest first: applied in this order, each one's offsets stay right. */
    public static List<Replacement> latestFirst(List<Replacement> replacements) {
        List<Replacement> sorted = new ArrayList<>(replacements);
        sorted.sort(Comparator.comparingInt(Replacement::offset).reversed());
        return sorted;
    }

    /** The text with the replacements (non-overlapping, in offsets of {@code text}) applied. */
    public static String apply(String text, List<Replacement> replacements) {
        StringBuilder result = new StringBuilder(text);
        for (Replacement replacement : latestFirst(replacements)) {
            result.replace(replacement.offset(), replacement.end(), replacement.text());
        }
        return result.toString();
    }
}
