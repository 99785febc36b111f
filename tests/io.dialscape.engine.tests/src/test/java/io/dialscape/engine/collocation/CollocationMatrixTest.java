package io.dialscape.engine.collocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.collocation.CollocationVerdict.Denied;
import io.dialscape.engine.collocation.CollocationVerdict.Supported;
import io.dialscape.engine.collocation.CollocationVerdict.Unsupported;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The semantics and the exact messages of {@link CollocationMatrix}, on the platform of LANGUAGE.md section 2. */
class CollocationMatrixTest {

    private static final String R2 = "Office Communications Server 2007 R2";

    /** The {@code ocs2007r2} example of LANGUAGE.md section 2, written out with the engine's API. */
    private static final CollocationMatrix EXAMPLE = new CollocationMatrix(R2,
            List.of("FrontEnd", "WebComponents", "AVConferencing", "WebConferencing", "ApplicationSharing",
                    "BackEndDatabase", "Archiving", "Monitoring", "Mediation", "AccessEdge", "WebConferencingEdge",
                    "AVEdge", "Director", "ExchangeUM"),
            List.of(AllowSet.of(List.of("FrontEnd", "WebComponents", "AVConferencing", "WebConferencing",
                            "ApplicationSharing")),
                    AllowSet.of(List.of("FrontEnd", "WebComponents", "AVConferencing", "WebConferencing",
                            "ApplicationSharing", "Archiving", "Monitoring"), Edition.STANDARD),
                    AllowSet.of(List.of("AccessEdge", "WebConferencingEdge", "AVEdge")),
                    AllowSet.of(List.of("Archiving", "Monitoring"))),
            List.of(DenyRule.withAnyRole("Mediation", "Mediation Server needs a computer of its own in OCS 2007 R2"),
                    DenyRule.withAnyRole("ExchangeUM", "Exchange UM is never collocated with OCS roles")));

    @Test
    void frontEndWithMonitoringInAnEnterprisePoolIsUnsupported() {
        CollocationVerdict verdict = EXAMPLE.check("fe02", List.of("FrontEnd", "Monitoring"), Edition.ENTERPRISE);

        Unsupported unsupported = assertInstanceOf(Unsupported.class, verdict);
        assertEquals("Server 'fe02' may not hold FrontEnd with Monitoring on Office Communications Server 2007 R2: "
                + "supported sets containing FrontEnd are {FrontEnd, WebComponents, AVConferencing, WebConferencing, "
                + "ApplicationSharing}", unsupported.message());
        assertEquals(List.of(EXAMPLE.allows().get(0)), unsupported.closest());
    }

    @Test
    void mediationWithAnotherRoleIsDenied() {
        CollocationVerdict verdict = EXAMPLE.check("med02", List.of("Mediation", "WebComponents"), null);

        Denied denied = assertInstanceOf(Denied.class, verdict);
        assertEquals("Server 'med02' may not hold Mediation with WebComponents: "
                + "Mediation Server needs a computer of its own in OCS 2007 R2", denied.message());
        assertSame(EXAMPLE.denies().get(0), denied.rule());
    }

    @Test
    void denyNamesItsOwnRoleFirstAndTheOthersInServerOrder() {
        CollocationVerdict verdict = EXAMPLE.check("med03",
                List.of("WebConferencing", "Mediation", "WebComponents"), Edition.ENTERPRISE);

        assertEquals("Server 'med03' may not hold Mediation with WebConferencing, WebComponents: "
                + "Mediation Server needs a computer of its own in OCS 2007 R2", message(verdict));
    }

    @Test
    void standardEditionServerMayHoldMonitoring() {
        assertSupported(EXAMPLE.check("se01srv",
                List.of("FrontEnd", "WebComponents", "WebConferencing", "Monitoring"), Edition.STANDARD));
    }

    @Test
    void standardSetDoesNotApplyOutsideAStandardPool() {
        List<String> roles = List.of("FrontEnd", "Archiving");
        assertSupported(EXAMPLE.check("se", roles, Edition.STANDARD));
        assertInstanceOf(Unsupported.class, EXAMPLE.check("ee", roles, Edition.ENTERPRISE));
        assertInstanceOf(Unsupported.class, EXAMPLE.check("site", roles, null));
    }

