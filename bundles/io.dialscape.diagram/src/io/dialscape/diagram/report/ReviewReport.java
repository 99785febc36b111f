package io.dialscape.diagram.report;

import static io.dialscape.diagram.Markup.escape;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramStyle;
import io.dialscape.diagram.SvgWriter;
import io.dialscape.diagram.TopologyDiagrams;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.Table;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import io.dialscape.dsl.validation.TopologyRouting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * {@code dialscape report} (LANGUAGE.md section 11): one self-contained HTML page for a design review or a CI
 * artefact. Inline CSS and SVG, no script, nothing fetched; headings and tables with header cells so that it
 * reads well in a browser, on paper and to a screen reader. Every verdict on the page is the validator's, from
 * one validation run ({@link BatchValidator.Checked}): a rule is shadowed, a test fails or a group has an
 * unroutable number because the validator said so on that element. Every model text is escaped.
 */
public final class ReviewReport {

    private final BatchValidator.Checked checked;
    private final Map<EObject, List<Finding>> byElement = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReviewReport(BatchValidator.Checked checked) {
        this.checked = checked;
        for (Finding finding : checked.report().findings()) {
            EObject element = checked.element(finding);
            if (element != null) {
                byElement.computeIfAbsent(element, e -> new ArrayList<>()).add(finding);
            }
        }
    }

    /** The page for a validation run. */
    public static String html(BatchValidator.Checked checked) {
        return new ReviewReport(checked).page();
    }

