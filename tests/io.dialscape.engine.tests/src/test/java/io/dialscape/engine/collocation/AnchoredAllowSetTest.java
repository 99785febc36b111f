package io.dialscape.engine.collocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.collocation.CollocationVerdict.Supported;
import io.dialscape.engine.collocation.CollocationVerdict.Unsupported;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Anchored allow sets, {@code allow C with R1, R2, ...} (LANGUAGE.md section 2): they cover the role sets that
 * hold {@code C} and otherwise only listed roles; plain sets keep covering every non-empty part.
 */
class AnchoredAllowSetTest {

    private static final String R2 = "Office Communications Server 2007 R2";

    private static final CollocationMatrix MATRIX = new CollocationMatrix(R2,
            List.of("FrontEnd", "WebComponents", "AVConferencing", "WebConferencing", "Archiving", "Monitoring",
                    "AccessEdge", "AVEdge"),
            List.of(AllowSet.anchored("FrontEnd", List.of("WebComponents", "AVConferencing", "WebConferencing"), null),
                    AllowSet.anchored("FrontEnd", List.of("WebComponents", "AVConferencing", "WebConferencing",
                            "Archiving", "Monitoring"), Edition.STANDARD),
                    AllowSet.of(List.of("AccessEdge", "AVEdge")),
                    AllowSet.of(List.of("Archiving", "Monitoring"))),
            List.of());

    /** roles (space-separated) | edition (standard, enterprise or none) | verdict. */
    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            FrontEnd WebComponents AVConferencing WebConferencing | enterprise | ok
            FrontEnd AVConferencing                               | none       | ok
            AVConferencing FrontEnd                               | enterprise | ok
            AVConferencing WebConferencing                        | enterprise | unsupported
            AVConferencing WebConferencing                        | standard   | unsupported
            WebComponents AVConferencing                          | none       | unsupported
            FrontEnd Archiving Monitoring                         | standard   | ok
            FrontEnd Archiving                                    | enterprise | unsupported
            WebComponents Archiving                               | standard   | unsupported
            Archiving Monitoring                                  | enterprise | ok
            Archiving Monitoring                                  | standard   | ok
            AccessEdge AVEdge                                     | none       | ok
            AVConferencing                                        | none       | ok
            """)
    void anchoredSetsCoverOnlySetsHoldingTheAnchor(String roles, String edition, String verdict) {
        Edition e = edition.equals("none") ? null : Edition.fromKeyword(edition);
        CollocationVerdict actual = MATRIX.check("srv", List.of(roles.trim().split(" ")), e);
        assertEquals(verdict, actual.isSupported() ? "ok" : "unsupported");
    }

    @Test
    void withoutTheAnchorTheMessageSaysWhatIsMissing() {
        Unsupported unsupported = assertInstanceOf(Unsupported.class,
                MATRIX.check("conf01", List.of("AVConferencing", "WebConferencing"), Edition.ENTERPRISE));
        assertEquals("Server 'conf01' may not hold AVConferencing with WebConferencing without FrontEnd on "
                + R2 + ": supported sets containing AVConferencing are {FrontEnd with WebComponents, AVConferencing, "
                + "WebConferencing}", unsupported.message());
        assertEquals(List.of(MATRIX.allows().get(0)), unsupported.closest());
    }

    @Test
    void aRoleOutsideTheAnchoredSetIsNamed() {
        Unsupported unsupported = assertInstanceOf(Unsupported.class,
                MATRIX.check("fe01", List.of("FrontEnd", "Archiving"), Edition.ENTERPRISE));
        assertEquals("Server 'fe01' may not hold FrontEnd with Archiving on " + R2
                + ": supported sets containing FrontEnd are {FrontEnd with WebComponents, AVConferencing, "
                + "WebConferencing}", unsupported.message());
    }

    @Test
    void describeAndToStringShowTheAnchor() {
        AllowSet set = AllowSet.anchored("FrontEnd", List.of("WebComponents", "FrontEnd", "Archiving"), Edition.STANDARD);
        assertEquals("{FrontEnd with WebComponents, Archiving}", set.describe());
        assertEquals("{FrontEnd with WebComponents, Archiving} in standard", set.toString());
        assertEquals(Set.of("FrontEnd", "WebComponents", "Archiving"), set.roles());
        assertTrue(set.isAnchored());
    }

    @Test
    void anAnchorThePlatformDoesNotDeclareCoversNothing() {
        CollocationMatrix matrix = new CollocationMatrix("P", List.of("A", "B"),
                List.of(AllowSet.anchored("Missing", List.of("A", "B"), null)), List.of());
        assertEquals("Server 's' may not hold A with B on P: A may only stand alone",
                assertInstanceOf(Unsupported.class, matrix.check("s", List.of("A", "B"), null)).message());
    }

    /**
     * Property against a brute-force oracle: on random platforms of plain and anchored sets (with and without an
     * edition), a role set is supported if and only if it has at most one role or some applicable set covers it by
     * the definition of LANGUAGE.md section 2. Seeded; {@code -Ddialscape.collocation.tries=N} runs more.
     */
    @Test
    void supportedExactlyWhenSomeApplicableSetCoversTheRoles() {
        long seed = Long.getLong("dialscape.seed", 20261201L);
        int tries = Integer.getInteger("dialscape.collocation.tries", 2000);
        Random random = new Random(seed);
        for (int t = 0; t < tries; t++) {
            int n = 2 + random.nextInt(7);
            List<String> roles = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                roles.add("R" + i);
            }
            List<AllowSet> allows = new ArrayList<>();
            int sets = random.nextInt(5);
            for (int s = 0; s < sets; s++) {
                Set<String> members = new LinkedHashSet<>();
                for (String role : roles) {
                    if (random.nextInt(3) == 0) {
                        members.add(role);
                    }
                }
                Edition edition = switch (random.nextInt(3)) {
                    case 0 -> Edition.STANDARD;
                    case 1 -> Edition.ENTERPRISE;
                    default -> null;
                };
                if (random.nextBoolean()) {
                    allows.add(AllowSet.anchored(roles.get(random.nextInt(n)), members, edition));
                } else {
                    allows.add(new AllowSet(members, edition));
                }
            }
            CollocationMatrix matrix = new CollocationMatrix("P", roles, allows, List.of());
            for (int mask = 0; mask < (1 << n); mask++) {
                List<String> server = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        server.add(roles.get(i));
                    }
                }
                for (Edition edition : new Edition[] {null, Edition.STANDARD, Edition.ENTERPRISE}) {
                    boolean expected = server.size() <= 1 || allows.stream().anyMatch(a -> a.appliesTo(edition)
                            && a.roles().containsAll(server) && (a.anchor() == null || server.contains(a.anchor())));
                    CollocationVerdict verdict = matrix.check("s", server, edition);
                    if (expected != verdict.isSupported()) {
                        throw new AssertionError("seed " + seed + ", try " + t + ": allows " + allows + ", server "
                                + server + " in " + edition + ": expected " + (expected ? "supported" : "unsupported")
                                + " but was " + verdict);
                    }
                    if (!expected) {
                        assertTrue(assertInstanceOf(Unsupported.class, verdict).message().startsWith("Server 's' may not hold "));
                    } else {
                        assertInstanceOf(Supported.class, verdict);
                    }
                }
            }
        }
    }
}
