package io.dialscape.engine.regex;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic automaton over the 13 symbols numbers are made of ({@code 0-9 * # +}), stored compactly
 * in arrays: the analysis builds, combines and compares thousands of them, which dk.brics' object graphs
 * would make slow. Instances made by {@link #minimal} are trimmed (every state is reachable and can reach
 * acceptance), minimal, and numbered canonically (breadth first from the initial state 0, symbols in
 * {@link #SYMBOLS} order), so two of them accept the same language if and only if they are
 * {@link #equals equal}. The empty language has no states at all.
 */
final class NumberDfa {

    /** The symbols, in the order of their indexes (and of the examples' lexicographic order). */
    static final String SYMBOLS = "0123456789*#+";
    static final int K = SYMBOLS.length();
    static final int PLUS = SYMBOLS.indexOf('+');
    /** The symbol indexes in {@link #SYMBOLS} order. */
    private static final int[] SYMBOL_ORDER = java.util.stream.IntStream.range(0, K).toArray();

    static final NumberDfa EMPTY = new NumberDfa(new int[0], new boolean[0]);

    private final int[] next;
    private final boolean[] accept;
    private int hash;

    private NumberDfa(int[] next, boolean[] accept) {
        this.next = next;
        this.accept = accept;
    }

    static int symbol(char c) {
        return c == '+' ? PLUS : c == '*' ? 10 : c == '#' ? 11 : c >= '0' && c <= '9' ? c - '0' : -1;
    }

    int size() {
        return accept.length;
    }

    boolean isEmpty() {
        return accept.length == 0;
    }

    int next(int state, int symbol) {
        return next[state * K + symbol];
    }

    boolean accepts(int state) {
        return accept[state];
    }

    /** Whether the whole string {@code s} is in the language. */
    boolean contains(String s) {
        if (isEmpty()) {
            return false;
        }
        int q = 0;
        for (int i = 0; i < s.length() && q >= 0; i++) {
            int a = symbol(s.charAt(i));
            q = a < 0 ? -1 : next[q * K + a];
        }
        return q >= 0 && accept[q];
    }

    // ------------------------------------------------------------------ construction and minimization

    /**
     * The trimmed, minimal, canonically numbered automaton equivalent to the (possibly partial, {@code -1}
     * for no transition) automaton with {@code n} states, initial state {@code initial}.
     */
    static NumberDfa minimal(int n, int[] next, boolean[] accept, int initial) {
        if (initial < 0) {
            return EMPTY;
        }
        boolean[] live = liveStates(n, next, accept, initial);
        if (!live[initial]) {
            return EMPTY;
        }
        int[] initialClass = new int[n];
        for (int s = 0; s < n; s++) {
            initialClass[s] = !live[s] ? -1 : accept[s] ? 1 : 0;
        }
        int[] cls = refine(n, next, initialClass);
        return canonical(n, next, cls, initial, s -> accept[s]);
    }

    /** States reachable from {@code initial} from which an accepting state is reachable. */
    static boolean[] liveStates(int n, int[] next, boolean[] accept, int initial) {
        boolean[] reach = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        reach[initial] = true;
        stack[sp++] = initial;
        int[] revCount = new int[n + 1];
        while (sp > 0) {
            int s = stack[--sp];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                if (t >= 0) {
                    revCount[t + 1]++;
                    if (!reach[t]) {
                        reach[t] = true;
                        stack[sp++] = t;
                    }
                }
            }
        }
        // reverse edges among reachable states
        for (int i = 0; i < n; i++) {
            revCount[i + 1] += revCount[i];
        }
        int[] rev = new int[revCount[n]];
        int[] fill = Arrays.copyOf(revCount, n);
        for (int s = 0; s < n; s++) {
            if (reach[s]) {
                for (int a = 0; a < K; a++) {
                    int t = next[s * K + a];
                    if (t >= 0) {
                        rev[fill[t]++] = s;
                    }
                }
            }
        }
        boolean[] live = new boolean[n];
        sp = 0;
        for (int s = 0; s < n; s++) {
            if (reach[s] && accept[s]) {
                live[s] = true;
                stack[sp++] = s;
            }
        }
        while (sp > 0) {
            int t = stack[--sp];
            for (int i = revCount[t]; i < revCount[t + 1]; i++) {
                int s = rev[i];
                if (!live[s]) {
                    live[s] = true;
                    stack[sp++] = s;
                }
            }
        }
        return live;
    }

    /**
     * Partition refinement (Valmari and Lehtinen's O(m log n) algorithm for partial automata, "Fast brief
     * practical DFA minimization", 2012). {@code initialClass[s]} is the class a state starts in
     * ({@code -1}: a dead state, treated like a missing transition); returns the final class of every state
     * ({@code -1} for dead ones), equal classes meaning equivalent states.
     */
    static int[] refine(int n, int[] next, int[] initialClass) {
        // number the states that take part
        int[] id = new int[n];
        int nn = 0;
        for (int s = 0; s < n; s++) {
            id[s] = initialClass[s] < 0 ? -1 : nn++;
        }
        int[] stateOf = new int[nn];
        for (int s = 0; s < n; s++) {
            if (id[s] >= 0) {
                stateOf[id[s]] = s;
            }
        }
        // transitions between them, grouped by label (counting sort)
        int mm = 0;
        int[] perLabel = new int[K + 1];
        for (int q = 0; q < nn; q++) {
            int s = stateOf[q];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                if (t >= 0 && id[t] >= 0) {
                    mm++;
                    perLabel[a + 1]++;
                }
            }
        }
        for (int a = 0; a < K; a++) {
            perLabel[a + 1] += perLabel[a];
        }
        int[] tail = new int[mm];
        int[] head = new int[mm];
        int[] label = new int[mm];
        int[] fill = Arrays.copyOf(perLabel, K);
        for (int q = 0; q < nn; q++) {
            int s = stateOf[q];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                if (t >= 0 && id[t] >= 0) {
                    int e = fill[a]++;
                    tail[e] = q;
                    head[e] = id[t];
                    label[e] = a;
                }
            }
        }
        Refiner r = new Refiner(nn, mm);
        // initial partition: one class at a time
        java.util.Map<Integer, NumberDfa.IntList> classes = new java.util.TreeMap<>();
        for (int q = 0; q < nn; q++) {
            classes.computeIfAbsent(initialClass[stateOf[q]], x -> new IntList()).add(q);
        }
        for (IntList members : classes.values()) {
            for (int i = 0; i < members.size(); i++) {
                r.blocks.mark(members.get(i));
            }
            r.blocks.split();
        }
        // cords: transitions with the same label (already sorted by label)
        Partition cords = r.cords;
        cords.z = 0;
        if (mm > 0) {
            r.marks[0] = 0;
            int a = label[0];
            cords.first[0] = 0;
            for (int e = 0; e < mm; e++) {
                if (label[e] != a) {
                    a = label[e];
                    cords.past[cords.z++] = e;
                    cords.first[cords.z] = e;
                    r.marks[cords.z] = 0;
                }
                cords.set[e] = cords.z;
            }
            cords.past[cords.z++] = mm;
        }
        // incoming transitions of every state
        int[] inStart = new int[nn + 1];
        int[] in = new int[mm];
        for (int e = 0; e < mm; e++) {
            inStart[head[e] + 1]++;
        }
        for (int q = 0; q < nn; q++) {
            inStart[q + 1] += inStart[q];
        }
        int[] inFill = Arrays.copyOf(inStart, nn);
        for (int e = 0; e < mm; e++) {
            in[inFill[head[e]]++] = e;
        }
        Partition blocks = r.blocks;
        int b = 1;
        int c = 0;
        while (c < cords.z) {
            for (int i = cords.first[c]; i < cords.past[c]; i++) {
                blocks.mark(tail[cords.elements[i]]);
            }
            blocks.split();
            c++;
            while (b < blocks.z) {
                for (int i = blocks.first[b]; i < blocks.past[b]; i++) {
                    int q = blocks.elements[i];
                    for (int j = inStart[q]; j < inStart[q + 1]; j++) {
                        cords.mark(in[j]);
                    }
                }
                cords.split();
                b++;
            }
        }
        int[] cls = new int[n];
        Arrays.fill(cls, -1);
        for (int q = 0; q < nn; q++) {
            cls[stateOf[q]] = blocks.set[q];
        }
        return cls;
    }

    /** The two refinable partitions of Valmari's algorithm, sharing their work arrays. */
    private static final class Refiner {
        final int[] marks;
        final int[] work;
        int w;
        final Partition blocks;
        final Partition cords;

        Refiner(int states, int transitions) {
            int size = Math.max(states, transitions) + 1;
            marks = new int[size];
            work = new int[size];
            blocks = new Partition(this, states);
            cords = new Partition(this, transitions);
        }
    }

    /** A refinable partition of {@code 0..n-1}: {@code elements} grouped by set, {@code first..past} per set. */
    private static final class Partition {
        final Refiner r;
        int z;
        final int[] elements;
        final int[] location;
        final int[] set;
        final int[] first;
        final int[] past;

        Partition(Refiner r, int n) {
            this.r = r;
            z = n > 0 ? 1 : 0;
            elements = new int[n];
            location = new int[n];
            set = new int[n];
            first = new int[n + 1];
            past = new int[n + 1];
            for (int i = 0; i < n; i++) {
                elements[i] = i;
                location[i] = i;
            }
            if (n > 0) {
                first[0] = 0;
                past[0] = n;
            }
        }

        void mark(int e) {
            int s = set[e];
            int i = location[e];
            int j = first[s] + r.marks[s];
            elements[i] = elements[j];
            location[elements[i]] = i;
            elements[j] = e;
            location[e] = j;
            if (r.marks[s]++ == 0) {
                r.work[r.w++] = s;
            }
        }

        void split() {
            while (r.w > 0) {
                int s = r.work[--r.w];
                int j = first[s] + r.marks[s];
                if (j == past[s]) {
                    r.marks[s] = 0;
                    continue;
                }
                if (r.marks[s] <= past[s] - j) {
                    first[z] = first[s];
                    past[z] = j;
                    first[s] = j;
                } else {
                    past[z] = past[s];
                    first[z] = j;
                    past[s] = j;
                }
                for (int i = first[z]; i < past[z]; i++) {
                    set[elements[i]] = z;
                }
                r.marks[s] = 0;
                r.marks[z++] = 0;
            }
        }
    }

    interface StatePredicate {
        boolean test(int state);
    }

    /** Builds the quotient automaton of {@code cls}, numbered breadth first from the initial state. */
    static NumberDfa canonical(int n, int[] next, int[] cls, int initial, StatePredicate accepting) {
        int classes = 0;
        for (int c : cls) {
            classes = Math.max(classes, c + 1);
        }
        int[] representative = new int[classes];
        Arrays.fill(representative, -1);
        for (int s = 0; s < n; s++) {
            if (cls[s] >= 0 && representative[cls[s]] < 0) {
                representative[cls[s]] = s;
            }
        }
        int[] order = new int[classes];
        Arrays.fill(order, -1);
        int[] queue = new int[classes];
        int head = 0;
        int tail = 0;
        order[cls[initial]] = tail;
        queue[tail++] = cls[initial];
        while (head < tail) {
            int c = queue[head++];
            int s = representative[c];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                if (t >= 0 && cls[t] >= 0 && order[cls[t]] < 0) {
                    order[cls[t]] = tail;
                    queue[tail++] = cls[t];
                }
            }
        }
        int m = tail;
        int[] out = new int[m * K];
        boolean[] acc = new boolean[m];
        for (int i = 0; i < m; i++) {
            int s = representative[queue[i]];
            acc[i] = accepting.test(s);
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                out[i * K + a] = t < 0 || cls[t] < 0 ? -1 : order[cls[t]];
            }
        }
        return new NumberDfa(out, acc);
    }

    // ------------------------------------------------------------------ operations

    static long pairKey(int a, int b) {
        return ((long) a << 32) ^ (b & 0xFFFFFFFFL);
    }

    /** Whether every string of {@code this} is in {@code other}, without building the product. */
    boolean subsetOf(NumberDfa other) {
        if (isEmpty()) {
            return true;
        }
        if (other.isEmpty()) {
            return false;
        }
        LongIntMap seen = new LongIntMap(64);
        IntList todo = new IntList();
        seen.putNew(pairKey(0, 0), 0);
        todo.add(0);
        todo.add(0);
        for (int i = 0; i < todo.size(); i += 2) {
            int sa = todo.get(i);
            int sb = todo.get(i + 1);
            if (accept[sa] && (sb < 0 || !other.accept[sb])) {
                return false;
            }
            for (int s = 0; s < K; s++) {
                int ta = next[sa * K + s];
                if (ta < 0) {
                    continue;
                }
                int tb = sb < 0 ? -1 : other.next[sb * K + s];
                long key = pairKey(ta, tb);
                if (seen.get(key) < 0) {
                    seen.putNew(key, 0);
                    todo.add(ta);
                    todo.add(tb);
                }
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ examples

    /** The shortest string of the language, the smallest in {@link #SYMBOLS} order among those; null if empty. */
    String shortest() {
        return shortest(SYMBOL_ORDER);
    }

    /**
     * The shortest string of the language, the smallest among those when symbols compare as they come in
     * {@code order} (every symbol index once); null if empty.
     */
    String shortest(int[] order) {
        if (isEmpty()) {
            return null;
        }
        int n = size();
        int[] parent = new int[n];
        int[] via = new int[n];
        Arrays.fill(parent, -2);
        parent[0] = -1;
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        queue[tail++] = 0;
        while (head < tail) {
            int s = queue[head++];
            if (accept[s]) {
                StringBuilder sb = new StringBuilder();
                for (int q = s; parent[q] >= 0; q = parent[q]) {
                    sb.append(SYMBOLS.charAt(via[q]));
                }
                return sb.reverse().toString();
            }
            for (int a : order) {
                int t = next[s * K + a];
                if (t >= 0 && parent[t] == -2) {
                    parent[t] = s;
                    via[t] = a;
                    queue[tail++] = t;
                }
            }
        }
        throw new IllegalStateException("trimmed automaton without an accepting state");
    }

    /**
     * Up to {@code lexicographic + random} distinct strings of the language: first the shortest ones in
     * {@link #SYMBOLS} order (up to {@code lexicographic}, moving on to longer lengths when a length runs
     * out), then pseudo-random ones of lengths up to 8 beyond the shortest, from a fixed seed so that
     * messages are reproducible. Languages whose strings are all longer than 60 give their shortest only.
     */
    List<String> examples(int lexicographic, int random) {
        List<String> out = new ArrayList<>();
        if (isEmpty()) {
            return out;
        }
        long[] lengths = acceptLengths();
        if (lengths[0] == 0) {
            out.add(shortest());
            return out;
        }
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        int minLength = Long.numberOfTrailingZeros(lengths[0]);
        for (int len = minLength; len < 63 && found.size() < lexicographic; len++) {
            if ((lengths[0] & (1L << len)) != 0) {
                collect(0, len, new StringBuilder(), lengths, found, lexicographic);
            }
        }
        SplittableRandom rnd = new SplittableRandom(0x5EED_D1A1L);
        int maxLength = Math.min(62, minLength + 8);
        long window = lengths[0] & ((1L << (maxLength + 1)) - 1);
        int target = found.size() + random;
        for (int attempt = 0; attempt < random * 4 && found.size() < target && window != 0; attempt++) {
            int len = pickBit(window, rnd);
            StringBuilder sb = new StringBuilder(len);
            int q = 0;
            for (int remaining = len; remaining > 0; remaining--) {
                int choices = 0;
                int[] options = new int[K];
                for (int a = 0; a < K; a++) {
                    int t = next[q * K + a];
                    if (t >= 0 && (lengths[t] & (1L << (remaining - 1))) != 0) {
                        options[choices++] = a;
                    }
                }
                int a = options[rnd.nextInt(choices)];
                sb.append(SYMBOLS.charAt(a));
                q = next[q * K + a];
            }
            found.add(sb.toString());
        }
        out.addAll(found);
        return out;
    }

    private static int pickBit(long bits, SplittableRandom rnd) {
        int count = Long.bitCount(bits);
        int k = rnd.nextInt(count);
        long b = bits;
        for (int i = 0; i < k; i++) {
            b &= b - 1;
        }
        return Long.numberOfTrailingZeros(b);
    }

    private void collect(int q, int remaining, StringBuilder prefix, long[] lengths, java.util.Set<String> out,
            int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (remaining == 0) {
            out.add(prefix.toString());
            return;
        }
        for (int a = 0; a < K && out.size() < limit; a++) {
            int t = next[q * K + a];
            if (t >= 0 && (lengths[t] & (1L << (remaining - 1))) != 0) {
                prefix.append(SYMBOLS.charAt(a));
                collect(t, remaining - 1, prefix, lengths, out, limit);
                prefix.setLength(prefix.length() - 1);
            }
        }
    }

    /** For every state, bit {@code l} is set when some string of length {@code l < 63} leads to acceptance. */
    private long[] acceptLengths() {
        int n = size();
        long[] len = new long[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = n - 1; s >= 0; s--) {
                long v = accept[s] ? 1L : 0L;
                for (int a = 0; a < K; a++) {
                    int t = next[s * K + a];
                    if (t >= 0) {
                        v |= (len[t] << 1) & Long.MAX_VALUE;
                    }
                }
                if (v != len[s]) {
                    len[s] = v;
                    changed = true;
                }
            }
        }
        return len;
    }

    // ------------------------------------------------------------------ conversion and identity

    /** The same language as a dk.brics automaton (deterministic, over the characters of {@link #SYMBOLS}). */
    Automaton toAutomaton() {
        Automaton automaton = new Automaton();
        if (isEmpty()) {
            return Automaton.makeEmpty();
        }
        State[] states = new State[size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = new State();
            states[i].setAccept(accept[i]);
        }
        for (int i = 0; i < states.length; i++) {
            for (int a = 0; a < K; a++) {
                int t = next[i * K + a];
                if (t >= 0) {
                    states[i].addTransition(new Transition(SYMBOLS.charAt(a), states[t]));
                }
            }
        }
        automaton.setInitialState(states[0]);
        automaton.setDeterministic(true);
        automaton.reduce();
        return automaton;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberDfa d && Arrays.equals(accept, d.accept) && Arrays.equals(next, d.next);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 31 * Arrays.hashCode(next) + Arrays.hashCode(accept);
            hash = h == 0 ? 1 : h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "NumberDfa[" + size() + " states, e.g. " + shortest() + "]";
    }

    // ------------------------------------------------------------------ small helpers

    record IntArrayKey(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntArrayKey k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** A growable int array that can be cleared. */
    static final class IntList {
        private int[] a = new int[64];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        void set(int i, int v) {
            a[i] = v;
        }

        int size() {
            return n;
        }

        void clear() {
            n = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
