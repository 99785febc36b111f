package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Topology diagnostics of LANGUAGE.md section 8: for each code a model that must report
 * it (code, line and message, and nothing else) and a model that must not.
 */
class TopologyValidationTest {

    private static List<String> topology(String members) {
        return Models.validate("topology t platform ocs2007r2 {\n" + members + "}\n");
    }

    @Test
    void unsupportedCollocationNamesTheSupportedSets() {
        assertEquals(List.of("4 collocation.unsupported: Server 'fe02' may not hold FrontEnd with Monitoring on Office Communications"
                + " Server 2007 R2: supported sets containing FrontEnd are {FrontEnd with WebComponents, AVConferencing,"
                + " WebConferencing, ApplicationSharing}"),
                topology("""
                        site A {
                            pool p enterprise "p.contoso.local" {
                                server fe02 "fe02.contoso.local" roles FrontEnd, Monitoring
                            }
                        }
                        """));
    }

    @Test
    void conferencingRolesWithoutAFrontEndAreTheExpandedConfiguration() {
        assertEquals(List.of("5 collocation.unsupported: Server 'conf' may not hold AVConferencing with WebConferencing"
                + " without FrontEnd on Office Communications Server 2007 R2: supported sets containing AVConferencing are"
                + " {FrontEnd with WebComponents, AVConferencing, WebConferencing, ApplicationSharing}"),
                topology("""
                        site A {
                            pool p enterprise "p.contoso.local" {
                                server fe01 "fe01.contoso.local" roles FrontEnd, WebComponents, AVConferencing
                                server conf "conf.contoso.local" roles AVConferencing, WebConferencing
                            }
                        }
                        """));
    }

    @Test
    void internalRoleOnAPerimeterServerIsReportedBesideCollocation() {
        assertEquals(List.of("3 internal.perimeter: Server 'cwa' is marked perimeter but holds the internal role"
                        + " CommunicatorWebAccess: it runs in the internal network only",
                "4 collocation.denied: Server 'dir' may not hold Mediation with Director: Mediation Server needs a computer"
                        + " of its own in OCS 2007 R2",
                "4 internal.perimeter: Server 'dir' is marked perimeter but holds the internal roles Director, Mediation:"
                        + " they run in the internal network only"),
                topology("""
                        site A {
                            server cwa "cwa.contoso.com" perimeter roles CommunicatorWebAccess
                            server dir "dir.contoso.com" perimeter roles Director, Mediation
                            server edge "edge.contoso.com" perimeter roles AccessEdge, AVEdge
                            server cwa2 "cwa2.contoso.local" roles CommunicatorWebAccess
                        }
                        """));
    }

    @Test
    void userPlatformsMayDeclareAnchoredSetsAndInternalRoles() {
        assertEquals(List.of("9 collocation.unsupported: Server 's2' may not hold B with C without A on P: supported sets"
                        + " containing B are {A with B, C}",
                "10 internal.perimeter: Server 's3' is marked perimeter but holds the internal role A: it runs in the internal"
                        + " network only"),
                Models.validate("""
                        platform p "P" {
                            role A "a" internal
                            role B "b"
                            role C "c"
                            allow A with B, C
                        }
                        topology t platform p {
                            site S { server s1 "s1.x.local" roles A, B, C
                                     server s2 "s2.x.local" roles B, C
                                     server s3 "s3.x.local" perimeter roles A }
                        }
                        """));
    }

    @Test
    void standardEditionSetAppliesInStandardPoolsOnly() {
        assertEquals(List.of(), topology("""
                site A {
                    pool se standard "se.contoso.local" {
                        server se1 "se.contoso.local" roles FrontEnd, WebComponents, WebConferencing, Monitoring
                    }
                }
                """));
    }

    @Test
    void denyWinsAndGivesItsReason() {
        assertEquals(List.of("3 collocation.denied: Server 'med02' may not hold Mediation with WebComponents: Mediation Server"
                + " needs a computer of its own in OCS 2007 R2"),
                topology("""
                        site A {
                            server med02 "med02.contoso.local" roles Mediation, WebComponents
                        }
                        """));
    }

    @Test
    void edgeRoleOutsidePerimeter() {
        assertEquals(List.of("3 edge.internal: Server 'edge02' holds the edge role AccessEdge but is not marked perimeter:"
                + " edge roles run in the perimeter network"),
                topology("""
                        site A {
                            server edge02 "edge02.contoso.com" roles AccessEdge
                            server edge01 "edge01.contoso.com" perimeter roles AccessEdge, WebConferencingEdge, AVEdge
                        }
                        """));
    }

    @Test
    void poolWithoutFrontEnd() {
        assertEquals(List.of("3 pool.no-frontend: Pool 'wc01' has no server with the FrontEnd role: a pool serves users"
                + " through its Front End servers"),
                topology("""
                        site A {
                            pool wc01 enterprise "wc01.contoso.local" {
                                server wc01a "wc01a.contoso.local" roles WebComponents
                            }
                        }
                        """));
    }

