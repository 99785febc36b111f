package io.dialscape.engine.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code regex.class-separator} finding of one character class: a class holding a literal {@code |}
 * or {@code ,} (written {@code |}, {@code \|}, {@code ,} or {@code \,}) other than as a range end, as in
 * {@code [0|9]} or {@code [4,5,7]}. The class matches those characters too, where the writer almost always
 * meant an alternation or a class of the other characters (a negated class excludes them too); the
 * message suggests the fixes concretely.
 *
 * <p>A class made of separators alone ({@code [|]}, {@code [,]}) is meant literally and is not reported.
 */
final class ClassSeparators {

    private static final String META = "\\*+?.()[]{}|^$";

    private ClassSeparators() {
    }

    /**
     * The finding for the class {@code p[open, close)} whose separators are at {@code tokens} (start and
     * end of each), or null when the class holds nothing else.
     */
    static NetRegex.ClassSeparator finding(String p, int open, int close, List<int[]> tokens) {
        String text = p.substring(open, close);
        int contentStart = open + 1;
        boolean negated = contentStart < close && p.charAt(contentStart) == '^';
        if (negated) {
            contentStart++;
        }
        int contentEnd = close - 1; // the ']'
        StringBuilder kept = new StringBuilder();
        boolean bar = false;
        boolean comma = false;
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int t = 0;
        for (int i = contentStart; i < contentEnd;) {
            if (t < tokens.size() && tokens.get(t)[0] == i) {
                int[] token = tokens.get(t++);
                char c = p.charAt(token[1] - 1);
                bar |= c == '|';
                comma |= c == ',';
                if (c == '|') {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                i = token[1];
                continue;
            }
            kept.append(p.charAt(i));
            piece.append(p.charAt(i));
            i++;
        }
        pieces.add(piece.toString());
        if (kept.isEmpty() || kept.toString().equals("-")) {
            return null;
        }
        String asClass = "[" + (negated ? "^" : "") + kept + "]";
        String alternation = !negated && bar && !comma && !text.contains("-[") ? alternation(pieces) : null;
        String matches = (negated ? "excludes " : "matches ") + (bar && comma ? "'|' and ','" : bar ? "'|'" : "','");
        String message = alternation != null
                ? "Character class '" + text + "' also matches '|': write '" + alternation
                        + "' for alternation or '" + asClass + "' for a class"
                : "Character class '" + text + "' also " + matches + ": write '" + asClass
                        + "' for a class without " + (bar && comma ? "them" : "it");
        return new NetRegex.ClassSeparator(open, text, message);
    }

    /** {@code (a|b|c)} from the pieces between bars when each is one item, else null. */
    private static String alternation(List<String> pieces) {
        if (pieces.size() < 2) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (String piece : pieces) {
            String item = item(piece);
            if (item == null) {
                return null;
            }
            items.add(item);
        }
        return "(" + String.join("|", items) + ")";
    }

    /** One class item written for use outside a class: a character, an escape or a range; else null. */
    private static String item(String piece) {
        if (piece.length() == 1 && piece.charAt(0) != '-') {
            char c = piece.charAt(0);
            return META.indexOf(c) >= 0 ? "\\" + c : piece;
        }
        if (piece.length() == 2 && piece.charAt(0) == '\\' && "dDsSwW*+#.-()$^{}?".indexOf(piece.charAt(1)) >= 0) {
            return piece.equals("\\-") ? "-" : piece;
        }
        if (piece.length() == 3 && piece.charAt(1) == '-' && piece.charAt(0) != '\\' && piece.charAt(2) != '\\') {
            return "[" + piece + "]";
        }
        return null;
    }
}
