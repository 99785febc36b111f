package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The headless contract of LANGUAGE.md section 9: formats, exit status, escaping. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path model(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static final String FAILING_TEST = """
            digits t outgoing { rule "Any" leading "1" replace "91" }
            test t {
                "12" -> "x<&\\"y'\u0001z"
            }
            """;

    @Test
    void examplesValidateClean() {
        Cli cli = Cli.run("validate", Cli.root().resolve("examples").toString());
        assertEquals(0, cli.status(), cli.out() + cli.err());
        assertEquals("dialscape: 4 files, 0 errors, 0 warnings\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void textLinesAndSummary() throws Exception {
        Path file = model("m.ucm", "topology t platform ocs2007r2 {\n    site A {\n        server x \"x..y\" roles Director\n    }\n}\n");
        Cli cli = Cli.run("validate", file.toString());
        assertEquals(1, cli.status());
        assertEquals(file + ":3:9: error: Server 'x' has FQDN 'x..y', which is not a valid DNS name: empty label between dots [fqdn.invalid]\n"
                + "dialscape: 1 file, 1 error, 0 warnings\n", cli.out());
    }

    @Test
    void failOnWarning() throws Exception {
        Path file = model("w.ucm", "topology t platform ocs2007r2 {\n    forest \"a.local\" domains \"b.a.local\" global-settings system\n}\n");
        assertEquals(0, Cli.run("validate", file.toString()).status());
        assertEquals(1, Cli.run("validate", "--fail-on", "warning", file.toString()).status());
    }

    @Test
    void jsonIsEscapedAndComplete() throws Exception {
        Path file = model("j.ucm", FAILING_TEST);
        Cli cli = Cli.run("validate", "--format", "json", file.toString());
        assertEquals(1, cli.status());
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals(1, root.get("files").getAsInt());
        JsonArray diagnostics = root.getAsJsonArray("diagnostics");
        assertEquals(1, diagnostics.size());
        JsonObject d = diagnostics.get(0).getAsJsonObject();
        assertEquals(file.toString(), d.get("file").getAsString());
        assertEquals(3, d.get("line").getAsInt());
        assertEquals(5, d.get("column").getAsInt());
        assertEquals("error", d.get("severity").getAsString());
        assertEquals("test.failed", d.get("code").getAsString());
        assertEquals("Test of 't' gives '912' (rule 'Any', line 1), not 'x<&\"y'\u0001z'", d.get("message").getAsString());
    }

    @Test
    void junitXmlIsWellFormedWithAwkwardNames() throws Exception {
        Path file = model("a&b \"<c>\".ucm", FAILING_TEST);
        Cli cli = Cli.run("validate", "--format", "junit", file.toString());
        assertEquals(1, cli.status());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(cli.out().getBytes(StandardCharsets.UTF_8)));
        Element testcase = (Element) xml.getElementsByTagName("testcase").item(0);
        assertEquals(file.toString(), testcase.getAttribute("name"));
        Element failure = (Element) testcase.getElementsByTagName("failure").item(0);
        assertEquals("1 errors, 0 warnings", failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("not 'x<&\"y'\\u0001z' [test.failed]"), failure.getTextContent());
    }

    @Test
    void sarifHasRulesResultsAndLocations() throws Exception {
        Path file = model("s.ucm", FAILING_TEST);
        Cli cli = Cli.run("validate", "--format", "sarif", file.toString());
        assertEquals(1, cli.status());
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonArray rules = run.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertEquals("test.failed", rules.get(0).getAsJsonObject().get("id").getAsString());
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("test.failed", result.get("ruleId").getAsString());
        assertEquals(0, result.get("ruleIndex").getAsInt());
        assertEquals("error", result.get("level").getAsString());
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertEquals(3, location.getAsJsonObject("region").get("startLine").getAsInt());
        assertEquals(file.toUri().toString(), location.getAsJsonObject("artifactLocation").get("uri").getAsString());
    }

    @Test
    void outputFile() throws Exception {
        Path file = model("o.ucm", FAILING_TEST);
        Path report = dir.resolve("report.json");
        Cli cli = Cli.run("validate", "--format", "json", "-o", report.toString(), file.toString());
        assertEquals(1, cli.status());
        assertEquals("", cli.out());
        assertTrue(Files.readString(report).contains("\"code\": \"test.failed\""));
    }

    @Test
    void crossFileReferencesResolveWithinOneRun() throws Exception {
        model("tables.ucm", "digits lbgIn incoming { rule \"Extensions\" leading \"5\" length 4 replace \"+16135925\" }\n");
        model("tests.ucm", "test lbgIn { \"5660\" -> \"+16135925660\" }\n");
        Cli cli = Cli.run("validate", dir.toString());
        assertEquals(0, cli.status(), cli.out());
        assertEquals("dialscape: 2 files, 0 errors, 0 warnings\n", cli.out());
    }

    @Test
    void helpAndVersion() {
        Cli help = Cli.run("validate", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("--fail-on"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("dialscape "), version.out());
    }

    @Test
    void usageErrorsExitTwo() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("validate"), List.of("validate", "--format", "xml", "x"),
                List.of("frobnicate"))) {
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(2, cli.status(), args + ": " + cli.err());
            assertTrue(cli.err().startsWith("dialscape: "), cli.err());
            assertEquals(1, cli.err().lines().count(), "one line: " + cli.err());
            assertTrue(cli.noStackTrace(), cli.err());
        }
    }
}
