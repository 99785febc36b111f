package io.dialscape.engine.regex;

import java.util.ArrayList;
import java.util.List;
import io.dialscape.engine.PropertyCheck.Gen;

/**
 * Random patterns over a reduced alphabet, as a small syntax tree rendered twice: in .NET syntax (for
 * {@link NetRegex}) and in java.util.regex syntax (for the oracle; java.util.regex backtracks like .NET,
 * and is fine in a test). The two readings agree on everything generated here; the only spelling that
 * differs is a literal brace, which .NET takes as such ({@code {}) and Java needs escaped.
 */
final class RandomPatterns {

    private RandomPatterns() {
    }

    /** A pattern node: its .NET and Java spellings. */
    sealed interface P {
        String net();

        String java();

        /** Whether it can match the empty string (anchors count as empty). */
        boolean nullable();

        /** Longest match, or -1 when unbounded. */
        int maxLength();

        /** Whether it contains a capturing group, an anchor or a quantified node. */
        boolean complex();

        /** Whether it contains a capturing group. */
        default boolean captures() {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> false;
                case Seq s -> s.items().stream().anyMatch(P::captures);
                case Alt a -> a.alternatives().stream().anyMatch(P::captures);
                case Group g -> g.capturing() || g.body().captures();
                case Rep r -> r.body().captures();
                case LookAhead l -> l.body().captures();
            };
        }