    private String page() {
        BatchValidator.Report report = checked.report();
        long errors = report.count("error");
        long warnings = report.count("warning");
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Dialscape\">\n")
                .append("<title>Dialscape review: ").append(count(report.files().size(), "file")).append(", ")
                .append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        out.append("<header>\n<h1>Dialscape review</h1>\n<p class=\"verdict ").append(errors > 0 ? "error" : warnings > 0 ? "warning" : "ok")
                .append("\">").append(count(report.files().size(), "file")).append(", ").append(count(errors, "error")).append(", ")
                .append(count(warnings, "warning")).append("</p>\n</header>\n");
        out.append("<nav aria-label=\"Contents\">\n<ul>\n<li><a href=\"#summary\">Summary</a></li>\n")
                .append("<li><a href=\"#diagrams\">Topology diagrams</a></li>\n<li><a href=\"#diagnostics\">Diagnostics</a></li>\n")
                .append("<li><a href=\"#tables\">Tables and rule verdicts</a></li>\n<li><a href=\"#tests\">Tests and call cases</a></li>\n")
                .append("<li><a href=\"#users\">User groups</a></li>\n</ul>\n</nav>\n<main>\n");
        summary(report);
        diagrams();
        diagnostics(report);
        tables();
        tests();
        users();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void summary(BatchValidator.Report report) {
        out.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        out.append("<table class=\"files\">\n<caption>Files</caption>\n<thead><tr><th scope=\"col\">File</th>")
                .append("<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
        for (Path file : report.files()) {
            long e = report.findings().stream().filter(f -> f.file().equals(file) && f.isError()).count();
            long w = report.findings().stream().filter(f -> f.file().equals(file) && f.isWarning()).count();
            long i = report.findings().stream().filter(f -> f.file().equals(file) && "info".equals(f.severity())).count();
            out.append("<tr><th scope=\"row\">").append(escape(shown(file))).append("</th><td class=\"num\">").append(e)
                    .append("</td><td class=\"num\">").append(w).append("</td><td class=\"num\">").append(i).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        Map<String, long[]> codes = new TreeMap<>();
        for (Finding f : report.findings()) {
            long[] counts = codes.computeIfAbsent(f.code(), c -> new long[3]);
            counts[f.isError() ? 0 : f.isWarning() ? 1 : 2]++;
        }
        if (codes.isEmpty()) {
            out.append("<p>No diagnostics: the models pass every check.</p>\n");
        } else {
            out.append("<table class=\"codes\">\n<caption>Diagnostics by code</caption>\n<thead><tr><th scope=\"col\">Code</th>")
                    .append("<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Notes</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, long[]> entry : codes.entrySet()) {
                long[] c = entry.getValue();
                out.append("<tr><th scope=\"row\"><code>").append(escape(entry.getKey())).append("</code></th><td class=\"num\">")
                        .append(c[0]).append("</td><td class=\"num\">").append(c[1]).append("</td><td class=\"num\">").append(c[2])
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void diagrams() {
        out.append("<section id=\"diagrams\">\n<h2>Topology diagrams</h2>\n");
        List<Topology> topologies = TopologyDiagrams.topologies(checked);
        if (topologies.isEmpty()) {
            out.append("<p>The models hold no topology.</p>\n</section>\n");
            return;
        }
        out.append("<p class=\"legend\">Sites hold pools and servers (each with its roles); the perimeter network is the dashed region; ")
                .append("gateways, PBXs and appliances stand outside the sites. Links: Direct SIP trunks and gateway bindings (solid), ")
                .append("Mediation Server to gateway (dashed), routes to their gateways (arrows; dotted for alternates). ")
                .append("<span class=\"sev error\">Errors</span> and <span class=\"sev warning\">warnings</span> are drawn in their colour ")
                .append("with a badge; hovering an element shows its messages.</p>\n");
        for (Map.Entry<Topology, Diagram> entry : TopologyDiagrams.diagrams(checked, topologies).entrySet()) {
            Diagram diagram = entry.getValue();
            out.append("<figure class=\"diagram\">\n<figcaption><h3>").append(escape(diagram.title())).append("</h3>")
                    .append("<span class=\"where\">").append(escape(where(entry.getKey()))).append("</span></figcaption>\n")
                    .append(SvgWriter.svg(diagram)).append("</figure>\n");
        }
        out.append("</section>\n");
    }

    private void diagnostics(BatchValidator.Report report) {
        out.append("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n");
        if (report.findings().isEmpty()) {
            out.append("<p>No diagnostics.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"diagnostics\" id=\"diagnostic-list\">\n<caption>").append(count(report.findings().size(), "diagnostic"))
                .append(", by file and line</caption>\n<thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Code</th>")
                .append("<th scope=\"col\">Where</th><th scope=\"col\">Message</th><th scope=\"col\">Source line</th></tr></thead>\n<tbody>\n");
        for (Finding f : report.findings()) {
            out.append("<tr class=\"diagnostic ").append(escape(f.severity())).append("\"><td><span class=\"sev ")
                    .append(escape(f.severity())).append("\">").append(escape(f.severity())).append("</span></td><td><code>")
                    .append(escape(f.code())).append("</code></td><td class=\"where\">").append(escape(shown(f.file()))).append(':')
                    .append(f.line()).append(':').append(f.column()).append("</td><td>").append(escape(f.message()))
                    .append("</td><td><pre class=\"source\">").append(escape(sourceLine(f.file(), f.line()))).append("</pre></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void tables() {
        out.append("<section id=\"tables\">\n<h2>Tables and rule verdicts</h2>\n");
        List<Table> tables = elements(Table.class);
        if (tables.isEmpty()) {
            out.append("<p>The models hold no digit or normalization table.</p>\n");
        }
        for (Table table : tables) {
            String kind;
            List<? extends EObject> rules;
            if (table instanceof DigitTable digits) {
                kind = "digits " + nullToEmpty(digits.getName()) + (digits.isOutgoing() ? " (outgoing" + (digits.getArs() == null ? ")"
                        : ", ARS \u201c" + digits.getArs() + "\u201d)") : " (incoming)");
                rules = digits.getRules();
            } else {
                Normalization normalization = (Normalization) table;
                kind = "normalization " + nullToEmpty(normalization.getName());
                rules = normalization.getRules();
            }
            out.append("<h3>").append(escape(kind)).append(" <span class=\"where\">").append(escape(where(table))).append("</span></h3>\n");
            ownFindings(table);
            if (rules.isEmpty()) {
                out.append("<p>No rules.</p>\n");
                continue;
            }
            out.append("<table class=\"rules\">\n<thead><tr><th scope=\"col\">#</th><th scope=\"col\">Rule</th>")
                    .append("<th scope=\"col\">Verdict</th></tr></thead>\n<tbody>\n");
            for (int i = 0; i < rules.size(); i++) {
                EObject rule = rules.get(i);
                out.append("<tr><th scope=\"row\" class=\"num\">").append(i + 1).append("</th><td><pre class=\"source\">")
                        .append(escape(text(rule))).append("</pre></td><td>");
                verdict(findingsWithin(rule), "applies as written");
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void tests() {
        out.append("<section id=\"tests\">\n<h2>Tests and call cases</h2>\n");
        List<Test> tests = elements(Test.class);
        if (tests.isEmpty()) {
            out.append("<p>The models hold no test.</p>\n");
        }
        for (Test test : tests) {
            EObject subject = test.getTable();
            String name = NodeModelUtils.findNodesForFeature(test, io.dialscape.dsl.dialscape.DialscapePackage.Literals.TEST__TABLE)
                    .stream().map(n -> NodeModelUtils.getTokenText(n).strip()).findFirst().orElse("");
            String kind = subject instanceof Topology ? "call cases of topology " : subject instanceof DigitTable ? "test of digits "
                    : subject instanceof Normalization ? "test of normalization " : "test of ";
            long failed = test.getCases().stream().filter(c -> findingsWithin(c).stream().anyMatch(Finding::isError)).count();
            out.append("<h3>").append(escape(kind + name)).append(" <span class=\"where\">").append(escape(where(test)))
                    .append("</span></h3>\n<p>").append(test.getCases().size() - failed).append(" of ").append(test.getCases().size())
                    .append(test.getCases().size() == 1 ? " case passes" : " cases pass").append(".</p>\n");
            ownFindings(test);
            if (test.getCases().isEmpty()) {
                continue;
            }
            out.append("<table class=\"cases\">\n<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Case</th>")
                    .append("<th scope=\"col\">Result</th></tr></thead>\n<tbody>\n");
            for (TestCase testCase : test.getCases()) {
                List<Finding> findings = findingsWithin(testCase);
                boolean fails = findings.stream().anyMatch(Finding::isError);
                out.append("<tr class=\"").append(fails ? "fails" : "passes").append("\"><th scope=\"row\" class=\"num\">")
                        .append(line(testCase)).append("</th><td><pre class=\"source\">").append(escape(text(testCase)))
                        .append("</pre></td><td>");
                verdict(findings, "passes");
                out.append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</section>\n");
    }

    private void users() {
        out.append("<section id=\"users\">\n<h2>User groups</h2>\n");
        List<Users> groups = new ArrayList<>();
        for (Topology topology : TopologyDiagrams.topologies(checked)) {
            groups.addAll(EcoreUtil2.getAllContentsOfType(topology, Users.class));
        }
        if (groups.isEmpty()) {
            out.append("<p>The topologies hold no user group.</p>\n</section>\n");
            return;
        }
        out.append("<p>The shortest number each group's dial plan makes that no route of its policy takes, from the validator's exact ")
                .append("analysis (<code>users.unroutable</code>).</p>\n");
        out.append("<table class=\"users\">\n<thead><tr><th scope=\"col\">Group</th><th scope=\"col\">Topology</th>")
                .append("<th scope=\"col\">Dial plan</th><th scope=\"col\">Policy</th><th scope=\"col\">Unroutable example</th></tr></thead>\n<tbody>\n");
        for (Users users : groups) {
            Topology topology = EcoreUtil2.getContainerOfType(users, Topology.class);
            out.append("<tr><th scope=\"row\">").append(escape(users.getName())).append("</th><td>").append(escape(topology.getName()))
                    .append("</td><td>").append(escape(reference(users, io.dialscape.dsl.dialscape.DialscapePackage.Literals.USERS__DIALPLAN)))
                    .append("</td><td>").append(escape(reference(users, io.dialscape.dsl.dialscape.DialscapePackage.Literals.USERS__POLICY)))
                    .append("</td><td>");
            if (!TopologyRouting.complete(users)) {
                out.append("not analysed: its dial plan or policy does not resolve");
            } else {
                List<Finding> unroutable = byElement.getOrDefault(users, List.of()).stream()
                        .filter(f -> DialscapeIssueCodes.USERS_UNROUTABLE.equals(f.code())).toList();
                if (unroutable.isEmpty()) {
                    out.append("none: every number its dial plan makes has a route");
                } else {
                    verdict(unroutable, "");
                }
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** Findings on the element itself (not on its rules or cases), as a list above its table. */
    private void ownFindings(EObject element) {
        List<Finding> own = byElement.getOrDefault(element, List.of());
        if (!own.isEmpty()) {
            out.append("<div class=\"own\">");
            verdict(own, "");
            out.append("</div>\n");
        }
    }

    private void verdict(List<Finding> findings, String fine) {
        if (findings.isEmpty()) {
            out.append("<span class=\"sev ok\">").append(escape(fine)).append("</span>");
            return;
        }
        out.append("<ul class=\"verdict\">");
        for (Finding f : findings) {
            out.append("<li><span class=\"sev ").append(escape(f.severity())).append("\">").append(escape(verdictWord(f.code())))
                    .append("</span> ").append(escape(f.message())).append(" <code>").append(escape(f.code())).append("</code></li>");
        }
        out.append("</ul>");
    }

    /** The one word a verdict column shows for a code: {@code rule.shadowed} is "shadowed", {@code test.failed} "fails". */
    static String verdictWord(String code) {
        return switch (code) {
            case DialscapeIssueCodes.TEST_FAILED, DialscapeIssueCodes.CALL_FAILED -> "fails";
            case DialscapeIssueCodes.USERS_UNROUTABLE -> "unroutable";
            default -> code.substring(code.indexOf('.') + 1).replace('-', ' ');
        };
    }

    /** Findings on the element or anything inside it. */
    private List<Finding> findingsWithin(EObject element) {
        List<Finding> findings = new ArrayList<>(byElement.getOrDefault(element, List.of()));
        element.eAllContents().forEachRemaining(child -> findings.addAll(byElement.getOrDefault(child, List.of())));
        return findings;
    }

    private <T extends EObject> List<T> elements(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Resource resource : checked.resources().values()) {
            for (EObject root : resource.getContents()) {
                if (root instanceof Model model) {
                    for (Element element : model.getElements()) {
                        if (type.isInstance(element)) {
                            found.add(type.cast(element));
                        }
                    }
                }
            }
        }
        return found;
    }

    private String sourceLine(Path file, int line) {
        String text = checked.texts().get(file);
        if (text == null || line < 1) {
            return "";
        }
        int start = 0;
        for (int i = 1; i < line; i++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                return "";
            }
            start = next + 1;
        }
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end).replace("\r", "").strip();
    }

    /** The element as written, comments and line breaks inside it kept. */
    private static String text(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? "" : node.getText().strip();
    }

    private static int line(EObject element) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
        return node == null ? 0 : node.getStartLine();
    }

    private static String reference(EObject owner, org.eclipse.emf.ecore.EReference feature) {
        return NodeModelUtils.findNodesForFeature(owner, feature).stream().map(n -> NodeModelUtils.getTokenText(n).strip())
                .findFirst().orElse("");
    }

    private static String where(EObject element) {
        Resource resource = element.eResource();
        String file = resource == null ? "" : shown(Path.of(resource.getURI().toFileString()));
        return file + ":" + line(element);
    }

    private static String shown(Path file) {
        return BatchValidator.shown(file).toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final String CSS = """
            :root { color-scheme: light; }
            body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #212121; margin: 0 auto;
              max-width: 1200px; padding: 0 16px 32px; line-height: 1.4; }
            h1 { font-size: 1.6em; margin: 16px 0 4px; } h2 { font-size: 1.3em; border-bottom: 2px solid #cfd8dc;
              padding-bottom: 2px; margin-top: 28px; } h3 { font-size: 1.05em; margin: 18px 0 6px; }
            nav ul { list-style: none; padding: 0; margin: 8px 0; display: flex; flex-wrap: wrap; gap: 4px 16px; }
            table { border-collapse: collapse; margin: 8px 0 12px; width: 100%; font-size: 0.92em; }
            caption { text-align: left; font-weight: bold; padding: 4px 0; }
            th, td { border: 1px solid #cfd8dc; padding: 3px 6px; text-align: left; vertical-align: top; }
            thead th { background: #eceff1; } tbody th { font-weight: normal; }
            td.num, th.num { text-align: right; width: 4em; }
            table.files, table.codes { width: auto; min-width: 40%; }
            code, pre, .where { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
            pre.source { margin: 0; white-space: pre-wrap; word-break: break-word; }
            .where { color: #546e7a; font-weight: normal; }
            ul.verdict { margin: 0; padding-left: 1.1em; }
            .sev { font-weight: bold; }
            .sev.error, .verdict.error { color: {ERROR}; } .sev.warning, .verdict.warning { color: {WARNING}; }
            .sev.info { color: #455a64; } .sev.ok, .verdict.ok { color: #2e7d32; }
            tr.diagnostic.error td:first-child { border-left: 4px solid {ERROR}; }
            tr.diagnostic.warning td:first-child { border-left: 4px solid {WARNING}; }
            tr.fails th { border-left: 4px solid {ERROR}; }
            figure.diagram { margin: 12px 0 20px; } figcaption h3 { display: inline; margin-right: 8px; }
            figure.diagram svg { display: block; max-width: 100%; height: auto; border: 1px solid #eceff1; margin-top: 6px; }
            .own { margin: 4px 0; }
            @media print {
              body { max-width: none; padding: 0; font-size: 10pt; }
              nav { display: none; }
              a { color: inherit; text-decoration: none; }
              figure.diagram, tr { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              thead { display: table-header-group; }
            }
            """.replace("{ERROR}", DiagramStyle.hex(DiagramStyle.ERROR)).replace("{WARNING}", DiagramStyle.hex(DiagramStyle.WARNING));
}
