package io.dialscape.engine.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code regex.class-separator} findings: a class holding a literal '|' or ','. */
class ClassSeparatorsTest {

    private static List<NetRegex.ClassSeparator> findings(String pattern) {
        try {
            return NetRegex.compile(pattern).classSeparators();
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
        "^[4|8]\\d+$ => Character class '[4|8]' also matches '|': write '(4|8)' for alternation or '[48]' for a class",
        "^[0|9]$ => Character class '[0|9]' also matches '|': write '(0|9)' for alternation or '[09]' for a class",
        "^[4\\|8]$ => Character class '[4\\|8]' also matches '|': write '(4|8)' for alternation or '[48]' for a class",
        "^[1-3|7]$ => Character class '[1-3|7]' also matches '|': write '([1-3]|7)' for alternation or '[1-37]' for a class",
        "^[\\*|#]$ => Character class '[\\*|#]' also matches '|': write '(\\*|#)' for alternation or '[\\*#]' for a class",
        "^[*|+]$ => Character class '[*|+]' also matches '|': write '(\\*|\\+)' for alternation or '[*+]' for a class",
        "^[4,5,7]$ => Character class '[4,5,7]' also matches ',': write '[457]' for a class without it",
        "^[4\\,5]$ => Character class '[4\\,5]' also matches ',': write '[45]' for a class without it",
        "^[0-9|*,#]$ => Character class '[0-9|*,#]' also matches '|' and ',': write '[0-9*#]' for a class without them",
        "^[12|]$ => Character class '[12|]' also matches '|': write '[12]' for a class without it",
        "^[^1|2]$ => Character class '[^1|2]' also excludes '|': write '[^12]' for a class without it",
        "^[^4,5]$ => Character class '[^4,5]' also excludes ',': write '[^45]' for a class without it",
    })
    void reportsTheClassAndSuggestsTheFix(String pattern, String message) {
        List<NetRegex.ClassSeparator> found = findings(pattern);
        assertEquals(1, found.size(), found::toString);
        assertEquals(message, found.get(0).message());
        assertEquals(1, found.get(0).offset(), "the class starts at offset 1, after '^'");
        assertEquals(pattern.substring(1, pattern.indexOf(']', 2) + 1), found.get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[48]$", "^(4|8)$", "^[+-,]$", "^[,-.]$", "^[|]$", "^[,]$", "^[|,]$", "^[^|]$", "^\\|,$",
        "^[0-9-[|]]$", "^[-|]$"})
    void leavesOtherPatternsAlone(String pattern) {
        assertEquals(List.of(), findings(pattern));
    }

    @Test
    void reportsEveryClassInOrder() {
        List<NetRegex.ClassSeparator> found = findings("^[1|2](\\d)[3,4]$");
        assertEquals(2, found.size());
        assertEquals("[1|2]", found.get(0).text());
        assertEquals(1, found.get(0).offset());
        assertEquals("[3,4]", found.get(1).text());
        assertEquals(10, found.get(1).offset());
    }

    @Test
    void theClassStillMatchesTheSeparator() {
        // a warning, not a change of meaning: .NET matches '|' here
        try {
            assertEquals("|", NetRegex.compile("[4|8]").match("|").value());
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
