package io.dialscape.engine.regex;

import java.util.Arrays;

/**
 * The explicit stack of a Pike VM's closure walk (following empty moves from a thread): entries of an
 * instruction and two ints of thread state, taken last in first out, so that pushing the preferred branch
 * last visits the threads in priority order. Used by {@link NetMatcher}, {@link ResultEquality} and
 * {@link TableReach}; reused from one walk to the next, so a walk allocates nothing.
 */
final class ThreadStack {
    private int[] items = new int[96];
    private int sp;
    /** The instruction of the entry {@link #pop} took last. */
    int pc;
    /** The first int of state of the entry {@link #pop} took last. */
    int a;
    /** The second int of state of the entry {@link #pop} took last. */
    int b;

    /** Empties the stack. */
    void clear() {
        sp = 0;
    }

    boolean isEmpty() {
        return sp == 0;
    }

    void push(int pc, int a, int b) {
        if (sp + 3 > items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[sp] = pc;
        items[sp + 1] = a;
        items[sp + 2] = b;
        sp += 3;
    }

    /** Takes the top entry into {@link #pc}, {@link #a} and {@link #b}; the stack must not be empty. */
    void pop() {
        sp -= 3;
        pc = items[sp];
        a = items[sp + 1];
        b = items[sp + 2];
    }
}
