package io.dialscape.dsl.batch;

import com.google.inject.Injector;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.validation.DiagnosticCodes;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.Issue;

/**
 * Validates .ucm files together, headless: the one validator behind the command line
 * and the Maven plugin. All files go into one resource set with the bundled library, so
 * references across files resolve; diagnostics are reported for the given files only.
 */
public final class BatchValidator {

    /** Syntax errors reported per file before the rest are summarized (unbalanced braces can make thousands). */
    public static final int MAX_SYNTAX_ERRORS_PER_FILE = 50;

    /** Order of a report's findings: by file, line, column and code (a stable sort keeps each file's order otherwise). */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::code);

    /** The result of a run: the files validated and what was found, sorted by file, line and column. */
    public record Report(List<Path> files, List<Finding> findings) {

        public long count(String severity) {
            return findings.stream().filter(f -> f.severity().equals(severity)).count();
        }
    }

    /** Collects the .ucm files under the paths and validates them together. */
    public Report validate(List<Path> paths) throws InputProblem {
        return validateTexts(texts(paths));
    }

    /** The .ucm files under the paths, in the order a run reads them, and their texts. */
    private Map<Path, String> texts(List<Path> paths) throws InputProblem {
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path file : ModelFiles.collect(paths)) {
            texts.put(file, ModelFiles.read(file, shown(file)));
        }
        return texts;
    }

    /** Models loaded together (with the bundled library), not validated: what {@code trace} reads. */
    public record Loaded(XtextResourceSet resourceSet, Map<Path, Resource> resources) {
    }

    /**
     * Collects and loads the .ucm files under the paths together, references resolved, without validating.
     *
     * @throws InputProblem as {@link #validate(List)} does
     */
    public Loaded load(List<Path> paths) throws InputProblem {
        XtextResourceSet resourceSet = ModelSet.newBatchResourceSet(ModelSet.injector());
        Map<Path, Resource> resources = new LinkedHashMap<>();
        for (Map.Entry<Path, String> entry : texts(paths).entrySet()) {
            Path absolute = entry.getKey().toAbsolutePath().normalize();
            resources.put(absolute, ModelSet.load(resourceSet, URI.createFileURI(absolute.toString()), entry.getValue()));
        }
        ModelSet.indexModels(resourceSet);
        org.eclipse.emf.ecore.util.EcoreUtil.resolveAll(resourceSet);
        return new Loaded(resourceSet, resources);
    }

    /** Validates the given file contents together (paths need not exist: the editor and tests use this). */
    public Report validateTexts(Map<Path, String> texts) {
        return checkTexts(texts).report();
    }

    /**
     * A validation run with what pictures and the review page need beside the report: the models as loaded (for
     * reading them), their texts (for showing the lines diagnostics point at), and the element each finding
     * sits on.
     */
    public record Checked(Report report, XtextResourceSet resourceSet, Map<Path, Resource> resources, Map<Path, String> texts,
            Map<Finding, URI> elements) {

        /** The model element a finding sits on, or {@code null} (a file that could not be read, a summary line). */
        public org.eclipse.emf.ecore.EObject element(Finding finding) {
            URI uri = elements.get(finding);
            return uri == null ? null : resourceSet.getEObject(uri, false);
        }
    }

    /** Collects the .ucm files under the paths and validates them together, keeping the models ({@link Checked}). */
    public Checked check(List<Path> paths) throws InputProblem {
        return checkTexts(texts(paths));
    }

    /** As {@link #validateTexts}, keeping the models ({@link Checked}). */
    public Checked checkTexts(Map<Path, String> texts) {
        Injector injector = ModelSet.injector();
        XtextResourceSet resourceSet = ModelSet.newBatchResourceSet(injector);
        Map<Path, Resource> resources = new LinkedHashMap<>();
        Map<Path, String> absoluteTexts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        Map<Finding, URI> elements = new java.util.IdentityHashMap<>();
        for (Map.Entry<Path, String> entry : texts.entrySet()) {
            Path file = entry.getKey().toAbsolutePath().normalize();
            absoluteTexts.put(file, entry.getValue());
            Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
            try {
                resource.load(new LazyStringInputStream(entry.getValue(), "UTF-8"), resourceSet.getLoadOptions());
                resources.put(file, resource);
            } catch (IOException | RuntimeException e) {
                findings.add(new Finding(file, 1, 1, "error", DialscapeIssueCodes.SYNTAX,
                        "Dialscape could not read this model: " + describe(e)));
            }
        }
        ModelSet.indexModels(resourceSet);
        for (Map.Entry<Path, Resource> entry : resources.entrySet()) {
            findings.addAll(validate(entry.getKey(), entry.getValue(), elements));
        }
        findings.sort(ORDER);
        Report report = new Report(List.copyOf(texts.keySet().stream().map(p -> p.toAbsolutePath().normalize()).toList()), findings);
        return new Checked(report, resourceSet, resources, absoluteTexts, elements);
    }

    private static List<Finding> validate(Path file, Resource resource, Map<Finding, URI> elements) {
        List<Issue> issues = ModelSet.validate(resource, CancelIndicator.NullImpl);
        List<Finding> findings = findings(file, issues, elements);
        if (issues.isEmpty() && resource.getContents().size() == 1 && resource.getContents().get(0) instanceof Model model
                && model.getElements().isEmpty()) {
            findings.add(new Finding(file, 1, 1, "info", DialscapeIssueCodes.FILE_EMPTY, "The file defines nothing"));
        } else if (resource.getContents().isEmpty() && issues.isEmpty()) {
            findings.add(new Finding(file, 1, 1, "info", DialscapeIssueCodes.FILE_EMPTY, "The file defines nothing"));
        }
        return findings;
    }

    /**
     * A file's validator issues as a report lists them: one-line messages, at most {@link #MAX_SYNTAX_ERRORS_PER_FILE}
     * syntax errors and then a summary (the editor's results are compared with a run's this way); the element of each
     * finding goes into {@code elements}.
     */
    public static List<Finding> findings(Path file, List<Issue> issues, Map<Finding, URI> elements) {
        List<Finding> findings = new ArrayList<>();
        int syntaxErrors = 0;
        for (Issue issue : issues) {
            String code = DiagnosticCodes.of(issue);
            if (DialscapeIssueCodes.SYNTAX.equals(code) && ++syntaxErrors > MAX_SYNTAX_ERRORS_PER_FILE) {
                continue;
            }
            String severity = switch (issue.getSeverity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "info";
                case IGNORE -> null;
            };
            if (severity == null) {
                continue;
            }
            int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
            int column = issue.getColumn() == null ? 1 : issue.getColumn();
            Finding finding = new Finding(file, line, column, severity, code, tidy(issue.getMessage()));
            findings.add(finding);
            if (issue.getUriToProblem() != null) {
                elements.put(finding, issue.getUriToProblem());
            }
        }
        if (syntaxErrors > MAX_SYNTAX_ERRORS_PER_FILE) {
            Finding last = findings.stream().filter(f -> f.code().equals(DialscapeIssueCodes.SYNTAX))
                    .reduce((a, b) -> b).orElseThrow();
            findings.add(new Finding(file, last.line(), last.column(), "error", DialscapeIssueCodes.SYNTAX,
                    (syntaxErrors - MAX_SYNTAX_ERRORS_PER_FILE) + " more syntax errors not shown; fix the ones above first"));
        }
        return findings;
    }

    /** Messages are one line, sentence case, no trailing period. */
    private static String tidy(String message) {
        if (message == null || message.isBlank()) {
            return "Problem here";
        }
        String text = message.replace('\r', ' ').replace('\n', ' ').strip();
        if (text.endsWith(".") && !text.endsWith("..")) {
            text = text.substring(0, text.length() - 1);
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }

    /** How a path is shown to users: relative to the working directory when inside it. */
    public static Path shown(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    }
}
