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
import java.util.HashMap;

/**
 * Computes the set of numbers on which a pattern {@code IsMatch}es: the strings of
 * {@code \+?[0-9*#]+} that contain a match somewhere, anchors respected.
 *
 * <p>The pattern becomes a Thompson automaton whose anchors are conditional empty moves ({@code ^} only
 * at position 0, {@code $} only at the end), and the subset construction runs the usual search automaton:
 * a new attempt may start at every position (an unanchored start), and once some attempt has matched the
 * number is accepted whatever follows (an unanchored end), so the result is a DFA for whole numbers.
 * Priorities and laziness do not matter here: only whether a match exists (.NET's rule that an empty loop
 * iteration ends the loop changes which match is found, never whether there is one: an empty iteration
 * can always be left out).
 *
 * <p>Look-ahead makes the automaton alternating: a thread that passes {@code (?=X)} at some position
 * continues only if {@code X} also matches from there, and {@code (?!X)} only if it does not. A thread
 * therefore carries the obligations it has taken on, each the set of live states of {@code X}'s own
 * (anchored) search, run along with the thread on the same symbols: a positive obligation is discharged
 * when {@code X} has matched (its own obligations discharged) and kills the thread when {@code X} can no
 * longer match; a negative one the other way round. At the end of the number the pending obligations are
 * decided by what {@code X} accepts there ({@code $} inside a look-ahead is the end of the number). The
 * subset construction then runs over sets of such threads, so the result is exact, and so is its
 * minimization; the size limits apply as everywhere. Look-ahead is the intersection of the continuation
 * with {@code X}'s language (and with its complement for {@code (?!X)}), built here on the fly.
 */
final class NumberLanguage {

    /** Limits that keep a pathological pattern from exhausting memory; beyond them it is "too complex". */
    static final int MAX_NFA_STATES = 50_000;
    static final int MAX_DFA_STATES = 100_000;

    static final class TooComplexException extends Exception {
        private static final long serialVersionUID = 1L;

        TooComplexException(String message) {
            super(message);
        }
    }

    private static final int CHAR = 0;
    private static final int EPS = 1;
    private static final int SPLIT = 2;
    private static final int BEGIN = 3;
    private static final int END = 4;
    private static final int MATCH = 5;
    /** A look-ahead: {@code mask} 1 when negative, {@code out2} the look-ahead's index. */
    private static final int ASSERT = 6;

    private int[] kind = new int[64];
    private int[] mask = new int[64];
    private int[] out1 = new int[64];
    private int[] out2 = new int[64];
    private int n;
    /** Entry state of each look-ahead's body, by index. */
    private int[] bodyStart = new int[0];
    private final java.util.List<LookAhead> pendingBodies = new java.util.ArrayList<>();

    private NumberLanguage() {
    }

    /** The minimal DFA of the numbers {@code root} matches somewhere in. */
    static NumberDfa of(RegexNode root) throws TooComplexException {
        return of(root, PLAIN_LIMIT);
    }

