package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialscape diagram} and {@code dialscape report} (LANGUAGE.md section 11). */
class DiagramCommandTest {

    @TempDir
    Path dir;

    static String examples() {
        return Cli.root().resolve("examples").toString();
    }

    static String review() {
        return Cli.root().resolve("tests/io.dialscape.cli.tests/src/test/resources/review").toString();
    }

    @Test
    void oneTopologyToOneFile() throws Exception {
        Path out = dir.resolve("rideau.svg");
        Cli cli = Cli.run("diagram", Cli.root().resolve("examples/ottawa-ocs2007r2.ucm").toString(), "-o", out.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("dialscape: wrote " + out + "\n", cli.out());
        assertEquals("", cli.err());
        String svg = Files.readString(out);
        assertTrue(svg.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""), svg);
        assertEquals(8, count(svg, "<g class=\"box server"), svg);
        assertTrue(svg.contains(">roles FrontEnd, WebComponents,</text>"), svg);
        // same model, same bytes
        Path again = dir.resolve("again.svg");
        assertEquals(0, Cli.run("diagram", Cli.root().resolve("examples/ottawa-ocs2007r2.ucm").toString(), "-o", again.toString()).status());
        assertEquals(svg, Files.readString(again));
    }

    @Test
    void severalTopologiesToAFolderOneFileEach() throws Exception {
        Path out = dir.resolve("pictures");
        Cli cli = Cli.run("diagram", examples(), "-o", out.toString());
        assertEquals(0, cli.status(), cli.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("contosoTeams.svg", "fabrikam.svg", "rideau.svg"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        Cli one = Cli.run("diagram", examples(), "--topology", "fabrikam", "-o", dir.toString());
        assertEquals(0, one.status(), one.err());
        assertEquals("dialscape: wrote " + dir.resolve("fabrikam.svg") + "\n", one.out());
    }

    @Test
    void usageProblemsAreOneLineAndExitTwo() throws Exception {
        Path file = dir.resolve("x.svg");
        Files.writeString(dir.resolve("tables.ucm"), "normalization N { rule \"a\" pattern \"^1$\" translation \"+1\" }\n");
        List<List<String>> cases = List.of(
                List.of("diagram", examples(), "-o", file.toString()),
                List.of("diagram", examples(), "--topology", "nowhere", "-o", file.toString()),
                List.of("diagram", dir.resolve("tables.ucm").toString(), "-o", file.toString()),
                List.of("diagram", examples()),
                List.of("diagram", dir.resolve("missing.ucm").toString(), "-o", file.toString()),
                List.of("report", dir.resolve("missing").toString()),
                List.of("report", examples(), "-o", dir.resolve("no/such/folder/r.html").toString()));
        List<String> expected = List.of(
                "dialscape: 3 topologies (contosoTeams, fabrikam, rideau): give a folder for -o, or --topology NAME",
                "dialscape: no topology 'nowhere' in the models given",
                "dialscape: the models given hold no topology to draw",
                "dialscape: Missing required option: '--output=FILE.svg|DIR' (see 'dialscape diagram --help')",
                "dialscape: " + dir.resolve("missing.ucm") + ": no such file or directory",
                "dialscape: " + dir.resolve("missing") + ": no such file or directory",
                "dialscape: cannot write " + dir.resolve("no/such/folder/r.html"));
        for (int i = 0; i < cases.size(); i++) {
            Cli cli = Cli.run(cases.get(i).toArray(String[]::new));
            assertEquals(2, cli.status(), cases.get(i) + ": " + cli.err());
            assertTrue(cli.err().startsWith(expected.get(i)), cases.get(i) + ": " + cli.err());
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.noStackTrace(), cli.err());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void theReportHoldsEveryDiagnosticVerdictAndUnroutableExample() throws Exception {
        Path page = dir.resolve("review.html");
        Cli cli = Cli.run("report", examples(), review(), "-o", page.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("", cli.out() + cli.err());
        String html = Files.readString(page);
        Cli json = Cli.run("validate", "--format", "json", examples(), review());
        int diagnostics = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("diagnostics").size();
        assertEquals(6, diagnostics);
        assertEquals(diagnostics, count(html, "<tr class=\"diagnostic "));
        // self-contained: no script, nothing fetched
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(Pattern.compile("(src|href)=\"(?!#)").matcher(html).find(), "only in-page links");
        assertFalse(html.contains("@import") || html.contains("url("), "no stylesheet fetches");
        // model text is escaped
        assertTrue(html.contains("&lt;script&gt;alert(&#39;nwsql01&#39;)&lt;/script&gt;"));
        // semantic structure
        assertEquals(1, count(html, "<h1>"));
        assertTrue(count(html, "<th scope=\"col\">") >= 20);
        assertEquals(4, count(html, "<figure class=\"diagram\">"));
        // each table's rules with their verdicts, from the validator
        assertTrue(html.contains("<h3>digits nwOut (outgoing, ARS \u201c9\u201d) <span class=\"where\">"), html);
        assertTrue(html.contains("<tr><th scope=\"row\" class=\"num\">3</th><td><pre class=\"source\">rule &quot;Seattle&quot;       leading &quot;1206&quot;     "
                + "length 11 replace &quot;&quot;</pre></td><td><ul class=\"verdict\"><li><span class=\"sev warning\">shadowed</span> Rule &#39;Seattle&#39; never applies: "
                + "rule &#39;North America&#39; (line 34) matches every number it matches, e.g. 12060000000 <code>rule.shadowed</code></li></ul></td></tr>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\" class=\"num\">1</th><td><pre class=\"source\">rule &quot;Extensions&quot;    leading &quot;12065550&quot; length 11 "
                + "replace &quot;&quot; ignore-ars</pre></td><td><span class=\"sev ok\">applies as written</span></td></tr>"), html);
        // tests and call cases
        assertTrue(html.contains("<p>1 of 2 cases pass.</p>"), html);
        assertTrue(html.contains("<tr class=\"fails\"><th scope=\"row\" class=\"num\">45</th>"), html);
        assertTrue(html.contains("<p>5 of 5 cases pass.</p>"), html);
        // unroutable examples
        assertTrue(html.contains("<tr><th scope=\"row\">SeattleStaff</th><td>northwind</td><td>Seattle</td><td>Staff</td><td><ul class=\"verdict\">"
                + "<li><span class=\"sev warning\">unroutable</span> Users &#39;SeattleStaff&#39; cannot reach every number their dial plan makes: "
                + "dialing &#39;0111000000&#39; gives &#39;+1000000&#39;"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">OttawaStaff</th><td>rideau</td><td>Ottawa</td><td>Staff</td><td>none: every number its dial plan "
                + "makes has a route</td></tr>"), html);
        // the source line of each diagnostic
        assertTrue(html.contains("<td><pre class=\"source\">server nwfe01  &quot;nwfe01.corp.northwind.local&quot;  roles FrontEnd, WebComponents, Mediation</pre></td></tr>"), html);
        // the erring server in its colour in the diagram
        assertTrue(html.contains("<g class=\"box server error\"><title>server nwfe01\n"), html);
        // same input, same page
        Path again = dir.resolve("again.html");
        assertEquals(0, Cli.run("report", examples(), review(), "-o", again.toString()).status());
        assertEquals(html, Files.readString(again));
    }

    @Test
    void aReportWithoutProblemsSaysSo() {
        Cli cli = Cli.run("report", Cli.root().resolve("examples/dialplans-nl-be.ucm").toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().contains("<p>No diagnostics: the models pass every check.</p>"), cli.out());
        assertTrue(cli.out().contains("<p>The models hold no topology.</p>"), cli.out());
        assertEquals(0, count(cli.out(), "<tr class=\"diagnostic "));
    }

    static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
