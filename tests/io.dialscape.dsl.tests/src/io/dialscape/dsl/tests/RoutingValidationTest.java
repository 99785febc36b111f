package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Voice-routing diagnostics of LANGUAGE.md section 10 and the names of section 1: for each code a model
 * that reports it (line, code and message, and nothing else) and one that does not.
 */
class RoutingValidationTest {

    /** A Skype for Business topology with two SBCs; {@code members} go after the gateways. */
    private static List<String> routing(String members, String after) {
        return Models.validate("""
                product sbc "Session border controller"
                topology nw platform sfb2019 {
                    gateway gw1 "gw1.northwind.com" product sbc version "1" translation trunkOut
                    gateway gw2 "gw2.northwind.com" product sbc version "1"
                """ + members + """
                }
                normalization trunkOut { rule "NANP" pattern "^\\+1(\\d{10})$" translation "$1" }
                """ + after);
    }

    @Test
    void aCleanRoutingModelReportsNothing() {
        assertEquals(List.of(), routing("""
                    usages Local, National
                    route Local206 pattern "^\\+1206\\d{7}$" usages Local gateways gw1, gw2
                    route NANP pattern "^\\+1[2-9]\\d{9}$" usages National gateways gw1
                    policy Domestic usages Local, National
                """, ""));
    }

    @Test
    void aRouteWhoseUsagesNoPolicyListsIsUnused() {
        assertEquals(List.of("7 route.unused: Route 'Canada' is never used: its usage Canada is in no voice policy of"
                        + " topology 'nw'",
                "8 route.unused: Route 'Both' is never used: none of its usages Canada, Spare is in a voice policy of"
                        + " topology 'nw'"),
                routing("""
                            usages Local, Canada, Spare
                            route Local206 pattern "^\\+1206" usages Local gateways gw1
                            route Canada pattern "^\\+1416" usages Canada gateways gw1
                            route Both pattern "^\\+1604" usages Canada, Spare gateways gw2
                            route Mixed pattern "^\\+1" usages Canada, Local gateways gw2
                            policy P usages Local
                        """, ""));
    }

    @Test
    void aPolicyUsageWithoutARouteIsReportedOncePerUsage() {
        assertEquals(List.of("7 usage.no-route: Policy 'Global' lists usage Overseas, which no route has: calls never get"
                        + " a route from it",
                "7 usage.no-route: Policy 'Global' lists usage Spare, which no route has: calls never get a route from it"),
                routing("""
                            usages Local, Overseas, Spare
                            route Local206 pattern "^\\+1206" usages Local gateways gw1
                            policy Global usages Local, Overseas, Spare, Overseas
                        """, ""));
    }

    @Test
    void routePatternsGetTheRegexChecks() {
        assertEquals(List.of("6 regex.invalid: Pattern '^(\\+1$' does not compile: missing ')' for the group opened at"
                        + " position 2",
                "7 regex.class-separator: Character class '[4|8]' also matches '|': write '(4|8)' for alternation or"
                        + " '[48]' for a class",
                "8 rule.unmatchable: Route 'Never' can never match: no number (digits, '*' and '#', with an optional"
                        + " leading '+') matches pattern '^\\+1x'"),
                Models.only(routing("""
                            usages U
                            route Broken pattern "^(\\+1$" usages U gateways gw1
                            route Bar pattern "^\\+[4|8]" usages U gateways gw1
                            route Never pattern "^\\+1x" usages U gateways gw1
                            policy P usages U
                        """, ""), "regex.invalid", "regex.class-separator", "rule.unmatchable"));
    }

    @Test
    void usagesRoutesPoliciesAndGroupsAreNamespacesOfTheirOwn() {
        assertEquals(List.of("7 name.duplicate: Name 'Local' is defined more than once: route 'Local' (line 6) has it too",
                "9 name.duplicate: Name 'gw1' is defined more than once: gateway 'gw1' (line 3) has it too"),
                routing("""
                            usages Local
                            route Local pattern "^\\+1" usages Local gateways gw1
                            route Local pattern "^\\+44" usages Local gateways gw1
                            policy gw1 usages Local
                            pbx gw1 product sbc version "1"
                            users Local dialplan trunkOut policy gw1
                        """, ""));
    }

