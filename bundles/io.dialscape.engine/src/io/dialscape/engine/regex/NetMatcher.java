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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * .NET's {@code Regex.Match} in time linear in the input: a Pike VM (Thompson's simulation with thread
 * priority) over a program whose paths, in priority order, are the paths .NET's backtracking interpreter
 * tries, in the same order. The first thread to match, among those started at the leftmost position that
 * has a match, is .NET's match, captures included.
 *
 * <p><b>Loops.</b> .NET ends a loop on an iteration that matched nothing once the minimum count is reached
 * (RegexInterpreter's Branchmark, Branchcount, Lazybranchmark, Lazybranchcount): greedy, after iteration
 * {@code i} it tries another (when {@code i < max} and the iteration was not empty, or always while
 * {@code i < min}), then leaves (when {@code i >= min}); lazy, the other way round. Counted loops are
 * unrolled ({@code X{2,4}} is {@code X X (X (X)?)?} with the iterations that may end the loop guarded), so
 * the count is part of the program state. A loop whose body always reads a character needs no guard and
 * is compiled as usual. Whether the current iteration of a loop is still empty is part
 * of the thread state: a thread is at {@code (pc, e)}, where the loop levels enclosing {@code pc} deeper
 * than {@code e} began their current iteration at the current position (these are always the innermost
 * ones). Reading a character sets {@code e} to the depth; a GUARD at the end of an iteration of level
 * {@code d} sees an empty iteration when {@code e < d}. Two threads at the same {@code (pc, e)} and
 * position have the same future, so the lower-priority one is dropped, as in any Pike VM.
 *
 * <p><b>Look-ahead.</b> Whether {@code (?=X)} holds at each position is computed before matching, from the
 * end of the input backwards ({@code X}'s states that can reach its end from there), innermost
 * look-aheads first; in the simulation an assertion is then an empty move taken or not. .NET's positive
 * look-ahead is atomic: its groups hold {@code X}'s first match at that position. A thread notes where it
 * passed each positive look-ahead with groups, and once the match is known those groups are computed by an
 * anchored run of {@code X} there. (A look-ahead repeated by a quantifier and holding groups is rejected by
 * the parser: its groups could come from any earlier pass.) Groups inside a negative look-ahead never take
 * part.
 *
 * <p>Time: O(input length x program size x loop depth) per match.
 */
final class NetMatcher {

    private static final int CHAR = 0;
    private static final int SPLIT = 1;
    private static final int SAVE = 2;
    private static final int BEGIN = 3;
    private static final int END = 4;
    private static final int ENTER = 5;
    private static final int GUARD = 6;
    private static final int ASSERT = 7;
    private static final int MATCH = 8;

    /** Largest program accepted (counted repeats are unrolled). */
    static final int MAX_STATES = 50_000;

    private int[] op = new int[64];
    private int[] x = new int[64];
    private int[] y = new int[64];
    private int[] depth = new int[64];
    private boolean[] lazy = new boolean[64];
    private CodePointSet[] set = new CodePointSet[64];
    private int n;

    private final int groupCount;
    private final int slots;
    private int start;
    private final int[] laStart;
    private final int[] laFirst;
    private final int[] laEnd;
    private final boolean[] laNegative;
    /** Groups inside each look-ahead (nested ones included); null for none or a negative one. */
    private final int[][] laGroups;
    /** Offset of each state's first (pc, e) id. */
    private int[] base;
    private int ids;
    /** For the backward pass: the empty-move predecessors of every state. */
    private int[][] predecessors;

    private NetMatcher(int groupCount, int lookAheads) {
        this.groupCount = groupCount;
        this.slots = 2 * (groupCount + 1) + lookAheads;
        laStart = new int[lookAheads];
        laFirst = new int[lookAheads];
        laEnd = new int[lookAheads];
        laNegative = new boolean[lookAheads];
        laGroups = new int[lookAheads][];
    }

    /** Compiles a parsed pattern; throws when the unrolled program would exceed {@link #MAX_STATES}. */
    static NetMatcher compile(NetRegexParser.Parsed parsed) throws NumberLanguage.TooComplexException {
        NetMatcher m = new NetMatcher(parsed.groupCount(), parsed.lookAheadCount());
        List<LookAhead> pending = new ArrayList<>();
        int match = m.emit(MATCH, -1, -1, 0);
        m.start = m.compile(parsed.root(), match, 0, pending);
        LookAhead[] byIndex = new LookAhead[parsed.lookAheadCount()];
        for (int i = 0; i < pending.size(); i++) {
            LookAhead l = pending.get(i);
            if (byIndex[l.index()] != null) {
                continue; // the same look-ahead in another copy of a counted repeat
            }
            byIndex[l.index()] = l;
            m.laFirst[l.index()] = m.n;
            int end = m.emit(MATCH, -1, -1, 0);
            m.laStart[l.index()] = m.compile(l.body(), end, 0, pending);
            m.laEnd[l.index()] = m.n;
            m.laNegative[l.index()] = l.negative();
        }
        for (LookAhead l : byIndex) {
            if (!l.negative()) {
                List<Integer> groups = new ArrayList<>();
                groupsIn(l.body(), groups);
                m.laGroups[l.index()] = groups.isEmpty() ? null : groups.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        m.base = new int[m.n + 1];
        for (int pc = 0; pc < m.n; pc++) {
            m.base[pc + 1] = m.base[pc] + m.depth[pc] + 1;
        }
        m.ids = m.base[m.n];
        if (parsed.lookAheadCount() > 0) {
            m.predecessors = m.predecessors();
        }
        return m;
    }

    private static void groupsIn(RegexNode node, List<Integer> out) {
        if (node instanceof Group g) {
            if (g.number() > 0) {
                out.add(g.number());
            }
            groupsIn(g.body(), out);
        } else if (node instanceof Concat c) {
            c.items().forEach(item -> groupsIn(item, out));
        } else if (node instanceof Alternation a) {
            a.alternatives().forEach(item -> groupsIn(item, out));
        } else if (node instanceof Repeat r) {
            groupsIn(r.body(), out);
        } else if (node instanceof LookAhead l) {
            groupsIn(l.body(), out);
        }
    }

    // ------------------------------------------------------------------ compilation

    private int emit(int kind, int out1, int out2, int d) throws NumberLanguage.TooComplexException {
        if (n == op.length) {
            if (n >= MAX_STATES) {
                throw new NumberLanguage.TooComplexException("its matcher needs more than " + MAX_STATES + " states");
            }
            int size = Math.min(n * 2, MAX_STATES);
            op = Arrays.copyOf(op, size);
            x = Arrays.copyOf(x, size);
            y = Arrays.copyOf(y, size);
            depth = Arrays.copyOf(depth, size);
            lazy = Arrays.copyOf(lazy, size);
            set = Arrays.copyOf(set, size);
        }
        op[n] = kind;
        x[n] = out1;
        y[n] = out2;
        depth[n] = d;
        return n++;
    }

    /** Compiles {@code node} at loop depth {@code d} to continue with {@code next}; returns its entry. */
    private int compile(RegexNode node, int next, int d, List<LookAhead> pending)
            throws NumberLanguage.TooComplexException {
        if (node instanceof Empty) {
            return next;
        } else if (node instanceof Chars c) {
            int s = emit(CHAR, next, -1, d);
            set[s] = c.set();
            return s;
        } else if (node instanceof Begin) {
            return emit(BEGIN, next, -1, d);
        } else if (node instanceof End) {
            return emit(END, next, -1, d);
        } else if (node instanceof Group g) {
            if (g.number() == 0) {
                return compile(g.body(), next, d, pending);
            }
            int close = emit(SAVE, next, 2 * g.number() + 1, d);
            int body = compile(g.body(), close, d, pending);
            return emit(SAVE, body, 2 * g.number(), d);
        } else if (node instanceof LookAhead l) {
            pending.add(l);
            return emit(ASSERT, next, l.index(), d);
        } else if (node instanceof Concat c) {
            int k = next;
            for (int i = c.items().size() - 1; i >= 0; i--) {
                k = compile(c.items().get(i), k, d, pending);
            }
            return k;
        } else if (node instanceof Alternation a) {
            int k = compile(a.alternatives().get(a.alternatives().size() - 1), next, d, pending);
            for (int i = a.alternatives().size() - 2; i >= 0; i--) {
                int alternative = compile(a.alternatives().get(i), next, d, pending);
                k = emit(SPLIT, alternative, k, d);
            }
            return k;
        } else if (node instanceof Repeat r) {
            return compileRepeat(r, next, d, pending);
        }
        throw new IllegalArgumentException(String.valueOf(node));
    }

    /**
     * Iterations 1 to min-1 are plain copies; every later iteration that may end the loop is a guarded
     * copy (ENTER, body one level deeper, GUARD choosing between another iteration and the exit); the
     * max-th iteration of a counted loop is plain again, since nothing follows it but the exit.
     */
    private int compileRepeat(Repeat r, int next, int d, List<LookAhead> pending)
            throws NumberLanguage.TooComplexException {
        int min = r.min();
        int max = r.max();
        if (max == 0) {
            return next;
        }
        int entry;
        if (max != Repeat.UNBOUNDED && min == max) {
            entry = next;
            for (int i = 0; i < min; i++) {
                entry = compile(r.body(), entry, d, pending);
            }
            return entry;
        }
        if (!PikeProgram.nullable(r.body())) {
            return compilePlainRepeat(r, next, d, pending);
        }
        int firstGuarded = Math.max(min, 1);
        if (max == Repeat.UNBOUNDED) {
            int enter = emit(ENTER, -1, -1, d);
            int guard = guard(enter, next, r.lazy(), d + 1);
            int body = compile(r.body(), guard, d + 1, pending); // may grow the arrays: assign afterwards
            x[enter] = body;
            entry = enter;
        } else {
            entry = compile(r.body(), next, d, pending); // the max-th iteration
            for (int i = max - 1; i >= firstGuarded; i--) {
                int enter = emit(ENTER, -1, -1, d);
                int guard = guard(entry, next, r.lazy(), d + 1);
                int body = compile(r.body(), guard, d + 1, pending); // may grow the arrays: assign afterwards
                x[enter] = body;
                entry = enter;
            }
        }
        if (min == 0) {
            // iteration 0 counts as non-empty (Nullmark, Nullcount): the loop may start
            entry = r.lazy() ? emit(SPLIT, next, entry, d) : emit(SPLIT, entry, next, d);
        }
        for (int i = 1; i < min; i++) {
            entry = compile(r.body(), entry, d, pending);
        }
        return entry;
    }

    /** A loop whose body always reads a character: no iteration is ever empty, so no guard is needed. */
    private int compilePlainRepeat(Repeat r, int next, int d, List<LookAhead> pending)
            throws NumberLanguage.TooComplexException {
        int entry;
        if (r.max() == Repeat.UNBOUNDED) {
            int loop = emit(SPLIT, -1, -1, d);
            int body = compile(r.body(), loop, d, pending); // may grow the arrays: assign afterwards
            if (r.lazy()) {
                x[loop] = next;
                y[loop] = body;
            } else {
                x[loop] = body;
                y[loop] = next;
            }
            entry = r.min() == 0 ? loop : body;
            for (int i = 1; i < r.min(); i++) {
                entry = compile(r.body(), entry, d, pending);
            }
            return entry;
        }
        entry = next;
        for (int i = r.min(); i < r.max(); i++) {
            int body = compile(r.body(), entry, d, pending);
            entry = r.lazy() ? emit(SPLIT, next, body, d) : emit(SPLIT, body, next, d);
        }
        for (int i = 0; i < r.min(); i++) {
            entry = compile(r.body(), entry, d, pending);
        }
        return entry;
    }

    private int guard(int iterate, int exit, boolean isLazy, int d) throws NumberLanguage.TooComplexException {
        int g = emit(GUARD, iterate, exit, d);
        lazy[g] = isLazy;
        return g;
    }

    private int[][] predecessors() {
        int[] count = new int[n];
        for (int pc = 0; pc < n; pc++) {
            if (op[pc] != CHAR && op[pc] != MATCH) {
                count[x[pc]]++;
                if (op[pc] == SPLIT || op[pc] == GUARD) {
                    count[y[pc]]++;
                }
            }
        }
        int[][] pred = new int[n][];
        for (int pc = 0; pc < n; pc++) {
            pred[pc] = new int[count[pc]];
        }
        Arrays.fill(count, 0);
        for (int pc = 0; pc < n; pc++) {
            if (op[pc] != CHAR && op[pc] != MATCH) {
                pred[x[pc]][count[x[pc]]++] = pc;
                if (op[pc] == SPLIT || op[pc] == GUARD) {
                    pred[y[pc]][count[y[pc]]++] = pc;
                }
            }
        }
        return pred;
    }

    // ------------------------------------------------------------------ matching

    /**
     * The leftmost match in {@code input}: start and end of the match and of every group (-1 for a group
     * that took no part), in chars; null when there is none.
     */
    int[] match(String input) {
        int[] cps = input.codePoints().toArray();
        boolean[][] tables = laStart.length == 0 ? null : lookAheadTables(cps);
        int[] caps = run(cps, tables, start, -1);
        if (caps == null) {
            return null;
        }
        int[] offsets = new int[cps.length + 1];
        for (int i = 0; i < cps.length; i++) {
            offsets[i + 1] = offsets[i] + Character.charCount(cps[i]);
        }
        int[] spans = new int[2 * (groupCount + 1)];
        for (int i = 0; i < spans.length; i++) {
            spans[i] = caps[i] < 0 ? -1 : offsets[caps[i]];
        }
        for (int g = 1; g <= groupCount; g++) {
            if (spans[2 * g] < 0 || spans[2 * g + 1] < 0) {
                spans[2 * g] = -1;
                spans[2 * g + 1] = -1;
            }
        }
        return spans;
    }

    /**
     * The Pike VM from {@code entry}: unanchored (a new attempt at every position until one matches) when
     * {@code anchor < 0}, else only at {@code anchor}. Returns the capture slots (in code points), with
     * the groups of positive look-aheads filled in. Captures are copied as ints between preallocated
     * arrays rather than shared, so the inner loop allocates nothing.
     */
    private int[] run(int[] cps, boolean[][] tables, int entry, int anchor) {
        int len = cps.length;
        Vm vm = new Vm(cps, tables);
        ThreadList clist = new ThreadList(slots);
        ThreadList nlist = new ThreadList(slots);
        int[] best = null;
        boolean restart = anchor < 0 && !anchoredAtStart(entry);
        for (int pos = anchor < 0 ? 0 : anchor; pos <= len; pos++) {
            if (best == null && (pos == Math.max(anchor, 0) || restart)) {
                vm.start(clist, entry, pos);
            }
            if (clist.size == 0) {
                if (best != null || !restart) {
                    break;
                }
                vm.reached.clear();
                continue;
            }
            nlist.size = 0;
            vm.reached.clear();
            int c = pos < len ? cps[pos] : -1;
            for (int i = 0; i < clist.size; i++) {
                int pc = clist.pc[i];
                if (op[pc] == MATCH) {
                    best = Arrays.copyOfRange(clist.data, i * slots, (i + 1) * slots);
                    best[1] = pos;
                    break; // lower-priority threads are cut
                }
                if (c >= 0 && set[pc].contains(c)) {
                    int to = x[pc];
                    vm.add(nlist, to, depth[to], clist.data, i * slots, pos + 1);
                }
            }
            ThreadList t = clist;
            clist = nlist;
            nlist = t;
        }
        if (best != null && tables != null) {
            for (int a = 0; a < laStart.length; a++) {
                int at = best[2 * (groupCount + 1) + a];
                if (laGroups[a] != null && at >= 0) {
                    int[] inner = run(cps, tables, laStart[a], at);
                    for (int g : laGroups[a]) {
                        best[2 * g] = inner[2 * g];
                        best[2 * g + 1] = inner[2 * g + 1];
                    }
                }
            }
        }
        return best;
    }

    /** Whether every path from {@code entry} passes a {@code ^} before reading or matching anything. */
    private boolean anchoredAtStart(int entry) {
        boolean[] seen = new boolean[n];
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = entry;
        while (sp > 0) {
            int pc = stack[--sp];
            if (seen[pc]) {
                continue;
            }
            seen[pc] = true;
            switch (op[pc]) {
                case BEGIN -> {
                }
                case CHAR, MATCH -> {
                    return false;
                }
                case SPLIT, GUARD -> {
                    stack[sp++] = x[pc];
                    stack[sp++] = y[pc];
                }
                default -> stack[sp++] = x[pc];
            }
        }
        return true;
    }

    /**
     * The closure of one thread: a {@link ThreadStack} of (state, loop level, capture frame), the frames held
     * in one int array that is reused from one call to the next; {@link #reached} holds the (state, loop
     * level) ids the list being filled already has (emptied when the run starts filling another list).
     */
    private final class Vm {
        private final int[] cps;
        private final boolean[][] tables;
        final StampSet reached = new StampSet(ids);
        private final ThreadStack stack = new ThreadStack();
        private int[] frames = new int[8 * slots];
        private int frameCount;

        Vm(int[] cps, boolean[][] tables) {
            this.cps = cps;
            this.tables = tables;
        }

        /** Adds a new attempt at {@code pos}: every slot unset but the start of the match. */
        void start(ThreadList list, int entry, int pos) {
            frameCount = 1;
            Arrays.fill(frames, 0, slots, -1);
            frames[0] = pos;
            closure(list, entry, 0, pos);
        }

        void add(ThreadList list, int pc, int e, int[] caps, int offset, int pos) {
            frameCount = 1;
            System.arraycopy(caps, offset, frames, 0, slots);
            closure(list, pc, e, pos);
        }

        private int copyFrame(int frame) {
            if ((frameCount + 1) * slots > frames.length) {
                frames = Arrays.copyOf(frames, frames.length * 2);
            }
            System.arraycopy(frames, frame * slots, frames, frameCount * slots, slots);
            return frameCount++;
        }

        /** Follows empty moves from {@code (pc0, e0)} with frame 0, in priority order, adding CHAR and MATCH threads. */
        private void closure(ThreadList list, int pc0, int e0, int pos) {
            int len = cps.length;
            ThreadStack stack = this.stack;
            stack.clear();
            stack.push(pc0, e0, 0);
            while (!stack.isEmpty()) {
                stack.pop();
                int pc = stack.pc;
                int e = stack.a;
                int f = stack.b;
                if (!reached.add(base[pc] + e)) {
                    continue;
                }
                switch (op[pc]) {
                    case CHAR, MATCH -> list.add(pc, frames, f * slots);
                    case SPLIT -> {
                        stack.push(y[pc], e, f);
                        stack.push(x[pc], e, f);
                    }
                    case SAVE -> {
                        if (frames[f * slots + y[pc]] != pos) {
                            f = copyFrame(f);
                            frames[f * slots + y[pc]] = pos;
                        }
                        stack.push(x[pc], e, f);
                    }
                    case BEGIN -> {
                        if (pos == 0) {
                            stack.push(x[pc], e, f);
                        }
                    }
                    case END -> {
                        if (pos == len) {
                            stack.push(x[pc], e, f);
                        }
                    }
                    case ENTER -> stack.push(x[pc], e, f);
                    case GUARD -> {
                        int d = depth[pc];
                        int out = Math.min(e, d - 1);
                        if (e < d) {
                            stack.push(y[pc], out, f); // an empty iteration ends the loop
                        } else if (lazy[pc]) {
                            stack.push(x[pc], out, f);
                            stack.push(y[pc], out, f);
                        } else {
                            stack.push(y[pc], out, f);
                            stack.push(x[pc], out, f);
                        }
                    }
                    case ASSERT -> {
                        int a = y[pc];
                        if (tables[a][pos] != laNegative[a]) {
                            if (laGroups[a] != null) {
                                f = copyFrame(f);
                                frames[f * slots + 2 * (groupCount + 1) + a] = pos;
                            }
                            stack.push(x[pc], e, f);
                        }
                    }
                    default -> throw new IllegalStateException("op " + op[pc]);
                }
            }
        }
    }

    // ------------------------------------------------------------------ look-ahead tables

    /** For every look-ahead and position: whether its body matches there (innermost look-aheads first). */
    private boolean[][] lookAheadTables(int[] cps) {
        int len = cps.length;
        boolean[][] tables = new boolean[laStart.length][];
        for (int a = laStart.length - 1; a >= 0; a--) {
            int first = laFirst[a];
            int size = laEnd[a] - first;
            boolean[] table = new boolean[len + 1];
            boolean[] next = new boolean[size];
            boolean[] cur = new boolean[size];
            int[] work = new int[size];
            for (int pos = len; pos >= 0; pos--) {
                Arrays.fill(cur, false);
                int w = 0;
                for (int pc = first; pc < first + size; pc++) {
                    boolean base = op[pc] == MATCH
                            || (op[pc] == CHAR && pos < len && set[pc].contains(cps[pos]) && next[x[pc] - first]);
                    if (base) {
                        cur[pc - first] = true;
                        work[w++] = pc;
                    }
                }
                while (w > 0) {
                    int t = work[--w];
                    for (int s : predecessors[t]) {
                        if (!cur[s - first] && holds(s, pos, len, tables)) {
                            cur[s - first] = true;
                            work[w++] = s;
                        }
                    }
                }
                table[pos] = cur[laStart[a] - first];
                boolean[] swap = next;
                next = cur;
                cur = swap;
            }
            tables[a] = table;
        }
        return tables;
    }

    /** Whether the empty move out of {@code pc} may be taken at {@code pos}. */
    private boolean holds(int pc, int pos, int len, boolean[][] tables) {
        return switch (op[pc]) {
            case BEGIN -> pos == 0;
            case END -> pos == len;
            case ASSERT -> tables[y[pc]][pos] != laNegative[y[pc]];
            default -> true;
        };
    }
}
