package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How patterns are read: .NET's syntax, its literal corners, and the messages of what is rejected. */
class NetRegexParserTest {

    private static NetRegex compile(String pattern) {
        try {
            return NetRegex.compile(pattern);
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String error(String pattern) {
        return assertThrows(RegexSyntaxException.class, () -> NetRegex.compile(pattern)).getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "^(\\d+$ => Pattern '^(\\d+$' does not compile: missing ')' for the group opened at position 2",
        "^(\\d)\\1$ => Pattern '^(\\d)\\1$' uses a back-reference (\\1), which is not regular: Lync's rules must stay in the regular subset",
        "(\\d)\\12 => Pattern '(\\d)\\12' uses a back-reference (\\12), which is not regular: Lync's rules must stay in the regular subset",
        "(\\d)\\k<x> => Pattern '(\\d)\\k<x>' uses a back-reference (\\k<x>), which is not regular: Lync's rules must stay in the regular subset",
        "(1)\\<1> => Pattern '(1)\\<1>' uses a back-reference (\\<1>), which is not regular: Lync's rules must stay in the regular subset",
        "(?=1(\\d))+ => Pattern '(?=1(\\d))+' repeats a look-ahead (?=...) that holds a capturing group, which Dialscape does not support: its capture could come from any earlier pass; use (?:...) inside the look-ahead",
        "^(?:1(?=(2)))*$ => Pattern '^(?:1(?=(2)))*$' repeats a look-ahead (?=...) that holds a capturing group, which Dialscape does not support: its capture could come from any earlier pass; use (?:...) inside the look-ahead",
        "(?=1 => Pattern '(?=1' does not compile: missing ')' for the look-ahead opened at position 1",
        "(?<=1)2 => Pattern '(?<=1)2' uses a look-behind (?<=...), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "(?<!1)2 => Pattern '(?<!1)2' uses a negative look-behind (?<!...), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "(?>1+)2 => Pattern '(?>1+)2' uses an atomic group (?>...), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "(?(1)2|3) => Pattern '(?(1)2|3)' uses a conditional (?(...)...), which is not regular: Lync's rules must stay in the regular subset",
        "(?<area>\\d+) => Pattern '(?<area>\\d+)' uses a named group (?<area>...), which Dialscape does not support: use a numbered group (...) and $n in the translation",
        "(?'area'\\d+) => Pattern '(?'area'\\d+)' uses a named group (?'area'...), which Dialscape does not support: use a numbered group (...) and $n in the translation",
        "(?<a-b>\\d) => Pattern '(?<a-b>\\d)' uses a balancing group (?<a-b>...), which is not regular: Lync's rules must stay in the regular subset",
        "(?i)^1$ => Pattern '(?i)^1$' uses inline options (?i), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "(?x-i:1) => Pattern '(?x-i:1)' uses inline options (?x-i), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "\\b1 => Pattern '\\b1' uses a word boundary (\\b), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "\\p{Nd} => Pattern '\\p{Nd}' uses a Unicode category (\\p{...}), which Dialscape does not support: Lync's rules must stay in the regular subset",
        "(?q) => Pattern '(?q)' does not compile: unrecognized grouping construct '(?' at position 1",
        "^1) => Pattern '^1)' does not compile: ')' at position 3 closes no group",
        "*1 => Pattern '*1' does not compile: quantifier '*' at position 1 follows nothing",
        "1|+2 => Pattern '1|+2' does not compile: quantifier '+' at position 3 follows nothing",
        "({2}1) => Pattern '({2}1)' does not compile: quantifier '{2}' at position 2 follows nothing",
        "1** => Pattern '1**' does not compile: nested quantifier '*' at position 3",
        "1{2}{3} => Pattern '1{2}{3}' does not compile: nested quantifier '{3}' at position 5",
        "1*?? => Pattern '1*??' does not compile: nested quantifier '?' at position 4",
        "1{3,2} => Pattern '1{3,2}' does not compile: quantifier {3,2} at position 2 has its minimum above its maximum",
        "[12 => Pattern '[12' does not compile: missing ']' for the character class opened at position 1",
        "[] => Pattern '[]' does not compile: missing ']' for the character class opened at position 1",
        "[9-0] => Pattern '[9-0]' does not compile: range 9-0 at position 2 is in reverse order",
        "[1-\\d] => Pattern '[1-\\d]' does not compile: a range in the class at position 1 cannot end with \\d",
        "[0-9-[5]6] => Pattern '[0-9-[5]6]' does not compile: the subtraction at position 6 must be the last element of the class opened at position 1",
        "12\\ => Pattern '12\\' does not compile: '\\' at the end of the pattern escapes nothing",
        "\\q => Pattern '\\q' does not compile: unrecognized escape sequence \\q at position 1",
        "\\_ => Pattern '\\_' does not compile: unrecognized escape sequence \\_ at position 1",
        "\\x4 => Pattern '\\x4' does not compile: the escape at position 1 needs 2 hexadecimal digits",
        "1{1001} => Pattern '1{1001}' repeats more than 1000 times ({1001} at position 2), which Dialscape does not support",
        "(?#open => Pattern '(?#open' does not compile: the comment (?# opened at position 1 is not closed",
    })
    void rejectsWithUserFacingMessages(String pattern, String message) {
        assertEquals(message, error(pattern));
    }

    @Test
    void errorsCarryPatternAndPosition() {
        RegexSyntaxException e = assertThrows(RegexSyntaxException.class, () -> NetRegex.compile("^(\\d+$"));
        assertEquals("^(\\d+$", e.pattern());
        assertEquals(2, e.position());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "^(\\d{11})$", "^\\+(\\d*)$", "^(?:\\+|00)(1|7|2[0-7]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]"
                + "|2[1235689]\\d|24[013-9]|29[0-9]|3[578]\\d|42\\d|5[09]\\d|6[789]\\d|8[035789]\\d|9[679]\\d)(\\d+)$",
        "^0([1-9]\\d{8})$", "\\d{*}", "1{,3}", "1{2,}?", "1??", "^*1", "[]1]", "[^]1]", "[1-]", "[-1]", "[a-z-[aeiou]]",
        "[\\d\\-#]", "\\x31\\u0032\\063\\cA", "(?#comment)1", "1(?#c)*", "]}", "[\\b]", "\\*\\#\\+\\.\\(\\)\\[\\{\\|\\$\\^",
        "()", "(|1)", "a|", "[[:digit:]]", "^$", "\\A1\\z", "\\G1\\Z"})
    void compilesDotNetSyntax(String pattern) {
        assertNotNull(compile(pattern));
    }

