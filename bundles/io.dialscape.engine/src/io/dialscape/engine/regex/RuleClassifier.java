package io.dialscape.engine.regex;

import java.util.Arrays;
import java.util.List;

/**
 * An automaton over the number symbols that tells, for every number, which rule of a set takes it: the
 * label of the state a number leads to is the rule that wins among those matching it ({@code -1}: none).
 * It is the product of the rules' own automata, represented so that adding a rule costs O(1) and only the
 * parts that queries walk through are ever built:
 *
 * <ul>
 * <li>a state is a chain of (rule, state of that rule's automaton) entries, one per rule still alive
 * after the symbols read, the newest rule on top, hash-consed so equal chains are one state; adding a
 * rule makes the new initial state "the old one plus the new rule at its initial state";</li>
 * <li>transitions are computed on first use and remembered: the successor of a chain is the successor of
 * the chain below its top entry, plus the top entry's successor if that rule is still alive, so a rule
 * whose automaton dies disappears from the chains, and a query for an anchored rule touches only the
 * chains of the rules sharing its prefixes;</li>
 * <li>a rule that can no longer lose (its automaton has reached the state that accepts every
 * continuation, as an unanchored pattern does once it has matched) removes the rules below it in
 * priority from the chain.</li>
 * </ul>
 *
 * <p>{@code earlierWins}: true for the forward pass (rules added in table order; the earliest matching
 * rule wins), false for the backward pass (rules added from the last one; the newest, i.e. earliest in
 * the table, wins).
 */
final class RuleClassifier {

    /** By default, the analysis gives up (see NormalizationAnalyzer) rather than build more states than this. */
    static final int MAX_STATES = 1_000_000;

    static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final int K = NumberDfa.K;
    private static final int UNKNOWN = -2;

    private final boolean earlierWins;
    private final int maxStates;
    private final List<NumberDfa> automata;
    private final int[] universal;

    /** Per state: the chain below, the top entry's rule and automaton state, the label, the winner so far. */
    private int[] below = new int[1024];
    private int[] rule = new int[1024];
    private int[] ruleState = new int[1024];
    private int[] label = new int[1024];
    /** Forward: the lowest rule in the chain that accepts every continuation (Integer.MAX_VALUE if none). */
    private int[] settled = new int[1024];
    private int[] next = new int[1024 * K];
    private int size;
    private int initial = -1;
    /** (chain below, rule, automaton state) to state. */
    private final LongIntMap interned = new LongIntMap(1024);
    private int[] stack = new int[64];

    /**
     * @param automata  the rules' automata, by rule index (null or empty for rules never added)
     * @param maxStates the most states this classifier and any product with it may have
     */
    RuleClassifier(boolean earlierWins, List<NumberDfa> automata, int maxStates) {
        this.earlierWins = earlierWins;
        this.maxStates = maxStates;
        this.automata = automata;
        this.universal = new int[automata.size()];
        for (int r = 0; r < automata.size(); r++) {
            universal[r] = universalState(automata.get(r));
        }
    }

    /** The state that accepts every continuation over {@code 0-9 * #}, or -1. */
    private static int universalState(NumberDfa dfa) {
        if (dfa == null) {
            return -1;
        }
        for (int q = 0; q < dfa.size(); q++) {
            if (dfa.accepts(q) && dfa.next(q, NumberDfa.PLUS) < 0) {
                boolean loops = true;
                for (int a = 0; a < K && loops; a++) {
                    loops = a == NumberDfa.PLUS || dfa.next(q, a) == q;
                }
                if (loops) {
                    return q;
                }
            }
        }
        return -1;
    }

    /** Adds rule {@code r} (below the others in priority when {@code earlierWins}, above otherwise). */
    void add(int r) {
        NumberDfa dfa = automata.get(r);
        if (!dfa.isEmpty()) {
            initial = chain(initial, r, 0);
        }
    }

    /** The rule that takes {@code number} ({@code -1}: none), building only the states along its path. */
    int owner(String number) {
        int state = initial;
        for (int i = 0; i < number.length() && state >= 0; i++) {
            int symbol = NumberDfa.symbol(number.charAt(i));
            state = symbol < 0 ? -1 : next(state, symbol);
        }
        return label(state);
    }

    /** The rule that wins for the numbers ending in {@code state} ({@code -1} for none or state -1). */
    int label(int state) {
        return state < 0 ? -1 : label[state];
    }

    /** The successor of {@code state} (-1: no rule can match any more) on {@code symbol}. */
    int next(int state, int symbol) {
        if (state < 0) {
            return -1;
        }
        int t = next[state * K + symbol];
        if (t != UNKNOWN) {
            return t;
        }
        // walk down to the first chain whose successor is known, then rebuild upwards
        int sp = 0;
        int m = state;
        while (m >= 0 && next[m * K + symbol] == UNKNOWN) {
            if (sp == stack.length) {
                stack = Arrays.copyOf(stack, sp * 2);
            }
            stack[sp++] = m;
            m = below[m];
        }
        int result = m < 0 ? -1 : next[m * K + symbol];
        while (sp > 0) {
            m = stack[--sp];
            int q2 = automata.get(rule[m]).next(ruleState[m], symbol);
            result = q2 < 0 ? result : chain(result, rule[m], q2);
            next[m * K + symbol] = result;
        }
        return result;
    }

