package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.brics.automaton.Automaton;
import dk.brics.automaton.RegExp;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link NetRegex#match}: .NET's Regex.Match semantics (leftmost match, backtracking priority for groups)
 * run in linear time, and {@link NetRegex#language()}: the exact set of numbers the pattern IsMatches.
 */
class NetRegexMatchTest {

    private static NetRegex compile(String pattern) {
        try {
            return NetRegex.compile(pattern);
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The groups of the match, "-" for a group that took no part; "none" when nothing matched. */
    private static String groups(String pattern, String input) {
        NetRegex.Match m = compile(pattern).match(input);
        if (m == null) {
            return "none";
        }
        String[] g = new String[m.groupCount() + 1];
        for (int i = 0; i <= m.groupCount(); i++) {
            g[i] = m.group(i) == null ? "-" : m.group(i);
        }
        return String.join(",", g);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiterString = " => ", value = {
        // lazy and greedy quantifiers
        "^(\\d+?)(\\d*)$ ; 123 => 123,1,23",
        "^(\\d+)(\\d*)$ ; 123 => 123,123,",
        "^(\\d*?)(\\d)$ ; 123 => 123,12,3",
        "(\\d+?) ; 123 => 1,1",
        "(\\d{2,}?) ; 12345 => 12,12",
        "^(\\d{2,3}?)(\\d+)$ ; 12345 => 12345,12,345",
        "^(\\d??)(\\d)$ ; 12 => 12,1,2",
        "^(\\d??)(\\d+)$ ; 12 => 12,,12",
        // alternation: the first alternative that leads to a match wins, not the longest
        "^(1|12)(\\d*)$ ; 123 => 123,1,23",
        "^(12|1)(\\d*)$ ; 123 => 123,12,3",
        "(1|12) ; 123 => 1,1",
        "(a|ab)(c|bcd)(d*) ; abcd => abcd,a,bcd,",
        "^(?:\\+|00)(1|7|2[0-7]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1235689]\\d|24[013-9]|29[0-9]|3[578]\\d"
                + "|42\\d|5[09]\\d|6[789]\\d|8[035789]\\d|9[679]\\d)(\\d+)$ ; +31201234567 => +31201234567,31,201234567",
        "^(?:\\+|00)(1|7|2[0-7]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1235689]\\d|24[013-9]|29[0-9]|3[578]\\d"
                + "|42\\d|5[09]\\d|6[789]\\d|8[035789]\\d|9[679]\\d)(\\d+)$ ; 00353851234567 => 00353851234567,353,851234567",
        // groups: unmatched, repeated (last iteration wins, no reset between iterations)
        "^(1)?(2)$ ; 2 => 2,-,2",
        "^(?:(1)|(2))+$ ; 12 => 12,1,2",
        "^(\\d)+$ ; 123 => 123,3",
        "^(\\d\\d)*(\\d)$ ; 12345 => 12345,34,5",
        // unanchored: leftmost match
        "1(\\d{3}) ; 912345 => 1234,234",
        "(\\d{3})$ ; 12345 => 345,345",
        "0 ; 123 => none",
        // loops whose body matches the empty string end with an empty iteration, as in .NET
        "(\\d*)*# ; 12# => 12#,",
        "^(\\d?)+$ ; 12 => 12,",
        "^(|1)*$ ; 11 => 11,",
        "(?:|1)* ; 11 => ",
        "(1*?)*?2 ; 112 => 112,1",
        // .NET's rule holds in counted loops too: an empty iteration ends the loop once the minimum is reached
        // (found by a differential test against .NET; RE2 gave 100,00 and 122)
        "^(?:0?|1){1,2}(0\\d*)$ ; 100 => 100,0",
        "(?:1??2?){1,3}2 ; 1222 => 1222",
        "^(?:(1?)){2,}$ ; 1 => 1,",
        "^(?:(1?)){2,3}(1*)$ ; 11 => 11,,",
        "((1|(^)+?){2,}?2) ; 112 => 112,112,1,-",
        "^(?:(\\d*)|#)*$ ; 12#3 => 12#3,",
        "^(?:(\\d*)|#)+?3$ ; 12#3 => 12#3,12",
        "^(?:($)|1)*$ ; 11 => 11,",
        // look-ahead: groups numbered in order; a negative look-ahead's groups never take part
        "^\\+(?!(1|44))(\\d+)$ ; +3120 => +3120,-,3120",
        "^\\+(?!(1|44))(\\d+)$ ; +4420 => none",
        "^\\+(?!(1|44))(\\d+)$ ; +1613 => none",
        "^(?=(\\d{3}))(\\d+)$ ; 12345 => 12345,123,12345",
        "(?=(\\d\\d))\\d ; 123 => 1,12",
        "^(?=.*(5))(\\d) ; 1525 => 1,5,1",
        "^(?=(1|12)(\\d))\\d+$ ; 123 => 123,1,2",
        "^(\\d+?)(?=\\d{2}$) ; 12345 => 123,123",
        "^(?:(?=1)\\d)+$ ; 111 => 111",
        "^(?:(?=1)\\d)+$ ; 121 => none",
        "^(?=(?=(1))(\\d))\\d ; 12 => 1,1,1",
        "^(?!.*#)(\\d+)$ ; 123 => 123,123",
        "(?=\\d*$)(\\d+) ; #12 => 12,12",
    })
    void matchesAsDotNet(String patternAndInput, String expected) {
        String[] parts = patternAndInput.split(" ; ");
        String pattern = parts[0];
        String input = parts[1];
        assertEquals(expected == null ? "" : expected, groups(pattern, input));
    }

    @Test
    void emptyMatchAndAnchors() {
        assertEquals("", compile("1*").match("222").value());
        assertEquals(0, compile("1*").match("222").start());
        assertNull(compile("^2$").match("22"));
        assertNotNull(compile("^2$").match("2"));
        assertNotNull(compile("2$").match("12"));
        assertEquals(2, compile("$").match("12").start());
    }

    @Test
    void quantifiedAnchorIsOptional() {
        assertNotNull(compile("^*1").match("21"));
        assertNull(compile("^+1").match("21"));
    }

    @Test
    void pathologicalPatternsMatchInLinearTime() {
        String digits = "1".repeat(49_999);
        String[][] cases = {
            {"^(\\d+)+$", digits + "#", "none"},
            {"(\\d*)*#", digits + "*", "none"},
            {"^(\\d|\\d\\d)+$", digits + "#", "none"},
            {"^(\\d+)+$", digits + "1", "match"},
            {"(\\d*)*#", digits + "#", "match"},
            {"^(\\d|\\d\\d)+$", digits + "1", "match"},
            {"^((\\d+)*)*\\*$", digits + "#", "none"},
            {"^(1|11|111)*2$", digits + "#", "none"},
            {"(?=(\\d+))\\d*#", digits, "none"},
            {"^(?:(?!2)\\d)+$", digits + "#", "none"},
            {"^(?:(\\d?)){2,}$", digits + "#", "none"},
            {"(?:(1??)|#){1,5}\\*", digits + "#", "none"},
        };
        // time on this thread's CPU clock where the JVM has one: the build machine is shared, and wall time
        // would measure the neighbours
        java.lang.management.ThreadMXBean clock = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = clock.isCurrentThreadCpuTimeSupported();
        for (String[] c : cases) {
            NetRegex r = compile(c[0]);
            r.match(c[1]); // warm-up
            r.match(c[1]);
            long start = cpu ? clock.getCurrentThreadCpuTime() : System.nanoTime();
            NetRegex.Match m = r.match(c[1]);
            long ms = ((cpu ? clock.getCurrentThreadCpuTime() : System.nanoTime()) - start) / 1_000_000;
            assertTrue(ms < 50, c[0] + " took " + ms + " ms on 50,000 characters");
            assertEquals(c[2], m == null ? "none" : "match", c[0]);
        }
    }

    @Test
    void languageIsTheSetOfMatchingNumbers() {
        Automaton national = compile("^0([1-9]\\d{8})$").language();
        assertTrue(national.run("0201234567"));
        assertFalse(national.run("0012345678"));
        assertFalse(national.run("02012345678"));
        assertTrue(national.isFinite());

        Automaton unanchored = compile("1(\\d{3})").language();
        assertTrue(unanchored.run("1234"));
        assertTrue(unanchored.run("+9912345#"), "an unanchored pattern matches anywhere in the number");
        assertFalse(unanchored.run("123"));
        assertFalse(unanchored.run("1234+"), "'+' only starts a number");

        Automaton plus = compile("^\\+(\\d+)$").language();
        assertTrue(plus.run("+31"));
        assertFalse(plus.run("+"));
        assertFalse(plus.run("31"));

        Automaton everything = compile("").language();
        Automaton numbers = new RegExp("\\+?[0-9*\\#]+").toAutomaton();
        assertEquals(numbers, everything, "the empty pattern matches every number");
        assertEquals(numbers, compile("$").language());
        assertEquals(numbers, compile("^").language());
        assertTrue(compile("^$").language().isEmpty(), "numbers are never empty");
        assertTrue(compile("1^2").language().isEmpty());
        assertTrue(compile("^1\\+").language().isEmpty(), "'+' never follows a digit");
        assertEquals(new RegExp("\\+?[0-9*\\#]*\\#[0-9*\\#]*").toAutomaton(), compile("\\#").language());
    }

    @Test
    void unanchoredLongPatternsStaySmall() {
        // a plain subset construction would track every '1' among the last 20 digits (2^20 sets)
        // (and so would dk.brics determinizing .*1[0-9]{20}.* to check it: membership is checked instead)
        NetRegex r = compile("1(\\d{20})");
        assertTrue(r.numbers().size() < 30, r.numbers().toString());
        java.util.regex.Pattern oracle = java.util.regex.Pattern.compile("1\\d{20}");
        java.util.Random rnd = new java.util.Random(7);
        for (int i = 0; i < 5000; i++) {
            StringBuilder number = new StringBuilder(rnd.nextInt(5) == 0 ? "+" : "");
            int length = 1 + rnd.nextInt(40);
            for (int k = 0; k < length; k++) {
                number.append(rnd.nextInt(12) == 0 ? '#' : rnd.nextInt(3) == 0 ? '1' : (char) ('0' + rnd.nextInt(10)));
            }
            assertEquals(oracle.matcher(number).find(), r.numbers().contains(number.toString()), number.toString());
        }
        assertTrue(r.numbers().contains("+9" + "1" + "0".repeat(20) + "#"));
        assertFalse(r.numbers().contains("1" + "0".repeat(19)));
    }

    @Test
    void languageAgreesWithBricsOnAnchoredPatterns() {
        // for fully anchored patterns over the number alphabet, the language is just the regex's own
        String[][] pairs = {
            {"^0([1-9]\\d{8})$", "0[1-9][0-9]{8}"},
            {"^(?:\\+|00)(1|7|2[0-7])(\\d+)$", "(\\+|00)(1|7|2[0-7])[0-9]+"},
            {"^(1\\d{2,3})$", "1[0-9]{2,3}"},
            {"^\\*\\d{2}#$", "\\*[0-9]{2}\\#"},
        };
        for (String[] p : pairs) {
            assertEquals(new RegExp(p[1]).toAutomaton(), compile(p[0]).language(), p[0]);
        }
    }

    @Test
    void languageWithLookAhead() {
        // the route-style exclusion: every E.164-looking number but those of +1 and +44
        assertEquals(new RegExp("\\+([02356789][0-9]*|4([0-35-9][0-9]*)?)").toAutomaton(),
                compile("^\\+(?!(1|44))\\d+$").language());
        assertEquals(new RegExp("0[0-9][0-9][0-9]+").toAutomaton(), compile("^(?=\\d{4})0\\d+$").language());
        // $ inside a look-ahead is the end of the number, whatever follows the look-ahead in the pattern
        assertTrue(compile("^(?=\\d{3}$)1").language().run("123"));
        assertFalse(compile("^(?=\\d{3}$)1").language().run("1234"));
        assertTrue(compile("^1(?!\\d*$)").language().run("12#"));
        assertFalse(compile("^1(?!\\d*$)").language().run("123"));
        // unanchored: a look-ahead that holds at some position is enough
        Automaton unanchored = compile("(?=2)\\d(?!1)").language();
        assertTrue(unanchored.run("1212#"), "the second 2 is followed by '#'");
        assertTrue(unanchored.run("22"));
        assertTrue(unanchored.run("12"), "nothing follows the 2");
        assertFalse(unanchored.run("21"));
        assertFalse(unanchored.run("1"));
        assertTrue(compile("(?!)").language().isEmpty());
        assertEquals(new RegExp("\\+?[0-9*\\#]+").toAutomaton(), compile("(?!1)").language(),
                "the end of every number is a position not followed by 1");
    }

    @Test
    void matchReportsGroupSpans() {
        NetRegex.Match m = compile("0(\\d)(x)?").match("90123");
        assertEquals("90123", m.input());
        assertEquals(1, m.start());
        assertEquals(3, m.end());
        assertEquals("01", m.value());
        assertEquals("1", m.group(1));
        assertNull(m.group(2));
        assertEquals(2, m.groupCount());
        assertTrue(compile("^0").isMatch("01"));
        assertFalse(compile("^0").isMatch("10"));
        assertEquals("[1, 2]", Arrays.toString(new int[] {compile("(1)").groupCount(), compile("(1)(2)").groupCount()}));
    }
}