    @Test
    void referencesFindTheKindTheyExpect() {
        assertEquals(List.of("6 linking: Unknown PSTN usage in this topology 'National'",
                "6 linking: Unknown gateway in this topology 'gw9'",
                "7 linking: Unknown normalization table 'nwDial'",
                "7 linking: Unknown voice policy in this topology 'Nobody'"),
                routing("""
                            usages Local
                            route R pattern "^\\+1" usages Local, National gateways gw1, gw9
                            users U dialplan nwDial policy Nobody
                            policy P usages Local
                        """, ""));
    }

    @Test
    void aCaseOfTheOtherKindIsTestInvalidAndNotResolved() {
        assertEquals(List.of("10 test.invalid: A call case ('\"2000\" from ...') belongs in a topology's test, not in the test"
                        + " of normalization table 'trunkOut'",
                "11 test.invalid: A table case ('\"+12065550100\" -> ...') belongs in a table's test: topology 'nw' is"
                        + " tested with call cases ('\"dialed\" from USERS -> \"normalized\" ...')"),
                routing("""
                            usages Local
                            route R pattern "^\\+1" usages Local gateways gw1
                            policy P usages Local
                        """, """
                        test trunkOut { "2000" from Nobody -> "+12063862000" route Nowhere }
                        test nw { "+12065550100" -> "2065550100" }
                        """));
    }

    @Test
    void gatewaysGetTheFqdnChecks() {
        assertEquals(List.of("5 fqdn.invalid: Gateway 'gw3' has FQDN 'gw3..northwind.com', which is not a valid DNS name:"
                        + " empty label between dots",
                "6 fqdn.duplicate: Gateway 'gw4' has the same FQDN 'GW1.northwind.com.' as gateway 'gw1' (line 3)"),
                Models.only(routing("""
                            gateway gw3 "gw3..northwind.com" product sbc version "1"
                            gateway gw4 "GW1.northwind.com." product sbc version "1"
                        """, ""), "fqdn.invalid", "fqdn.duplicate"));
    }

    @Test
    void aTeamsTopologyHoldsSbcsAndRoutingButNoServerRoles() {
        assertEquals(List.of("5 linking: Platform 'teams' has no role 'FrontEnd'"), Models.validate("""
                topology contosoTeams platform teams {
                    gateway sbc1 "sbc1.contoso.com" product GenericGateway version "0"
                    gateway sbc2 "sbc2.contoso.com" product GenericGateway version "0"
                    site HQ {
                        server s1 "s1.contoso.com" roles FrontEnd
                    }
                    usages Intl
                    route All pattern "^\\+" usages Intl gateways sbc1, sbc2
                    policy Everyone usages Intl
                }
                """));
    }

    /** The seed's scenario: Communicator dials 5660, the route to the LBG, and the ICP receives 5660. */
    private static final String RIDEAU = """
            topology rideau platform ocs2007r2 {
                pbx icp01 product MitelICP version "8.0 UR3"
                gateway lbg01 product MitelLBG version "3.1.1" { icp icp01 outgoing lbgOut }
                gateway gw01 "gw01.rideau.local" product GenericGateway version "0" translation gw01Out
                usages Internal, National
                route PBX  pattern "^\\+1613592\\d{4}$" usages Internal gateways lbg01
                route NANP pattern "^\\+1\\d{10}$"      usages National gateways gw01
                policy Staff usages Internal, National
                users OttawaStaff dialplan Ottawa policy Staff
            }
            normalization Ottawa {
                rule "Extensions" pattern "^(5\\d{3})$"      translation "+1613592$1"
                rule "NANP 10"    pattern "^([2-9]\\d{9})$"  translation "+1$1"
            }
            normalization gw01Out { rule "NANP to 10 digits" pattern "^\\+1(\\d{10})$" translation "$1" }
            digits lbgOut outgoing ars "9" {
                rule "Ottawa internal" leading "1613592" replace "" ignore-ars
                rule "Long distance"   leading "1"       replace "81"
            }
            """;

