package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dial-plan diagnostics of LANGUAGE.md sections 5 to 8 through the validator: code,
 * line and message, and that nothing else is reported.
 */
class DialPlanValidationTest {

    @Test
    void shadowedRuleNamesTheRuleThatTakesItsNumbers() {
        assertEquals(List.of("4 rule.shadowed: Rule 'Ottawa local' never applies: rule 'Long distance' (line 3) matches every"
                + " number it matches, e.g. 16135000000"),
                Models.validate("""
                        digits out outgoing ars "9" {
                            rule "Ottawa internal" leading "1613592" replace "" ignore-ars
                            rule "Long distance"   leading "1" replace "1"
                            rule "Ottawa local"    leading "16135" replace "8"
                        }
                        """));
    }

    @Test
    void conflictDuplicateAndRedundant() {
        assertEquals(List.of(
                "3 rule.conflict: Rule 'Internal again' has the same match as rule 'Internal' (line 2) but a different result:"
                        + " 5000 gives 6000 here and 5000 there",
                "5 rule.duplicate: Rule 'Fours copy' repeats rule 'Fours' (line 4)",
                "6 rule.redundant: Rule 'Sales' is redundant: without it rule 'Eights' (line 7) gives the same result on every"
                        + " number it takes, e.g. 81000000000 -> 9081000000000"),
                Models.validate("""
                        digits out outgoing ars "9" {
                            rule "Internal"       leading "5" length 4 replace "5" ignore-ars
                            rule "Internal again" leading "5" length 4 replace "6" ignore-ars
                            rule "Fours"          leading "4" length 4 replace "4" ignore-ars
                            rule "Fours copy"     leading "4" length 4 replace "4" ignore-ars
                            rule "Sales"          leading "81" replace "081"
                            rule "Eights"         leading "8" replace "08"
                        }
                        """));
    }

    @Test
    void rulesWithTheirOwnErrorsStayOutOfTheAnalysis() {
        assertEquals(List.of(
                "2 rule.flag-direction: Rule 'Plus sign' uses add-plus on outgoing table 'out': add-plus only applies to"
                        + " incoming tables",
                "4 rule.length: Length 0 is outside 1 to 32 digits",
                "5 rule.length: Length 6..4 is empty: the minimum is above the maximum"),
                Models.validate("""
                        digits out outgoing ars "9" {
                            rule "Plus sign" leading "3" replace "33" add-plus
                            rule "Plus copy" leading "3" replace "933"
                            rule "Zero"      leading "4" length 0
                            rule "Backwards" leading "5" length 6..4
                        }
                        """));
    }

    @Test
    void staticE164ChecksOnIncomingTables() {
        assertEquals(List.of(
                "2 e164.invalid: Rule 'Bad intl' gives '+0…': country code cannot start with 0",
                "3 e164.invalid: Rule 'Too long' gives '+9…' with 17 digits: E.164 allows at most 15",
                "4 rule.flag-direction: Rule 'ARS flag' uses ignore-ars on incoming table 'in': ARS digits only exist on"
                        + " outgoing tables"),
                Models.validate("""
                        digits in incoming {
                            rule "Bad intl" leading "00" replace "+0"
                            rule "Too long" leading "9" length 17 add-plus
                            rule "ARS flag" leading "8" replace "+318" ignore-ars
                        }
                        """));
    }

    @Test
    void testsShowTheActualResultAndItsRule() {
        assertEquals(List.of(
                "3 rule.redundant: Rule 'Long distance' is redundant: without it the table's default (ARS digits '9' then the"
                        + " number) gives the same result on every number it takes, e.g. 10000000000 -> 910000000000",
                "8 test.failed: Test of 'out' gives '916135551234' (rule 'Long distance', line 3), not '86135551234'",
                "9 test.invalid: '-> none' is for normalization tables: digit table 'out' always gives a result",
                "10 number.invalid: 'abc' is not a number: 'a' at position 1 is not a digit, '*' or '#'"),
                Models.validate("""
                        digits out outgoing ars "9" {
                            rule "Ottawa internal" leading "1613592" replace "" ignore-ars
                            rule "Long distance"   leading "1" replace "1"
                        }
                        test out {
                            "tel:+16135925660"  -> "5660"
                            "+1 (416) 555-1234" -> "914165551234"
                            "16135551234"       -> "86135551234"
                            "5"                 -> none
                            "abc"               -> "9"
                        }
                        """));
    }