    @Test
    void unqualifiedSetsApplyEverywhere() {
        List<String> roles = List.of("Archiving", "Monitoring");
        assertSupported(EXAMPLE.check("arch01", roles, null));
        assertSupported(EXAMPLE.check("arch02", roles, Edition.STANDARD));
        assertSupported(EXAMPLE.check("arch03", roles, Edition.ENTERPRISE));
    }

    @Test
    void subsetsOfAnAllowSetAreSupported() {
        assertSupported(EXAMPLE.check("edge01", List.of("AVEdge", "AccessEdge"), null));
        assertSupported(EXAMPLE.check("wc01", List.of("WebComponents", "WebConferencing"), Edition.ENTERPRISE));
        assertSupported(EXAMPLE.check("fe01", List.of("FrontEnd", "WebComponents", "AVConferencing",
                "WebConferencing", "ApplicationSharing"), Edition.ENTERPRISE));
    }

    @ParameterizedTest
    @CsvSource({ "Mediation", "ExchangeUM", "BackEndDatabase", "Director" })
    void aSingleRoleIsAlwaysSupported(String role) {
        for (Edition edition : new Edition[] { null, Edition.STANDARD, Edition.ENTERPRISE }) {
            assertSupported(EXAMPLE.check("solo", List.of(role), edition));
        }
    }

    @Test
    void anEmptyRoleListIsSupported() {
        assertSupported(EXAMPLE.check("empty", List.of(), null));
    }

    @Test
    void duplicateRolesAreIgnored() {
        assertSupported(EXAMPLE.check("med01", List.of("Mediation", "Mediation"), null));
        assertSupported(EXAMPLE.check("fe01", List.of("FrontEnd", "WebComponents", "FrontEnd"), Edition.ENTERPRISE));
        assertEquals("Server 'fe02' may not hold FrontEnd with Monitoring on " + R2 + ": supported sets containing "
                + "FrontEnd are {FrontEnd, WebComponents, AVConferencing, WebConferencing, ApplicationSharing}",
                message(EXAMPLE.check("fe02", List.of("FrontEnd", "Monitoring", "FrontEnd", "Monitoring"),
                        Edition.ENTERPRISE)));
    }

    @Test
    void rolesThePlatformDoesNotDeclareAreLeftToTheLinker() {
        assertSupported(EXAMPLE.check("fe01", List.of("FrontEnd", "NoSuchRole"), Edition.ENTERPRISE));
    }

    @Test
    void theFirstListedRoleAnchorsTheMessage() {
        assertEquals("Server 'arch01' may not hold Archiving with FrontEnd on " + R2 + ": "
                + "supported sets containing Archiving are {Archiving, Monitoring}",
                message(EXAMPLE.check("arch01", List.of("Archiving", "FrontEnd"), Edition.ENTERPRISE)));
    }

    @Test
    void aRoleInNoApplicableSetMayOnlyStandAlone() {
        assertEquals("Server 'sql01' may not hold BackEndDatabase with Archiving, Monitoring on " + R2 + ": "
                + "BackEndDatabase may only stand alone",
                message(EXAMPLE.check("sql01", List.of("BackEndDatabase", "Archiving", "Monitoring"), null)));
        Unsupported verdict = assertInstanceOf(Unsupported.class,
                EXAMPLE.check("sql01", List.of("BackEndDatabase", "Archiving"), null));
        assertTrue(verdict.closest().isEmpty());
    }

    @Test
    void onlyTheLargestApplicableSetsAreListed() {
        // In a standard pool the consolidated set lies inside the Standard Edition set: only the latter is named
        assertEquals("Server 'se01' may not hold FrontEnd with BackEndDatabase on " + R2 + ": supported sets "
                + "containing FrontEnd are {FrontEnd, WebComponents, AVConferencing, WebConferencing, "
                + "ApplicationSharing, Archiving, Monitoring}",
                message(EXAMPLE.check("se01", List.of("FrontEnd", "Monitoring", "BackEndDatabase"), Edition.STANDARD)));
    }

    @Test
    void bestMatchingSetComesFirstAndDecidesTheRolesAfterWith() {
        CollocationMatrix matrix = new CollocationMatrix("Test platform", List.of("A", "B", "C", "D", "E"),
                List.of(AllowSet.of(List.of("A", "B")), AllowSet.of(List.of("A", "C", "D")),
                        AllowSet.of(List.of("E", "D"))),
                List.of());

        Unsupported verdict = assertInstanceOf(Unsupported.class,
                matrix.check("s1", List.of("A", "E", "C", "D"), null));

        assertEquals("Server 's1' may not hold A with E on Test platform: supported sets containing A are "
                + "{A, C, D}, {A, B}", verdict.message());
        assertEquals(List.of(matrix.allows().get(1), matrix.allows().get(0)), verdict.closest());
    }