    /** The chain {@code rest} with rule {@code r} in state {@code q} on top. */
    private int chain(int rest, int r, int q) {
        boolean isUniversal = q == universal[r];
        if (earlierWins) {
            if (rest >= 0 && settled[rest] < r) {
                return rest; // an earlier rule has already won every continuation
            }
        } else if (isUniversal) {
            rest = -1; // this rule wins every continuation: the later ones no longer matter
        }
        long key = ((long) (rest + 1) << 41) | ((long) r << 20) | q;
        int known = interned.get(key);
        if (known >= 0) {
            return known;
        }
        int s = size;
        if (s >= maxStates) {
            throw new TooLargeException();
        }
        if (s == below.length) {
            int cap = s * 2;
            below = Arrays.copyOf(below, cap);
            rule = Arrays.copyOf(rule, cap);
            ruleState = Arrays.copyOf(ruleState, cap);
            label = Arrays.copyOf(label, cap);
            settled = Arrays.copyOf(settled, cap);
            next = Arrays.copyOf(next, cap * K);
        }
        below[s] = rest;
        rule[s] = r;
        ruleState[s] = q;
        boolean accepts = automata.get(r).accepts(q);
        int old = rest < 0 ? -1 : label[rest];
        label[s] = earlierWins ? (old >= 0 ? old : accepts ? r : -1) : (accepts ? r : old);
        settled[s] = Math.min(rest < 0 ? Integer.MAX_VALUE : settled[rest], isUniversal ? r : Integer.MAX_VALUE);
        Arrays.fill(next, s * K, s * K + K, UNKNOWN);
        size = s + 1;
        interned.putNew(key, s);
        return s;
    }

    /** The product of {@code dfa} with this classifier, from their initial states, explored breadth first. */
    Product product(NumberDfa dfa) {
        return new Product(dfa);
    }

    /**
     * The pairs (state of a rule's automaton, classifier state) reachable together; pairs whose automaton
     * state is dead are left out, so this is the rule's own language annotated with who takes each number.
     */
    final class Product {
        final NumberDfa dfa;
        final NumberDfa.IntList pairs = new NumberDfa.IntList();
        final NumberDfa.IntList transitions = new NumberDfa.IntList();
        /** Per pair: the pair it was first reached from, and on which symbol (breadth first: shortest paths). */
        final NumberDfa.IntList parent = new NumberDfa.IntList();
        final NumberDfa.IntList via = new NumberDfa.IntList();

        Product(NumberDfa dfa) {
            this.dfa = dfa;
            if (dfa.isEmpty()) {
                return;
            }
            LongIntMap ids = new LongIntMap(64);
            ids.putNew(NumberDfa.pairKey(0, initial), 0);
            pairs.add(0);
            pairs.add(initial);
            parent.add(-1);
            via.add(-1);
            for (int p = 0; p < size(); p++) {
                int q = dfaState(p);
                int c = classifierState(p);
                for (int a = 0; a < K; a++) {
                    int q2 = dfa.next(q, a);
                    if (q2 < 0) {
                        transitions.add(-1);
                        continue;
                    }
                    int c2 = RuleClassifier.this.next(c, a);
                    long key = NumberDfa.pairKey(q2, c2);
                    int id = ids.get(key);
                    if (id < 0) {
                        id = size();
                        if (id >= maxStates) {
                            throw new TooLargeException();
                        }
                        ids.putNew(key, id);
                        pairs.add(q2);
                        pairs.add(c2);
                        parent.add(p);
                        via.add(a);
                    }
                    transitions.add(id);
                }
            }
        }

        int size() {
            return pairs.size() / 2;
        }

        int dfaState(int p) {
            return pairs.get(2 * p);
        }

        int classifierState(int p) {
            return pairs.get(2 * p + 1);
        }

        /** Whether pair {@code p} ends a number of the rule's language. */
        boolean accepts(int p) {
            return dfa.accepts(dfaState(p));
        }

        /** The rule of the classifier that takes the numbers ending in pair {@code p}. */
        int owner(int p) {
            return label(classifierState(p));
        }

        /**
         * The symbols leading to pair {@code p}; for the first pair (in id order) with a given property, the
         * shortest such number, and the smallest in symbol order among those.
         */
        String path(int p) {
            StringBuilder sb = new StringBuilder();
            for (int x = p; parent.get(x) >= 0; x = parent.get(x)) {
                sb.append(NumberDfa.SYMBOLS.charAt(via.get(x)));
            }
            return sb.reverse().toString();
        }

        interface OwnerTest {
            boolean test(int owner);
        }

        /** The numbers of the rule's language whose owner passes {@code test}, as a minimal automaton. */
        NumberDfa restrict(OwnerTest test) {
            int n = size();
            if (n == 0) {
                return NumberDfa.EMPTY;
            }
            boolean[] acc = new boolean[n];
            for (int p = 0; p < n; p++) {
                acc[p] = accepts(p) && test.test(owner(p));
            }
            return NumberDfa.minimal(n, transitions.toArray(), acc, 0);
        }
    }
}
