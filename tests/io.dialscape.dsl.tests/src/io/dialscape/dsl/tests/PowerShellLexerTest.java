package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.dsl.bridge.PowerShellLexer;
import io.dialscape.dsl.bridge.PowerShellLexer.Kind;
import io.dialscape.dsl.bridge.PowerShellLexer.Token;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The PowerShell tokenizer of {@code import powershell}: quoting, escapes, continuations, comments. */
class PowerShellLexerTest {

    /** Each token as KIND:text (line), EOF left out. */
    private static String tokens(String script) {
        List<Token> tokens = PowerShellLexer.tokens(script);
        return tokens.stream().filter(t -> !t.is(Kind.EOF))
                .map(t -> t.kind() + ":" + t.text().replace("\n", "\\n") + "(" + t.line() + ")" + (t.colon() ? ":" : ""))
                .collect(Collectors.joining(" "));
    }

    @Test
    void singleQuotedDoublesItsQuoteAndKeepsEverythingElse() {
        assertEquals("STRING:it's $1 `n \\d(1)", tokens("'it''s $1 `n \\d'"));
    }

    @Test
    void typographicSingleQuotesAreQuotes() {
        assertEquals("STRING:a\u2019b(1)", tokens("\u2018a\u2019\u2019b\u2019"));
    }

    @Test
    void doubleQuotedHasBacktickEscapesAndDoubledQuotes() {
        assertEquals("STRING:a\"b\tc$d\"e`(1)", tokens("\"a`\"b`tc`$d\"\"e``\""));
    }

    @Test
    void doubleQuotedKeepsVariablesAsPartsAndALoneDollar() {
        List<Token> tokens = PowerShellLexer.tokens("\"+$1 ${x y} ^\\d$\"");
        Token s = tokens.get(0);
        assertEquals(List.of(new PowerShellLexer.Part("+", null), new PowerShellLexer.Part("$1", "1"),
                new PowerShellLexer.Part(" ", null), new PowerShellLexer.Part("${x y}", "x y"),
                new PowerShellLexer.Part(" ^\\d$", null)), s.parts());
    }

    @Test
    void backtickContinuesTheLine() {
        assertEquals("WORD:New-CsDialPlan(1) PARAM:Identity(2) WORD:NL(2) NEWLINE:\\n(2) WORD:x(3)",
                tokens("New-CsDialPlan `\n  -Identity NL\nx"));
    }

    @Test
    void commentsAreDroppedAndTheMarkerIsKept() {
        assertEquals("NEWLINE:\\n(1) WORD:a(2) NEWLINE:\\n(3) MARKER:gw01Out(4) NEWLINE:\\n(4) WORD:b(5)",
                tokens("# one\na <# two\nthree #>\n# dialscape: translation gw01Out\nb"));
    }

    @Test
    void arraysHashtablesAndParameters() {
        assertEquals("PARAM:PstnUsages(1) AT_BRACE:@{(1) WORD:Add(1) EQUALS:=(1) STRING:A(1) COMMA:,(1) STRING:B(1) RBRACE:}(1)"
                + " PARAM:Priority(1) NUMBER:1(1) PARAM:Enabled(1): VARIABLE:true(1) AT_PAREN:@((1) VARIABLE:r(1) RPAREN:)(1)",
                tokens("-PstnUsages @{Add=\"A\",'B'} -Priority 1 -Enabled:$true @($r)"));
    }

    @Test
    void memberAccessAfterParenthesis() {
        assertEquals("LPAREN:((1) WORD:Get-CsPstnUsage(1) RPAREN:)(1) MEMBER:Usage(1) PARAM:notcontains(1) STRING:L(1)",
                tokens("(Get-CsPstnUsage).Usage -notcontains 'L'"));
    }

    @Test
    void fqdnsAndScopesAreWords() {
        assertEquals("WORD:PstnGateway:gw01.contoso.com(1) COMMA:,(1) WORD:Site:Redmond(1) NUMBER:-1(1)",
                tokens("PstnGateway:gw01.contoso.com,Site:Redmond -1"));
    }

    @Test
    void hereStrings() {
        assertEquals("STRING:a'b\\n$c(1) NEWLINE:\\n(4) WORD:x(5)", tokens("@'\na'b\n$c\n'@\nx"));
    }

    @Test
    void unterminatedThingsAreErrorTokens() {
        assertEquals("ERROR:a single-quoted string is not closed(1)", tokens("'abc"));
        assertEquals("ERROR:a double-quoted string is not closed(1)", tokens("\"abc"));
        assertEquals("WORD:a(1) ERROR:a block comment <# is not closed with #>(1)", tokens("a <# b"));
    }

    @Test
    void strayBacktickAtTheEndIsHarmless() {
        assertEquals("WORD:a(1)", tokens("a`"));
    }
}