    @Test
    void tiesKeepPlatformOrder() {
        CollocationMatrix matrix = new CollocationMatrix("Test platform", List.of("A", "B", "C", "D"),
                List.of(AllowSet.of(List.of("A", "B")), AllowSet.of(List.of("A", "C"))), List.of());

        assertEquals("Server 's1' may not hold A with D on Test platform: supported sets containing A are "
                + "{A, B}, {A, C}", message(matrix.check("s1", List.of("A", "D"), null)));
    }

    @Test
    void aDenyWinsOverAnAllowSet() {
        CollocationMatrix matrix = new CollocationMatrix("Test platform", List.of("A", "B", "C"),
                List.of(AllowSet.of(List.of("A", "B", "C"))),
                List.of(DenyRule.with("B", List.of("C"), "B and C fight over port 5061")));

        assertSupported(matrix.check("s1", List.of("A", "B"), null));
        assertSupported(matrix.check("s2", List.of("A", "C"), null));
        assertEquals("Server 's3' may not hold B with C: B and C fight over port 5061",
                message(matrix.check("s3", List.of("C", "A", "B"), null)));
    }

    @Test
    void theFirstDenyHitIsReported() {
        CollocationVerdict verdict = EXAMPLE.check("bad", List.of("ExchangeUM", "Mediation"), null);
        assertEquals("Server 'bad' may not hold Mediation with ExchangeUM: "
                + "Mediation Server needs a computer of its own in OCS 2007 R2", message(verdict));
    }

    @Test
    void editionKeywords() {
        assertEquals(Edition.STANDARD, Edition.fromKeyword("standard"));
        assertEquals(Edition.ENTERPRISE, Edition.fromKeyword("enterprise"));
        assertEquals("enterprise", Edition.ENTERPRISE.keyword());
        assertThrows(IllegalArgumentException.class, () -> Edition.fromKeyword("Standard"));
    }

    @Test
    void moreThanSixtyFourRoles() {
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            roles.add("R" + i);
        }
        CollocationMatrix matrix = new CollocationMatrix("Big platform", roles,
                List.of(AllowSet.of(List.of("R1", "R70", "R140"))),
                List.of(DenyRule.withAnyRole("R149", "R149 stands alone")));

        assertSupported(matrix.check("s1", List.of("R140", "R1"), null));
        assertEquals("Server 's2' may not hold R70 with R2 on Big platform: supported sets containing R70 are "
                + "{R1, R70, R140}", message(matrix.check("s2", List.of("R70", "R2"), null)));
        assertEquals("Server 's3' may not hold R149 with R0: R149 stands alone",
                message(matrix.check("s3", List.of("R0", "R149"), null)));
    }

    @Test
    void twoThousandServersAreCheckedQuickly() {
        List<List<String>> servers = new ArrayList<>();
        String[][] shapes = {
                { "FrontEnd", "WebComponents", "AVConferencing", "WebConferencing", "ApplicationSharing" },
                { "FrontEnd", "Monitoring" }, { "Mediation", "WebComponents" }, { "Archiving", "Monitoring" },
                { "AccessEdge", "WebConferencingEdge", "AVEdge" }, { "BackEndDatabase", "Archiving" } };
        for (int i = 0; i < 2_000; i++) {
            servers.add(List.of(shapes[i % shapes.length]));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int round = 0; round < 20; round++) {
                int problems = 0;
                for (int i = 0; i < servers.size(); i++) {
                    if (!EXAMPLE.check("s" + i, servers.get(i), Edition.ENTERPRISE).isSupported()) {
                        problems++;
                    }
                }
                assertEquals(1_000, problems);
            }
        });
    }

    private static void assertSupported(CollocationVerdict verdict) {
        assertSame(Supported.INSTANCE, verdict, () -> "expected supported but got " + verdict);
    }

    private static String message(CollocationVerdict verdict) {
        return switch (verdict) {
            case Supported s -> "supported";
            case Denied d -> d.message();
            case Unsupported u -> u.message();
        };
    }
}
