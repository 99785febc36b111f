package io.dialscape.engine.regex;

import io.dialscape.engine.regex.PikeProgram.TooLarge;
import io.dialscape.engine.regex.RegexNode.Group;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides exactly whether two normalization rules give the same result on every number of a set
 * (LANGUAGE.md section 8, "Result equality"), for rules of the {@linkplain #supported supported shape}.
 *
 * <h2>The shape</h2>
 * A rule is supported when its translation is group-free (its result is a constant, whatever the pattern),
 * or when all of these hold:
 * <ul>
 * <li>the translation is literals and {@code $n} / {@code ${n}} / {@code $&} references only (no
 * {@code $`}, {@code $'}, {@code $+}, {@code $_});</li>
 * <li>each group is referenced at most once, the referenced groups are not nested in one another, and they
 * are referenced in increasing group order ({@code $0} or {@code $&} only alone), so the result copies the
 * referenced parts of the number in the order they occur in it ({@code +31$1}, {@code +$1$2},
 * {@code +1$1;ext=$2}, not {@code $2$1});</li>
 * <li>no referenced group is under a quantifier that can repeat it (a {@code ?} is fine);</li>
 * <li>the pattern has no look-ahead and no loop ({@code *}, {@code +}, {@code {n,m}} with m &gt; 1) whose
 * body can match the empty string (where .NET's empty-iteration rules apply);</li>
 * <li>the pattern's automaton, its marked automaton and the comparison stay within {@link #MAX_STATES}
 * states, {@link #MAX_THREADS} simultaneous threads and {@link #MAX_WORK} steps (real rules need a few
 * dozen; a pattern like {@code ^(\d{0,300})1(\d{0,300})$} does not, and is left to the witness search
 * rather than slow the editor down).</li>
 * </ul>
 *
 * <h2>How</h2>
 * Each rule becomes a deterministic automaton over the number's symbols <em>marked</em> with the positions
 * where referenced groups open and close, accepting exactly the marking that .NET's matching order chooses:
 * a Pike-style simulation of the pattern's priority-ordered automaton (leftmost start, alternatives and
 * quantifiers in priority order, the first thread to reach a state wins, a match cuts the threads below it)
 * in which every thread also records whether its captures agree with the marking read so far. The marking
 * is accepted when the thread that wins the match agrees with it. Reading a marked number, the rule's
 * result is produced from left to right: the literals before a group when it opens, then the symbols inside
 * it, the rest at the end. The two rules' automata and the set's automaton are run together, and the
 * output of one rule not yet matched by the other (the delay) is tracked per product state: the results
 * are the same on every number of the set if and only if no delay ever shows a different symbol, every
 * accepting state ends with no delay, and no state that can still reach acceptance is reached with two
 * different delays (two paths with different delays followed by the same rest cannot both give equal
 * results). A difference comes with a number on which the rules are evaluated, as a check.
 */
final class ResultEquality {

    /** Limit on the states of one rule's automata and of one comparison. */
    static final int MAX_STATES = 5_000;
    /** Limit on the threads alive at once in a rule's simulation, and on the work of building its automaton. */
    static final int MAX_THREADS = 256;
    static final long MAX_WORK = 2_000_000;

    /** The outcome of a comparison. */
    record Verdict(Kind kind, String witness) {
        static final Verdict SAME = new Verdict(Kind.SAME, null);
        static final Verdict UNKNOWN = new Verdict(Kind.UNKNOWN, null);

        static Verdict different(String w) {
            return new Verdict(Kind.DIFFERENT, w);
        }
    }

    enum Kind {
        SAME, DIFFERENT, UNKNOWN
    }

    /** Computes a rule's result on a number (null when it does not match). */
    interface Evaluator {
        String result(int rule, String number);
    }

    private final Evaluator evaluator;
    private final Map<Integer, Machine> machines = new HashMap<>();
    private final Map<Integer, Boolean> shapes = new HashMap<>();
    private final NormalizationTable table;

    ResultEquality(NormalizationTable table, Evaluator evaluator) {
        this.table = table;
        this.evaluator = evaluator;
    }

    /** Whether rule i has the supported shape (its automaton may still turn out too large). */
    boolean supported(int i) {
        return shapes.computeIfAbsent(i, x -> table.translation(i) != null
                && (!table.translation(i).usesGroups() || Shape.of(table.pattern(i), table.translation(i)) != null));
    }

    /**
     * Whether rules i and j give the same result on every number of {@code set} (a set of numbers both
     * match): SAME, DIFFERENT with a number of the set they translate differently, or UNKNOWN when a rule
     * is outside the supported shape or a limit is reached.
     */
    Verdict decide(int i, int j, NumberDfa set) {
        if (set.isEmpty()) {
            return Verdict.SAME;
        }
        String shortest = set.shortest();
        if (differ(i, j, shortest)) {
            return Verdict.different(shortest);
        }
        Translation ti = table.translation(i);
        Translation tj = table.translation(j);
        if (!ti.usesGroups() && !tj.usesGroups()) {
            return ti.constant().equals(tj.constant()) ? Verdict.SAME : Verdict.different(shortest);
        }
        Machine mi = machine(i);
        Machine mj = machine(j);
        if (mi == null || mj == null) {
            return Verdict.UNKNOWN;
        }
        try {
            return new Comparison(mi, mj, set, i, j).run();
        } catch (TooLarge e) {
            return Verdict.UNKNOWN;
        }
    }

    private boolean differ(int i, int j, String w) {
        String a = evaluator.result(i, w);
        String b = evaluator.result(j, w);
        return a != null && b != null && !a.equals(b);
    }

    private Machine machine(int i) {
        if (machines.containsKey(i)) {
            return machines.get(i);
        }
        Machine m;
        Translation t = table.translation(i);
        if (!t.usesGroups()) {
            m = new Machine(null, t.constant());
        } else {
            Shape shape = Shape.of(table.pattern(i), t);
            m = shape == null ? null : new Machine(shape, null);
        }
        machines.put(i, m);
        return m;
    }

    // ------------------------------------------------------------------ shape and capture automaton

    /** A supported rule: its priority-ordered automaton with tags for the referenced groups, and its parts. */
    static final class Shape extends PikeProgram {
        /** Marks tag {@code y} (see {@link #tag}). */
        static final int TAG = FIRST_FREE;

        /** Referenced groups in translation (and pattern) order. */
        int[] groups;
        /** The translation's literals: literal[r] comes before the r-th referenced group; the last one after all. */
        String[] literal;

        private Shape() {
            super(MAX_STATES);
        }

        /** The shape of a rule with a translation that uses groups, or null when it is not supported. */
        static Shape of(NetRegex pattern, Translation translation) {
            if (pattern == null || translation == null) {
                return null;
            }
            List<Integer> refs = new ArrayList<>();
            List<String> lits = new ArrayList<>();
            StringBuilder lit = new StringBuilder();
            for (Translation.Part p : translation.parts()) {
                if (p instanceof Translation.Literal l) {
                    lit.append(l.text());
                } else if (p instanceof Translation.GroupRef g) {
                    // in increasing order (so each at most once), and $0 only alone
                    if (!refs.isEmpty() && (g.number() <= refs.get(refs.size() - 1) || refs.get(0) == 0)) {
                        return null;
                    }
                    refs.add(g.number());
                    lits.add(lit.toString());
                    lit.setLength(0);
                } else {
                    return null;
                }
            }
            lits.add(lit.toString());
            if (refs.size() > 15) {
                return null;
            }
            Shape s = new Shape();
            s.groups = refs.stream().mapToInt(Integer::intValue).toArray();
            s.literal = lits.toArray(String[]::new);
            try {
                RegexNode root = pattern.tree();
                if (!s.exactShape(root)) {
                    return null;
                }
                int match = s.emit(MATCH, -1, -1);
                int body = s.compile(root, s.tagged(0, false, match), false);
                s.start = s.tagged(0, true, body);
            } catch (TooLarge e) {
                return null;
            }
            return s;
        }

        /** Tag index of group g's open or close, or -1 when g is not referenced. */
        int tag(int g, boolean open) {
            for (int r = 0; r < groups.length; r++) {
                if (groups[r] == g) {
                    return 2 * r + (open ? 0 : 1);
                }
            }
            return -1;
        }

        private int tagged(int g, boolean open, int next) {
            int t = tag(g, open);
            return t < 0 ? next : emit(TAG, next, t);
        }

        @Override
        boolean referenced(int number) {
            return tag(number, true) >= 0;
        }

        @Override
        int group(Group g, int next) {
            int close = tagged(g.number(), false, next);
            return tagged(g.number(), true, compile(g.body(), close, false));
        }
    }

    /**
     * A rule's deterministic marked automaton, built lazily. A state is the priority-ordered list of threads
     * waiting for a symbol (automaton state, whether its captures agree with the marking so far), the state
     * of the best match found so far (none, agreeing, not agreeing), the tags marked so far and whether no
     * symbol has been read. A constant rule (shape null) has one state, accepting, with no tags.
     */
    static final class Machine {
        private static final int NONE = 0;
        private static final int AGREES = 1;
        private static final int DISAGREES = 2;

        final Shape shape;
        final String constant;
        private final List<int[]> states = new ArrayList<>();
        private final Map<NumberDfa.IntArrayKey, Integer> ids = new HashMap<>();
        /** Per state: the guesses it allows and, per guess, the successor on each symbol (-1: none). */
        private final List<Step[]> steps = new ArrayList<>();
        /** Per state: the tags marked at the end when it accepts, -1 when it does not accept, -2 unknown. */
        private final NumberDfa.IntList endTags = new NumberDfa.IntList();
        /** Automaton states and threads visited so far, against {@link ResultEquality#MAX_WORK}. */
        private long work;
        /** The closure walk's scratch (unused for a constant rule). */
        private final ThreadStack stack = new ThreadStack();
        private final StampSet reached;

        record Step(int tags, int[] next) {
        }

        Machine(Shape shape, String constant) {
            this.shape = shape;
            this.constant = constant;
            this.reached = new StampSet(shape == null ? 0 : shape.n);
            if (shape == null) {
                intern(new int[] {0, 1, 0, AGREES});
            } else {
                intern(new int[] {0, 1, 0, NONE});
            }
        }

        /** State layout: {fired tags, at start (1/0), thread count, match status, (nfa state, agrees)...}. */
        private int intern(int[] key) {
            NumberDfa.IntArrayKey boxed = new NumberDfa.IntArrayKey(key);
            Integer id = ids.get(boxed);
            if (id != null) {
                return id;
            }
            if (states.size() >= MAX_STATES) {
                throw new TooLarge();
            }
            id = states.size();
            ids.put(boxed, id);
            states.add(key);
            steps.add(null);
            endTags.add(-2);
            return id;
        }

        int fired(int state) {
            return states.get(state)[0];
        }

        /** The guesses and successors of a state. */
        Step[] steps(int state) {
            Step[] known = steps.get(state);
            if (known != null) {
                return known;
            }
            Step[] result;
            if (shape == null) {
                int[] next = new int[NumberDfa.K];
                result = new Step[] {new Step(0, next)}; // all successors are state 0
            } else {
                result = computeSteps(state);
            }
            steps.set(state, result);
            return result;
        }

        /** The tags marked at the end of the number when the state accepts, else -1. */
        int endTags(int state) {
            int known = endTags.get(state);
            if (known != -2) {
                return known;
            }
            int result;
            if (shape == null) {
                result = 0;
            } else {
                Closure c = closure(states.get(state), true);
                if (c.matched) {
                    result = c.matchAgrees ? c.matchEvents : -1;
                } else {
                    result = states.get(state)[3] == AGREES ? 0 : -1;
                }
            }
            endTags.set(state, result);
            return result;
        }

        /** The threads of an epsilon closure, in priority order, and the match it reaches first if any. */
        private static final class Closure {
            final ThreadList threads = new ThreadList(2); // nfa state; agrees before (1/0), events
            boolean matched;
            boolean matchAgrees;
            int matchEvents;
        }

        private Closure closure(int[] st, boolean atEnd) {
            Shape s = shape;
            boolean atStart = st[1] == 1;
            int count = st[2];
            int status = st[3];
            Closure c = new Closure();
            reached.clear();
            // seeds in priority order, then a new attempt while no match has been found
            int seeds = count + (status == NONE ? 1 : 0);
            for (int k = 0; k < seeds && !c.matched; k++) {
                int seedState = k < count ? st[4 + 2 * k] : s.start;
                boolean agrees = k < count ? st[5 + 2 * k] == 1 : st[0] == 0;
                // depth first, preferred branch first: the order of priority
                stack.clear();
                stack.push(seedState, 0, 0);
                while (!stack.isEmpty() && !c.matched) {
                    stack.pop();
                    int q = stack.pc;
                    int events = stack.a;
                    if (q < 0 || !reached.add(q)) {
                        continue;
                    }
                    if (++work > MAX_WORK) {
                        throw new TooLarge();
                    }
                    switch (s.op[q]) {
                        case Shape.CHAR -> {
                            c.threads.add(q, agrees ? 1 : 0, events);
                        }
                        case Shape.MATCH -> {
                            c.matched = true;
                            c.matchAgrees = agrees;
                            c.matchEvents = events;
                        }
                        case Shape.SPLIT -> {
                            stack.push(s.y[q], events, 0);
                            stack.push(s.x[q], events, 0);
                        }
                        case Shape.BEGIN -> {
                            if (atStart) {
                                stack.push(s.x[q], events, 0);
                            }
                        }
                        case Shape.END -> {
                            if (atEnd) {
                                stack.push(s.x[q], events, 0);
                            }
                        }
                        case Shape.TAG -> stack.push(s.x[q], events | 1 << s.y[q], 0);
                        default -> stack.push(s.x[q], events, 0);
                    }
                }
            }
            return c;
        }

        private Step[] computeSteps(int state) {
            int[] st = states.get(state);
            Closure c = closure(st, false);
            int status = st[3];
            work += 3L * c.threads.size * NumberDfa.K; // three ints a thread
            if (c.threads.size > MAX_THREADS || work > MAX_WORK) {
                throw new TooLarge();
            }
            // the markings that keep something agreeing: the events of an agreeing thread or match
            List<Integer> guesses = new ArrayList<>();
            for (int t = 0; t < c.threads.size; t++) {
                if (c.threads.get(t, 0) == 1 && !guesses.contains(c.threads.get(t, 1))) {
                    guesses.add(c.threads.get(t, 1));
                }
            }
            if (c.matched ? c.matchAgrees : status == AGREES) {
                int g = c.matched ? c.matchEvents : 0;
                if (!guesses.contains(g)) {
                    guesses.add(g);
                }
            }
            if (!c.matched && status == NONE && st[0] == 0 && !guesses.contains(0)) {
                guesses.add(0); // nothing marked yet: the match may start at a later position
            }
            List<Step> result = new ArrayList<>();
            for (int g : guesses) {
                if ((g & st[0]) != 0) {
                    continue; // a tag is marked once
                }
                int newStatus = c.matched ? (c.matchAgrees && c.matchEvents == g ? AGREES : DISAGREES)
                        : status == AGREES && g != 0 ? DISAGREES : status;
                int[] next = new int[NumberDfa.K];
                for (int a = 0; a < NumberDfa.K; a++) {
                    NumberDfa.IntList seeds = new NumberDfa.IntList();
                    // a later attempt agrees with a marking that has marked nothing
                    boolean anyAgrees = newStatus == AGREES || newStatus == NONE && (st[0] | g) == 0;
                    for (int t = 0; t < c.threads.size; t++) {
                        int q = c.threads.pc[t];
                        if ((shape.mask[q] & (1 << a)) != 0) {
                            boolean agrees = c.threads.get(t, 0) == 1 && c.threads.get(t, 1) == g;
                            seeds.add(shape.x[q]);
                            seeds.add(agrees ? 1 : 0);
                            anyAgrees |= agrees;
                        }
                    }
                    if (!anyAgrees) {
                        next[a] = -1;
                        continue;
                    }
                    int[] key = new int[4 + seeds.size()];
                    key[0] = st[0] | g;
                    key[1] = 0;
                    key[2] = seeds.size() / 2;
                    key[3] = newStatus;
                    for (int k = 0; k < seeds.size(); k++) {
                        key[4 + k] = seeds.get(k);
                    }
                    next[a] = intern(key);
                }
                result.add(new Step(g, next));
            }
            return result.toArray(Step[]::new);
        }

        /**
         * What the rule's result gains at one position: with {@code fired} tags marked before, {@code tags}
         * marked here, then {@code symbol} read ({@code -1}: the end of the number).
         */
        String output(int fired, int tags, int symbol) {
            if (shape == null) {
                return symbol < 0 ? constant : "";
            }
            StringBuilder sb = new StringBuilder();
            int groups = shape.groups.length;
            int opened = lastOpened(fired, groups);
            for (int r = 0; r < groups; r++) {
                if ((tags & 1 << 2 * r) != 0) {
                    for (int k = opened + 1; k <= r; k++) {
                        sb.append(shape.literal[k]);
                    }
                    opened = r;
                }
            }
            int all = fired | tags;
            if (symbol >= 0) {
                for (int r = 0; r < groups; r++) {
                    if ((all & 1 << 2 * r) != 0 && (all & 1 << 2 * r + 1) == 0) {
                        sb.append(NumberDfa.SYMBOLS.charAt(symbol));
                        break;
                    }
                }
            } else {
                for (int k = opened + 1; k <= groups; k++) {
                    sb.append(shape.literal[k]);
                }
            }
            return sb.toString();
        }

        private static int lastOpened(int fired, int groups) {
            int opened = -1;
            for (int r = 0; r < groups; r++) {
                if ((fired & 1 << 2 * r) != 0) {
                    opened = r;
                }
            }
            return opened;
        }
    }

    // ------------------------------------------------------------------ the comparison

    /** The product of two rules' marked automata and a set's automaton, with the delay per state. */
    private final class Comparison {
        private final Machine f;
        private final Machine g;
        private final NumberDfa set;
        private final int ruleF;
        private final int ruleG;
        /** Product states: (f state, g state, set state). */
        private final NumberDfa.IntList nodes = new NumberDfa.IntList();
        private final Map<NumberDfa.IntArrayKey, Integer> ids = new HashMap<>();
        /** Edges per node: target, symbol, f's output, g's output. */
        private final List<List<Edge>> edges = new ArrayList<>();
        private final NumberDfa.IntList parent = new NumberDfa.IntList();
        private final NumberDfa.IntList via = new NumberDfa.IntList();

        record Edge(int target, int symbol, String outF, String outG) {
        }

        Comparison(Machine f, Machine g, NumberDfa set, int ruleF, int ruleG) {
            this.f = f;
            this.g = g;
            this.set = set;
            this.ruleF = ruleF;
            this.ruleG = ruleG;
        }

        private int node(int p, int q, int s, int from, int symbol) {
            NumberDfa.IntArrayKey key = new NumberDfa.IntArrayKey(new int[] {p, q, s});
            Integer id = ids.get(key);
            if (id != null) {
                return id;
            }
            if (edges.size() >= MAX_STATES) {
                throw new TooLarge();
            }
            id = edges.size();
            ids.put(key, id);
            nodes.add(p);
            nodes.add(q);
            nodes.add(s);
            edges.add(null);
            parent.add(from);
            via.add(symbol);
            return id;
        }

        private boolean accepting(int node) {
            return set.accepts(nodes.get(3 * node + 2)) && f.endTags(nodes.get(3 * node)) >= 0
                    && g.endTags(nodes.get(3 * node + 1)) >= 0;
        }

        private String finalOutput(Machine m, int state) {
            return m.output(m.fired(state), m.endTags(state), -1);
        }

        Verdict run() {
            // 1. the product graph
            node(0, 0, 0, -1, -1);
            for (int x = 0; x < edges.size(); x++) {
                int p = nodes.get(3 * x);
                int q = nodes.get(3 * x + 1);
                int s = nodes.get(3 * x + 2);
                List<Edge> out = new ArrayList<>();
                Machine.Step[] fs = f.steps(p);
                Machine.Step[] gs = g.steps(q);
                for (int a = 0; a < NumberDfa.K; a++) {
                    int s2 = set.next(s, a);
                    if (s2 < 0) {
                        continue;
                    }
                    for (Machine.Step fstep : fs) {
                        int p2 = f.shape == null ? 0 : fstep.next()[a];
                        if (p2 < 0) {
                            continue;
                        }
                        for (Machine.Step gstep : gs) {
                            int q2 = g.shape == null ? 0 : gstep.next()[a];
                            if (q2 < 0) {
                                continue;
                            }
                            int target = node(p2, q2, s2, x, a);
                            out.add(new Edge(target, a, f.output(f.fired(p), fstep.tags(), a),
                                    g.output(g.fired(q), gstep.tags(), a)));
                        }
                    }
                }
                edges.set(x, out);
            }
            int size = edges.size();
            // 2. the nodes that can reach acceptance, and the first step towards it
            int[] toward = new int[size];
            Arrays.fill(toward, -2);
            List<List<long[]>> reverse = new ArrayList<>();
            for (int x = 0; x < size; x++) {
                reverse.add(new ArrayList<>());
            }
            for (int x = 0; x < size; x++) {
                for (int e = 0; e < edges.get(x).size(); e++) {
                    reverse.get(edges.get(x).get(e).target()).add(new long[] {x, e});
                }
            }
            ArrayDeque<Integer> todo = new ArrayDeque<>();
            for (int x = 0; x < size; x++) {
                if (accepting(x)) {
                    toward[x] = -1;
                    todo.add(x);
                }
            }
            while (!todo.isEmpty()) {
                int y = todo.poll();
                for (long[] edge : reverse.get(y)) {
                    int x = (int) edge[0];
                    if (toward[x] == -2) {
                        toward[x] = (int) edge[1];
                        todo.add(x);
                    }
                }
            }
            if (toward[0] == -2) {
                return Verdict.SAME; // no number of the set (cannot happen for a set both rules match)
            }
            // 3. delays: positive length = f ahead by that text, stored with a sign flag
            String[] delay = new String[size];
            boolean[] fAhead = new boolean[size];
            int[] from = new int[size];
            int[] by = new int[size];
            delay[0] = "";
            from[0] = -1;
            todo.add(0);
            while (!todo.isEmpty()) {
                int x = todo.poll();
                if (accepting(x)) {
                    Delay end = Delay.of(delay[x], fAhead[x], finalOutput(f, nodes.get(3 * x)),
                            finalOutput(g, nodes.get(3 * x + 1)));
                    if (end == null || !end.text.isEmpty()) {
                        return witness(path(from, by, x), null, x, toward);
                    }
                }
                for (Edge e : edges.get(x)) {
                    int y = e.target();
                    if (toward[y] == -2) {
                        continue;
                    }
                    Delay d = Delay.of(delay[x], fAhead[x], e.outF(), e.outG());
                    String pathX = null;
                    if (d == null) {
                        pathX = path(from, by, x) + NumberDfa.SYMBOLS.charAt(e.symbol());
                        return witness(pathX, null, y, toward);
                    }
                    if (delay[y] == null) {
                        delay[y] = d.text;
                        fAhead[y] = d.fAhead;
                        from[y] = x;
                        by[y] = e.symbol();
                        todo.add(y);
                    } else if (!delay[y].equals(d.text) || !delay[y].isEmpty() && fAhead[y] != d.fAhead) {
                        pathX = path(from, by, x) + NumberDfa.SYMBOLS.charAt(e.symbol());
                        return witness(pathX, path(from, by, y), y, toward);
                    }
                }
            }
            return Verdict.SAME;
        }

        private String path(int[] from, int[] by, int x) {
            StringBuilder sb = new StringBuilder();
            for (int y = x; from[y] >= 0; y = from[y]) {
                sb.append(NumberDfa.SYMBOLS.charAt(by[y]));
            }
            return sb.reverse().toString();
        }

        /** A number that shows the difference: one of the paths to {@code node}, completed to acceptance. */
        private Verdict witness(String first, String second, int node, int[] toward) {
            StringBuilder rest = new StringBuilder();
            for (int x = node; toward[x] >= 0; ) {
                Edge e = edges.get(x).get(toward[x]);
                rest.append(NumberDfa.SYMBOLS.charAt(e.symbol()));
                x = e.target();
            }
            for (String start : second == null ? List.of(first) : List.of(first, second)) {
                String w = start + rest;
                if (differ(ruleF, ruleG, w)) {
                    return Verdict.different(w);
                }
            }
            return Verdict.UNKNOWN; // the automata disagree with the matcher: claim nothing
        }
    }

    /** The numbers both automata accept, as a minimal automaton. */
    static NumberDfa intersection(NumberDfa a, NumberDfa b) {
        if (a.isEmpty() || b.isEmpty()) {
            return NumberDfa.EMPTY;
        }
        final int k = NumberDfa.K;
        LongIntMap ids = new LongIntMap(64);
        NumberDfa.IntList pairs = new NumberDfa.IntList();
        NumberDfa.IntList next = new NumberDfa.IntList();
        ids.putNew(NumberDfa.pairKey(0, 0), 0);
        pairs.add(0);
        pairs.add(0);
        for (int p = 0; p < pairs.size() / 2; p++) {
            int qa = pairs.get(2 * p);
            int qb = pairs.get(2 * p + 1);
            for (int s = 0; s < k; s++) {
                int ta = a.next(qa, s);
                int tb = b.next(qb, s);
                if (ta < 0 || tb < 0) {
                    next.add(-1);
                    continue;
                }
                long key = NumberDfa.pairKey(ta, tb);
                int id = ids.get(key);
                if (id < 0) {
                    id = pairs.size() / 2;
                    ids.putNew(key, id);
                    pairs.add(ta);
                    pairs.add(tb);
                }
                next.add(id);
            }
        }
        int n = pairs.size() / 2;
        boolean[] accept = new boolean[n];
        for (int p = 0; p < n; p++) {
            accept[p] = a.accepts(pairs.get(2 * p)) && b.accepts(pairs.get(2 * p + 1));
        }
        return NumberDfa.minimal(n, next.toArray(), accept, 0);
    }

    /** The part of one rule's result not yet matched by the other's. */
    private record Delay(String text, boolean fAhead) {

        /** The delay after f adds {@code outF} and g adds {@code outG}, or null when they contradict. */
        static Delay of(String delay, boolean fAhead, String outF, String outG) {
            String a = (fAhead ? delay : "") + outF;
            String b = (fAhead ? "" : delay) + outG;
            int common = Math.min(a.length(), b.length());
            if (!a.regionMatches(0, b, 0, common)) {
                return null;
            }
            return a.length() >= b.length() ? new Delay(a.substring(common), true) : new Delay(b.substring(common), false);
        }
    }
}
