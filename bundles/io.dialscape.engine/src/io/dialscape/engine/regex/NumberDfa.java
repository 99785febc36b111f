package io.dialscape.engine.regex;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.State;
import dk.brics.automaton.Transition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
     * Moore's partition refinement. {@code initialClass[s]} is the class a state starts in ({@code -1}: a
     * dead state, to be treated like a missing transition); returns the final class of every state
     * ({@code -1} for dead ones), equal classes meaning equivalent states.
     */
    static int[] refine(int n, int[] next, int[] initialClass) {
        int[] cls = initialClass.clone();
        int count = -1;
        int[] key = new int[K + 1];
        while (true) {
            HashMap<IntArrayKey, Integer> ids = new HashMap<>();
            int[] ncls = new int[n];
            for (int s = 0; s < n; s++) {
                if (cls[s] < 0) {
                    ncls[s] = -1;
                    continue;
                }
                key[0] = cls[s];
                for (int a = 0; a < K; a++) {
                    int t = next[s * K + a];
                    key[a + 1] = t < 0 ? -1 : cls[t];
                }
                IntArrayKey k = new IntArrayKey(key.clone());
                Integer id = ids.get(k);
                if (id == null) {
                    id = ids.size();
                    ids.put(k, id);
                }
                ncls[s] = id;
            }
            if (ids.size() == count) {
                return ncls;
            }
            count = ids.size();
            cls = ncls;
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

    enum Op {
        UNION, INTERSECTION, DIFFERENCE
    }

    /** The minimal automaton of {@code a op b}. */
    static NumberDfa product(NumberDfa a, NumberDfa b, Op op) {
        if (op == Op.INTERSECTION && (a.isEmpty() || b.isEmpty())) {
            return EMPTY;
        }
        if (op == Op.DIFFERENCE && (a.isEmpty() || b.isEmpty())) {
            return a;
        }
        if (op == Op.UNION && (a.isEmpty() || b.isEmpty())) {
            return a.isEmpty() ? b : a;
        }
        HashMap<Long, Integer> ids = new HashMap<>();
        IntList pairs = new IntList();
        IntList trans = new IntList();
        ids.put(pairKey(0, 0), 0);
        pairs.add(0);
        pairs.add(0);
        for (int i = 0; i < pairs.size() / 2; i++) {
            int sa = pairs.get(2 * i);
            int sb = pairs.get(2 * i + 1);
            for (int s = 0; s < K; s++) {
                int ta = sa < 0 ? -1 : a.next[sa * K + s];
                int tb = sb < 0 ? -1 : b.next[sb * K + s];
                boolean dead = switch (op) {
                    case UNION -> ta < 0 && tb < 0;
                    case INTERSECTION -> ta < 0 || tb < 0;
                    case DIFFERENCE -> ta < 0;
                };
                if (dead) {
                    trans.add(-1);
                    continue;
                }
                long key = pairKey(ta, tb);
                Integer id = ids.get(key);
                if (id == null) {
                    id = pairs.size() / 2;
                    ids.put(key, id);
                    pairs.add(ta);
                    pairs.add(tb);
                }
                trans.add(id);
            }
        }
        int n = pairs.size() / 2;
        boolean[] acc = new boolean[n];
        for (int i = 0; i < n; i++) {
            int sa = pairs.get(2 * i);
            int sb = pairs.get(2 * i + 1);
            boolean inA = sa >= 0 && a.accept[sa];
            boolean inB = sb >= 0 && b.accept[sb];
            acc[i] = switch (op) {
                case UNION -> inA || inB;
                case INTERSECTION -> inA && inB;
                case DIFFERENCE -> inA && !inB;
            };
        }
        return minimal(n, trans.toArray(), acc, 0);
    }

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
        HashMap<Long, Boolean> seen = new HashMap<>();
        ArrayDeque<long[]> todo = new ArrayDeque<>();
        seen.put(pairKey(0, 0), Boolean.TRUE);
        todo.add(new long[] {0, 0});
        while (!todo.isEmpty()) {
            long[] p = todo.poll();
            int sa = (int) p[0];
            int sb = (int) p[1];
            if (accept[sa] && (sb < 0 || !other.accept[sb])) {
                return false;
            }
            for (int s = 0; s < K; s++) {
                int ta = next[sa * K + s];
                if (ta < 0) {
                    continue;
                }
                int tb = sb < 0 ? -1 : other.next[sb * K + s];
                if (seen.putIfAbsent(pairKey(ta, tb), Boolean.TRUE) == null) {
                    todo.add(new long[] {ta, tb});
                }
            }
        }
        return true;
    }

    /** Whether the two languages share a string. */
    boolean intersects(NumberDfa other) {
        return !product(this, other, Op.INTERSECTION).isEmpty();
    }

    // ------------------------------------------------------------------ examples

    /** The shortest string of the language, the smallest in {@link #SYMBOLS} order among those; null if empty. */
    String shortest() {
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
            for (int a = 0; a < K; a++) {
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

    /** A growable int array. */
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

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
