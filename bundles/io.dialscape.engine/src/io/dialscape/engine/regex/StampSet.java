package io.dialscape.engine.regex;

/**
 * A set of ints below a fixed size, emptied in constant time: what a Pike VM step has reached (an
 * instruction, or an instruction at a loop level), so that the first thread to reach it wins and the
 * lower-priority ones are dropped. Used by {@link NetMatcher}, {@link ResultEquality} and {@link TableReach}.
 */
final class StampSet {
    private final int[] mark;
    private int stamp = 1;

    StampSet(int size) {
        mark = new int[size];
    }

    /** Empties the set. */
    void clear() {
        stamp++;
    }

    /** Adds {@code i}; returns false when it was already there. */
    boolean add(int i) {
        if (mark[i] == stamp) {
            return false;
        }
        mark[i] = stamp;
        return true;
    }
}
