package io.dialscape.engine.regex;

import dk.brics.automaton.Automaton;
import io.dialscape.engine.regex.RegexNode.Alternation;
import io.dialscape.engine.regex.RegexNode.Chars;
import io.dialscape.engine.regex.RegexNode.Concat;
import io.dialscape.engine.regex.RegexNode.Group;
import io.dialscape.engine.regex.RegexNode.LookAhead;
import io.dialscape.engine.regex.RegexNode.Repeat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A normalization-rule pattern: a .NET regular expression, as Lync and Skype for Business apply it to a
 * dialed number, restricted to the regular subset (LANGUAGE.md section 6).
 *
 * <p>The pattern is parsed here with .NET's own reading ({@link NetRegexParser} lists the details), not by
 * Java's regex engine, whose syntax differs. Two meanings are derived from the one syntax tree:
 * <ul>
 * <li>{@link #match(String)}: .NET's {@code Regex.Match} (leftmost match, groups chosen by backtracking
 * priority, a loop ended by an empty iteration, look-ahead), run by our own Pike VM ({@link NetMatcher})
 * in time linear in the input. Neither RE2, which has no look-ahead and drops empty loop iterations, nor
 * {@code java.util.regex}, which backtracks exponentially on {@code ^(\d+)+$}, is used.</li>
 * <li>{@link #language()}: the exact set of numbers on which the pattern {@code IsMatch}es, as an
 * automaton, for the anomaly analysis.</li>
 * </ul>
 *
 * <p>{@code \d} means the ASCII digits 0-9 (.NET also takes other Unicode decimal digits; numbers never
 * contain them, and Java code would not expect them), and {@code \w} accordingly counts only ASCII digits
 * among digits. {@code .} is any character but a line feed. Input is read as code points, where .NET
 * reads UTF-16 units; the two differ only on characters beyond U+FFFF, which numbers never contain.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class NetRegex {

    private final String pattern;
    private final int groupCount;
    private final NetMatcher matcher;
    private final NumberDfa numbers;
    /** Shortest length each group (0: the whole match) captures in a match; see {@link #minGroupLength}. */
    private final int[] minGroupLength;
    private final List<ClassSeparator> classSeparators;

    private NetRegex(String pattern, int groupCount, NetMatcher matcher, NumberDfa numbers, int[] minGroupLength,
            List<ClassSeparator> classSeparators) {
        this.pattern = pattern;
        this.groupCount = groupCount;
        this.matcher = matcher;
        this.numbers = numbers;
        this.minGroupLength = minGroupLength;
        this.classSeparators = classSeparators;
    }

    /**
     * Compiles a pattern.
     *
     * @throws RegexSyntaxException with a user-facing message when .NET would not compile the pattern, when
     *                              it leaves the regular subset (back-references, look-behind, ...), or
     *                              when it is too large to analyse exactly
     */
    public static NetRegex compile(String pattern) throws RegexSyntaxException {
        Objects.requireNonNull(pattern, "pattern");
        NetRegexParser.Parsed parsed = NetRegexParser.parse(pattern);
        NumberDfa numbers;
        try {
            numbers = NumberLanguage.of(parsed.root());
        } catch (NumberLanguage.TooComplexException e) {
            throw new RegexSyntaxException(pattern, 0, "Pattern '" + pattern + "' is too complex to analyse: "
                    + e.getMessage());
        }
        NetMatcher matcher;
        try {
            matcher = NetMatcher.compile(parsed);
        } catch (NumberLanguage.TooComplexException e) {
            throw new RegexSyntaxException(pattern, 0, "Pattern '" + pattern + "' is too complex to analyse: "
                    + e.getMessage());
        }
        int[] min = new int[parsed.groupCount() + 1];
        Arrays.fill(min, -1);
        min[0] = minWidth(parsed.root(), min, true);
        for (int g = 1; g < min.length; g++) {
            min[g] = Math.max(min[g], 0);
        }
        return new NetRegex(pattern, parsed.groupCount(), matcher, numbers, min, parsed.classSeparators());
    }

    /**
     * The syntax tree, for analyses that need the structure and not only the language (the exact
     * result equality of {@link ResultEquality}). Recomputed on demand: the tree is not kept.
     */
    RegexNode tree() {
        try {
            return NetRegexParser.parse(pattern).root();
        } catch (RegexSyntaxException e) {
            throw new IllegalStateException("pattern '" + pattern + "' compiled once", e);
        }
    }

    /** The pattern as written. */
    public String pattern() {
        return pattern;
    }

    /** The number of capturing groups; {@code $1} to {@code $groupCount()} are valid in a translation. */
    public int groupCount() {
        return groupCount;
    }

    /**
     * .NET's {@code Regex.Match(number)}: the leftmost match and its groups, or {@code null} when the
     * pattern matches nowhere in {@code number}. Linear in the length of {@code number}.
     */
    public Match match(String number) {
        int[] spans = matcher.match(number);
        return spans == null ? null : new Match(number, spans);
    }

    /** .NET's {@code Regex.IsMatch(number)}. */
    public boolean isMatch(String number) {
        return matcher.match(number) != null;
    }

    /**
     * The character classes of the pattern that hold a literal {@code |} or {@code ,} other than as a
     * range end (the {@code regex.class-separator} warning), in pattern order.
     */
    public List<ClassSeparator> classSeparators() {
        return classSeparators;
    }

    /**
     * The numbers on which the pattern {@code IsMatch}es: the strings of {@code \+?[0-9*#]+} (a number as
     * the pattern sees it) that contain a match, anchors respected; an unanchored side lets any prefix or
     * suffix through. A fresh, minimal, deterministic automaton over the characters {@code 0-9 * # +}.
     */
    public Automaton language() {
        return numbers.toAutomaton();
    }

    /** {@link #language()} in the compact form the analysis uses. */
    NumberDfa numbers() {
        return numbers;
    }

    /**
     * A lower bound of the length of what group {@code g} captures, over all numbers the pattern matches
     * ({@code g == 0}: the whole match); 0 when the group may not take part in a match.
     */
    int minGroupLength(int g) {
        return minGroupLength[g];
    }

    @Override
    public String toString() {
        return pattern;
    }

    /** The shortest width of {@code node}; records the widths of groups that take part in every match. */
    private static int minWidth(RegexNode node, int[] groups, boolean mandatory) {
        if (node instanceof Chars) {
            return 1;
        } else if (node instanceof Group g) {
            int w = minWidth(g.body(), groups, mandatory);
            if (g.number() > 0 && mandatory) {
                groups[g.number()] = w;
            }
            return w;
        } else if (node instanceof Concat c) {
            long sum = 0;
            for (RegexNode item : c.items()) {
                sum += minWidth(item, groups, mandatory);
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        } else if (node instanceof Alternation a) {
            int best = Integer.MAX_VALUE;
            for (RegexNode alt : a.alternatives()) {
                best = Math.min(best, minWidth(alt, groups, mandatory && a.alternatives().size() == 1));
            }
            return best;
        } else if (node instanceof Repeat r) {
            int w = minWidth(r.body(), groups, mandatory && r.min() > 0);
            return (int) Math.min((long) w * r.min(), Integer.MAX_VALUE);
        } else if (node instanceof LookAhead l) {
            minWidth(l.body(), groups, mandatory && !l.negative());
            return 0;
        }
        return 0; // Empty, Begin, End
    }

    /**
     * A character class holding a literal {@code |} or {@code ,}: the class as written, its 0-based offset
     * in the pattern, and the user-facing warning (sentence case, no final period), which suggests the fix
     * from the class itself, e.g. {@code Character class '[4|8]' also matches '|': write '(4|8)' for
     * alternation or '[48]' for a class}.
     */
    public record ClassSeparator(int offset, String text, String message) {
    }

    /**
     * One match of a pattern in a number: the text of each group, {@code null} for a group that took no
     * part in the match.
     */
    public static final class Match {

        private final String input;
        private final int[] spans;

        Match(String input, int[] spans) {
            this.input = input;
            this.spans = spans;
        }

        /** The string matched against. */
        public String input() {
            return input;
        }

        /** Start of the whole match in {@link #input()}. */
        public int start() {
            return spans[0];
        }

        /** End (exclusive) of the whole match in {@link #input()}. */
        public int end() {
            return spans[1];
        }

        /** Start of group {@code g} in {@link #input()}, or -1 when it took no part in the match. */
        public int start(int g) {
            checkGroup(g);
            return spans[2 * g];
        }

        /** End (exclusive) of group {@code g} in {@link #input()}, or -1 when it took no part in the match. */
        public int end(int g) {
            checkGroup(g);
            return spans[2 * g + 1];
        }

        private void checkGroup(int g) {
            if (g < 0 || g > groupCount()) {
                throw new IndexOutOfBoundsException("no group " + g);
            }
        }

        /** The number of capturing groups of the pattern. */
        public int groupCount() {
            return spans.length / 2 - 1;
        }

        /** The matched text of group {@code g} ({@code 0}: the whole match), or {@code null} if it took no part. */
        public String group(int g) {
            checkGroup(g);
            return spans[2 * g] < 0 ? null : input.substring(spans[2 * g], spans[2 * g + 1]);
        }

        /** The whole match. */
        public String value() {
            return group(0);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("Match['").append(value()).append("' at ").append(start());
            for (int g = 1; g <= groupCount(); g++) {
                sb.append(", $").append(g).append('=').append(group(g) == null ? "-" : "'" + group(g) + "'");
            }
            return sb.append(']').toString();
        }
    }
}
