package io.dialscape.engine.regex;

import java.util.Arrays;

/**
 * A Pike VM's list of threads in priority order: each an instruction ({@link #pc}) and {@link #width} ints
 * of state ({@link #data}, thread {@code i} from {@code i * width}): the capture slots in {@link NetMatcher},
 * (agrees, tags) in {@link ResultEquality}, (output state, translation cursor) in {@link TableReach}.
 * The arrays are read directly in the matcher's inner loop; they grow by doubling and are reused after
 * {@link #clear}.
 */
final class ThreadList {
    final int width;
    int[] pc = new int[16];
    int[] data;
    int size;

    ThreadList(int width) {
        this.width = width;
        data = new int[16 * width];
    }

    void clear() {
        size = 0;
    }

    /** The state int {@code k} of thread {@code i}. */
    int get(int i, int k) {
        return data[i * width + k];
    }

    /** Appends a thread at {@code state} whose ints are {@code from[offset .. offset + width)}. */
    void add(int state, int[] from, int offset) {
        grow();
        pc[size] = state;
        System.arraycopy(from, offset, data, size * width, width);
        size++;
    }

    /** Appends a thread at {@code state} with the two ints {@code a} and {@code b} (a list of width 2). */
    void add(int state, int a, int b) {
        grow();
        pc[size] = state;
        data[size * width] = a;
        data[size * width + 1] = b;
        size++;
    }

    private void grow() {
        if (size == pc.length) {
            pc = Arrays.copyOf(pc, size * 2);
            data = Arrays.copyOf(data, size * 2 * width);
        }
    }
}
