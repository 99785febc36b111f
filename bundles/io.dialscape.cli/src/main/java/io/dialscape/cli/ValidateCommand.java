package io.dialscape.cli;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.batch.InputProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dialscape validate [--format ...] [--fail-on ...] PATH...} */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Validates .ucm files and folders (recursively) together, so references across files resolve;",
                "the bundled platform library is always visible.", "",
                "Exit status: 0 when nothing reaches --fail-on, 1 when something does, 2 for a usage or input problem." })
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit }

    enum FailOn { error, warning }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            description = "Lowest severity that makes the exit status 1: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".ucm files or folders to validate together.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BatchValidator.Report report;
        try {
            report = new BatchValidator().validate(paths);
        } catch (InputProblem e) {
            err.println("dialscape: " + e.getMessage());
            return DialscapeCli.EXIT_USAGE;
        }
        String text = switch (format) {
            case text -> Reports.text(report);
            case json -> Reports.json(report);
            case sarif -> Reports.sarif(report);
            case junit -> Reports.junit(report);
        };
        if (Output.write(spec, output, text) != 0) {
            return DialscapeCli.EXIT_USAGE;
        }
        return fails(report.findings()) ? 1 : 0;
    }

    private boolean fails(List<Finding> findings) {
        for (Finding finding : findings) {
            if (finding.isError() || failOn == FailOn.warning && finding.isWarning()) {
                return true;
            }
        }
        return false;
    }
}