    @Test
    void normalizationDiagnostics() {
        assertEquals(List.of(
                "4 rule.shadowed: Rule 'NL mobile' never applies: rule 'NL national' (line 3) matches every number it matches,"
                        + " e.g. 0600000000",
                "6 rule.overlap: Rule 'Amsterdam short' overlaps rule 'Service' (line 5): 1000 gives '+31201000' here and '1000'"
                        + " there; order decides",
                "7 regex.invalid: Pattern '^(\\d+$' does not compile: missing ')' for the group opened at position 2",
                "8 regex.group: Translation '$2' uses group 2 but pattern '^(\\d{5})$' has only 1 group",
                "9 regex.invalid: Pattern '^(\\d)\\1$' uses a back-reference (\\1), which is not regular: Lync's rules must stay in"
                        + " the regular subset",
                "16 test.failed: Test of 'NL' gives '123' (rule 'Service', line 5), not '+31123'",
                "17 test.failed: Test of 'NL' gives none (no rule matches '5'), not '+315'"),
                Models.validate("""
                        normalization NL {
                            rule "NL international" pattern "^00(\\d+)$"         translation "+$1"
                            rule "NL national"      pattern "^0([1-9]\\d{8})$"   translation "+31$1"
                            rule "NL mobile"        pattern "^0(6\\d{8})$"       translation "+316$1"
                            rule "Service"          pattern "^(1\\d{2,3})$"      translation "$1"
                            rule "Amsterdam short"  pattern "^(1\\d{3}|2\\d{3})$" translation "+3120$1"
                            rule "Broken"           pattern "^(\\d+$"            translation "$1"
                            rule "Wrong group"      pattern "^(\\d{5})$"         translation "$2"
                            rule "Back reference"   pattern "^(\\d)\\1$"          translation "$1"
                        }
                        test NL {
                            "0201234567" -> "+31201234567"
                            "0612345678" -> "+31612345678"
                            "+31 20 123 4567" -> none
                            "5"          -> none
                            "123"        -> "+31123"
                            "5"          -> "+315"
                        }
                        """));
    }

    @Test
    void classSeparatorsAndLookAheadInNormalizationRules() {
        assertEquals(List.of(
                "3 regex.class-separator: Character class '[4|8]' also matches '|': write '(4|8)' for alternation or"
                        + " '[48]' for a class",
                "4 regex.class-separator: Character class '[6,7]' also matches ',': write '[67]' for a class without it"),
                Models.only(Models.validate("""
                        normalization Intl {
                            rule "Not NANP or UK" pattern "^\\+(?!(1|44))(\\d+)$" translation "+$2"
                            rule "Bar"            pattern "^[4|8](\\d{3})$"       translation "+3120$1"
                            rule "Commas"         pattern "^0[6,7](\\d{8})$"      translation "+316$1"
                        }
                        test Intl {
                            "+3120"      -> "+3120"
                            "+4420"      -> none
                            "4123"       -> "+3120123"
                            "0712345678" -> "+31612345678"
                        }
                        """), "regex.class-separator", "regex.invalid", "regex.group", "test.failed"));
    }

    @Test
    void implausibleE164TestResult() {
        assertEquals(List.of("3 e164.implausible: Result '+999123' is not a valid number in any numbering plan that"
                + " libphonenumber knows"),
                Models.validate("""
                        normalization Odd { rule "Any" pattern "^(\\d+)$" translation "+$1" }
                        test Odd {
                            "999123" -> "+999123"
                        }
                        """));
    }

    @Test
    void e164ChecksSkipUriParametersAndLookAtEveryActualResult() {
        assertEquals(List.of(
                "8 e164.implausible: Result '+4402079460123' reads back as '+442079460123': a trunk prefix after the"
                        + " country code?",
                "9 e164.implausible: Result '+4402079460123' reads back as '+442079460123': a trunk prefix after the"
                        + " country code?",
                "9 test.failed: Test of 'Ext' gives '+4402079460123' (rule 'UK', line 3), not none",
                "10 e164.implausible: Result '+4402079460123' reads back as '+442079460123': a trunk prefix after the"
                        + " country code?",
                "10 test.failed: Test of 'Ext' gives '+4402079460123' (rule 'UK', line 3), not '+442079460123'",
                "11 e164.implausible: Result '+44999;ext=1' is not a valid number in any numbering plan that"
                        + " libphonenumber knows",
                "11 test.failed: Test of 'Ext' gives '+44999;ext=1' (rule 'UK extension', line 4), not none"),
                Models.validate("""
                        normalization Ext {
                            rule "Extension"    pattern "^(\\d{10})\\*(\\d{4})$" translation "+1$1;ext=$2"
                            rule "UK"           pattern "^0044(\\d+)$"            translation "+44$1"
                            rule "UK extension" pattern "^\\*0044(\\d+)$"          translation "+44$1;ext=1"
                        }
                        test Ext {
                            "6135925660*5660" -> "+16135925660;ext=5660"
                            "004402079460123" -> "+4402079460123"
                            "004402079460123" -> none
                            "004402079460123" -> "+442079460123"
                            "*0044999"        -> none
                        }
                        """));
    }

