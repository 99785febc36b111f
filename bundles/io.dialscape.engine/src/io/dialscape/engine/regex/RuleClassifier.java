package io.dialscape.engine.regex;

import java.util.Arrays;
import java.util.HashMap;

/**
 * A deterministic automaton over the number symbols that tells, for every number, which rule of a set of
 * rules takes it: a state's label is the rule that has matched the symbols read so far and wins among
 * those that have ({@code -1}: none). It is the product of the rules' automata, built one rule at a time:
 *
 * <ul>
 * <li>{@link #explore} forms the product with one more rule's automaton, appending only the states where
 * that rule is still alive (a pair whose rule part is dead is just the old state, shared), so adding an
 * anchored rule costs in proportion to its own automaton, not to the table;</li>
 * <li>the caller reads what it needs from the new states (which earlier rules take the new rule's
 * numbers, which numbers are left to it, witnesses), then {@link #commit commits} or
 * {@link #rollback rolls back};</li>
 * <li>when the automaton has grown enough since the last time, {@link #commit} minimizes it (states with
 * the same future labels merge), so its size follows the table's real complexity.</li>
 * </ul>
 *
 * <p>{@code earlierWins} decides priority: true for the forward pass (rules inserted in table order, an
 * earlier rule keeps its numbers), false for the backward pass (rules inserted from the end, the new
 * rule, which comes first in the table, takes its numbers).
 */
final class RuleClassifier {

    /** The analysis gives up (see NormalizationAnalyzer) rather than exceed this many states. */
    static final int MAX_STATES = 2_000_000;

    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final int K = NumberDfa.K;

    private final boolean earlierWins;
    private int[] next = new int[1024 * K];
    private int[] label = new int[1024];
    private int size;
    private int initial = -1;
    private int sizeAfterMinimize;

    // the exploration in progress: new states size0.. with their (old state, rule state) pairs
    private int size0;
    private int newInitial;
    private int[] pairOld = new int[256];
    private int[] pairRule = new int[256];
    private NumberDfa rule;
    private int ruleIndex;

    RuleClassifier(boolean earlierWins) {
        this.earlierWins = earlierWins;
    }

    int size() {
        return size;
    }

    int initial() {
        return initial;
    }

    int next(int state, int symbol) {
        return next[state * K + symbol];
    }

    int label(int state) {
        return label[state];
    }

    /**
     * Forms the product with {@code dfa} (the language of rule {@code index}); the new states are
     * {@link #newStates()} and the product's initial state is {@link #newInitial()}.
     */
    void explore(NumberDfa dfa, int index) {
        this.rule = dfa;
        this.ruleIndex = index;
        this.size0 = size;
        if (dfa.isEmpty()) {
            newInitial = initial;
            return;
        }
        HashMap<Long, Integer> ids = new HashMap<>();
        newInitial = pairState(initial, 0, ids);
        for (int s = size0; s < size; s++) {
            int c = pairOld[s - size0];
            int q = pairRule[s - size0];
            for (int a = 0; a < K; a++) {
                int c2 = c < 0 ? -1 : next[c * K + a];
                int q2 = dfa.next(q, a);
                int target = q2 < 0 ? c2 : pairState(c2, q2, ids); // may grow the arrays
                next[s * K + a] = target;
            }
        }
    }

    private int pairState(int c, int q, HashMap<Long, Integer> ids) {
        long key = NumberDfa.pairKey(c, q);
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        int s = size;
        if (s >= MAX_STATES) {
            throw new TooLargeException();
        }
        ensure(s + 1);
        int p = s - size0;
        if (p >= pairOld.length) {
            pairOld = Arrays.copyOf(pairOld, pairOld.length * 2);
            pairRule = Arrays.copyOf(pairRule, pairRule.length * 2);
        }
        pairOld[p] = c;
        pairRule[p] = q;
        int old = c < 0 ? -1 : label[c];
        boolean accepts = rule.accepts(q);
        label[s] = earlierWins ? (old >= 0 ? old : accepts ? ruleIndex : -1) : (accepts ? ruleIndex : old);
        ids.put(key, s);
        size = s + 1;
        return s;
    }

    private void ensure(int states) {
        if (states > label.length) {
            int cap = Math.max(states, label.length * 2);
            label = Arrays.copyOf(label, cap);
            next = Arrays.copyOf(next, cap * K);
        }
    }

    int newInitial() {
        return newInitial;
    }

    /** The first new state; the new states are {@code newStates()..size()-1}. */
    int newStates() {
        return size0;
    }

    /** The state of the classifier before the exploration, paired with new state {@code s} (-1: none). */
    int oldPart(int s) {
        return pairOld[s - size0];
    }

