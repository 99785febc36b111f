package io.dialscape.engine.regex;

import io.dialscape.engine.regex.RegexNode.Alternation;
import io.dialscape.engine.regex.RegexNode.Begin;
import io.dialscape.engine.regex.RegexNode.Chars;
import io.dialscape.engine.regex.RegexNode.Concat;
import io.dialscape.engine.regex.RegexNode.Empty;
import io.dialscape.engine.regex.RegexNode.End;
import io.dialscape.engine.regex.RegexNode.Group;
import io.dialscape.engine.regex.RegexNode.LookAhead;
import io.dialscape.engine.regex.RegexNode.Repeat;
import java.util.Arrays;

/**
 * A pattern compiled to a priority-ordered program over the number symbols, for the Pike-style
 * simulations of {@link ResultEquality} and {@link TableReach}: the instructions, their compilation
 * (alternatives and greedy or lazy quantifiers in .NET's priority order, SPLIT's {@code x} the preferred
 * branch) and the shape both decide exactly. What a subclass adds is what a character and a referenced
 * group become ({@link #chars}, {@link #group}) and which groups are referenced ({@link #referenced}).
 *
 * <p>Instruction {@code pc} is {@code op[pc]} with outputs {@code x[pc]} and {@code y[pc]}; a CHAR reads a
 * symbol of {@code mask[pc]} (bit {@code a} for {@link NumberDfa#SYMBOLS}{@code .charAt(a)}). Opcodes from
 * {@link #FIRST_FREE} on are the subclass's.
 */
abstract class PikeProgram {
    static final int CHAR = 0;
    static final int SPLIT = 1;
    static final int BEGIN = 2;
    static final int END = 3;
    static final int MATCH = 4;
    /** The first opcode a subclass may define. */
    static final int FIRST_FREE = 5;

    int[] op = new int[64];
    int[] x = new int[64];
    int[] y = new int[64];
    int[] mask = new int[64];
    int n;
    int start;
    private final int maxStates;

    /** A program that throws {@link TooLarge} when it would outgrow {@code maxStates} (as the arrays double). */
    PikeProgram(int maxStates) {
        this.maxStates = maxStates;
    }

    /** A limit is reached. Carries no stack trace: it is control flow. */
    static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** Appends an instruction; returns its index. */
    final int emit(int kind, int out1, int out2) {
        if (n == op.length) {
            if (n >= maxStates) {
                throw new TooLarge();
            }
            int size = n * 2;
            op = Arrays.copyOf(op, size);
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
            mask = Arrays.copyOf(mask, size);
            grow(size);
        }
        op[n] = kind;
        x[n] = out1;
        y[n] = out2;
        return n++;
    }

    /** Grows the subclass's own per-instruction arrays to {@code size}. */
    void grow(int size) {
    }

    /** Whether group {@code number} (> 0) is referenced by the translation. */
    abstract boolean referenced(int number);

    /** Compiles a character set read with {@code copying} (inside a referenced group) to continue with {@code next}. */
    int chars(Chars c, int next, boolean copying) {
        int s = emit(CHAR, next, -1);
        mask[s] = NumberLanguage.symbolMask(c.set());
        return s;
    }

    /** Compiles a referenced group to continue with {@code next}. */
    abstract int group(Group g, int next);

    /** Compiles {@code node} to continue with {@code next}; returns its entry. */
    final int compile(RegexNode node, int next, boolean copying) {
        if (node instanceof Empty) {
            return next;
        } else if (node instanceof Chars c) {
            return chars(c, next, copying);
        } else if (node instanceof Begin) {
            return emit(BEGIN, next, -1);
        } else if (node instanceof End) {
            return emit(END, next, -1);
        } else if (node instanceof Group g) {
            if (g.number() > 0 && referenced(g.number())) {
                return group(g, next);
            }
            return compile(g.body(), next, copying);
        } else if (node instanceof Concat c) {
            int k = next;
            for (int i = c.items().size() - 1; i >= 0; i--) {
                k = compile(c.items().get(i), k, copying);
            }
            return k;
        } else if (node instanceof Alternation a) {
            int k = compile(a.alternatives().get(a.alternatives().size() - 1), next, copying);
            for (int i = a.alternatives().size() - 2; i >= 0; i--) {
                int alternative = compile(a.alternatives().get(i), next, copying);
                k = emit(SPLIT, alternative, k);
            }
            return k;
        } else if (node instanceof Repeat r) {
            int k;
            if (r.max() == Repeat.UNBOUNDED) {
                int loop = emit(SPLIT, -1, -1);
                int body = compile(r.body(), loop, copying); // may grow the arrays: assign afterwards
                x[loop] = r.lazy() ? next : body;
                y[loop] = r.lazy() ? body : next;
                k = loop;
            } else {
                k = next;
                for (int i = r.min(); i < r.max(); i++) {
                    int body = compile(r.body(), k, copying);
                    k = r.lazy() ? emit(SPLIT, next, body) : emit(SPLIT, body, next);
                }
            }
            for (int i = 0; i < r.min(); i++) {
                k = compile(r.body(), k, copying);
            }
            return k;
        }
        throw new IllegalArgumentException("not in the shape: " + node);
    }

    /**
     * Whether {@code node} keeps to the shape decided exactly: no look-ahead, no loop that may repeat over a
     * body that can match the empty string, referenced groups neither nested in one another nor under a
     * quantifier that can repeat them.
     */
    final boolean exactShape(RegexNode node) {
        return exactShape(node, false, false);
    }

    private boolean exactShape(RegexNode node, boolean inReferenced, boolean repeated) {
        if (node instanceof LookAhead) {
            return false;
        } else if (node instanceof Group g) {
            boolean isReferenced = g.number() > 0 && referenced(g.number());
            if (isReferenced && (inReferenced || repeated)) {
                return false;
            }
            return exactShape(g.body(), inReferenced || isReferenced, repeated);
        } else if (node instanceof Concat c) {
            for (RegexNode item : c.items()) {
                if (!exactShape(item, inReferenced, repeated)) {
                    return false;
                }
            }
            return true;
        } else if (node instanceof Alternation a) {
            for (RegexNode alt : a.alternatives()) {
                if (!exactShape(alt, inReferenced, repeated)) {
                    return false;
                }
            }
            return true;
        } else if (node instanceof Repeat r) {
            boolean repeats = r.max() == Repeat.UNBOUNDED || r.max() > 1;
            if (repeats && nullable(r.body())) {
                return false;
            }
            return exactShape(r.body(), inReferenced, repeated || repeats);
        }
        return true; // Empty, Chars, Begin, End
    }

    /** Whether some path through {@code node} reads no character. */
    static boolean nullable(RegexNode node) {
        if (node instanceof Chars) {
            return false;
        } else if (node instanceof Group g) {
            return nullable(g.body());
        } else if (node instanceof Concat c) {
            for (RegexNode item : c.items()) {
                if (!nullable(item)) {
                    return false;
                }
            }
            return true;
        } else if (node instanceof Alternation a) {
            for (RegexNode alt : a.alternatives()) {
                if (nullable(alt)) {
                    return true;
                }
            }
            return false;
        } else if (node instanceof Repeat r) {
            return r.min() == 0 || nullable(r.body());
        }
        return true; // Empty, anchors, look-ahead
    }
}
