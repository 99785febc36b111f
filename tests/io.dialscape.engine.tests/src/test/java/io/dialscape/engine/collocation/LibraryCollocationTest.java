package io.dialscape.engine.collocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dialscape.engine.collocation.CollocationVerdict.Denied;
import io.dialscape.engine.collocation.CollocationVerdict.Supported;
import io.dialscape.engine.collocation.CollocationVerdict.Unsupported;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled platform library ({@code io.dialscape.dsl/library/*.ucm}) against the pair tables written
 * from DOMAIN.md ({@code collocation/<platform>.pairs}), and against the collocation cases of the
 * acceptance models.
 */
class LibraryCollocationTest {

    static final List<String> PLATFORMS = List.of("ocs2007", "ocs2007r2", "lync2010", "lync2013", "sfb2015", "sfb2019");

    private static final Map<String, LibraryPlatformReader.Platform> CACHE = new LinkedHashMap<>();

    static synchronized LibraryPlatformReader.Platform platform(String id) {
        return CACHE.computeIfAbsent(id, key -> {
            LibraryPlatformReader.Library library = LibraryPlatformReader.read(TestFiles.library().resolve(key + ".ucm"));
            assertEquals(Set.of(key), library.platforms().keySet(), key + ".ucm must declare exactly platform " + key);
            assertTrue(library.products().isEmpty(), key + ".ucm must declare no product");
            return library.platforms().get(key);
        });
    }

    static Stream<String> platforms() {
        return PLATFORMS.stream();
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void everyNameInAnAllowOrDenyIsADeclaredRole(String id) {
        LibraryPlatformReader.Platform platform = platform(id);
        Set<String> roles = new HashSet<>(platform.roles());
        for (AllowSet allow : platform.allows()) {
            assertTrue(roles.containsAll(allow.roles()), () -> id + ": undeclared role in " + allow);
        }
        for (DenyRule deny : platform.denies()) {
            assertTrue(roles.contains(deny.role()) && roles.containsAll(deny.with()),
                    () -> id + ": undeclared role in " + deny);
            assertTrue(Character.isUpperCase(deny.reason().charAt(0)) && !deny.reason().endsWith("."),
                    () -> id + ": reason must be sentence case without a final period: " + deny);
        }
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void everyPlatformHasAFrontEndAndTheEdgeServerRoles(String id) {
        LibraryPlatformReader.Platform platform = platform(id);
        assertTrue(platform.roles().contains("FrontEnd"), id);
        assertTrue(platform.edgeRoles().containsAll(List.of("AccessEdge", "WebConferencingEdge", "AVEdge")), id);
        assertTrue(platform.matrix().check("edge", List.of("AccessEdge", "WebConferencingEdge", "AVEdge"), null)
                .isSupported(), id);
        platform.roleLabels().forEach((role, label) -> assertTrue(!label.isBlank(), id + ": role " + role));
    }

    @Test
    void ocs2007r2DeclaresExactlyTheRolesOfTheLanguage() {
        LibraryPlatformReader.Platform r2 = platform("ocs2007r2");
        assertEquals(List.of("FrontEnd", "WebComponents", "AVConferencing", "WebConferencing", "ApplicationSharing",
                "BackEndDatabase", "Archiving", "Monitoring", "Mediation", "AccessEdge", "WebConferencingEdge",
                "AVEdge", "Director", "CommunicatorWebAccess", "GroupChat", "GroupChatCompliance", "ExchangeUM",
                "DomainController"), r2.roles());
        assertEquals(Set.of("AccessEdge", "WebConferencingEdge", "AVEdge"), r2.edgeRoles());
        assertEquals("Office Communications Server 2007 R2", r2.label());
    }

    @Test
    void dualForkingIsAnOcsFeature() {
        Map<String, String> requires = new LinkedHashMap<>();
        requires.put("MitelICP", "8.0 UR3");
        requires.put("MitelUCMobile", "1.6");
        requires.put("MitelLBG", "3.1.1");
        for (String id : PLATFORMS) {
            Map<String, Map<String, String>> features = platform(id).features();
            if (id.startsWith("ocs")) {
                assertEquals(Map.of("DualForking", requires), features, id);
            } else {
                assertTrue(features.isEmpty(), id);
            }
        }
    }

    @Test
    void productsFileDeclaresTheMitelProductsAndTheGenericGateway() {
        LibraryPlatformReader.Library products = LibraryPlatformReader.read(TestFiles.library().resolve("products.ucm"));
        assertTrue(products.platforms().isEmpty());
        assertEquals(Map.of("MitelICP", "Mitel 3300 ICP", "MitelLBG", "Mitel Live Business Gateway",
                "MitelUCMobile", "Mitel UC Mobile", "GenericGateway", "PSTN gateway or SBC"), products.products());
    }

    /** One dynamic test per line of every {@code .pairs} file, plus a completeness check per file. */
    @TestFactory
    Stream<DynamicTest> everyPairMatchesTheTableWrittenFromTheDomain() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : PLATFORMS) {
            LibraryPlatformReader.Platform platform = platform(id);
            CollocationMatrix matrix = platform.matrix();
            List<PairLine> lines = PairLine.parse(id + ".pairs", TestFiles.pairs(id + ".pairs"));
            tests.add(DynamicTest.dynamicTest(id + ": every pair listed once", () -> assertComplete(platform, lines)));
            for (PairLine line : lines) {
                tests.add(DynamicTest.dynamicTest(id + ": " + line.a() + " + " + line.b(), () -> {
                    List<String> failures = new ArrayList<>();
                    line.expected().forEach((column, expected) -> {
                        Edition edition = column.equals("none") ? null : Edition.fromKeyword(column);
                        CollocationVerdict verdict = matrix.check("srv", List.of(line.a(), line.b()), edition);
                        // A pair's verdict does not depend on the order the server lists the roles
                        CollocationVerdict reversed = matrix.check("srv", List.of(line.b(), line.a()), edition);
                        String actual = kind(verdict);
                        if (!actual.equals(expected) || !kind(reversed).equals(expected)) {
                            failures.add(column + ": expected " + expected + " but was " + actual + " / "
                                    + kind(reversed) + describe(verdict));
                        }
                    });
                    if (!failures.isEmpty()) {
                        fail(id + ".pairs line " + line.number() + " (" + line.a() + " " + line.b() + "): "
                                + String.join("; ", failures));
                    }
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Role sets of three or more roles ({@code collocation/role-sets.table}), where anchoring and the
     * one-of-two cells decide, with the order of the roles reversed as well.
     */
    @TestFactory
    Stream<DynamicTest> roleSetsMatchTheTableWrittenFromTheDomain() {
        List<DynamicTest> tests = new ArrayList<>();
        String[] rows = TestFiles.pairs("role-sets.table").split("\\R");
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            int hash = row.indexOf('#');
            String content = (hash >= 0 ? row.substring(0, hash) : row).trim();
            if (content.isEmpty()) {
                continue;
            }
            int number = i + 1;
            String[] fields = content.split("\\s+");
            assertEquals(5, fields.length, "role-sets.table line " + number);
            String id = fields[0];
            List<String> roles = List.of(fields[1].split(","));
            tests.add(DynamicTest.dynamicTest(id + ": " + fields[1], () -> {
                CollocationMatrix matrix = platform(id).matrix();
                assertTrue(platform(id).roles().containsAll(roles), "role-sets.table line " + number + ": unknown role");
                List<String> reversed = new ArrayList<>(roles);
                java.util.Collections.reverse(reversed);
                List<String> failures = new ArrayList<>();
                for (int f = 2; f < 5; f++) {
                    String[] kv = fields[f].split("=", 2);
                    Edition edition = kv[0].equals("none") ? null : Edition.fromKeyword(kv[0]);
                    CollocationVerdict verdict = matrix.check("srv", roles, edition);
                    CollocationVerdict back = matrix.check("srv", reversed, edition);
                    if (!kind(verdict).equals(kv[1]) || !kind(back).equals(kv[1])) {
                        failures.add(kv[0] + ": expected " + kv[1] + " but was " + kind(verdict) + " / " + kind(back)
                                + describe(verdict));
                    }
                }
                if (!failures.isEmpty()) {
                    fail("role-sets.table line " + number + ": " + String.join("; ", failures));
                }
            }));
        }
        return tests.stream();
    }

    /** DOMAIN.md section 1, "Internal network only" (bb964045, bb663570), in every platform that has the role. */
    @ParameterizedTest
    @MethodSource("platforms")
    void theInternalNetworkOnlyRolesAreMarkedInternal(String id) {
        LibraryPlatformReader.Platform platform = platform(id);
        Set<String> expected = new LinkedHashSet<>(List.of("FrontEnd", "BackEndDatabase", "Director", "Mediation",
                "CommunicatorWebAccess", "Archiving"));
        expected.retainAll(platform.roles());
        assertEquals(expected, platform.internalRoles(), id);
        Set<String> both = new HashSet<>(platform.internalRoles());
        both.retainAll(platform.edgeRoles());
        assertTrue(both.isEmpty(), id + ": a role cannot be both edge and internal");
    }

    /** The collocation cases of the acceptance models (shared/acceptance), on the real library. */
    @Test
    void acceptanceModelsComeOutRight() {
        CollocationMatrix r2 = platform("ocs2007r2").matrix();
        assertTrue(r2.check("fe01", List.of("FrontEnd", "WebComponents", "AVConferencing"), Edition.ENTERPRISE)
                .isSupported());
        assertEquals("Server 'fe02' may not hold FrontEnd with Monitoring on Office Communications Server 2007 R2: "
                + "supported sets containing FrontEnd are {FrontEnd with WebComponents, AVConferencing, WebConferencing, "
                + "ApplicationSharing}",
                assertInstanceOf(Unsupported.class,
                        r2.check("fe02", List.of("FrontEnd", "Monitoring"), Edition.ENTERPRISE)).message());
        assertTrue(r2.check("se01srv", List.of("FrontEnd", "WebComponents", "WebConferencing", "Monitoring"),
                Edition.STANDARD).isSupported());
        assertTrue(r2.check("se02a", List.of("FrontEnd"), Edition.STANDARD).isSupported());
        assertTrue(r2.check("wc01a", List.of("WebComponents"), Edition.ENTERPRISE).isSupported());
        assertTrue(r2.check("med01", List.of("Mediation"), null).isSupported());
        assertEquals("Server 'med02' may not hold Mediation with WebComponents: "
                + "Mediation Server needs a computer of its own in OCS 2007 R2",
                assertInstanceOf(Denied.class, r2.check("med02", List.of("Mediation", "WebComponents"), null))
                        .message());
        assertTrue(r2.check("edge01", List.of("AccessEdge", "WebConferencingEdge", "AVEdge"), null).isSupported());
        assertTrue(r2.check("edge02", List.of("AccessEdge"), null).isSupported());
        assertTrue(r2.check("arch01", List.of("Archiving", "Monitoring"), null).isSupported());
        assertTrue(r2.check("dir01", List.of("Director"), null).isSupported());

        // shared/acceptance-next/litware-collocation.ucm
        assertEquals("Server 'ltconf' may not hold AVConferencing with WebConferencing without FrontEnd on Office "
                + "Communications Server 2007 R2: supported sets containing AVConferencing are {FrontEnd with "
                + "WebComponents, AVConferencing, WebConferencing, ApplicationSharing}",
                assertInstanceOf(Unsupported.class,
                        r2.check("ltconf", List.of("AVConferencing", "WebConferencing"), Edition.ENTERPRISE)).message());
        CollocationMatrix lync2013 = platform("lync2013").matrix();
        assertTrue(lync2013.check("lt13fe1", List.of("FrontEnd", "TrustedApplication"), Edition.ENTERPRISE).isSupported());
        assertTrue(lync2013.check("lt13fe2", List.of("FrontEnd", "Mediation"), Edition.ENTERPRISE).isSupported());
        assertEquals("Server 'lt13med' may not hold Mediation with Monitoring without FrontEnd on Lync Server 2013: "
                + "supported sets containing Mediation are {FrontEnd with WebComponents, WebConferencing, "
                + "ApplicationSharing, AVConferencing, Archiving, Monitoring, Mediation, TrustedApplication}, "
                + "{SurvivableBranchAppliance with Mediation}, {SurvivableBranchServer with Mediation}",
                assertInstanceOf(Unsupported.class, lync2013.check("lt13med", List.of("Mediation", "Monitoring"), null))
                        .message());

        CollocationMatrix sfb2019 = platform("sfb2019").matrix();
        assertTrue(sfb2019.check("fe1", List.of("FrontEnd", "Mediation"), Edition.ENTERPRISE).isSupported());
        assertTrue(sfb2019.check("edge1", List.of("AccessEdge", "WebConferencingEdge", "AVEdge"), null).isSupported());
        assertTrue(sfb2019.check("dir1", List.of("Director"), null).isSupported());
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void aFrontEndMayNameItsServicesOnEveryLyncPlatform(String id) {
        if (id.startsWith("ocs")) {
            return;
        }
        CollocationMatrix matrix = platform(id).matrix();
        List<String> roles = new ArrayList<>(List.of("FrontEnd", "AVConferencing", "Mediation"));
        if (!id.equals("lync2010")) {
            roles.addAll(List.of("Archiving", "Monitoring"));
        }
        for (Edition edition : Edition.values()) {
            assertTrue(matrix.check("fe", roles, edition).isSupported(), id + " " + edition);
        }
    }

    private static void assertComplete(LibraryPlatformReader.Platform platform, List<PairLine> lines) {
        Set<Set<String>> seen = new HashSet<>();
        Set<String> roles = new LinkedHashSet<>(platform.roles());
        for (PairLine line : lines) {
            assertTrue(roles.contains(line.a()) && roles.contains(line.b()),
                    () -> platform.id() + ".pairs line " + line.number() + ": unknown role");
            assertTrue(!line.a().equals(line.b()) && seen.add(Set.of(line.a(), line.b())),
                    () -> platform.id() + ".pairs line " + line.number() + ": pair listed twice");
            assertEquals(Set.of("standard", "enterprise", "none"), line.expected().keySet(),
                    () -> platform.id() + ".pairs line " + line.number());
        }
        int n = roles.size();
        assertEquals(n * (n - 1) / 2, seen.size(), platform.id() + ".pairs must list every pair of roles");
    }

    private static String kind(CollocationVerdict verdict) {
        return switch (verdict) {
            case Supported s -> "ok";
            case Denied d -> "denied";
            case Unsupported u -> "unsupported";
        };
    }

    private static String describe(CollocationVerdict verdict) {
        return switch (verdict) {
            case Supported s -> "";
            case Denied d -> " (" + d.message() + ")";
            case Unsupported u -> " (" + u.message() + ")";
        };
    }

    /** One line of a {@code .pairs} file: {@code A B  standard=ok enterprise=unsupported none=denied  # why}. */
    record PairLine(int number, String a, String b, Map<String, String> expected) {

        static List<PairLine> parse(String name, String text) {
            List<PairLine> lines = new ArrayList<>();
            String[] rows = text.split("\\R");
            for (int i = 0; i < rows.length; i++) {
                String row = rows[i];
                int hash = row.indexOf('#');
                String content = (hash >= 0 ? row.substring(0, hash) : row).trim();
                if (content.isEmpty()) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                if (fields.length != 5) {
                    throw new IllegalArgumentException(name + " line " + (i + 1) + ": expected 5 fields: " + row);
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (int f = 2; f < 5; f++) {
                    String[] kv = fields[f].split("=", 2);
                    if (kv.length != 2 || !Set.of("ok", "unsupported", "denied").contains(kv[1])
                            || expected.put(kv[0], kv[1]) != null) {
                        throw new IllegalArgumentException(name + " line " + (i + 1) + ": bad verdict " + fields[f]);
                    }
                }
                lines.add(new PairLine(i + 1, fields[0], fields[1], expected));
            }
            return lines;
        }
    }
}