    /** The state of the explored rule's automaton paired with new state {@code s}. */
    int rulePart(int s) {
        return pairRule[s - size0];
    }

    /** The label state {@code c} of the classifier had before the exploration ({@code -1} for none). */
    int oldLabel(int c) {
        return c < 0 ? -1 : label[c];
    }

    interface PairPredicate {
        boolean test(int oldState, int ruleState);
    }

    /**
     * The numbers of the explored rule for which {@code accept(old state, rule state)} holds at their end:
     * the subgraph of new states (moves that leave the rule's automaton lead nowhere), minimized.
     */
    NumberDfa restrict(PairPredicate accept) {
        if (rule.isEmpty()) {
            return NumberDfa.EMPTY;
        }
        int n = size - size0;
        int[] t = new int[n * K];
        boolean[] acc = new boolean[n];
        for (int s = 0; s < n; s++) {
            acc[s] = rule.accepts(pairRule[s]) && accept.test(pairOld[s], pairRule[s]);
            for (int a = 0; a < K; a++) {
                int target = next[(s + size0) * K + a];
                t[s * K + a] = target >= size0 ? target - size0 : -1;
            }
        }
        return NumberDfa.minimal(n, t, acc, newInitial - size0);
    }

    /** Keeps the explored product as the new classifier. */
    void commit() {
        initial = newInitial;
        rule = null;
        if (size > 2 * sizeAfterMinimize + 4096) {
            minimize();
        }
    }

    /** Forgets the explored product. */
    void rollback() {
        size = size0;
        rule = null;
    }

    /**
     * Calls {@code visitor} for every pair (state of {@code dfa}, state of the classifier) reachable
     * together where the dfa state accepts; stops early when it returns false. Does not change anything.
     */
    boolean forEachAcceptingPair(NumberDfa dfa, PairVisitor visitor) {
        if (dfa.isEmpty()) {
            return true;
        }
        HashMap<Long, Boolean> seen = new HashMap<>();
        NumberDfa.IntList todo = new NumberDfa.IntList();
        seen.put(NumberDfa.pairKey(0, initial), Boolean.TRUE);
        todo.add(0);
        todo.add(initial);
        for (int i = 0; i < todo.size(); i += 2) {
            int q = todo.get(i);
            int c = todo.get(i + 1);
            if (dfa.accepts(q) && !visitor.visit(q, c)) {
                return false;
            }
            for (int a = 0; a < K; a++) {
                int q2 = dfa.next(q, a);
                if (q2 < 0) {
                    continue;
                }
                int c2 = c < 0 ? -1 : next[c * K + a];
                if (seen.putIfAbsent(NumberDfa.pairKey(q2, c2), Boolean.TRUE) == null) {
                    todo.add(q2);
                    todo.add(c2);
                }
            }
        }
        return true;
    }

    interface PairVisitor {
        boolean visit(int dfaState, int classifierState);
    }

    /** Merges states with the same future labels and drops unreachable ones. */
    void minimize() {
        if (initial < 0) {
            return;
        }
        boolean[] accept = new boolean[size];
        for (int s = 0; s < size; s++) {
            accept[s] = label[s] >= 0;
        }
        boolean[] live = NumberDfa.liveStates(size, next, accept, initial);
        int[] initialClass = new int[size];
        for (int s = 0; s < size; s++) {
            initialClass[s] = live[s] ? label[s] + 1 : -1;
        }
        if (!live[initial]) {
            size = 0;
            initial = -1;
            sizeAfterMinimize = 0;
            return;
        }
        int[] cls = NumberDfa.refine(size, next, initialClass);
        int classes = 0;
        for (int c : cls) {
            classes = Math.max(classes, c + 1);
        }
        int[] representative = new int[classes];
        Arrays.fill(representative, -1);
        for (int s = 0; s < size; s++) {
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
            int s = representative[queue[head++]];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                if (t >= 0 && cls[t] >= 0 && order[cls[t]] < 0) {
                    order[cls[t]] = tail;
                    queue[tail++] = cls[t];
                }
            }
        }
        int m = tail;
        int[] newNext = new int[Math.max(m, 1024) * K];
        int[] newLabel = new int[Math.max(m, 1024)];
        for (int i = 0; i < m; i++) {
            int s = representative[queue[i]];
            newLabel[i] = label[s];
            for (int a = 0; a < K; a++) {
                int t = next[s * K + a];
                newNext[i * K + a] = t < 0 || cls[t] < 0 ? -1 : order[cls[t]];
            }
        }
        if (Boolean.getBoolean("dialscape.debug")) System.err.println("minimize " + size + " -> " + m + " (earlierWins " + earlierWins + ")");
        next = newNext;
        label = newLabel;
        size = m;
        initial = 0;
        sizeAfterMinimize = m;
    }
}
