package io.dialscape.cli;

import io.dialscape.diagram.report.ReviewReport;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.InputProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dialscape report PATH... -o FILE.html}: the self-contained review page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Writes one self-contained HTML page for a design review or a CI artefact: a summary, each",
                "topology's diagram, every diagnostic with its source line, each table with each rule's verdict,",
                "test and call results, and each user group's unroutable example. No script; nothing is fetched.", "",
                "  dialscape report examples/ -o review.html", "",
                "Exit status: 0 when the page was written (whatever it reports), 2 for a usage or input problem." })
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE.html", description = "Write the page to FILE instead of standard output.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".ucm files or folders read together.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String page;
        try {
            page = ReviewReport.html(new BatchValidator().check(paths));
        } catch (InputProblem e) {
            err.println("dialscape: " + e.getMessage());
            return DialscapeCli.EXIT_USAGE;
        }
        return Output.write(spec, output, page);
    }
}
