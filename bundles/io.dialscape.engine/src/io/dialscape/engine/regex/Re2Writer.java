package io.dialscape.engine.regex;

import io.dialscape.engine.regex.RegexNode.Alternation;
import io.dialscape.engine.regex.RegexNode.Begin;
import io.dialscape.engine.regex.RegexNode.Chars;
import io.dialscape.engine.regex.RegexNode.Concat;
import io.dialscape.engine.regex.RegexNode.Empty;
import io.dialscape.engine.regex.RegexNode.End;
import io.dialscape.engine.regex.RegexNode.Group;
import io.dialscape.engine.regex.RegexNode.Repeat;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a parsed pattern in RE2 syntax with the same meaning, for linear-time matching with RE2J.
 *
 * <p>Everything is spelled out: every character that is not an ASCII letter or digit is written as
 * {@code \x{h}}, classes as explicit ranges (negation and subtraction already applied), {@code ^} as
 * {@code \A} and {@code $} as {@code \z} (.NET's {@code $} also matches before a final newline; numbers
 * have none), alternations and quantified nodes inside {@code (?:...)}. Capturing groups keep their
 * numbers, since RE2 numbers them by their opening parenthesis as .NET does.
 *
 * <p>RE2 and .NET both pick the match a backtracking matcher would (leftmost, then by priority: greedy or
 * lazy quantifiers, alternatives left to right), with one difference: a loop whose body can match the
 * empty string. .NET (like Perl) leaves such a loop through the body's first empty match, keeping that
 * iteration's (empty) captures; RE2 drops empty iterations. Unbounded loops are therefore rewritten into
 * loops over non-empty bodies that RE2 reads as .NET does. Cut the body X's matches, in priority order, at
 * its first empty match: B are the non-empty ones before it, A those after it (both computed as regular
 * expressions keeping their order). Then:
 * <ul>
 * <li>greedy {@code (X)*} or {@code (X)+} is {@code L = B L | (leave, capturing "") | A L}, which is
 * {@code (?:B)*(?:A(?:B)*)*?()}: so {@code (\d*)*} becomes {@code (?:\d+)*()} and {@code (?:|1)*}
 * becomes {@code (?:1)*?};</li>
 * <li>lazy {@code (X)*?} is {@code (B|A)*?} (an empty iteration never helps a lazy loop).</li>
 * </ul>
 * Not rewritten, so read as RE2 reads them (whether a number matches is never affected, only which
 * text groups capture and, rarely, how far an unanchored match extends): a body holding a capturing
 * group, an anchor or a loop over a nullable body of its own, {@code {n,}} with {@code n > 1}, lazy
 * {@code +?}, and bounded repetitions of nullable capturing groups ({@code (1?){2}}), which RE2 unrolls
 * and reads as a backtracking matcher would except for which iteration's capture is kept. No real
 * normalization rule has any of these.
 */
final class Re2Writer {

    private final StringBuilder out = new StringBuilder();

    private Re2Writer() {
    }

    static String write(RegexNode root) {
        Re2Writer w = new Re2Writer();
        w.emit(root);
        return w.out.toString();
    }

    private void emit(RegexNode node) {
        if (node instanceof Empty) {
            out.append("(?:)");
        } else if (node instanceof Chars c) {
            emitChars(c.set());
        } else if (node instanceof Begin) {
            out.append("\\A");
        } else if (node instanceof End) {
            out.append("\\z");
        } else if (node instanceof Group g) {
            out.append(g.number() > 0 ? "(" : "(?:");
            emit(g.body());
            out.append(')');
        } else if (node instanceof Concat c) {
            for (RegexNode item : c.items()) {
                emit(item);
            }
        } else if (node instanceof Alternation a) {
            out.append("(?:");
            for (int i = 0; i < a.alternatives().size(); i++) {
                if (i > 0) {
                    out.append('|');
                }
                emit(a.alternatives().get(i));
            }
            out.append(')');
        } else if (node instanceof Repeat r) {
            if (!emitNullableLoop(r)) {
                emitQuantified(r.body(), r.min(), r.max(), r.lazy());
            }
        } else {
            throw new IllegalArgumentException(String.valueOf(node));
        }
    }

    private void emitQuantified(RegexNode body, int min, int max, boolean lazy) {
        boolean bare = body instanceof Group || (body instanceof Chars c && c.set().single() >= 0);
        if (!bare) {
            out.append("(?:");
        }
        emit(body);
        if (!bare) {
            out.append(')');
        }
        if (min == 0 && max == Repeat.UNBOUNDED) {
            out.append('*');
        } else if (min == 1 && max == Repeat.UNBOUNDED) {
            out.append('+');
        } else if (min == 0 && max == 1) {
            out.append('?');
        } else if (max == Repeat.UNBOUNDED) {
            out.append('{').append(min).append(",}");
        } else if (min == max) {
            out.append('{').append(min).append('}');
        } else {
            out.append('{').append(min).append(',').append(max).append('}');
        }
        if (lazy) {
            out.append('?');
        }
    }

    private void emitChars(CodePointSet set) {
        int single = set.single();
        if (single >= 0) {
            appendChar(single);
            return;
        }
        if (set.isEmpty()) {
            out.append("[^\\x{0}-\\x{10FFFF}]");
            return;
        }
        out.append('[');
        for (int i = 0; i < set.rangeCount(); i++) {
            appendChar(set.lo(i));
            if (set.hi(i) != set.lo(i)) {
                out.append('-');
                appendChar(set.hi(i));
            }
        }
        out.append(']');
    }

