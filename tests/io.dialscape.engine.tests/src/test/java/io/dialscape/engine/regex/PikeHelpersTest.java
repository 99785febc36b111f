package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pieces the Pike VMs of {@link NetMatcher}, {@link ResultEquality} and {@link TableReach} share:
 * {@link PikeProgram}, {@link ThreadStack}, {@link StampSet}, {@link ThreadList}, and
 * {@link NumberDfa#shortest(int[])}.
 */
class PikeHelpersTest {

    /** A program with nothing of its own: no group is referenced. */
    private static final class Plain extends PikeProgram {
        Plain(int maxStates) {
            super(maxStates);
        }

        @Override
        boolean referenced(int number) {
            return number == 1;
        }

        @Override
        int group(RegexNode.Group g, int next) {
            return compile(g.body(), next, true);
        }
    }

    private static RegexNode tree(String pattern) {
        try {
            return NetRegexParser.parse(pattern).root();
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static int mask(char symbol) {
        return 1 << NumberDfa.SYMBOLS.indexOf(symbol);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1, false", "'', true", "1?, true", "1*, true", "1+, false", "(1|), true", "(1|2), false", "^$, true",
        "(?=1), true", "(1?2?){2}, true", "'(1?2){1,3}', false",
    })
    void nullableIsWhetherSomePathReadsNothing(String pattern, boolean nullable) {
        assertEquals(nullable, PikeProgram.nullable(tree(pattern)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "^(1)2$, true", "^(1)+$, false", "^((1))$, true", "^(?=1)(1)$, false", "^(1?)*$, false", "^(1)?2$, true",
        "^(?:2|3)*(1)$, true", "^(2|3)*(4)$, false",
    })
    void exactShapeKeepsReferencedGroupsUnrepeatedAndLoopsNonEmpty(String pattern, boolean exact) {
        assertEquals(exact, new Plain(1000).exactShape(tree(pattern)));
    }

    @Test
    void alternativesAndQuantifiersCompileInPriorityOrder() {
        Plain p = new Plain(1000);
        int match = p.emit(PikeProgram.MATCH, -1, -1);
        int start = p.compile(tree("1|2"), match, false);
        assertEquals(PikeProgram.SPLIT, p.op[start]);
        assertEquals(mask('1'), p.mask[p.x[start]], "the first alternative is preferred");
        assertEquals(mask('2'), p.mask[p.y[start]]);

        Plain greedy = new Plain(1000);
        int g = greedy.compile(tree("1*"), greedy.emit(PikeProgram.MATCH, -1, -1), false);
        assertEquals(PikeProgram.CHAR, greedy.op[greedy.x[g]], "greedy: another iteration first");
        assertEquals(PikeProgram.MATCH, greedy.op[greedy.y[g]]);

        Plain lazy = new Plain(1000);
        int l = lazy.compile(tree("1*?"), lazy.emit(PikeProgram.MATCH, -1, -1), false);
        assertEquals(PikeProgram.MATCH, lazy.op[lazy.x[l]], "lazy: leaving first");
        assertEquals(PikeProgram.CHAR, lazy.op[lazy.y[l]]);
    }

    @Test
    void aProgramStopsAtItsLimit() {
        Plain p = new Plain(64);
        assertThrows(PikeProgram.TooLarge.class, () -> p.compile(tree("1{200}"), p.emit(PikeProgram.MATCH, -1, -1), false));
    }

    @Test
    void theStackIsLastInFirstOutAndGrows() {
        ThreadStack stack = new ThreadStack();
        for (int i = 0; i < 100; i++) {
            stack.push(i, 2 * i, 3 * i);
        }
        for (int i = 99; i >= 0; i--) {
            assertFalse(stack.isEmpty());
            stack.pop();
            assertEquals(i, stack.pc);
            assertEquals(2 * i, stack.a);
            assertEquals(3 * i, stack.b);
        }
        assertTrue(stack.isEmpty());
        stack.push(7, 8, 9);
        stack.clear();
        assertTrue(stack.isEmpty());
    }

    @Test
    void theStampSetEmptiesAtOnce() {
        StampSet set = new StampSet(10);
        assertTrue(set.add(3));
        assertFalse(set.add(3));
        assertTrue(set.add(9));
        set.clear();
        assertTrue(set.add(3));
        assertTrue(set.add(9));
        assertFalse(set.add(9));
    }

    @Test
    void theThreadListKeepsItsThreadsInOrderAsItGrows() {
        ThreadList pairs = new ThreadList(2);
        for (int i = 0; i < 40; i++) {
            pairs.add(i, -i, 100 + i);
        }
        assertEquals(40, pairs.size);
        for (int i = 0; i < 40; i++) {
            assertEquals(i, pairs.pc[i]);
            assertEquals(-i, pairs.get(i, 0));
            assertEquals(100 + i, pairs.get(i, 1));
        }
        pairs.clear();
        assertEquals(0, pairs.size);

        ThreadList slots = new ThreadList(3);
        int[] from = {9, 1, 2, 3, 9};
        for (int i = 0; i < 20; i++) {
            slots.add(i, from, 1);
        }
        assertArrayEquals(new int[] {1, 2, 3}, java.util.Arrays.copyOfRange(slots.data, 19 * 3, 20 * 3));
    }

    @Test
    void shortestTakesTheSymbolOrderItIsGiven() throws RegexSyntaxException {
        NumberDfa d = NetRegex.compile("^(1|#)$").numbers();
        assertEquals("1", d.shortest(), "digits come first in SYMBOLS order");
        assertEquals("#", d.shortest(TableReach.CHAR_ORDER), "'#' comes first in character order");
        assertEquals("#", TableReach.shortest(d));
        assertNull(NumberDfa.EMPTY.shortest(TableReach.CHAR_ORDER));
    }
}
