package io.dialscape.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The output formats of LANGUAGE.md section 9. Each is built with a real writer, so everything is escaped.
 * The one home of every format: the command line and the Maven plugin both write through it.
 */
public final class Reports {

    private Reports() {
    }

    /** {@code path:line:column: severity: message [code]} per diagnostic, then a summary line. */
    public static String text(BatchValidator.Report report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(line(f)).append('\n');
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    /** One diagnostic as text output shows it: {@code path:line:column: severity: message [code]}. */
    public static String line(Finding f) {
        return BatchValidator.shown(f.file()) + ":" + f.line() + ":" + f.column() + ": " + f.severity() + ": "
                + oneLine(f.message()) + " [" + f.code() + "]";
    }

    public static String summary(BatchValidator.Report report) {
        long errors = report.count("error");
        long warnings = report.count("warning");
        int files = report.files().size();
        return "dialscape: " + files + (files == 1 ? " file, " : " files, ") + errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    /** {@code {"files": N, "diagnostics": [...]}}; file paths are absolute. */
    public static String json(BatchValidator.Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("files", report.files().size());
        JsonArray diagnostics = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject d = new JsonObject();
            d.addProperty("file", f.file().toString());
            d.addProperty("line", f.line());
            d.addProperty("column", f.column());
            d.addProperty("severity", f.severity());
            d.addProperty("code", f.code());
            d.addProperty("message", f.message());
            diagnostics.add(d);
        }
        root.add("diagnostics", diagnostics);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    /** SARIF 2.1.0: one run, a rule per diagnostic code, results with physical locations relative to the working directory. */
    public static String sarif(BatchValidator.Report report) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "Dialscape");
        driver.addProperty("informationUri", "https://dialscape.io");
        driver.addProperty("semanticVersion", "0.1.0");
        TreeSet<String> codes = new TreeSet<>();
        report.findings().forEach(f -> codes.add(f.code()));
        List<String> ruleIds = new ArrayList<>(codes);
        JsonArray rules = new JsonArray();
        for (String code : ruleIds) {
            JsonObject rule = new JsonObject();
            rule.addProperty("id", code);
            rule.addProperty("name", code);
            JsonObject shortDescription = new JsonObject();
            shortDescription.addProperty("text", RuleHelp.summary(code));
            rule.add("shortDescription", shortDescription);
            JsonObject help = new JsonObject();
            help.addProperty("text", RuleHelp.summary(code) + " (Dialscape diagnostic " + code + ", see LANGUAGE.md section 8)");
            rule.add("help", help);
            JsonObject configuration = new JsonObject();
            configuration.addProperty("level", DialscapeIssueCodes.WARNINGS.contains(code) ? "warning" : "error");
            rule.add("defaultConfiguration", configuration);
            rules.add(rule);
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);
        JsonObject base = new JsonObject();
        JsonObject srcroot = new JsonObject();
        srcroot.addProperty("uri", Path.of("").toAbsolutePath().toUri().toString());
        base.add("SRCROOT", srcroot);
        run.add("originalUriBaseIds", base);
        JsonArray results = new JsonArray();
        for (Finding f : report.findings()) {
            JsonObject result = new JsonObject();
            result.addProperty("ruleId", f.code());
            result.addProperty("ruleIndex", ruleIds.indexOf(f.code()));
            result.addProperty("level", switch (f.severity()) {
                case "error" -> "error";
                case "warning" -> "warning";
                default -> "note";
            });
            JsonObject message = new JsonObject();
            message.addProperty("text", f.message());
            result.add("message", message);
            JsonObject artifact = new JsonObject();
            Path shown = BatchValidator.shown(f.file());
            if (shown.isAbsolute()) {
                artifact.addProperty("uri", shown.toUri().toString());
            } else {
                artifact.addProperty("uri", uriPath(shown));
                artifact.addProperty("uriBaseId", "SRCROOT");
            }
            JsonObject region = new JsonObject();
            region.addProperty("startLine", f.line());
            region.addProperty("startColumn", f.column());
            JsonObject physical = new JsonObject();
            physical.add("artifactLocation", artifact);
            physical.add("region", region);
            JsonObject location = new JsonObject();
            location.add("physicalLocation", physical);
            JsonArray locations = new JsonArray();
            locations.add(location);
            result.add("locations", locations);
            results.add(result);
        }
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static String uriPath(Path relative) {
        StringBuilder uri = new StringBuilder();
        for (Path part : relative) {
            if (!uri.isEmpty()) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri.toString();
    }

    /** JUnit XML: one test suite, one test case per file; errors and warnings at or above the threshold are failures. */
    public static String junit(BatchValidator.Report report) {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        for (Path file : report.files()) {
            byFile.put(file, new ArrayList<>());
        }
        for (Finding f : report.findings()) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
        }
        long failures = byFile.values().stream().filter(list -> list.stream().anyMatch(f -> f.isError() || f.isWarning())).count();
        StringWriter buffer = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "dialscape");
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "dialscape validate");
            xml.writeAttribute("tests", String.valueOf(byFile.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
                String name = clean(BatchValidator.shown(entry.getKey()).toString());
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "dialscape");
                xml.writeAttribute("name", name);
                List<Finding> problems = entry.getValue().stream().filter(f -> f.isError() || f.isWarning()).toList();
                if (!problems.isEmpty()) {
                    long errors = problems.stream().filter(Finding::isError).count();
                    xml.writeCharacters("\n      ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", errors > 0 ? "error" : "warning");
                    xml.writeAttribute("message", clean(errors + " errors, " + (problems.size() - errors) + " warnings"));
                    StringBuilder body = new StringBuilder();
                    for (Finding f : problems) {
                        body.append(name).append(':').append(f.line()).append(':').append(f.column()).append(": ")
                                .append(f.severity()).append(": ").append(f.message()).append(" [").append(f.code()).append("]\n");
                    }
                    xml.writeCharacters(clean(body.toString()));
                    xml.writeEndElement();
                    xml.writeCharacters("\n    ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the JUnit report", e);
        }
        return buffer + "\n";
    }

    /** XML 1.0 cannot carry most control characters at all: show them as \\uXXXX. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\t' || c == 0xFFFE || c == 0xFFFF) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text output keeps one diagnostic per line whatever a message holds. */
    private static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            out.append(c < 0x20 ? ' ' : c);
        }
        return out.toString();
    }
}
