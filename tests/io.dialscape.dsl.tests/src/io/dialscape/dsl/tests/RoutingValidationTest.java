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
}
