package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.dsl.batch.Finding;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression tests from a review of the implementation against LANGUAGE.md: each pins
 * one sentence of the contract with the smallest model that shows it (code, line and
 * message, and nothing else).
 */
class ContractTest {

    /** Section 8, fqdn.duplicate: the standard-pool exemption covers the pool and its server, not a second server. */
    @Test
    void twoServersOfOneStandardPoolWithOneFqdnAreDuplicates() {
        assertEquals(List.of(
                "3 pool.standard-size: Standard Edition pool 'se' has 2 servers: a Standard Edition pool is exactly one server;"
                        + " use an enterprise pool for more",
                "5 fqdn.duplicate: Server 'se2' has the same FQDN 'se.contoso.local' as server 'se1' (line 4)"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            site A {
                                pool se standard "se.contoso.local" {
                                    server se1 "se.contoso.local" roles FrontEnd
                                    server se2 "se.contoso.local" roles FrontEnd
                                }
                            }
                        }
                        """));
    }

    /** Section 8, fqdn.duplicate: a standard pool's FQDN may still equal its one server's. */
    @Test
    void standardPoolMayShareItsFqdnWithItsServer() {
        assertEquals(List.of(), Models.validate("""
                topology t platform ocs2007r2 {
                    site A {
                        pool se standard "se.contoso.local" {
                            server se1 "se.contoso.local" roles FrontEnd
                        }
                    }
                }
                """));
    }

    /** Section 1: a length outside 1 to 32 is rule.length, even one too large for an int; never a syntax error. */
    @Test
    void lengthBeyondTheIntRangeIsRuleLength() {
        assertEquals(List.of(
                "2 rule.length: Length 99999999999 is outside 1 to 32 digits",
                "3 rule.length: Length 4..99999999999 is outside 1 to 32 digits"),
                Models.validate("""
                        digits in incoming {
                            rule "Huge"       leading "1" length 99999999999
                            rule "Huge range" leading "2" length 4..99999999999
                            rule "Fine"       leading "3" length 4..32
                        }
                        """));
    }

    /** Section 1: member references resolve within the same topology only. */
    @Test
    void trunkToAPbxOfAnotherTopologyIsALinkingError() {
        assertEquals(List.of(
                "7 linking: Unknown PBX in this topology 'icpA'",
                "7 linking: Unknown server in this topology 'medA'"),
                Models.validate("""
                        topology a platform ocs2007r2 {
                            site S { server medA "meda.contoso.local" roles Mediation }
                            pbx icpA product MitelICP version "9.0"
                        }
                        topology b platform ocs2007r2 {
                            pbx icpB product MitelICP version "9.0"
                            trunk direct-sip icpA medA
                        }
                        """));
    }

    /** Section 1: keywords are soft: a role named edge, a PBX named icp, tables named test and incoming. */
    @Test
    void keywordsServeAsNamesInDefinitionsBindingsAndTests() {
        assertEquals(List.of(), Models.validate("""
                platform p "P" {
                    role edge "Edge" edge
                    role FrontEnd "Front End"
                    allow edge, FrontEnd
                }
                topology t platform p {
                    site s { server x "x.contoso.local" perimeter roles edge, FrontEnd }
                    pbx icp product MitelICP version "9.0"
                    gateway gateway product MitelLBG version "3.1.1" { icp icp outgoing test incoming incoming }
                }
                digits test outgoing ars "9" { rule "Internal" leading "1613592" replace "" ignore-ars }
                digits incoming incoming { rule "Extensions" leading "5" length 4 replace "+16135925" }
                test test { "tel:+1-613-592-5660;phone-context=+1" -> "5660" }
                test incoming { "5660" -> "+16135925660" }
                """));
    }

    /** Section 3: "3.1 patch 1" == "3.1.1"; section 8: one feature.prerequisite per unmet requirement. */
    @Test
    void versionOrderAndOnePrerequisitePerUnmetRequirement() {
        assertEquals(List.of(
                "7 feature.prerequisite: Dual forking with remote call control needs Mitel 3300 ICP 8.0 UR3 or later:"
                        + " 'icp01' runs 8.0 UR2 (line 3)",
                "7 feature.prerequisite: Dual forking with remote call control needs Mitel UC Mobile 1.6 or later,"
                        + " and topology 't' has no Mitel UC Mobile"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            site S { server med01 "med01.contoso.local" roles Mediation }
                            pbx icp01 product MitelICP version "8.0 UR2"
                            gateway lbg01 product MitelLBG version "3.1 patch 1"
                            trunk direct-sip icp01 med01

                            dual-forking via lbg01 icp01 { }
                        }
                        """));
    }

    /** Section 8: other elements are named with their line only in the same file; elsewhere with their file. */
    @Test
    void aTestInAnotherFileNamesTheRuleWithItsFile() {
        Map<Path, String> texts = new LinkedHashMap<>();
        texts.put(Path.of("/dialscape-test/plan.ucm"), """
                digits out outgoing ars "9" {
                    rule "Internal" leading "1613592" replace "" ignore-ars
                }
                """);
        texts.put(Path.of("/dialscape-test/tests.ucm"), """
                test out { "16135925660" -> "9" }
                """);
        List<Finding> findings = Models.validateTogether(texts);
        assertEquals(List.of("tests.ucm 1 test.failed: Test of 'out' gives '5660' (rule 'Internal', plan.ucm, line 2), not '9'"),
                findings.stream().map(f -> f.file().getFileName() + " " + f.line() + " " + f.code() + ": " + f.message()).toList());
    }

    /** Section 8, forest.global-settings: more than one domain; a trailing dot does not make a second one. */
    @Test
    void aTrailingDotDoesNotMakeASecondDomain() {
        assertEquals(List.of("3 forest.global-settings: Forest 'a.local' has 2 domains but keeps global settings in the System"
                + " container: move them to the Configuration container (Global Settings Migration Tool)"),
                Models.validate("""
                        topology t platform ocs2007r2 {
                            forest "contoso.local" domains "Contoso.Local." global-settings system
                            forest "a.local" domains "b.local." global-settings system
                        }
                        """));
    }
}
