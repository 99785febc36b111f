package io.dialscape.engine.regex;

import java.util.ArrayList;
import java.util.List;

/**
 * The translation of a normalization rule, read as a .NET substitution ({@code RegexParser.ScanDollar}):
 * {@code $n} and {@code ${n}} insert group n (the longest run of digits is taken; a number that names no
 * group leaves the {@code $} and the digits as literal text, as .NET does), {@code $$} is a {@code $},
 * {@code $&} (or {@code $0}) the whole match, {@code $`} and {@code $'} the text before and after the
 * match, {@code $+} the last group, {@code $_} the whole number. Any other {@code $} is literal. A group
 * that took no part in the match inserts nothing.
 *
 * <p>How Lync uses it: the result of a rule is the translation expanded with the match's groups, not the
 * number with the matched part replaced ({@code Test-CsVoiceNormalizationRule} and the client return
 * exactly the expanded translation; for the usual fully anchored patterns the two coincide, for an
 * unanchored pattern such as {@code 1(\d{3})} on {@code 91234} Lync gives {@code $1} = {@code 234}, not
 * {@code 9234}).
 */
final class Translation {

    sealed interface Part {
    }

    record Literal(String text) implements Part {
    }

    /** Group {@code number} (0: the whole match). */
    record GroupRef(int number) implements Part {
    }

    enum Special implements Part {
        BEFORE_MATCH, AFTER_MATCH, LAST_GROUP, WHOLE_INPUT
    }

    /** A {@code $n}, {@code ${n}} or {@code ${name}} reference, valid or not, for {@code regex.group}. */
    record Reference(String text, String name, int number) {
    }

    private final String text;
    private final List<Part> parts;

    private Translation(String text, List<Part> parts) {
        this.text = text;
        this.parts = List.copyOf(parts);
    }

    /** Reads {@code translation} for a pattern with {@code groupCount} groups. */
    static Translation parse(String translation, int groupCount) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        int n = translation.length();
        while (i < n) {
            char c = translation.charAt(i);
            if (c != '$' || i + 1 >= n) {
                literal.append(c);
                i++;
                continue;
            }
            int after = i + 1;
            char d = translation.charAt(after);
            boolean angled = d == '{' && after + 1 < n;
            int j = angled ? after + 1 : after;
            Part part = null;
            int end = -1;
            if (j < n && isDigit(translation.charAt(j))) {
                int k = j;
                long number = 0;
                while (k < n && isDigit(translation.charAt(k))) {
                    number = Math.min(number * 10 + (translation.charAt(k) - '0'), Integer.MAX_VALUE + 1L);
                    k++;
                }
                if (!angled || (k < n && translation.charAt(k) == '}')) {
                    if (number <= groupCount) {
                        part = new GroupRef((int) number);
                        end = angled ? k + 1 : k;
                    }
                }
            } else if (!angled) {
                switch (d) {
                    case '$' -> {
                        literal.append('$');
                        i = after + 1;
                        continue;
                    }
                    case '&' -> part = new GroupRef(0);
                    case '`' -> part = Special.BEFORE_MATCH;
                    case '\'' -> part = Special.AFTER_MATCH;
                    case '+' -> part = Special.LAST_GROUP;
                    case '_' -> part = Special.WHOLE_INPUT;
                    default -> {
                    }
                }
                end = after + 1;
            }
            if (part == null) {
                literal.append('$');
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
                literal.setLength(0);
            }
            parts.add(part);
            i = end;
        }
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
        }
        return new Translation(translation, parts);
    }

    /** Every {@code $n}, {@code ${n}} and {@code ${name}} in {@code translation}, whatever the pattern. */
    static List<Reference> references(String translation) {
        List<Reference> refs = new ArrayList<>();
        int n = translation.length();
        for (int i = 0; i < n; i++) {
            if (translation.charAt(i) != '$' || i + 1 >= n) {
                continue;
            }
            char d = translation.charAt(i + 1);
            if (d == '$') {
                i++;
                continue;
            }
            boolean angled = d == '{' && i + 2 < n;
            int j = angled ? i + 2 : i + 1;
            if (j < n && isDigit(translation.charAt(j))) {
                int k = j;
                long number = 0;
                while (k < n && isDigit(translation.charAt(k))) {
                    number = Math.min(number * 10 + (translation.charAt(k) - '0'), Integer.MAX_VALUE + 1L);
                    k++;
                }
                if (!angled || (k < n && translation.charAt(k) == '}')) {
                    int end = angled ? k + 1 : k;
                    refs.add(new Reference(translation.substring(i, end), null,
                            (int) Math.min(number, Integer.MAX_VALUE)));
                    i = end - 1;
                }
            } else if (angled && j < n && isWordChar(translation.charAt(j))) {
                int k = j;
                while (k < n && isWordChar(translation.charAt(k))) {
                    k++;
                }
                if (k < n && translation.charAt(k) == '}') {
                    refs.add(new Reference(translation.substring(i, k + 1), translation.substring(j, k), -1));
                    i = k;
                }
            }
        }
        return refs;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    String text() {
        return text;
    }

    List<Part> parts() {
        return parts;
    }

    /** Whether the result depends on the number (any substitution other than {@code $$}). */
    boolean usesGroups() {
        return parts.stream().anyMatch(p -> !(p instanceof Literal));
    }

    /** The result when {@link #usesGroups()} is false. */
    String constant() {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            sb.append(((Literal) p).text());
        }
        return sb.toString();
    }

    /** The translation expanded with {@code match}. */
    String expand(NetRegex.Match match) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.text());
            } else if (p instanceof GroupRef g) {
                append(sb, match.group(g.number()));
            } else {
                switch ((Special) p) {
                    case BEFORE_MATCH -> sb.append(match.input(), 0, match.start());
                    case AFTER_MATCH -> sb.append(match.input(), match.end(), match.input().length());
                    case LAST_GROUP -> append(sb, match.group(match.groupCount()));
                    case WHOLE_INPUT -> sb.append(match.input());
                }
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String group) {
        if (group != null) {
            sb.append(group);
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