    @Test
    void aBraceThatStartsNoQuantifierIsALiteral() {
        NetRegex r = compile("\\d{*}");
        assertEquals(0, r.groupCount());
        assertNotNull(r.match("5{{}"));
        assertNotNull(r.match("5}"));
        assertNull(r.match("55"));
        assertTrue(r.language().isEmpty(), "no number contains '}'");
        assertNotNull(compile("1{,3}").match("1{,3}"));
        assertNotNull(compile("1{2,x}").match("1{2,x}"));
    }

    @Test
    void quantifierForms() {
        assertEquals("111", compile("1{3}").match("11111").value());
        assertEquals("11111", compile("1{3,}").match("11111").value());
        assertEquals("111", compile("1{3,}?").match("11111").value());
        assertEquals("1111", compile("1{2,4}").match("11111").value());
        assertEquals("11", compile("1{2,4}?").match("11111").value());
        assertEquals("", compile("1??").match("1").value());
        assertEquals("1", compile("1?").match("1").value());
    }

    @Test
    void classes() {
        NetRegex digitsButFive = compile("^[0-9-[5]]+$");
        assertNotNull(digitsButFive.match("1234"));
        assertNull(digitsButFive.match("125"));
        assertNotNull(compile("^[]1]+$").match("]1]"));
        assertNotNull(compile("^[^]1]$").match("2"));
        assertNull(compile("^[^]1]$").match("]"));
        assertNotNull(compile("^[1-]+$").match("-1-"));
        assertNotNull(compile("^[\\d\\-#]+$").match("1-#"));
        assertNull(compile("^[\\D]$").match("5"));
        assertNotNull(compile("^[\\W]$").match("#"));
        assertNotNull(compile("^\\w$").match("7"));
        assertNull(compile("^\\w$").match("*"));
        assertNull(compile("\\s").match("08001234"));
        assertNotNull(compile("\\s").match(" "));
        assertNotNull(compile("^.$").match("#"));
        assertNull(compile("^.$").match("\n"));
        assertNotNull(compile("^\\x31\\u0032\\063$").match("123"));
        assertNotNull(compile("^[\\061-\\063]$").match("2"), "octal escapes inside a class");
    }

    @Test
    void digitsAreAscii() {
        assertNull(compile("^\\d$").match("\u0663"), "ARABIC-INDIC DIGIT THREE is not \\d here");
        assertNotNull(compile("^\\D$").match("\u0663"));
    }

    @Test
    void escapedMetacharactersAreLiterals() {
        NetRegex r = compile("^\\+\\*\\#\\.$");
        assertNotNull(r.match("+*#."));
        assertNull(r.match("+*#5"));
        assertNotNull(compile("^\\(1\\)$").match("(1)"));
    }

    @Test
    void groupsAreNumberedByTheirOpeningParenthesis() {
        NetRegex r = compile("^((\\d)(?:(\\d)|x))(\\d)$");
        assertEquals(4, r.groupCount());
        NetRegex.Match m = r.match("123");
        assertEquals("12", m.group(1));
        assertEquals("1", m.group(2));
        assertEquals("2", m.group(3));
        assertEquals("3", m.group(4));
    }

    @Test
    void commentsAreSkipped() {
        assertEquals("111", compile("1(?#three ones)*").match("111").value());
        assertFalse(compile("^(?#x)1$").language().isEmpty());
    }
}
