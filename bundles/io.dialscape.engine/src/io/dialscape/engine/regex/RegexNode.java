package io.dialscape.engine.regex;

import java.util.List;

/**
 * The abstract syntax of the regular subset of .NET regular expressions that {@link NetRegex} accepts.
 * Alternatives and sequence items are kept in pattern order, which is also their priority order.
 */
sealed interface RegexNode {

    /** Matches the empty string: an empty alternative, {@code ()} or a comment. */
    record Empty() implements RegexNode {
    }

    /** One character out of a set: a literal, an escape, {@code .} or a class. */
    record Chars(CodePointSet set) implements RegexNode {
    }

    /** {@code ^}, {@code \A}, {@code \G}: the start of the number. */
    record Begin() implements RegexNode {
    }

    /** {@code $}, {@code \z}, {@code \Z}: the end of the number (numbers never hold a newline). */
    record End() implements RegexNode {
    }

    /** {@code (...)} when {@code number > 0}, {@code (?:...)} when it is 0. */
    record Group(int number, RegexNode body) implements RegexNode {
    }

    /**
     * {@code (?=body)} when {@code negative} is false, {@code (?!body)} when it is true: a zero-width test of
     * what follows. {@code index} numbers the look-aheads of a pattern in the order they open, from 0.
     */
    record LookAhead(int index, boolean negative, RegexNode body) implements RegexNode {
    }

    record Concat(List<RegexNode> items) implements RegexNode {
        public Concat {
            items = List.copyOf(items);
        }
    }

    record Alternation(List<RegexNode> alternatives) implements RegexNode {
        public Alternation {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * A quantified node: {@code min} to {@code max} repetitions, {@code max == UNBOUNDED} for none;
     * {@code lazy} for {@code ??}, {@code *?}, {@code +?}, {@code {n,m}?}.
     */
    record Repeat(RegexNode body, int min, int max, boolean lazy) implements RegexNode {
        static final int UNBOUNDED = -1;
    }
}