    @Test
    void standardPoolWithTwoServers() {
        assertEquals(List.of("3 pool.standard-size: Standard Edition pool 'se02' has 2 servers: a Standard Edition pool is"
                + " exactly one server; use an enterprise pool for more"),
                topology("""
                        site A {
                            pool se02 standard "se02.contoso.local" {
                                server se02a "se02a.contoso.local" roles FrontEnd
                                server se02b "se02b.contoso.local" roles FrontEnd
                            }
                        }
                        """));
    }

    @Test
    void invalidAndDuplicateFqdns() {
        assertEquals(List.of(
                "4 fqdn.duplicate: Server 'arch01' has the same FQDN 'FE01.contoso.local.' as server 'fe01' (line 3)",
                "5 fqdn.invalid: Server 'dir01' has FQDN 'dir01..contoso.local', which is not a valid DNS name: empty label between dots"),
                topology("""
                        site A {
                            server fe01 "fe01.contoso.local" roles Director
                            server arch01 "FE01.contoso.local." roles Archiving, Monitoring
                            server dir01 "dir01..contoso.local" roles Director
                        }
                        """));
    }

    @Test
    void multiDomainForestInSystemContainer() {
        assertEquals(List.of("2 forest.global-settings: Forest 'contoso.local' has 3 domains but keeps global settings in the"
                + " System container: move them to the Configuration container (Global Settings Migration Tool)"),
                topology("""
                        forest "contoso.local" domains "nl.contoso.local", "be.contoso.local" global-settings system
                        """));
        assertEquals(List.of(), topology("""
                forest "contoso.local" domains "nl.contoso.local" global-settings configuration
                """));
        assertEquals(List.of(), topology("""
                forest "contoso.local" global-settings system
                """));
    }

    @Test
    void dualForkingNeedsTrunkAndProducts() {
        assertEquals(List.of(
                "7 dualfork.no-trunk: Dual forking through 'icp09' needs a direct SIP trunk from 'icp09' to a Mediation Server:"
                        + " add 'trunk direct-sip icp09 <mediation server>'",
                "7 feature.prerequisite: Dual forking with remote call control needs Mitel 3300 ICP 8.0 UR3 or later: 'icp09' runs 8.0 UR2 (line 5)",
                "7 feature.prerequisite: Dual forking with remote call control needs Mitel UC Mobile 1.6 or later, and topology 't' has no Mitel UC Mobile",
                "7 feature.prerequisite: Dual forking with remote call control needs Mitel Live Business Gateway 3.1.1 or later: 'lbg09' runs 3.1 (line 6)"),
                topology("""
                        site Ottawa region "CA" {
                            server med09 "med09.ca.contoso.local" roles Mediation
                        }
                        pbx icp09 product MitelICP version "8.0 UR2"
                        gateway lbg09 product MitelLBG version "3.1"
                        dual-forking via lbg09 icp09 {
                        }
                        """));
    }

    @Test
    void dualForkingReadyTopologyIsClean() {
        assertEquals(List.of(), topology("""
                site Ottawa region "CA" {
                    server med01 "med01.ca.contoso.local" roles Mediation
                }
                pbx icp01 product MitelICP version "8.0 UR10"
                appliance ucm01 product MitelUCMobile version "1.6"
                gateway lbg01 product MitelLBG version "3.1 patch 1"
                trunk direct-sip icp01 med01
                dual-forking via lbg01 icp01 {
                }
                """));
    }

    @Test
    void rolesResolveOnTheTopologysPlatformOnly() {
        assertEquals(List.of("3 linking: Platform 'ocs2007r2' has no role 'PersistentChat'"),
                topology("""
                        site A {
                            server pc "pc.contoso.local" roles PersistentChat
                        }
                        """));
    }

    @Test
    void duplicateNames() {
        assertEquals(List.of(
                "1 name.duplicate: Name 'ocs2007r2' is defined more than once: platform 'ocs2007r2' (bundled library) has it too",
                "4 name.duplicate: Name 'a' is defined more than once: site 'a' (line 3) has it too"),
                Models.validate("""
                        platform ocs2007r2 "Mine" { role X "X" }
                        topology t platform sfb2019 {
                            site a { }
                            pbx a product MitelICP version "1"
                        }
                        """));
    }

    @Test
    void diagnosticsSitOnTheLineWhereTheElementStarts() {
        assertEquals(List.of("3 collocation.unsupported: Server 'fe02' may not hold FrontEnd with Monitoring on Office"
                + " Communications Server 2007 R2: supported sets containing FrontEnd are {FrontEnd with WebComponents,"
                + " AVConferencing, WebConferencing, ApplicationSharing}"),
                topology("""
                        site A {
                            server fe02 "fe02.contoso.local"
                                roles FrontEnd, Monitoring
                        }
                        """));
    }

    @Test
    void bindingsMustUseTablesOfTheirDirection() {
        assertEquals(List.of(
                "4 binding.direction: Digit table 'in' is an incoming table but is bound as the outgoing list of 'icp01'",
                "4 binding.direction: Digit table 'out' is an outgoing table but is bound as the incoming list of 'icp01'"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            pbx icp01 product MitelICP version "9.0"
                            gateway lbg01 product MitelLBG version "3.1.1" {
                                icp icp01 outgoing in incoming out
                            }
                        }
                        digits out outgoing ars "9" { rule "Long distance" leading "1" replace "81" }
                        digits in incoming { rule "National" leading "1" length 11 add-plus }
                        """));
    }
}