    /** {@link #of(RegexNode)}, pruning with the simulation once more than {@code plainLimit} sets are built. */
    static NumberDfa of(RegexNode root, int plainLimit) throws TooComplexException {
        NumberLanguage nfa = new NumberLanguage();
        int match = nfa.state(MATCH, 0, -1, -1);
        int start = nfa.compile(root, match);
        java.util.Set<Integer> compiled = new java.util.HashSet<>();
        for (int i = 0; i < nfa.pendingBodies.size(); i++) {
            LookAhead l = nfa.pendingBodies.get(i);
            if (!compiled.add(l.index())) {
                continue; // the same look-ahead in another copy of a counted repeat
            }
            if (l.index() >= nfa.bodyStart.length) {
                nfa.bodyStart = Arrays.copyOf(nfa.bodyStart, l.index() + 1);
            }
            nfa.bodyStart[l.index()] = nfa.compile(l.body(), match);
        }
        if (!nfa.pendingBodies.isEmpty()) {
            return nfa.new Alternating(start).determinize();
        }
        try {
            return nfa.determinize(start, plainLimit, null);
        } catch (LimitReached e) {
            try {
                return nfa.determinize(start, MAX_DFA_STATES, nfa.simulation());
            } catch (LimitReached impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /**
     * States of the plain subset construction before it retries with pruning. The search automaton of an
     * unanchored pattern such as {@code 1\d{15}} tracks every '1' of the last 16 digits (2^15 sets) though
     * its minimal automaton has 18 states; pruning threads that another thread of the same set simulates
     * (one that needs fewer digits still) brings the construction down to that size.
     */
    static final int PLAIN_LIMIT = 2_000;
    /** Largest number of live NFA states for which the simulation preorder is computed. */
    static final int MAX_SIMULATED = 800;

    private static final class LimitReached extends Exception {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super(null, null, false, false);
        }
    }

    /** The 13-bit mask of the number symbols in {@code set}. */
    static int symbolMask(CodePointSet set) {
        int m = 0;
        for (int a = 0; a < NumberDfa.K; a++) {
            if (set.contains(NumberDfa.SYMBOLS.charAt(a))) {
                m |= 1 << a;
            }
        }
        return m;
    }

    // ------------------------------------------------------------------ Thompson construction

    private int state(int k, int m, int o1, int o2) throws TooComplexException {
        if (n == kind.length) {
            if (n >= MAX_NFA_STATES) {
                throw new TooComplexException("its automaton needs more than " + MAX_NFA_STATES + " states");
            }
            int size = Math.min(n * 2, MAX_NFA_STATES);
            kind = Arrays.copyOf(kind, size);
            mask = Arrays.copyOf(mask, size);
            out1 = Arrays.copyOf(out1, size);
            out2 = Arrays.copyOf(out2, size);
        }
        kind[n] = k;
        mask[n] = m;
        out1[n] = o1;
        out2[n] = o2;
        return n++;
    }

    /** Compiles {@code node} so that it continues with state {@code next}; returns its entry state. */
    private int compile(RegexNode node, int next) throws TooComplexException {
        if (node instanceof Empty) {
            return next;
        } else if (node instanceof Chars c) {
            return state(CHAR, symbolMask(c.set()), next, -1);
        } else if (node instanceof Begin) {
            return state(BEGIN, 0, next, -1);
        } else if (node instanceof End) {
            return state(END, 0, next, -1);
        } else if (node instanceof Group g) {
            return compile(g.body(), next);
        } else if (node instanceof LookAhead l) {
            pendingBodies.add(l);
            return state(ASSERT, l.negative() ? 1 : 0, next, l.index());
        } else if (node instanceof Concat c) {
            int k = next;
            for (int i = c.items().size() - 1; i >= 0; i--) {
                k = compile(c.items().get(i), k);
            }
            return k;
        } else if (node instanceof Alternation a) {
            int k = compile(a.alternatives().get(a.alternatives().size() - 1), next);
            for (int i = a.alternatives().size() - 2; i >= 0; i--) {
                int alternative = compile(a.alternatives().get(i), next);
                k = state(SPLIT, 0, alternative, k);
            }
            return k;
        } else if (node instanceof Repeat r) {
            int k;
            if (r.max() == Repeat.UNBOUNDED) {
                int loop = state(SPLIT, 0, -1, next);
                int body = compile(r.body(), loop); // may grow the arrays: assign afterwards
                out1[loop] = body;
                k = loop;
            } else {
                k = next;
                for (int i = r.min(); i < r.max(); i++) {
                    int body = compile(r.body(), k);
                    k = state(SPLIT, 0, body, next);
                }
            }
            for (int i = 0; i < r.min(); i++) {
                k = compile(r.body(), k);
            }
            return k;
        }
        throw new IllegalArgumentException(String.valueOf(node));
    }

    // ------------------------------------------------------------------ subset construction

    private int[] visited;
    private int stamp;
    private int[] stack;
    /** Whether the last {@link #closure} reached MATCH. */
    private boolean lastMatched;

    /** The sorted CHAR and END states reachable from the seeds by empty moves; sets {@link #lastMatched}. */
    private int[] closure(int[] seeds, int seedCount, boolean atStart) {
        stamp++;
        int sp = 0;
        int[] found = new int[16];
        int count = 0;
        boolean matched = false;
        for (int i = 0; i < seedCount; i++) {
            sp = push(seeds[i], sp);
        }
        while (sp > 0) {
            int s = stack[--sp];
            switch (kind[s]) {
                case CHAR, END -> {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = s;
                }
                case MATCH -> matched = true;
                case BEGIN -> {
                    if (atStart) {
                        sp = push(out1[s], sp);
                    }
                }
                case SPLIT -> {
                    sp = push(out2[s], sp);
                    sp = push(out1[s], sp);
                }
                default -> sp = push(out1[s], sp);
            }
        }
        int[] result = Arrays.copyOf(found, count);
        Arrays.sort(result);
        lastMatched = matched;
        return result;
    }

    private int push(int s, int sp) {
        if (visited[s] != stamp) {
            visited[s] = stamp;
            stack[sp++] = s;
        }
        return sp;
    }

    /** Whether, at the end of the number, the pending states reach MATCH through {@code $} moves. */
    private boolean acceptsAtEnd(int[] kernel) {
        stamp++;
        int sp = 0;
        for (int s : kernel) {
            if (kind[s] == END) {
                sp = push(s, sp);
            }
        }
        while (sp > 0) {
            int s = stack[--sp];
            switch (kind[s]) {
                case MATCH -> {
                    return true;
                }
                case END, EPS -> sp = push(out1[s], sp);
                case SPLIT -> {
                    sp = push(out2[s], sp);
                    sp = push(out1[s], sp);
                }
                default -> {
                    // CHAR needs a symbol, BEGIN needs position 0: neither at the end of a number
                }
            }
        }
        return false;
    }

    private static final int INITIAL = 0;
    private static final int ALL = 1;
    private static final int PLUS_ALL = 2;

    /**
     * DFA states: {@link #INITIAL} (position 0), {@link #ALL} (some attempt has matched: any rest is
     * fine), {@link #PLUS_ALL} (the same after a lone '+', which is not yet a number), then the sets of
     * live NFA states, keyed together with an "only '+' read so far" flag (such a state never accepts).
     */
    private NumberDfa determinize(int start, int limit, Simulation simulation)
            throws TooComplexException, LimitReached {
        visited = new int[n];
        stack = new int[n];
        final int k = NumberDfa.K;
        NumberDfa.IntList trans = new NumberDfa.IntList();
        NumberDfa.IntList acc = new NumberDfa.IntList();
        java.util.List<int[]> kernels = new java.util.ArrayList<>();
        HashMap<NumberDfa.IntArrayKey, Integer> ids = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            kernels.add(new int[0]);
            acc.add(i == ALL ? 1 : 0);
            for (int a = 0; a < k; a++) {
                trans.add(a != NumberDfa.PLUS && i != INITIAL ? ALL : -1);
            }
        }
        int[] seeds = new int[n + 1];
        int[] startClosure = closure(new int[] {start}, 1, false);
        if (lastMatched) {
            // the pattern matches the empty string at every position: every number
            for (int a = 0; a < k; a++) {
                trans.set(INITIAL * k + a, a == NumberDfa.PLUS ? PLUS_ALL : ALL);
            }
            return finish(trans, acc, kernels.size());
        }
        int[] initialKernel = closure(new int[] {start}, 1, true);
        if (lastMatched) {
            for (int a = 0; a < k; a++) {
                trans.set(INITIAL * k + a, a == NumberDfa.PLUS ? PLUS_ALL : ALL);
            }
            return finish(trans, acc, kernels.size());
        }
        kernels.set(INITIAL, initialKernel);
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        todo.add(INITIAL);
        while (!todo.isEmpty()) {
            int d = todo.poll();
            int[] kernel = kernels.get(d);
            for (int a = 0; a < k; a++) {
                if (a == NumberDfa.PLUS && d != INITIAL) {
                    continue;
                }
                boolean onlyPlus = d == INITIAL && a == NumberDfa.PLUS;
                int count = 0;
                for (int s : kernel) {
                    if (kind[s] == CHAR && (mask[s] & (1 << a)) != 0) {
                        seeds[count++] = out1[s];
                    }
                }
                int[] next;
                boolean matched;
                if (count == 0) {
                    next = startClosure;
                    matched = false;
                } else {
                    seeds[count++] = start;
                    next = closure(seeds, count, false);
                    matched = lastMatched;
                    if (simulation != null && !matched) {
                        next = simulation.prune(next);
                    }
                }
                int target;
                if (matched) {
                    target = onlyPlus ? PLUS_ALL : ALL;
                } else if (next.length == 0) {
                    target = -1; // no attempt can succeed any more
                } else {
                    int[] key = Arrays.copyOf(next, next.length + 1);
                    key[next.length] = onlyPlus ? -1 : -2;
                    NumberDfa.IntArrayKey boxed = new NumberDfa.IntArrayKey(key);
                    Integer id = ids.get(boxed);
                    if (id == null) {
                        id = kernels.size();
                        if (id >= limit && limit < MAX_DFA_STATES) {
                            throw new LimitReached();
                        }
                        checkDfaSize(id);
                        ids.put(boxed, id);
                        kernels.add(next);
                        addDfaState(id, !onlyPlus && acceptsAtEnd(next), trans, acc, todo);
                    }
                    target = id;
                }
                trans.set(d * k + a, target);
            }
        }
        return finish(trans, acc, kernels.size());
    }

    /** Throws when a number automaton under construction would get state {@code id}, one too many. */
    private static void checkDfaSize(int id) throws TooComplexException {
        if (id >= MAX_DFA_STATES) {
            throw new TooComplexException("its number automaton needs more than " + MAX_DFA_STATES + " states");
        }
    }

    /**
     * Adds state {@code id} to a number automaton under construction ({@code K} transitions a state in
     * {@code trans}, 1 or 0 in {@code acc}): accepting or not, no transitions yet, queued to get them.
     */
    private static void addDfaState(int id, boolean accepting, NumberDfa.IntList trans, NumberDfa.IntList acc,
            java.util.ArrayDeque<Integer> todo) {
        acc.add(accepting ? 1 : 0);
        for (int b = 0; b < NumberDfa.K; b++) {
            trans.add(-1);
        }
        todo.add(id);
    }

    private static NumberDfa finish(NumberDfa.IntList trans, NumberDfa.IntList acc, int size) {
        boolean[] accept = new boolean[size];
        for (int i = 0; i < size; i++) {
            accept[i] = acc.get(i) == 1;
        }
        return NumberDfa.minimal(size, trans.toArray(), accept, INITIAL);
    }

    // ------------------------------------------------------------------ simulation

    /**
     * The simulation preorder of the live NFA states (CHAR and END states), seen as an automaton without
     * empty moves in which a thread that reaches MATCH becomes TOP (the search has succeeded: every
     * continuation is accepted). If s simulates t, every continuation t accepts, s accepts, so a set
     * holding both accepts exactly what it accepts without t.
     */
    private Simulation simulation() {
        int[] index = new int[n];
        java.util.Arrays.fill(index, -1);
        NumberDfa.IntList live = new NumberDfa.IntList();
        for (int s = 0; s < n; s++) {
            if (kind[s] == CHAR || kind[s] == END) {
                index[s] = live.size();
                live.add(s);
            }
        }
        int m = live.size();
        if (m > MAX_SIMULATED) {
            return null;
        }
        int top = m;
        final int k = NumberDfa.K;
        int[][] successors = new int[m * k][];
        boolean[] acceptsAtEnd = new boolean[m + 1];
        acceptsAtEnd[top] = true;
        for (int i = 0; i < m; i++) {
            int s = live.get(i);
            if (kind[s] == END) {
                acceptsAtEnd[i] = acceptsAtEnd(new int[] {s});
                continue;
            }
            for (int a = 0; a < k; a++) {
                if ((mask[s] & (1 << a)) == 0) {
                    continue;
                }
                int[] next = closure(new int[] {out1[s]}, 1, false);
                if (lastMatched) {
                    successors[i * k + a] = new int[] {top};
                } else {
                    int[] mapped = new int[next.length];
                    for (int j = 0; j < next.length; j++) {
                        mapped[j] = index[next[j]];
                    }
                    successors[i * k + a] = mapped;
                }
            }
        }
        boolean[][] sim = new boolean[m + 1][m + 1];
        for (int s = 0; s <= m; s++) {
            for (int t = 0; t <= m; t++) {
                sim[s][t] = s == top || (t != top && (!acceptsAtEnd[t] || acceptsAtEnd[s]));
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int s = 0; s < m; s++) {
                for (int t = 0; t < m; t++) {
                    if (s != t && sim[s][t] && !simulates(s, t, successors, sim, k, top)) {
                        sim[s][t] = false;
                        changed = true;
                    }
                }
            }
        }
        return new Simulation(index, sim);
    }

    private static boolean simulates(int s, int t, int[][] successors, boolean[][] sim, int k, int top) {
        for (int a = 0; a < k; a++) {
            int[] tNext = successors[t * k + a];
            if (tNext == null) {
                continue;
            }
            int[] sNext = successors[s * k + a];
            if (sNext == null) {
                return false;
            }
            for (int t2 : tNext) {
                boolean matched = false;
                for (int s2 : sNext) {
                    if (sim[s2][t2]) {
                        matched = true;
                        break;
                    }
                }
                if (!matched) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Drops from sets of NFA states the states another member simulates. */
    private static final class Simulation {
        private final int[] index;
        private final boolean[][] sim;

        Simulation(int[] index, boolean[][] sim) {
            this.index = index;
            this.sim = sim;
        }

        int[] prune(int[] states) {
            int[] kept = new int[states.length];
            int count = 0;
            for (int i = 0; i < states.length; i++) {
                int t = index[states[i]];
                boolean dominated = false;
                for (int j = 0; j < states.length && !dominated; j++) {
                    int s = index[states[j]];
                    // s covers t; of two equivalent states the first is kept
                    dominated = j != i && sim[s][t] && (!sim[t][s] || j < i);
                }
                if (!dominated) {
                    kept[count++] = states[i];
                }
            }
            return count == states.length ? states : Arrays.copyOf(kept, count);
        }
    }

    // ------------------------------------------------------------------ look-ahead: alternating search

    /**
     * The subset construction for patterns with look-ahead (see the class comment). A process is the set
     * of threads of one search (the pattern's, or a look-ahead body's from the position it was entered);
     * a thread is a live NFA state, or DONE once it has reached MATCH, with a set of obligations; an
     * obligation is a process and its polarity. All three are interned, so equal ones have equal ids.
     */
    private final class Alternating {

        private static final int FAIL = 0;
        private static final int SUCCESS = 1;
        private static final int DONE = -1;
        private static final int MAX_PROCESSES = 200_000;

        private final int start;
        private final java.util.List<long[]> processes = new java.util.ArrayList<>();
        private final HashMap<LongArrayKey, Integer> processIds = new HashMap<>();
        private final java.util.List<int[]> obligationSets = new java.util.ArrayList<>();
        private final HashMap<NumberDfa.IntArrayKey, Integer> obligationSetIds = new HashMap<>();
        private final HashMap<Long, Integer> steps = new HashMap<>();
        private final HashMap<Long, Integer> obligationSteps = new HashMap<>();
        private final HashMap<Integer, Integer> bodyClosures = new HashMap<>();
        private final HashMap<Integer, Boolean> endAccepts = new HashMap<>();
        private final HashMap<Integer, Boolean> bodyAtEnd = new HashMap<>();

        Alternating(int start) {
            this.start = start;
            processes.add(new long[0]);
            processIds.put(new LongArrayKey(new long[0]), FAIL);
            long[] success = {thread(DONE, 0)};
            processes.add(success);
            processIds.put(new LongArrayKey(success), SUCCESS);
            obligationSets.add(new int[0]);
            obligationSetIds.put(new NumberDfa.IntArrayKey(new int[0]), 0);
        }

        private static long thread(int state, int obligations) {
            return ((long) (state + 1) << 32) | obligations;
        }

        private static int stateOf(long thread) {
            return (int) (thread >>> 32) - 1;
        }

        private static int obligationsOf(long thread) {
            return (int) thread;
        }

        /**
         * The interned process of these threads, less the threads another one covers: of two threads in the
         * same state, the one with a subset of the other's obligations accepts every suffix the other does.
         */
        private int process(java.util.Collection<Long> threads) throws TooComplexException {
            long[] sorted = new long[threads.size()];
            int i = 0;
            for (long t : threads) {
                if (t == thread(DONE, 0)) {
                    return SUCCESS;
                }
                sorted[i++] = t;
            }
            Arrays.sort(sorted);
            sorted = withoutCovered(sorted);
            LongArrayKey key = new LongArrayKey(sorted);
            Integer id = processIds.get(key);
            if (id == null) {
                if (processes.size() >= MAX_PROCESSES) {
                    throw new TooComplexException("its number automaton needs more than " + MAX_PROCESSES
                            + " look-ahead configurations");
                }
                id = processes.size();
                processes.add(sorted);
                processIds.put(key, id);
            }
            return id;
        }

        /** {@code sorted} less every thread that another thread in the same state covers (sorted stays sorted). */
        private long[] withoutCovered(long[] sorted) {
            int kept = 0;
            long[] out = new long[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                int s = stateOf(sorted[i]);
                int[] mine = obligationSets.get(obligationsOf(sorted[i]));
                boolean covered = false;
                for (int j = 0; j < sorted.length && !covered; j++) {
                    if (j != i && stateOf(sorted[j]) == s) {
                        int[] other = obligationSets.get(obligationsOf(sorted[j]));
                        covered = other.length < mine.length && containsAll(mine, other);
                    }
                }
                if (!covered) {
                    out[kept++] = sorted[i];
                }
            }
            return kept == sorted.length ? sorted : Arrays.copyOf(out, kept);
        }

        /** Whether sorted {@code big} holds every element of sorted {@code small}. */
        private static boolean containsAll(int[] big, int[] small) {
            int j = 0;
            for (int v : big) {
                if (j < small.length && small[j] == v) {
                    j++;
                }
            }
            return j == small.length;
        }

        private int obligationSet(int[] obligations) {
            int[] sorted = Arrays.stream(obligations).sorted().distinct().toArray();
            NumberDfa.IntArrayKey key = new NumberDfa.IntArrayKey(sorted);
            Integer id = obligationSetIds.get(key);
            if (id == null) {
                id = obligationSets.size();
                obligationSets.add(sorted);
                obligationSetIds.put(key, id);
            }
            return id;
        }

        private int withObligation(int set, int obligation) {
            int[] old = obligationSets.get(set);
            int[] more = Arrays.copyOf(old, old.length + 1);
            more[old.length] = obligation;
            return obligationSet(more);
        }

        /** The process of the threads reachable by empty moves from the seeds (NFA states or DONE). */
        private int closure(java.util.List<long[]> seeds, boolean atStart) throws TooComplexException {
            java.util.Set<Long> visited = new java.util.HashSet<>();
            java.util.Set<Long> result = new java.util.TreeSet<>();
            java.util.ArrayDeque<Long> stack = new java.util.ArrayDeque<>();
            for (long[] seed : seeds) {
                stack.push(thread((int) seed[0], (int) seed[1]));
            }
            while (!stack.isEmpty()) {
                long t = stack.pop();
                if (!visited.add(t)) {
                    continue;
                }
                int s = stateOf(t);
                int o = obligationsOf(t);
                if (s == DONE) {
                    if (o == 0) {
                        return SUCCESS;
                    }
                    result.add(t);
                    continue;
                }
                switch (kind[s]) {
                    case CHAR, END -> result.add(t);
                    case MATCH -> {
                        if (o == 0) {
                            return SUCCESS;
                        }
                        result.add(thread(DONE, o));
                    }
                    case BEGIN -> {
                        if (atStart) {
                            stack.push(thread(out1[s], o));
                        }
                    }
                    case SPLIT -> {
                        stack.push(thread(out2[s], o));
                        stack.push(thread(out1[s], o));
                    }
                    case ASSERT -> {
                        boolean negative = mask[s] == 1;
                        int body = bodyClosure(out2[s], atStart);
                        if (body == SUCCESS || body == FAIL) {
                            if ((body == SUCCESS) != negative) {
                                stack.push(thread(out1[s], o));
                            }
                        } else {
                            stack.push(thread(out1[s], withObligation(o, 2 * body + (negative ? 1 : 0))));
                        }
                    }
                    default -> stack.push(thread(out1[s], o));
                }
            }
            return process(result);
        }

        private int bodyClosure(int index, boolean atStart) throws TooComplexException {
            int key = 2 * index + (atStart ? 1 : 0);
            Integer known = bodyClosures.get(key);
            if (known == null) {
                known = closure(java.util.List.of(new long[] {bodyStart[index], 0}), atStart);
                bodyClosures.put(key, known);
            }
            return known;
        }

        /** The process after reading symbol {@code a}; the pattern's own search starts a new attempt too. */
        int step(int process, int a, boolean search) throws TooComplexException {
            long key = ((long) process << 8) | (a << 1) | (search ? 1 : 0);
            Integer known = steps.get(key);
            if (known != null) {
                return known;
            }
            java.util.List<long[]> seeds = new java.util.ArrayList<>();
            for (long t : processes.get(process)) {
                int s = stateOf(t);
                if (s != DONE && (kind[s] != CHAR || (mask[s] & (1 << a)) == 0)) {
                    continue;
                }
                int o = stepObligations(obligationsOf(t), a);
                if (o >= 0) {
                    seeds.add(new long[] {s == DONE ? DONE : out1[s], o});
                }
            }
            if (search) {
                seeds.add(new long[] {start, 0});
            }
            int result = closure(seeds, false);
            steps.put(key, result);
            return result;
        }

        /** The obligations after symbol {@code a}, or -1 when one of them has failed. */
        private int stepObligations(int set, int a) throws TooComplexException {
            if (set == 0) {
                return 0;
            }
            long key = ((long) set << 8) | a;
            Integer known = obligationSteps.get(key);
            if (known != null) {
                return known;
            }
            int[] obligations = obligationSets.get(set);
            int[] kept = new int[obligations.length];
            int count = 0;
            int result = -2;
            for (int ob : obligations) {
                boolean negative = (ob & 1) == 1;
                int next = step(ob >>> 1, a, false);
                if (next == SUCCESS || next == FAIL) {
                    if ((next == SUCCESS) == negative) {
                        result = -1;
                        break;
                    }
                } else {
                    kept[count++] = 2 * next + (negative ? 1 : 0);
                }
            }
            if (result == -2) {
                result = obligationSet(Arrays.copyOf(kept, count));
            }
            obligationSteps.put(key, result);
            return result;
        }

        /** Whether the process matches at the end of the number, its threads' obligations decided there. */
        boolean acceptsAtEnd(int process) {
            if (process == SUCCESS || process == FAIL) {
                return process == SUCCESS;
            }
            Boolean known = endAccepts.get(process);
            if (known != null) {
                return known;
            }
            boolean result = false;
            for (long t : processes.get(process)) {
                int s = stateOf(t);
                int o = obligationsOf(t);
                if (s == DONE ? obligationsHoldAtEnd(o) : reachesMatchAtEnd(s, o)) {
                    result = true;
                    break;
                }
            }
            endAccepts.put(process, result);
            return result;
        }

        private boolean obligationsHoldAtEnd(int set) {
            for (int ob : obligationSets.get(set)) {
                if (acceptsAtEnd(ob >>> 1) == ((ob & 1) == 1)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether state {@code s} reaches MATCH at the end of the number, obligations {@code o} holding there. */
        private boolean reachesMatchAtEnd(int s0, int o) {
            java.util.BitSet seen = new java.util.BitSet();
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            stack.push(s0);
            while (!stack.isEmpty()) {
                int s = stack.pop();
                if (seen.get(s)) {
                    continue;
                }
                seen.set(s);
                switch (kind[s]) {
                    case MATCH -> {
                        if (obligationsHoldAtEnd(o)) {
                            return true;
                        }
                    }
                    case END, EPS -> stack.push(out1[s]);
                    case SPLIT -> {
                        stack.push(out2[s]);
                        stack.push(out1[s]);
                    }
                    case ASSERT -> {
                        if (bodyMatchesAtEnd(out2[s]) != (mask[s] == 1)) {
                            stack.push(out1[s]);
                        }
                    }
                    default -> {
                        // CHAR needs a symbol, BEGIN position 0: neither at the end of a number
                    }
                }
            }
            return false;
        }

        private boolean bodyMatchesAtEnd(int index) {
            Boolean known = bodyAtEnd.get(index);
            if (known == null) {
                known = reachesMatchAtEnd(bodyStart[index], 0);
                bodyAtEnd.put(index, known);
            }
            return known;
        }

        NumberDfa determinize() throws TooComplexException {
            final int k = NumberDfa.K;
            NumberDfa.IntList trans = new NumberDfa.IntList();
            NumberDfa.IntList acc = new NumberDfa.IntList();
            NumberDfa.IntList states = new NumberDfa.IntList();
            for (int i = 0; i < 3; i++) {
                states.add(FAIL);
                acc.add(i == ALL ? 1 : 0);
                for (int a = 0; a < k; a++) {
                    trans.add(a != NumberDfa.PLUS && i != INITIAL ? ALL : -1);
                }
            }
            int initial = closure(java.util.List.of(new long[] {start, 0}), true);
            states.set(INITIAL, initial);
            HashMap<Long, Integer> ids = new HashMap<>();
            java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
            todo.add(INITIAL);
            while (!todo.isEmpty()) {
                int d = todo.poll();
                for (int a = 0; a < k; a++) {
                    if (a == NumberDfa.PLUS && d != INITIAL) {
                        continue;
                    }
                    boolean onlyPlus = d == INITIAL && a == NumberDfa.PLUS;
                    int target;
                    int next = states.get(d) == SUCCESS ? SUCCESS : step(states.get(d), a, true);
                    if (next == SUCCESS) {
                        target = onlyPlus ? PLUS_ALL : ALL;
                    } else if (next == FAIL) {
                        target = -1;
                    } else {
                        long key = 2L * next + (onlyPlus ? 1 : 0);
                        Integer id = ids.get(key);
                        if (id == null) {
                            id = states.size();
                            checkDfaSize(id);
                            ids.put(key, id);
                            states.add(next);
                            addDfaState(id, !onlyPlus && acceptsAtEnd(next), trans, acc, todo);
                        }
                        target = id;
                    }
                    trans.set(d * k + a, target);
                }
            }
            return finish(trans, acc, states.size());
        }
    }

    private record LongArrayKey(long[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof LongArrayKey k && Arrays.equals(values, k.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
