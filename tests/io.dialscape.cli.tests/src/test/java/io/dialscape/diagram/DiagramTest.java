package io.dialscape.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.LinkKind;
import io.dialscape.diagram.DiagramGraph.Severity;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.dialscape.Topology;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** The topology graph, its layout and the SVG writer (LANGUAGE.md section 11, {@code diagram}). */
class DiagramTest {

    private static Path root() {
        String root = System.getProperty("dialscape.root");
        return (root == null ? Path.of("../..") : Path.of(root)).toAbsolutePath().normalize();
    }

    private static BatchValidator.Checked check(String text) {
        return new BatchValidator().checkTexts(Map.of(Path.of("/models/model.ucm"), text));
    }

    private static DiagramGraph graph(BatchValidator.Checked checked, String name) {
        Topology topology = TopologyDiagrams.topologies(checked).stream().filter(t -> name.equals(t.getName())).findFirst().orElseThrow();
        return TopologyGraphs.of(topology, TopologyDiagrams.problems(checked));
    }

    private static String describe(DiagramGraph.Node node, String indent) {
        StringBuilder sb = new StringBuilder(indent).append(node.kind()).append(' ').append(node.title());
        for (String line : node.lines()) {
            sb.append(" | ").append(line);
        }
        sb.append('\n');
        for (DiagramGraph.Node child : node.children()) {
            sb.append(describe(child, indent + "  "));
        }
        return sb.toString();
    }

    private static String links(DiagramGraph graph) {
        return graph.edges().stream().map(e -> e.kind() + " " + e.source().title() + " -> " + e.target().title()
                + (e.label() == null ? "" : " [" + e.label() + "]")).collect(Collectors.joining("\n"));
    }

    @Test
    void theOttawaTopologyAsBoxesAndLinks() throws Exception {
        BatchValidator.Checked checked = new BatchValidator().check(List.of(root().resolve("examples/ottawa-ocs2007r2.ucm")));
        DiagramGraph graph = graph(checked, "rideau");
        assertEquals("topology rideau \u00b7 platform ocs2007r2 \u00b7 forest rideau.local", graph.title());
        StringBuilder boxes = new StringBuilder();
        graph.nodes().forEach(n -> boxes.append(describe(n, "")));
        assertEquals("""
                SITE site Ottawa (CA)
                  POOL pool ottpool01 enterprise ocspool01.corp.rideau.local
                    SERVER server ottfe01 | ottfe01.corp.rideau.local | roles FrontEnd, WebComponents, | AVConferencing, WebConferencing, | ApplicationSharing
                    SERVER server ottfe02 | ottfe02.corp.rideau.local | roles FrontEnd, WebComponents, | AVConferencing, WebConferencing, | ApplicationSharing
                    SERVER server ottsql01 | ottsql01.corp.rideau.local | roles BackEndDatabase
                  SERVER server ottarc01 | ottarc01.corp.rideau.local | roles Archiving, Monitoring
                  SERVER server ottmed01 | ottmed01.corp.rideau.local | roles Mediation
                  SERVER server ottdir01 | ottdir01.corp.rideau.local | roles Director
                  SERVER server ottcwa01 | ottcwa01.corp.rideau.local | roles CommunicatorWebAccess
                  PERIMETER perimeter network
                    SERVER server ottedge01 | ottedge01.dmz.rideau.ca | roles AccessEdge, WebConferencingEdge, | AVEdge
                PBX pbx otticp01 | Mitel 3300 ICP 9.0 UR2 | 10.20.1.10
                APPLIANCE appliance ottucm01 | Mitel UC Mobile 1.6
                GATEWAY gateway ottlbg01 | Mitel Live Business Gateway 3.1.1
                ROUTES voice routes
                  ROUTE route Extensions (priority 1) | pattern ^\\+16135925\\d{3}$ | usages Internal
                  ROUTE route Emergency (priority 2) | pattern ^911$ | usages Internal
                  ROUTE route Local (priority 3) | pattern ^\\+1(613|343)\\d{7}$ | usages Local
                  ROUTE route NANP (priority 4) | pattern ^\\+1[2-9]\\d{9}$ | usages LongDistance
                  ROUTE route World (priority 5) | pattern ^\\+(?!1)\\d+$ | usages International
                """, boxes.toString());
        assertEquals("""
                BINDING gateway ottlbg01 -> pbx otticp01 [icp: out rideauOut / in rideauIn]
                TRUNK server ottmed01 -> pbx otticp01 [Direct SIP]
                MEDIATION server ottmed01 -> gateway ottlbg01
                ROUTE route Extensions (priority 1) -> gateway ottlbg01
                ROUTE route Emergency (priority 2) -> gateway ottlbg01
                ROUTE route Local (priority 3) -> gateway ottlbg01
                ROUTE route NANP (priority 4) -> gateway ottlbg01
                ROUTE route World (priority 5) -> gateway ottlbg01""", links(graph));
        assertEquals(Severity.NONE, graph.severity());
        assertTrue(graph.allNodes().stream().allMatch(n -> n.problems().isEmpty()));
    }