    private void appendChar(int cp) {
        if (cp < 128 && Character.isLetterOrDigit(cp)) {
            out.append((char) cp);
        } else {
            out.append("\\x{").append(Integer.toHexString(cp)).append('}');
        }
    }

    // ------------------------------------------------------------------ loops over nullable bodies

    /**
     * The matches of a node in priority order, cut at its first empty match: {@code before} matches the
     * non-empty ones before it, {@code after} the non-empty ones after it (null: none), in the same order.
     */
    private record Split(RegexNode before, boolean nullable, RegexNode after) {
    }

    private boolean emitNullableLoop(Repeat r) {
        if (r.max() != Repeat.UNBOUNDED) {
            return false;
        }
        RegexNode body = r.body();
        boolean captured = body instanceof Group g && g.number() > 0;
        RegexNode x = body instanceof Group g ? g.body() : body;
        Split split = split(x);
        if (split == null || !split.nullable()) {
            return false;
        }
        RegexNode before = split.before();
        RegexNode after = split.after();
        if (!r.lazy() && r.min() <= 1) {
            // L = before L | (exit) | after L  ==  (?:before)* (?:after (?:before)*)*?
            if (before != null) {
                emitQuantified(new Group(0, before), 0, Repeat.UNBOUNDED, false);
            }
            if (after != null) {
                RegexNode iteration = before == null ? after
                        : new Concat(List.of(new Group(0, after),
                                new Repeat(new Group(0, before), 0, Repeat.UNBOUNDED, false)));
                emitQuantified(new Group(0, iteration), 0, Repeat.UNBOUNDED, true);
            }
            if (captured) {
                out.append("()");
            }
            return true;
        }
        if (r.lazy() && r.min() == 0) {
            // an empty iteration never helps a lazy loop: only the non-empty matches, in order
            RegexNode nonEmpty = alternation(before, after);
            if (nonEmpty != null) {
                emitQuantified(new Group(captured ? ((Group) body).number() : 0, nonEmpty), 0, Repeat.UNBOUNDED, true);
            } else if (captured) {
                out.append("(?:[^\\x{0}-\\x{10FFFF}]())?"); // the group exists but never takes part
            }
            return true;
        }
        return false;
    }

    /** Null when the node holds a capturing group, an anchor, or a loop over a nullable body. */
    private static Split split(RegexNode node) {
        if (node instanceof Empty) {
            return new Split(null, true, null);
        } else if (node instanceof Chars) {
            return new Split(node, false, null);
        } else if (node instanceof Group g) {
            return g.number() > 0 ? null : split(g.body());
        } else if (node instanceof Alternation a) {
            List<RegexNode> before = new ArrayList<>();
            List<RegexNode> after = new ArrayList<>();
            boolean nullable = false;
            for (RegexNode alternative : a.alternatives()) {
                Split s = split(alternative);
                if (s == null) {
                    return null;
                }
                if (!nullable) {
                    add(before, s.before());
                    nullable = s.nullable();
                    add(after, s.after());
                } else {
                    add(after, s.before());
                    add(after, s.after());
                }
            }
            return new Split(alternation(before), nullable, alternation(after));
        } else if (node instanceof Concat c) {
            return splitConcat(c.items());
        } else if (node instanceof Repeat r) {
            Split body = split(r.body());
            if (body == null || body.nullable()) {
                return null;
            }
            if (r.max() == 0 || body.before() == null) {
                return r.min() == 0 || r.max() == 0 ? new Split(null, true, null) : new Split(null, false, null);
            }
            if (r.min() >= 1) {
                return new Split(node, false, null);
            }
            RegexNode nonEmpty = new Repeat(r.body(), 1, r.max(), r.lazy());
            return r.lazy() ? new Split(null, true, nonEmpty) : new Split(nonEmpty, true, null);
        }
        return null; // anchors
    }

    private static Split splitConcat(List<RegexNode> items) {
        if (items.isEmpty()) {
            return new Split(null, true, null);
        }
        Split first = split(items.get(0));
        List<RegexNode> restItems = items.subList(1, items.size());
        Split rest = splitConcat(restItems);
        if (first == null || rest == null) {
            return null;
        }
        RegexNode whole = items.size() == 1 ? items.get(0) : new Concat(items);
        if (!first.nullable() || !rest.nullable()) {
            boolean nothing = (first.before() == null && first.after() == null && !first.nullable())
                    || (rest.before() == null && rest.after() == null && !rest.nullable());
            return new Split(nothing ? null : whole, false, null);
        }
        RegexNode restNode = restItems.isEmpty() ? new Empty()
                : restItems.size() == 1 ? restItems.get(0) : new Concat(restItems);
        // paths of first x rest, in order: (first's before) x rest, (first's empty) x (rest's before),
        // [the first empty path], (first's empty) x (rest's after), (first's after) x rest
        RegexNode before = alternation(concat(first.before(), restNode), rest.before());
        RegexNode after = alternation(rest.after(), concat(first.after(), restNode));
        return new Split(before, true, after);
    }

    private static RegexNode concat(RegexNode a, RegexNode b) {
        return a == null ? null : new Concat(List.of(new Group(0, a), b));
    }

    private static RegexNode alternation(RegexNode a, RegexNode b) {
        List<RegexNode> list = new ArrayList<>();
        add(list, a);
        add(list, b);
        return alternation(list);
    }

    private static RegexNode alternation(List<RegexNode> list) {
        return list.isEmpty() ? null : list.size() == 1 ? list.get(0) : new Alternation(list);
    }

    private static void add(List<RegexNode> list, RegexNode node) {
        if (node != null) {
            list.add(node);
        }
    }
}