    @Test
    void callCasesPassWhenThePathIsAsExpected() {
        assertEquals(List.of(), Models.validate(RIDEAU + """
                test rideau {
                    "5660"       from OttawaStaff -> "+16135925660" route PBX sends "5660"
                    "6135551234" from OttawaStaff -> "+16135551234" route NANP sends "6135551234"
                    "6135551234" from OttawaStaff -> "+16135551234"
                }
                """));
    }

    @Test
    void aFailedCallCaseShowsTheWholeActualPath() {
        assertEquals(List.of("21 call.failed: Expected sent number '16135925660', but '5660' normalizes to '+16135925660' by"
                        + " rule 'Extensions' (line 12), usage 'Internal', route 'PBX' (line 6), gateway 'lbg01', LBG outgoing"
                        + " rule 'Ottawa internal' (line 17), sends '5660'",
                "22 call.failed: Expected route 'PBX', but '6135551234' normalizes to '+16135551234' by rule 'NANP 10'"
                        + " (line 13), usage 'National', route 'NANP' (line 7), gateway 'gw01', trunk translation by rule"
                        + " 'NANP to 10 digits' (line 15), sends '6135551234'",
                "23 call.failed: Expected normalized number '+4420', but '20' matches no dial-plan rule and"
                        + " goes on as '20', and no route of policy 'Staff' matches it"),
                Models.only(Models.validate(RIDEAU + """
                        test rideau {
                            "5660"       from OttawaStaff -> "+16135925660" route PBX sends "16135925660"
                            "6135551234" from OttawaStaff -> "+16135551234" route PBX
                            "20"         from OttawaStaff -> "+4420" unroutable
                        }
                        """), "call.failed"));
    }

    @Test
    void callCasesGetTheNumberAndE164Checks() {
        assertEquals(List.of("12 e164.invalid: Rule 'Extensions' always gives an invalid E.164 number: translation"
                        + " '+0613592$1' makes every result start with '+0', and a country code cannot start with 0, e.g. 5000"
                        + " gives '+06135925000'",
                "21 number.invalid: '56x0' is not a number: 'x' at position 3 is not a digit, '*' or '#'",
                "22 e164.invalid: Normalized number '+06135925660' is not a valid E.164 number: country code cannot start"
                        + " with 0"),
                Models.validate(RIDEAU.replace("translation \"+1613592$1\"", "translation \"+0613592$1\"") + """
                        test rideau {
                            "56x0" from OttawaStaff -> "+16135925660"
                            "5660" from OttawaStaff -> "+06135925660"
                        }
                        """));
    }

    @Test
    void aGroupThatCannotReachANumberItsDialPlanMakesIsWarnedOnceWithTheShortestExample() {
        assertEquals(List.of("9 users.unroutable: Users 'OttawaStaff' cannot reach every number their dial plan makes:"
                        + " dialing '011200000' gives '+200000' (rule 'International' (line 13)), which no route of policy"
                        + " 'Staff' matches"),
                Models.validate(RIDEAU.replace("""
                            rule "NANP 10"    pattern""", """
                            rule "International" pattern "^011([2-9]\\d{5,14})$" translation "+$1"
                            rule "NANP 10"    pattern""")));
    }

    @Test
    void aDialPlanRuleWithAnErrorOfItsOwnTakesNoPartInCalls() {
        assertEquals(List.of("12 regex.group: Translation '+$2' uses group 2 but pattern '^(5\\d{3})$' has only 1 group"),
                Models.validate(RIDEAU.replace("""
                            rule "Extensions" pattern""", """
                            rule "Broken"     pattern "^(5\\d{3})$" translation "+$2"
                            rule "Extensions" pattern""") + """
                        test rideau {
                            "5660" from OttawaStaff -> "+16135925660" route PBX sends "5660"
                        }
                        """));
    }
}