    @Test
    void aPoolWhoseServersAllRunMediationIsLinkedOnceAndAlternatesAreMarked() {
        BatchValidator.Checked checked = check("""
                topology t platform sfb2019 {
                    site S {
                        pool p1 enterprise "p1.contoso.com" {
                            server fe1 "fe1.contoso.com" roles FrontEnd, Mediation
                            server fe2 "fe2.contoso.com" roles FrontEnd, Mediation
                        }
                        pool p2 enterprise "p2.contoso.com" {
                            server fe3 "fe3.contoso.com" roles FrontEnd, Mediation
                            server sql "sql.contoso.com" roles BackEndDatabase
                        }
                    }
                    gateway g1 "g1.contoso.com" product GenericGateway version "0"
                    gateway g2 "g2.contoso.com" product GenericGateway version "0"
                    usages All
                    route R pattern "^\\\\+" usages All gateways g1, g2
                    policy P usages All
                }
                """);
        assertEquals("""
                MEDIATION pool p1 enterprise p1.contoso.com -> gateway g1
                MEDIATION pool p1 enterprise p1.contoso.com -> gateway g2
                MEDIATION server fe3 -> gateway g1
                MEDIATION server fe3 -> gateway g2
                ROUTE route R (priority 1) -> gateway g1
                ROUTE_ALTERNATE route R (priority 1) -> gateway g2""", links(graph(checked, "t")));
    }

    @Test
    void anUnsupportedCollocationColoursItsServerAndItsMessageIsTheTooltip() {
        BatchValidator.Checked checked = check("""
                topology t platform ocs2007r2 {
                    site S {
                        server fe "fe.contoso.com" roles FrontEnd, Mediation
                        server dir "dir.contoso.com" roles Director
                    }
                }
                """);
        DiagramGraph graph = graph(checked, "t");
        DiagramGraph.Node fe = graph.allNodes().stream().filter(n -> n.title().equals("server fe")).findFirst().orElseThrow();
        DiagramGraph.Node dir = graph.allNodes().stream().filter(n -> n.title().equals("server dir")).findFirst().orElseThrow();
        assertEquals(Severity.ERROR, fe.severity());
        assertEquals(Severity.NONE, dir.severity());
        assertEquals(Severity.NONE, graph.allNodes().get(0).severity()); // the site keeps its colour
        String message = checked.report().findings().get(0).message();
        assertEquals("collocation.denied", checked.report().findings().get(0).code());
        String svg = SvgWriter.svg(DiagramLayout.layout(graph));
        assertTrue(svg.contains("<g class=\"box server error\"><title>server fe\nfe.contoso.com\nroles FrontEnd, Mediation\nerror: "
                + Markup.escape(message) + " [collocation.denied]</title><rect "), svg);
        assertTrue(svg.contains("stroke=\"" + DiagramStyle.hex(DiagramStyle.ERROR) + "\" stroke-width=\"2.5\""), svg);
        assertTrue(svg.contains("<g class=\"box server\"><title>server dir\n"), svg);
    }

    private static final String REUSED = """
            topology t platform ocs2007r2 {
                site S {
                    server fe "fe.contoso.com" roles FrontEnd%s
                    server dir "dir.contoso.com" roles Director
                }
                pbx icp product MitelICP version "9.0" address "10.0.0.1"
                trunk direct-sip icp fe
            }
            """;

