package io.dialscape.engine.regex;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A tiny backtracking matcher for {@link RandomPatterns} trees that follows .NET's interpreter
 * (RegexInterpreter) where engines differ: leftmost match, alternatives and quantifiers by priority,
 * captures undone on backtracking, and loops that end on an empty iteration. In RegexInterpreter a loop
 * keeps a mark (where the iteration began) and, for counted loops, a count that starts at 1 - min
 * (Setcount; Nullcount and Nullmark, for min 0, jump straight to the loop end with the mark -1, so
 * "iteration 0" is never empty):
 * <ul>
 * <li>greedy (Branchmark, Branchcount): at the end of iteration i, when i = max, or when the iteration
 * matched nothing and i &ge; min ({@code matched == 0 && count >= 0}), go straight on and, on
 * backtracking, back into the iteration; otherwise iterate again and, on backtracking, go straight on from
 * the mark if i &ge; min;</li>
 * <li>lazy (Lazybranchmark, Lazybranchcount): while i &lt; min, iterate; then go straight on first and,
 * on backtracking, iterate again unless i = max or the iteration just ended was empty
 * ({@code textpos != mark}).</li>
 * </ul>
 * Look-ahead is atomic as in .NET (Setjump, Forejump): {@code (?=X)} keeps the captures of X's first match
 * and is never re-entered on backtracking; {@code (?!X)} keeps none.
 * Exponential in general, which is fine on numbers of a few symbols. The test oracle for captures, where
 * java.util.regex is not one (it keeps captures of failed iterations in some loops and skips recording
 * empty ones).
 */
final class DotNetBacktracker {

    interface Continuation {
        boolean run(int pos, int[] caps);
    }

    private final RandomPatterns.P root;
    private final Map<RandomPatterns.P, Integer> groupNumbers = new IdentityHashMap<>();
    private final Map<RandomPatterns.Lit, Map<Character, Boolean>> classes = new IdentityHashMap<>();
    private final int groupCount;
    private String input;

    DotNetBacktracker(RandomPatterns.P root) {
        this.root = root;
        this.groupCount = number(root, 0);
    }

    int groupCount() {
        return groupCount;
    }

    private int number(RandomPatterns.P node, int count) {
        switch (node) {
            case RandomPatterns.Seq s -> {
                for (RandomPatterns.P p : s.items()) {
                    count = number(p, count);
                }
            }
            case RandomPatterns.Alt a -> {
                for (RandomPatterns.P p : a.alternatives()) {
                    count = number(p, count);
                }
            }
            case RandomPatterns.Group g -> {
                if (g.capturing()) {
                    groupNumbers.put(g, ++count);
                }
                count = number(g.body(), count);
            }
            case RandomPatterns.Rep r -> count = number(r.body(), count);
            case RandomPatterns.LookAhead l -> count = number(l.body(), count);
            default -> {
            }
        }
        return count;
    }

    /** Start and end of the match and of each group (-1 for none), or null when nothing matches. */
    int[] match(String s) {
        this.input = s;
        for (int start = 0; start <= s.length(); start++) {
            int[] caps = new int[2 * (groupCount + 1)];
            Arrays.fill(caps, -1);
            int[][] found = new int[1][];
            final int from = start;
            if (m(root, start, caps, (pos, c) -> {
                found[0] = c.clone();
                found[0][0] = from;
                found[0][1] = pos;
                return true;
            })) {
                return found[0];
            }
        }
        return null;
    }

    private boolean m(RandomPatterns.P node, int pos, int[] caps, Continuation k) {
        switch (node) {
            case RandomPatterns.Lit l -> {
                return pos < input.length() && contains(l, input.charAt(pos)) && k.run(pos + 1, caps);
            }
            case RandomPatterns.Anchor a -> {
                return (a.begin() ? pos == 0 : pos == input.length()) && k.run(pos, caps);
            }
            case RandomPatterns.Seq s -> {
                return seq(s, 0, pos, caps, k);
            }
            case RandomPatterns.Alt a -> {
                for (RandomPatterns.P alternative : a.alternatives()) {
                    if (m(alternative, pos, caps, k)) {
                        return true;
                    }
                }
                return false;
            }
            case RandomPatterns.Group g -> {
                Integer number = groupNumbers.get(g);
                if (number == null) {
                    return m(g.body(), pos, caps, k);
                }
                return m(g.body(), pos, caps, (end, c) -> {
                    int[] c2 = c.clone();
                    c2[2 * number] = pos;
                    c2[2 * number + 1] = end;
                    return k.run(end, c2);
                });
            }
            case RandomPatterns.Rep r -> {
                return r.lazy() ? lazy(r, 0, pos, caps, false, k) : greedy(r, 0, pos, caps, k);
            }
            case RandomPatterns.LookAhead l -> {
                int[][] first = new int[1][];
                boolean found = m(l.body(), pos, caps, (end, c) -> {
                    first[0] = c;
                    return true;
                });
                if (l.negative()) {
                    return !found && k.run(pos, caps);
                }
                return found && k.run(pos, first[0]);
            }
        }
    }

    private boolean seq(RandomPatterns.Seq s, int index, int pos, int[] caps, Continuation k) {
        if (index == s.items().size()) {
            return k.run(pos, caps);
        }
        return m(s.items().get(index), pos, caps, (p, c) -> seq(s, index + 1, p, c, k));
    }

    private boolean greedy(RandomPatterns.Rep r, int done, int pos, int[] caps, Continuation k) {
        boolean underMax = r.max() < 0 || done < r.max();
        if (underMax && m(r.body(), pos, caps, (p, c) -> {
            int now = done + 1;
            if ((r.max() >= 0 && now >= r.max()) || (p == pos && now >= r.min())) {
                return k.run(p, c); // straight on
            }
            return greedy(r, now, p, c, k);
        })) {
            return true;
        }
        return done >= r.min() && k.run(pos, caps);
    }

    private boolean lazy(RandomPatterns.Rep r, int done, int pos, int[] caps, boolean lastEmpty, Continuation k) {
        if (done >= r.min() && k.run(pos, caps)) {
            return true;
        }
        boolean mayIterate = done < r.min() || ((r.max() < 0 || done < r.max()) && !lastEmpty);
        return mayIterate && m(r.body(), pos, caps, (p, c) -> lazy(r, done + 1, p, c, p == pos, k));
    }

    private boolean contains(RandomPatterns.Lit l, char c) {
        return classes.computeIfAbsent(l, x -> new HashMap<>())
                .computeIfAbsent(c, x -> Pattern.compile(l.java()).matcher(String.valueOf(c)).matches());
    }
}
