package io.dialscape.cli;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.InputProblem;
import io.dialscape.dsl.bridge.PowerShellExport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.emf.ecore.resource.Resource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dialscape export powershell --target lync|teams PATH... [-o FILE.ps1]} (LANGUAGE.md section 11, docs/import.md). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Turns a .ucm model into a deployment's own scripts.",
        subcommands = { ExportCommand.PowerShell.class })
final class ExportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing what to export: try 'dialscape export powershell --target lync PATH...'");
    }

    enum Target { lync, teams }

    @Command(name = "powershell", mixinStandardHelpOptions = true,
            description = { "Writes the PowerShell script that creates or updates the model's dial plans, PSTN usages, trunk",
                    "translation rules, routes and voice policies. It can be run twice: it creates what is missing and",
                    "sets the rest as the model says. What PowerShell cannot hold is written as comments and reported",
                    "on standard error.", "",
                    "  dialscape export powershell --target lync models/ -o voice.ps1", "",
                    "Exit status: 0 when the script was written, 2 for unreadable models or models with syntax or",
                    "linking errors." })
    static final class PowerShell implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--target", required = true, paramLabel = "TARGET",
                description = "lync (Lync / Skype for Business Server cmdlets) or teams (Teams Direct Routing cmdlets).")
        Target target;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = ".ucm files or folders read together.")
        List<Path> paths;

        @Option(names = { "-o", "--output" }, paramLabel = "FILE.ps1", description = "Write the script here (default: standard output).")
        Path output;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            BatchValidator.Loaded loaded;
            try {
                loaded = new BatchValidator().load(paths);
            } catch (InputProblem e) {
                err.println("dialscape: " + e.getMessage());
                return DialscapeCli.EXIT_USAGE;
            }
            List<io.dialscape.dsl.dialscape.Model> models = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (var entry : loaded.resources().entrySet()) {
                Resource resource = entry.getValue();
                String shown = String.valueOf(BatchValidator.shown(entry.getKey()));
                String problem = io.dialscape.dsl.bridge.PowerShellExport.brokenReason(resource);
                if (problem != null) {
                    err.println("dialscape: " + shown + ":" + problem + "; fix it first ('dialscape validate')");
                    return DialscapeCli.EXIT_USAGE;
                }
                if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof io.dialscape.dsl.dialscape.Model m) {
                    models.add(m);
                    sources.add(shown);
                }
            }
            PowerShellExport.Result result = PowerShellExport.export(models,
                    target == Target.teams ? PowerShellExport.Target.TEAMS : PowerShellExport.Target.LYNC, sources);
            for (String warning : result.warnings()) {
                err.println("dialscape: warning: " + warning);
            }
            // to a file with a byte-order mark: Windows PowerShell 5.1 reads a script without one as ANSI
            return Output.write(spec, output, output == null ? result.text() : "\uFEFF" + result.text());
        }
    }
}