    @Test
    void resultEqualityIsDecidedThroughGroupsAndOverlapNamesEveryRule() {
        assertEquals(List.of(
                "2 rule.redundant: Rule 'Site code' is redundant: without it, rule 'Four digits' (line 3) gives the same"
                        + " result for every number it takes, e.g. 1234 still gives '+611234'",
                "5 rule.duplicate: Rule 'Split' duplicates rule 'National' (line 4): it matches exactly the same numbers"
                        + " with the same result",
                "9 rule.overlap: Rule 'Any two' overlaps rule 'Ones' (line 6), rule 'Twos' (line 7) and rule 'Threes'"
                        + " (line 8): 12 gives 'D' here and 'A' with rule 'Ones'; order decides"),
                Models.validate("""
                        normalization AU {
                            rule "Site code"   pattern "^1234$"             translation "+611234"
                            rule "Four digits" pattern "^(\\d{4})$"         translation "+61$1"
                            rule "National"    pattern "^0(\\d{9})$"        translation "+61$1"
                            rule "Split"       pattern "^0(\\d)(\\d{8})$"   translation "+61$1$2"
                            rule "Ones"        pattern "^1[0-4]$"           translation "A"
                            rule "Twos"        pattern "^2[0-4]$"           translation "B"
                            rule "Threes"      pattern "^3[0-4]$"           translation "C"
                            rule "Any two"     pattern "^[1-4][2-7]$"       translation "D"
                        }
                        """));
    }

    @Test
    void dualForkingChecksTheActualPresentedNumberEvenWhenItDiffers() {
        assertEquals(List.of(
                "12 dualfork.mismatch: Caller '4402079460123' arrives as '+442079460123' over the SIP trunk, but incoming"
                        + " table 'in' turns it into '+4402079460123' (rule 'UK', line 17): Communicator would show two"
                        + " notifications",
                "12 e164.implausible: Presented number '+4402079460123' reads back as '+442079460123': a trunk prefix"
                        + " after the country code?"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            site Ottawa region "CA" {
                                server med01 "med01.contoso.local" roles Mediation
                            }
                            pbx icp01 product MitelICP version "8.0 UR3"
                            appliance ucm01 product MitelUCMobile version "1.6"
                            gateway lbg01 product MitelLBG version "3.1.1" {
                                icp icp01 incoming in
                            }
                            trunk direct-sip icp01 med01
                            dual-forking via lbg01 icp01 {
                                "4402079460123" presented-as "+442079460123"
                            }
                        }
                        digits in incoming {
                            rule "National" leading "1" length 11 add-plus
                            rule "UK"       leading "44" length 13 add-plus
                        }
                        """));
    }

    @Test
    void dualForkingSamplesGoThroughTheIncomingTable() {
        assertEquals(List.of("14 dualfork.mismatch: Caller '4000' arrives as '+16135924000' over the SIP trunk, but incoming"
                + " table 'in' turns it into '4000' (no rule matched): Communicator would show two notifications"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            site Ottawa region "CA" {
                                server med01 "med01.contoso.local" roles Mediation
                            }
                            pbx icp01 product MitelICP version "8.0 UR3"
                            appliance ucm01 product MitelUCMobile version "1.6"
                            gateway lbg01 product MitelLBG version "3.1.1" {
                                icp icp01 incoming in
                            }
                            trunk direct-sip icp01 med01
                            dual-forking via lbg01 icp01 {
                                "5660"        presented-as "+16135925660"
                                "16135631234" presented-as "+16135631234"
                                "4000"        presented-as "+16135924000"
                            }
                        }
                        digits in incoming {
                            rule "Extensions" leading "5" length 4 replace "+16135925"
                            rule "National"   leading "1" length 11 add-plus
                        }
                        """));
    }
}