        /** Whether it contains an anchor or a quantifier over a body that can match the empty string. */
        default boolean anchorsOrNullableLoops() {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> true;
                case Seq s -> s.items().stream().anyMatch(P::anchorsOrNullableLoops);
                case Alt a -> a.alternatives().stream().anyMatch(P::anchorsOrNullableLoops);
                case Group g -> g.body().anchorsOrNullableLoops();
                case Rep r -> r.body().nullable() || r.body().anchorsOrNullableLoops();
                case LookAhead l -> true; // a zero-width test, like an anchor
            };
        }

        /** Whether an anchor stands inside a repeated body (where java.util.regex, the oracle, departs from .NET). */
        default boolean anchorInLoop() {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> false;
                case Seq s -> s.items().stream().anyMatch(P::anchorInLoop);
                case Alt a -> a.alternatives().stream().anyMatch(P::anchorInLoop);
                case Group g -> g.body().anchorInLoop();
                case Rep r -> r.body().anchorsOrNullableLoops() || r.body().anchorInLoop();
                case LookAhead l -> l.body().anchorInLoop();
            };
        }

        /**
         * Whether a positive look-ahead holding a capturing group stands inside a quantifier that may repeat
         * it, which Dialscape rejects (its groups could come from any earlier pass).
         */
        default boolean repeatedCapturingLookAhead() {
            return repeatedCapturingLookAhead(false);
        }

        private boolean repeatedCapturingLookAhead(boolean repeated) {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> false;
                case Seq s -> s.items().stream().anyMatch(p -> p.repeatedCapturingLookAhead(repeated));
                case Alt a -> a.alternatives().stream().anyMatch(p -> p.repeatedCapturingLookAhead(repeated));
                case Group g -> g.body().repeatedCapturingLookAhead(repeated);
                case Rep r -> r.body().repeatedCapturingLookAhead(repeated || r.max() < 0 || r.max() > 1);
                case LookAhead l -> (repeated && !l.negative() && l.body().captures())
                        || l.body().repeatedCapturingLookAhead(repeated);
            };
        }

        /**
         * Whether a repetition of a body that can match the empty string is one the former RE2-based matcher
         * read the RE2 way (no longer excluded by NetRegexPropertiesTest, whose oracle covers them): an unbounded loop whose body holds an anchor, a nullable loop or a capturing group
         * below its top, {@code {n,}} with n > 1, a lazy {@code +?}, or a bounded repetition (at most 2 or
         * more times) of a body with a capturing group.
         */
        default boolean documentedLoopCorner() {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> false;
                case Seq s -> s.items().stream().anyMatch(P::documentedLoopCorner);
                case Alt a -> a.alternatives().stream().anyMatch(P::documentedLoopCorner);
                case Group g -> g.body().documentedLoopCorner();
                case Rep r -> (r.body().nullable() && (r.max() < 0
                        ? r.body().anchorsOrNullableLoops() || r.min() > 1 || (r.lazy() && r.min() > 0)
                                || (r.body() instanceof Group g && g.capturing() ? g.body().captures() : r.body().captures())
                        : r.max() >= 2 && r.body().captures()))
                        || r.body().documentedLoopCorner();
                case LookAhead l -> l.body().documentedLoopCorner();
            };
        }

        /**
         * Whether a quantifier repeats a body that can match the empty string and holds a capturing group:
         * there java.util.regex reports other captures than .NET (it skips recording an iteration that made
         * no progress), so it is no oracle for such patterns.
         */
        default boolean capturesInEmptyIterations() {
            return switch (this) {
                case Lit l -> false;
                case Anchor a -> false;
                case Seq s -> s.items().stream().anyMatch(P::capturesInEmptyIterations);
                case Alt a -> a.alternatives().stream().anyMatch(P::capturesInEmptyIterations);
                case Group g -> g.body().capturesInEmptyIterations();
                case Rep r -> (r.body().nullable() && r.body().captures()) || r.body().capturesInEmptyIterations();
                case LookAhead l -> l.body().capturesInEmptyIterations();
            };
        }
    }

    record Lit(String net, String java) implements P {
        @Override
        public boolean nullable() {
            return false;
        }

        @Override
        public int maxLength() {
            return 1;
        }

        @Override
        public boolean complex() {
            return false;
        }
    }

    record Anchor(boolean begin) implements P {
        @Override
        public String net() {
            return begin ? "^" : "$";
        }

        @Override
        public String java() {
            return net();
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public int maxLength() {
            return 0;
        }

        @Override
        public boolean complex() {
            return true;
        }
    }

    record Seq(List<P> items) implements P {
        @Override
        public String net() {
            StringBuilder sb = new StringBuilder();
            items.forEach(p -> sb.append(p.net()));
            return sb.toString();
        }

        @Override
        public String java() {
            StringBuilder sb = new StringBuilder();
            items.forEach(p -> sb.append(p.java()));
            return sb.toString();
        }

        @Override
        public boolean nullable() {
            return items.stream().allMatch(P::nullable);
        }

        @Override
        public int maxLength() {
            int sum = 0;
            for (P p : items) {
                if (p.maxLength() < 0) {
                    return -1;
                }
                sum += p.maxLength();
            }
            return sum;
        }

        @Override
        public boolean complex() {
            return items.stream().anyMatch(P::complex);
        }
    }

    record Alt(List<P> alternatives) implements P {
        @Override
        public String net() {
            return String.join("|", alternatives.stream().map(P::net).toList());
        }

        @Override
        public String java() {
            return String.join("|", alternatives.stream().map(P::java).toList());
        }

        @Override
        public boolean nullable() {
            return alternatives.stream().anyMatch(P::nullable);
        }

        @Override
        public int maxLength() {
            int max = 0;
            for (P p : alternatives) {
                if (p.maxLength() < 0) {
                    return -1;
                }
                max = Math.max(max, p.maxLength());
            }
            return max;
        }

        @Override
        public boolean complex() {
            return alternatives.stream().anyMatch(P::complex);
        }
    }

    record Group(boolean capturing, P body) implements P {
        @Override
        public String net() {
            return (capturing ? "(" : "(?:") + body.net() + ")";
        }

        @Override
        public String java() {
            return (capturing ? "(" : "(?:") + body.java() + ")";
        }

        @Override
        public boolean nullable() {
            return body.nullable();
        }

        @Override
        public int maxLength() {
            return body.maxLength();
        }

        @Override
        public boolean complex() {
            return capturing || body.complex();
        }
    }

    /** {@code (?=body)}, or {@code (?!body)} when negative: spelled the same in .NET and Java. */
    record LookAhead(boolean negative, P body) implements P {
        @Override
        public String net() {
            return (negative ? "(?!" : "(?=") + body.net() + ")";
        }

        @Override
        public String java() {
            return (negative ? "(?!" : "(?=") + body.java() + ")";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public int maxLength() {
            return 0;
        }

        @Override
        public boolean complex() {
            return true;
        }
    }

    /** {@code body} is a Lit, a Group or a LookAhead. */
    record Rep(P body, int min, int max, boolean lazy) implements P {
        String quantifier() {
            String q = min == 0 && max < 0 ? "*" : min == 1 && max < 0 ? "+" : min == 0 && max == 1 ? "?"
                    : max < 0 ? "{" + min + ",}" : min == max ? "{" + min + "}" : "{" + min + "," + max + "}";
            return lazy ? q + "?" : q;
        }

        @Override
        public String net() {
            return body.net() + quantifier();
        }

        @Override
        public String java() {
            return body.java() + quantifier();
        }

        @Override
        public boolean nullable() {
            return min == 0 || body.nullable();
        }

        @Override
        public int maxLength() {
            if (max == 0 || body.maxLength() == 0) {
                return 0;
            }
            return max < 0 || body.maxLength() < 0 ? -1 : max * body.maxLength();
        }

        @Override
        public boolean complex() {
            return true;
        }
    }

    /** A copy sharing no node with {@code p} (DotNetBacktracker numbers groups by node identity). */
    static P copy(P p) {
        return switch (p) {
            case Lit l -> new Lit(l.net(), l.java());
            case Anchor a -> new Anchor(a.begin());
            case Seq s -> new Seq(s.items().stream().map(RandomPatterns::copy).toList());
            case Alt a -> new Alt(a.alternatives().stream().map(RandomPatterns::copy).toList());
            case Group g -> new Group(g.capturing(), copy(g.body()));
            case Rep r -> new Rep(copy(r.body()), r.min(), r.max(), r.lazy());
            case LookAhead l -> new LookAhead(l.negative(), copy(l.body()));
        };
    }

    // ------------------------------------------------------------------ general patterns

    // \w is left out: its class spells hundreds of Unicode ranges, which RE2J takes milliseconds to compile
    // (NetRegexParserTest covers it); \W and \s stand in for the shorthand classes

    static final String[][] ATOMS = {
        {"1", "1"}, {"2", "2"}, {"\\#", "\\#"}, {"#", "#"}, {"\\+", "\\+"}, {"\\*", "\\*"}, {"0", "0"},
        {"\\d", "\\d"}, {"\\D", "\\D"}, {".", "."}, {"[12]", "[12]"}, {"[^1]", "[^1]"}, {"[1#]", "[1#]"},
        {"[2-9]", "[2-9]"}, {"[*#]", "[*#]"}, {"{", "\\{"}, {"\\W", "\\W"}, {"\\s", "\\s"}};

    /** Patterns with everything: anchors anywhere, unbounded and lazy quantifiers, empty alternatives. */
    static Gen<P> general() {
        return alternation(node(3, ATOMS, true, true, false), 3);
    }

    /** {@link #general()} with look-ahead {@code (?=...)} and {@code (?!...)} too, quantified now and then. */
    static Gen<P> withLookAhead() {
        return alternation(node(3, ATOMS, true, true, true), 3);
    }

    /** Fully anchored, bounded patterns over {@code 1 2 # +}: an optional {@code \+}, then at most 4 symbols. */
    static Gen<P> bounded() {
        String[][] atoms = {{"1", "1"}, {"2", "2"}, {"\\#", "\\#"}, {"[12]", "[12]"}, {"[1#]", "[1#]"}, {"(?:1|2)", "(?:1|2)"}};
        Gen<P> body = alternation(node(2, atoms, false, false, false), 2).filter(b -> b.maxLength() >= 0 && b.maxLength() <= 4);
        Gen<Boolean> plus = Gen.ints(0, 9).map(i -> i == 0);
        return s -> {
            boolean withPlus = plus.generate(s);
            P b = body.generate(s);
            return new Seq(List.of(new Anchor(true), withPlus ? new Lit("\\+", "\\+") : new Seq(List.of()), new Group(false, b),
                    new Anchor(false)));
        };
    }

    private static Gen<P> alternation(Gen<P> item, int maxAlternatives) {
        return item.list(1, maxAlternatives).map(list -> list.size() == 1 ? list.get(0) : new Alt(list));
    }

    private static Gen<P> node(int depth, String[][] atoms, boolean anchors, boolean unbounded, boolean lookAhead) {
        Gen<P> atom = Gen.of(atoms).map(a -> (P) new Lit(a[0], a[1]));
        Gen<P> leaf = anchors
                ? Gen.frequency(Gen.weight(9, atom), Gen.weight(1, Gen.of(true, false).map(b -> (P) new Anchor(b))))
                : atom;
        if (depth == 0) {
            return leaf;
        }
        Gen<P> inner = node(depth - 1, atoms, anchors, unbounded, lookAhead);
        Gen<P> seq = inner.list(0, 3).map(l -> (P) new Seq(l));
        Gen<Boolean> capturing = Gen.of(true, false);
        Gen<P> alternatives = alternation(seq, 3);
        Gen<P> group = s -> {
            boolean c = capturing.generate(s);
            return new Group(c, alternatives.generate(s));
        };
        Gen<Boolean> negative = Gen.of(false, true);
        Gen<P> look = s -> {
            boolean n = negative.generate(s);
            return new LookAhead(n, alternatives.generate(s));
        };
        Gen<P> repeatable = lookAhead ? Gen.frequency(Gen.weight(4, atom), Gen.weight(4, group), Gen.weight(1, look))
                : Gen.oneOf(atom, group);
        Gen<int[]> counts = unbounded
                ? Gen.of(new int[] {0, -1}, new int[] {1, -1}, new int[] {0, 1}, new int[] {2, -1},
                        new int[] {2, 2}, new int[] {1, 3}, new int[] {0, 2}, new int[] {3, 3})
                : Gen.of(new int[] {0, 1}, new int[] {2, 2}, new int[] {1, 2}, new int[] {0, 2});
        Gen<Integer> lazy = Gen.ints(0, 3);
        Gen<P> rep = s -> {
            P body = repeatable.generate(s);
            int[] c = counts.generate(s);
            return new Rep(body, c[0], c[1], lazy.generate(s) == 0);
        };
        if (lookAhead) {
            return Gen.frequency(Gen.weight(4, leaf), Gen.weight(3, seq), Gen.weight(2, group), Gen.weight(3, rep),
                    Gen.weight(2, look));
        }
        return Gen.frequency(Gen.weight(4, leaf), Gen.weight(3, seq), Gen.weight(2, group), Gen.weight(3, rep));
    }

    // ------------------------------------------------------------------ numbers

    /** Every number over {@code symbols} of 1 to {@code maxLength} symbols, each also with a leading '+'. */
    static List<String> numbers(String symbols, int maxLength) {
        List<String> out = new ArrayList<>();
        List<String> level = List.of("");
        for (int len = 1; len <= maxLength; len++) {
            List<String> next = new ArrayList<>();
            for (String prefix : level) {
                for (char c : symbols.toCharArray()) {
                    next.add(prefix + c);
                }
            }
            out.addAll(next);
            level = next;
        }
        List<String> withPlus = new ArrayList<>(out);
        for (String s : out) {
            withPlus.add("+" + s);
        }
        return withPlus;
    }

    // ------------------------------------------------------------------ the oracle's translation

    /**
     * .NET substitution of the forms the tests generate ({@code $n}, {@code ${n}}, {@code $$}, {@code $&},
     * literals) over a match given as spans of {@code input} (start and end of the match, then of each
     * group; -1 for a group that took no part, which gives "").
     */
    static String expand(String translation, String input, int[] spans) {
        int groupCount = spans.length / 2 - 1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < translation.length(); i++) {
            char c = translation.charAt(i);
            if (c == '$' && i + 1 < translation.length()) {
                char d = translation.charAt(i + 1);
                if (d == '$') {
                    sb.append('$');
                    i++;
                    continue;
                }
                if (d == '&') {
                    sb.append(input, spans[0], spans[1]);
                    i++;
                    continue;
                }
                int j = i + 1;
                boolean braced = d == '{';
                if (braced) {
                    j++;
                }
                int k = j;
                while (k < translation.length() && Character.isDigit(translation.charAt(k))) {
                    k++;
                }
                if (k > j && (!braced || (k < translation.length() && translation.charAt(k) == '}'))) {
                    int g = Integer.parseInt(translation.substring(j, k));
                    if (g <= groupCount) {
                        if (spans[2 * g] >= 0) {
                            sb.append(input, spans[2 * g], spans[2 * g + 1]);
                        }
                        i = braced ? k : k - 1;
                        continue;
                    }
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** Translations valid for a pattern with {@code groups} groups. */
    static List<String> translations(int groups) {
        List<String> t = new ArrayList<>(List.of("", "A", "+31", "1", "$$", "$&", "+$&"));
        if (groups >= 1) {
            t.addAll(List.of("$1", "+$1", "$1$1", "${1}9", "<$1>", "$0$1"));
        }
        if (groups >= 2) {
            t.addAll(List.of("$2$1", "$1-$2", "+${2}0$1"));
        }
        return t;
    }
}
