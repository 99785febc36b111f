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
 * empty string. .NET (like Perl and Java) ends such a loop with an empty iteration and keeps that
 * iteration's (empty) captures; RE2 drops empty iterations. Where the body has no capturing group or anchor
 * inside it and its empty matches come before or after all its non-empty ones in priority order (all of
 * {@code (\d*)*}, {@code (\d?)+}, {@code (?:1|)*}, {@code (1*2*)*?} do), the loop is rewritten into an
 * equivalent one RE2 reads as .NET does:
 * <ul>
 * <li>greedy {@code (X)*} or {@code (X)+}, empty matches of X last: {@code (?:X')*()}, where X' is X without
 * its empty matches;</li>
 * <li>greedy, empty matches first: {@code (?:X')*?()} (.NET leaves the loop at once, and iterates only when
 * the rest of the pattern fails);</li>
 * <li>lazy {@code (X)*?}: {@code (X')*?} (an empty iteration is never useful to a lazy loop).</li>
 * </ul>
 * Other loops over nullable bodies (a capturing group or an anchor inside the body, {@code {n,}} with
 * {@code n > 1}, lazy {@code +?}) keep RE2's reading; only which text such a group captures can differ,
 * never whether a number matches, and no real normalization rule has such a loop.
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

    /** Where a node's empty matches sit among its matches in priority order. */
    private enum EmptyOrder {
        /** No match at all. */
        NOTHING,
        /** Only non-empty matches. */
        NEVER,
        /** Only the empty match. */
        ONLY,
        FIRST,
        LAST,
        MIXED
    }

    private boolean emitNullableLoop(Repeat r) {
        if (r.max() != Repeat.UNBOUNDED) {
            return false;
        }
        RegexNode body = r.body();
        boolean captured = body instanceof Group g && g.number() > 0;
        RegexNode x = body instanceof Group g ? g.body() : body;
        if (!plain(x)) {
            return false;
        }
        EmptyOrder order = order(x);
        if (order != EmptyOrder.ONLY && order != EmptyOrder.FIRST && order != EmptyOrder.LAST) {
            return false;
        }
        RegexNode nonEmpty = nonEmpty(x);
        if (!r.lazy() && r.min() <= 1) {
            if (nonEmpty != null) {
                emitQuantified(new Group(0, nonEmpty), 0, Repeat.UNBOUNDED, order == EmptyOrder.FIRST);
            }
            if (captured) {
                out.append("()");
            }
            return true;
        }
        if (r.lazy() && r.min() == 0) {
            if (nonEmpty != null) {
                emitQuantified(new Group(captured ? ((Group) body).number() : 0, nonEmpty), 0, Repeat.UNBOUNDED,
                        true);
            } else if (captured) {
                out.append("(){0}");
            }
            return true;
        }
        return false;
    }

    /** No capturing group and no anchor inside. */
    private static boolean plain(RegexNode node) {
        if (node instanceof Begin || node instanceof End) {
            return false;
        } else if (node instanceof Group g) {
            return g.number() == 0 && plain(g.body());
        } else if (node instanceof Concat c) {
            return c.items().stream().allMatch(Re2Writer::plain);
        } else if (node instanceof Alternation a) {
            return a.alternatives().stream().allMatch(Re2Writer::plain);
        } else if (node instanceof Repeat r) {
            return plain(r.body());
        }
        return true;
    }

    private static EmptyOrder order(RegexNode node) {
        return fromPattern(pattern(node));
    }

    /**
     * The priority-ordered sequence of a node's matches, collapsed to blocks: "E" empty, "N" non-empty,
     * "M" too mixed to use; "" when it matches nothing.
     */
    private static String pattern(RegexNode node) {
        if (node instanceof Empty) {
            return "E";
        } else if (node instanceof Chars c) {
            return c.set().isEmpty() ? "" : "N";
        } else if (node instanceof Group g) {
            return pattern(g.body());
        } else if (node instanceof Alternation a) {
            StringBuilder sb = new StringBuilder();
            for (RegexNode alt : a.alternatives()) {
                sb.append(pattern(alt));
            }
            return collapse(sb.toString());
        } else if (node instanceof Concat c) {
            return concatPattern(c.items());
        } else if (node instanceof Repeat r) {
            String body = pattern(r.body());
            if (r.max() == 0) {
                return "E";
            }
            if (body.contains("E") || body.contains("M")) {
                return "M";
            }
            if (body.isEmpty()) {
                return r.min() == 0 ? "E" : "";
            }
            if (r.min() >= 1) {
                return "N";
            }
            return r.lazy() ? "EN" : "NE";
        }
        return "M";
    }

    private static String concatPattern(List<RegexNode> items) {
        if (items.isEmpty()) {
            return "E";
        }
        String first = pattern(items.get(0));
        String rest = concatPattern(items.subList(1, items.size()));
        if (first.isEmpty() || rest.isEmpty()) {
            return "";
        }
        String nonEmptyRest = "N";
        return switch (first) {
            case "N" -> "N";
            case "E" -> rest;
            case "EN" -> collapse(rest + nonEmptyRest);
            case "NE" -> collapse(nonEmptyRest + rest);
            default -> "M";
        };
    }

    private static String collapse(String s) {
        if (s.contains("M")) {
            return "M";
        }
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (sb.isEmpty() || sb.charAt(sb.length() - 1) != c) {
                sb.append(c);
            }
        }
        return sb.length() <= 2 ? sb.toString() : "M";
    }

    private static EmptyOrder fromPattern(String p) {
        return switch (p) {
            case "" -> EmptyOrder.NOTHING;
            case "N" -> EmptyOrder.NEVER;
            case "E" -> EmptyOrder.ONLY;
            case "EN" -> EmptyOrder.FIRST;
            case "NE" -> EmptyOrder.LAST;
            default -> EmptyOrder.MIXED;
        };
    }

    /**
     * The node restricted to its non-empty matches, in the same priority order, or null when it has
     * none. Defined for plain nodes whose {@link #order} is not MIXED.
     */
    private static RegexNode nonEmpty(RegexNode node) {
        if (node instanceof Empty) {
            return null;
        } else if (node instanceof Chars) {
            return node;
        } else if (node instanceof Group g) {
            RegexNode inner = nonEmpty(g.body());
            return inner == null ? null : new Group(0, inner);
        } else if (node instanceof Alternation a) {
            List<RegexNode> alts = new ArrayList<>();
            for (RegexNode alt : a.alternatives()) {
                RegexNode ne = nonEmpty(alt);
                if (ne != null) {
                    alts.add(ne);
                }
            }
            return alts.isEmpty() ? null : alts.size() == 1 ? alts.get(0) : new Alternation(alts);
        } else if (node instanceof Concat c) {
            return nonEmptyConcat(c.items());
        } else if (node instanceof Repeat r) {
            if (r.max() == 0 || pattern(r.body()).isEmpty()) {
                return null;
            }
            return r.min() >= 1 ? r : new Repeat(r.body(), 1, r.max(), r.lazy());
        }
        throw new IllegalArgumentException(String.valueOf(node));
    }

    private static RegexNode nonEmptyConcat(List<RegexNode> items) {
        if (items.isEmpty()) {
            return null;
        }
        RegexNode first = items.get(0);
        List<RegexNode> restItems = items.subList(1, items.size());
        RegexNode rest = restItems.isEmpty() ? new Empty() : restItems.size() == 1 ? restItems.get(0) : new Concat(restItems);
        String p = pattern(first);
        switch (p) {
            case "", "N":
                return new Concat(items);
            case "E":
                return nonEmptyConcat(restItems);
            default:
                break;
        }
        RegexNode firstNonEmpty = nonEmpty(first);
        RegexNode withFirst = firstNonEmpty == null ? null : new Concat(List.of(firstNonEmpty, rest));
        RegexNode withoutFirst = nonEmptyConcat(restItems);
        List<RegexNode> alts = new ArrayList<>();
        if (p.equals("EN")) {
            add(alts, withoutFirst);
            add(alts, withFirst);
        } else {
            add(alts, withFirst);
            add(alts, withoutFirst);
        }
        return alts.isEmpty() ? null : alts.size() == 1 ? alts.get(0) : new Alternation(alts);
    }

    private static void add(List<RegexNode> list, RegexNode node) {
        if (node != null) {
            list.add(node);
        }
    }
}