    @Test
    void aGraphOfTheSameShapeKeepsItsGeometryAndTakesTheNewProblems() {
        // clean first; then a collocation error (the same boxes, lines aside: the roles line changes, so a new layout)
        DiagramGraph clean = graph(check("\n" + REUSED.formatted("")), "t");
        Diagram before = DiagramLayout.layout(clean);
        // the same text moved down two lines: same shape, other source regions, the same geometry without a new layout
        DiagramGraph moved = graph(check("\n\n\n" + REUSED.formatted("")), "t");
        Diagram reused = DiagramLayout.layout(moved, before);
        assertEquals(SvgWriter.svg(DiagramLayout.layout(moved)), SvgWriter.svg(reused), "reuse draws what a fresh layout draws");
        assertEquals(before.boxes().get(1).y(), reused.boxes().get(1).y());
        assertEquals(before.boxes().get(1).source().offset() + 2, reused.boxes().get(1).source().offset(), "the new source region");
        assertEquals(before.boxes().get(1).source().line() + 2, reused.boxes().get(1).source().line());

        // a problem coming: same shape, the new severity and tooltip on the old geometry
        BatchValidator.Checked checked = check("\n" + REUSED.formatted(""));
        Topology topology = TopologyDiagrams.topologies(checked).get(0);
        org.eclipse.emf.ecore.EObject feServer = java.util.stream.StreamSupport
                .stream(((Iterable<org.eclipse.emf.ecore.EObject>) topology::eAllContents).spliterator(), false)
                .filter(e -> e instanceof io.dialscape.dsl.dialscape.Server server && "fe".equals(server.getName())).findFirst().orElseThrow();
        DiagramGraph broken = TopologyGraphs.of(topology,
                Map.of(feServer, List.of(new DiagramGraph.Problem("warning", "some.code", "Something is off"))));
        Diagram marked = DiagramLayout.layout(broken, before);
        assertEquals(SvgWriter.svg(DiagramLayout.layout(broken)), SvgWriter.svg(marked));
        Diagram.Box warned = marked.boxes().stream().filter(b -> b.title().equals("server fe")).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warned.severity());
        assertEquals("server fe\nfe.contoso.com\nroles FrontEnd\nwarning: Something is off [some.code]", warned.tooltip());

