package io.dialscape.engine.digits;

/**
 * Number lengths as bit masks. Rules give lengths 1 to 32, and a rule without a length clause matches
 * every length from its leading digits' on. So under any trie node, lengths 1 to 32 are told apart one
 * by one, and all lengths of 33 and more behave alike: only rules without a length clause match them, and
 * those match every length at or below the node's depth that a number there can have. Slot {@code s} in
 * 1..32 stands for the length {@code s}; slot 33 ({@link #TAIL}) stands for every length from 33 on (for
 * a node deeper than 33: every length from its depth on). Bit {@code s} of a {@code long} is slot
 * {@code s}; bit 0 is never used.
 */
final class LengthSlots {

    /** The slot of all lengths from 33 on. */
    static final int TAIL = 33;
    /** All slots. */
    static final long ALL = range(1, TAIL);

    private LengthSlots() {
    }

    /** The slot of a number of {@code length} digits ({@code length >= 1}). */
    static int of(int length) {
        return Math.min(length, TAIL);
    }

    /** Slots {@code from..to} inclusive, {@code 1 <= from <= to <= 33}. */
    static long range(int from, int to) {
        return (-1L >>> (63 - to)) & (-1L << from);
    }

    /** The slots a number of at least {@code length} digits can be in. */
    static long atLeast(int length) {
        return range(Math.max(1, of(length)), TAIL);
    }

    /** The highest slot of a non-empty mask. */
    static int highest(long slots) {
        return 63 - Long.numberOfLeadingZeros(slots);
    }

    /** A concrete length for {@code slot} that a number of at least {@code depth} digits can have. */
    static int lengthFor(int slot, int depth) {
        return slot < TAIL ? slot : Math.max(TAIL, depth);
    }
}
