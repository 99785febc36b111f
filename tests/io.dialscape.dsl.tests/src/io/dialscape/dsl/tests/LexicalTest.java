package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.dsl.conversion.DialscapeValueConverters.RawStringConverter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lexical traps of LANGUAGE.md section 1. */
class LexicalTest {

    @Test
    void keywordsAreSoftNames() {
        List<String> findings = Models.validate("""
                topology test platform ocs2007r2 {
                    site site {
                        server test "test.contoso.local" roles Director
                        server rule "rule.contoso.local" roles Director
                    }
                    pbx icp product MitelICP version "9.0"
                    gateway gateway product MitelLBG version "3.1.1" {
                        icp icp outgoing digits incoming none
                    }
                }
                digits digits outgoing { rule "Leading" leading "1" replace "91" }
                digits none incoming { rule leading "2" length 4 replace "+12063862" }
                """);
        assertEquals(List.of(), findings);
    }

    /** LANGUAGE.md 1 names internal among the soft keywords; a route or usage called internal is common. */
    @Test
    void internalIsASoftName() {
        List<String> findings = Models.validate("""
                topology internal platform sfb2019 {
                    gateway gw "gw.contoso.local" product GenericGateway version "0"
                    usages internal
                    route internal pattern "^\\+1" usages internal gateways gw
                    policy internal usages internal
                }
                """);
        assertEquals(List.of(), findings);
    }

    @Test
    void stringsKeepBackslashPairs() {
        List<String> findings = Models.validate("""
                normalization NL {
                    rule "Quote \\" inside" pattern "^0(\\d{9})$" translation "+31$1"
                }
                test NL { "0201234567" -> "+31201234567" }
                """);
        assertEquals(List.of(), findings);
    }

    static Stream<Arguments> rawStrings() {
        return Stream.of(
                Arguments.of("\"^0(\\d{9})$\"", "^0(\\d{9})$"),
                Arguments.of("\"a\\\"b\"", "a\"b"),
                Arguments.of("\"\\\\\"", "\\\\"),
                Arguments.of("\"plain\"", "plain"),
                Arguments.of("\"\"", ""));
    }

    @ParameterizedTest
    @MethodSource("rawStrings")
    void rawStringValues(String literal, String value) {
        assertEquals(value, RawStringConverter.unquote(literal));
        assertEquals(literal, RawStringConverter.quote(value));
    }

    @Test
    void rangeLexesAsTwoIntegers() {
        List<String> findings = Models.validate("""
                digits t outgoing {
                    rule "Tight"  leading "7" length 4..6 replace "97"
                    rule "Spaced" leading "8" length 4 .. 6 replace "98"
                }
                """);
        assertEquals(List.of(), findings);
    }

    @Test
    void unterminatedStringIsASyntaxError() {
        List<String> findings = Models.validate("product P \"Unclosed\n");
        assertEquals(true, !findings.isEmpty() && findings.stream().allMatch(f -> f.contains(" syntax: ")), findings.toString());
    }
}
