package io.dialscape.engine.digits;

import java.util.Arrays;

/**
 * A trie of leading digits over the 12 symbols {@code 0-9 * #}, stored in flat arrays. Each node lists
 * the rules whose leading digits end there, in index order; children are kept in symbol order
 * ({@code 0} to {@code 9}, then {@code *}, then {@code #}).
 *
 * <p>A number's deepest rule-carrying prefix (its <em>owner</em> node) together with its length slot
 * decides which rules match it: the rules at the owner and its ancestors whose slots include the number's.
 * The numbers owned by a node form its <em>region</em>: the node itself and every number below it that
 * does not reach a deeper node carrying rules.
 */
final class DigitTrie {

    static final int SYMBOLS = 12;
    static final int ROOT = 0;
    static final int NONE = -1;

    private int size = 1;
    private int[] firstChild = new int[16];
    private int[] nextSibling = new int[16];
    private int[] parent = new int[16];
    private int[] depth = new int[16];
    private byte[] symbol = new byte[16];
    private byte[] childCount = new byte[16];
    private int[] ruleHead = new int[16];
    private final int[] ruleNext;
    private final int[] ruleNode;

    DigitTrie(int ruleCount) {
        ruleNext = new int[ruleCount];
        ruleNode = new int[ruleCount];
        Arrays.fill(ruleNode, NONE);
        firstChild[ROOT] = NONE;
        nextSibling[ROOT] = NONE;
        parent[ROOT] = NONE;
        ruleHead[ROOT] = NONE;
    }

    static int symbolOf(char c) {
        return switch (c) {
            case '*' -> 10;
            case '#' -> 11;
            default -> c >= '0' && c <= '9' ? c - '0' : NONE;
        };
    }

    static char charOf(int symbol) {
        return symbol < 10 ? (char) ('0' + symbol) : symbol == 10 ? '*' : '#';
    }

    /**
     * Adds a rule. Rules must be added in decreasing index order, so that each node lists its rules in
     * increasing order. The leading digits must be over {@code 0-9 * #}.
     */
    void add(int rule, String leading) {
        int node = ROOT;
        for (int i = 0; i < leading.length(); i++) {
            node = childOrNew(node, symbolOf(leading.charAt(i)));
        }
        ruleNext[rule] = ruleHead[node];
        ruleHead[node] = rule;
        ruleNode[rule] = node;
    }

    private int childOrNew(int node, int sym) {
        int previous = NONE;
        int c = firstChild[node];
        while (c != NONE && symbol[c] < sym) {
            previous = c;
            c = nextSibling[c];
        }
        if (c != NONE && symbol[c] == sym) {
            return c;
        }
        if (size == firstChild.length) {
            grow();
        }
        int created = size++;
        firstChild[created] = NONE;
        nextSibling[created] = c;
        parent[created] = node;
        depth[created] = depth[node] + 1;
        symbol[created] = (byte) sym;
        childCount[created] = 0;
        ruleHead[created] = NONE;
        if (previous == NONE) {
            firstChild[node] = created;
        } else {
            nextSibling[previous] = created;
        }
        childCount[node]++;
        return created;
    }

    private void grow() {
        int capacity = firstChild.length * 2;
        firstChild = Arrays.copyOf(firstChild, capacity);
        nextSibling = Arrays.copyOf(nextSibling, capacity);
        parent = Arrays.copyOf(parent, capacity);
        depth = Arrays.copyOf(depth, capacity);
        symbol = Arrays.copyOf(symbol, capacity);
        childCount = Arrays.copyOf(childCount, capacity);
        ruleHead = Arrays.copyOf(ruleHead, capacity);
    }

    int size() {
        return size;
    }

    int child(int node, int sym) {
        for (int c = firstChild[node]; c != NONE && symbol[c] <= sym; c = nextSibling[c]) {
            if (symbol[c] == sym) {
                return c;
            }
        }
        return NONE;
    }

    int firstChild(int node) {
        return firstChild[node];
    }

    int nextSibling(int node) {
        return nextSibling[node];
    }

    int parent(int node) {
        return parent[node];
    }

    int depth(int node) {
        return depth[node];
    }

    boolean full(int node) {
        return childCount[node] == SYMBOLS;
    }

    /** The first rule listed at {@code node}, or {@link #NONE}. */
    int firstRule(int node) {
        return ruleHead[node];
    }

    /** The rule after {@code rule} at its node, or {@link #NONE}. */
    int nextRule(int rule) {
        return ruleNext[rule];
    }

    /** The node of a rule's leading digits, or {@link #NONE} when the rule is not in the trie. */
    int nodeOf(int rule) {
        return ruleNode[rule];
    }

    /** Whether the node is an owner: the root, or a node where some rule's leading digits end. */
    boolean owner(int node) {
        return node == ROOT || ruleHead[node] != NONE;
    }

    /** The smallest symbol that is not a child of {@code node}, or {@link #NONE} when it is full. */
    int firstMissingSymbol(int node) {
        int expected = 0;
        for (int c = firstChild[node]; c != NONE; c = nextSibling[c]) {
            if (symbol[c] != expected) {
                return expected;
            }
            expected++;
        }
        return expected < SYMBOLS ? expected : NONE;
    }

    /**
     * For every node, the smallest index of a rule at it or below it ({@link Integer#MAX_VALUE} when
     * none). Children always have larger node ids than their parents, so one backward pass suffices.
     */
    int[] smallestRuleBelow() {
        int[] smallest = new int[size];
        java.util.Arrays.fill(smallest, Integer.MAX_VALUE);
        for (int node = size - 1; node >= 0; node--) {
            if (ruleHead[node] != NONE) {
                smallest[node] = Math.min(smallest[node], ruleHead[node]);
            }
            if (node != ROOT) {
                smallest[parent[node]] = Math.min(smallest[parent[node]], smallest[node]);
            }
        }
        return smallest;
    }

    /** The digits from the root to {@code node}. */
    String path(int node) {
        char[] chars = new char[depth[node]];
        for (int n = node; n != ROOT; n = parent[n]) {
            chars[depth[n] - 1] = charOf(symbol[n]);
        }
        return new String(chars);
    }

    /**
     * The length slots of the numbers that stop at {@code node} or leave the trie right below it: the
     * node's own length, and every longer length when some symbol is not a child.
     */
    long ownSlots(int node) {
        int d = depth[node];
        long slots = d >= 1 ? 1L << LengthSlots.of(d) : 0L;
        if (childCount[node] < SYMBOLS) {
            slots |= LengthSlots.atLeast(d + 1);
        }
        return slots;
    }
}