        // another line in a box: a new layout, as wide as the longer line needs
        DiagramGraph wider = graph(check("\n" + REUSED.formatted(", WebComponents, AVConferencing, WebConferencing")), "t");
        Diagram relaid = DiagramLayout.layout(wider, before);
        assertEquals(SvgWriter.svg(DiagramLayout.layout(wider)), SvgWriter.svg(relaid));
        Diagram.Box fe = relaid.boxes().stream().filter(b -> b.title().equals("server fe")).findFirst().orElseThrow();
        Diagram.Box feBefore = before.boxes().stream().filter(b -> b.title().equals("server fe")).findFirst().orElseThrow();
        assertTrue(fe.height() > feBefore.height(), "the roles wrap onto a second line: " + fe.lines());
    }

    @Test
    void theElementAtAPointIsTheInnermostBoxOrALinkNearIt() {
        Diagram diagram = DiagramLayout.layout(graph(check(REUSED.formatted("")), "t"));
        Diagram.Box site = diagram.boxes().get(0);
        Diagram.Box fe = diagram.boxes().stream().filter(b -> b.title().equals("server fe")).findFirst().orElseThrow();
        assertEquals(fe, diagram.elementAt(fe.x() + fe.width() / 2, fe.y() + fe.height() / 2, 4));
        assertEquals(site, diagram.elementAt(site.x() + 2, site.y() + 2, 0), "a site's own area");
        Diagram.Link trunk = diagram.links().get(0);
        assertEquals(LinkKind.TRUNK, trunk.kind());
        Diagram.Point a = trunk.points().get(0);
        Diagram.Point b = trunk.points().get(1);
        double mx = (a.x() + b.x()) / 2;
        double my = (a.y() + b.y()) / 2;
        if (diagram.boxAt(mx, my) == null || diagram.boxAt(mx, my).kind().compound()) {
            assertEquals(trunk, diagram.elementAt(mx, my, 4), "on the trunk's first segment");
        }
        assertEquals(null, diagram.elementAt(diagram.width() + 50, diagram.height() + 50, 4), "outside the picture");
        assertEquals("Direct SIP trunk: Direct SIP", trunk.tooltip());
        assertEquals(List.of(), new Diagram.Link("x", LinkKind.ROUTE, "a", "b", List.of(), null, 0, 0, 0, 0, Severity.NONE, List.of(), null)
                .arrowhead(), "no arrowhead without a route");
    }

    @Test
    void modelTextIsEscapedEverywhere() throws Exception {
        BatchValidator.Checked checked = check("""
                topology t platform sfb2019 {
                    site S region "<b>&amp;\\"x\\"" {
                        server fe "<script>alert('x')</script>" roles FrontEnd
                    }
                }
                """);
        String svg = SvgWriter.document(DiagramLayout.layout(graph(checked, "t")));
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<b>"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), svg);
        assertTrue(svg.contains("site S (&lt;b&gt;&amp;amp;&quot;x&quot;)"), svg);
        parse(svg);
    }

    @Test
    void sameModelSameBytesWhateverTheLocale() throws Exception {
        Path file = root().resolve("examples/ottawa-ocs2007r2.ucm");
        Locale saved = Locale.getDefault();
        List<String> pictures = new ArrayList<>();
        try {
            for (Locale locale : List.of(Locale.ROOT, Locale.GERMANY, Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(locale);
                BatchValidator.Checked checked = new BatchValidator().check(List.of(file));
                pictures.add(SvgWriter.document(DiagramLayout.layout(graph(checked, "rideau"))));
            }
        } finally {
            Locale.setDefault(saved);
        }
        assertEquals(pictures.get(0), pictures.get(1));
        assertEquals(pictures.get(0), pictures.get(2));
    }

    @Test
    void everyExampleDrawsAsWellFormedSvgWithItsServersInsideTheirSites() throws Exception {
        BatchValidator.Checked checked = new BatchValidator().check(List.of(root().resolve("examples")));
        List<Topology> topologies = TopologyDiagrams.topologies(checked);
        assertEquals(List.of("contosoTeams", "fabrikam", "rideau"), topologies.stream().map(Topology::getName).toList());
        for (Diagram diagram : TopologyDiagrams.diagrams(checked, topologies).values()) {
            parse(SvgWriter.document(diagram));
            assertTrue(diagram.width() > 100 && diagram.height() > 100, diagram.name());
            // containment: every box lies inside the box drawn before it at a lower depth (its parent)
            List<Diagram.Box> stack = new ArrayList<>();
            for (Diagram.Box box : diagram.boxes()) {
                while (!stack.isEmpty() && stack.get(stack.size() - 1).depth() >= box.depth()) {
                    stack.remove(stack.size() - 1);
                }
                if (!stack.isEmpty()) {
                    Diagram.Box parent = stack.get(stack.size() - 1);
                    assertTrue(box.x() >= parent.x() && box.y() >= parent.y() && box.x() + box.width() <= parent.x() + parent.width() + 0.01
                            && box.y() + box.height() <= parent.y() + parent.height() + 0.01, box.title() + " inside " + parent.title());
                }
                assertTrue(box.x() >= 0 && box.y() >= Diagram.HEADING && box.x() + box.width() <= diagram.width()
                        && box.y() + box.height() <= diagram.height(), box.title());
                stack.add(box);
            }
            for (Diagram.Link link : diagram.links()) {
                assertTrue(link.points().size() >= 2, link.id());
            }
        }
        Diagram fabrikam = TopologyDiagrams.diagrams(checked, List.of(topologies.get(1))).values().iterator().next();
        assertEquals(19, fabrikam.boxes().stream().filter(b -> b.kind() == Kind.SERVER).count());
        Diagram rideau = TopologyDiagrams.diagrams(checked, List.of(topologies.get(2))).values().iterator().next();
        Diagram.Link trunk = rideau.links().stream().filter(l -> l.kind() == LinkKind.TRUNK).findFirst().orElseThrow();
        Diagram.Box med = rideau.boxes().stream().filter(b -> b.title().equals("server ottmed01")).findFirst().orElseThrow();
        Diagram.Box icp = rideau.boxes().stream().filter(b -> b.title().equals("pbx otticp01")).findFirst().orElseThrow();
        Diagram.Point start = trunk.points().get(0);
        Diagram.Point end = trunk.points().get(trunk.points().size() - 1);
        assertTrue(onBorder(med, start), "trunk starts on ottmed01: " + start + " " + med);
        assertTrue(onBorder(icp, end), "trunk ends on otticp01: " + end + " " + icp);
    }

    private static boolean onBorder(Diagram.Box box, Diagram.Point p) {
        double e = 0.6;
        boolean inX = p.x() >= box.x() - e && p.x() <= box.x() + box.width() + e;
        boolean inY = p.y() >= box.y() - e && p.y() <= box.y() + box.height() + e;
        boolean onVertical = Math.abs(p.x() - box.x()) < e || Math.abs(p.x() - box.x() - box.width()) < e;
        boolean onHorizontal = Math.abs(p.y() - box.y()) < e || Math.abs(p.y() - box.y() - box.height()) < e;
        return inX && inY && (onVertical || onHorizontal);
    }

    @Test
    void longRoleListsWrapAtWordBoundaries() {
        assertEquals(List.of("roles FrontEnd, WebComponents,", "AVConferencing, WebConferencing,", "ApplicationSharing"),
                TopologyGraphs.wrap("roles FrontEnd, WebComponents, AVConferencing, WebConferencing, ApplicationSharing"));
        assertEquals(List.of("x".repeat(50)), TopologyGraphs.wrap("x".repeat(50)));
        assertEquals(List.of("roles"), TopologyGraphs.wrap("roles"));
    }

    @Test
    void markupEscapesControlCharactersAndLoneSurrogates() {
        assertEquals("a\\u0001b\\uD800c&amp;&lt;&gt;&quot;&#39;\n\t\uD83D\uDE00", Markup.escape("a\u0001b\uD800c&<>\"'\n\t\uD83D\uDE00"));
        assertEquals("0.0", Markup.num(-0.01));
        assertEquals("1234.5", Markup.num(1234.46));
    }

    static void parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static String read(Path file) throws Exception {
        return Files.readString(file);
    }
}
