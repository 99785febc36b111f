package io.dialscape.cli;

import io.dialscape.dsl.bridge.TopologyImport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dialscape import topology FILE.xml [-o OUT.ucm] [--platform P]} and
 * {@code dialscape import powershell FILE.ps1 [-o OUT.ucm] [--topology NAME]} (LANGUAGE.md section 11, docs/import.md).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Turns a deployment's own documents into a .ucm model.",
        subcommands = { ImportCommand.Topology.class, ImportCommand.PowerShell.class })
final class ImportCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing what to import: try 'dialscape import topology FILE.xml' or 'dialscape import powershell FILE.ps1'");
    }

    @Command(name = "topology", mixinStandardHelpOptions = true,
            description = { "Reads a Lync/SfB topology document (Get-CsTopology -AsXml, or Topology Builder's saved",
                    "document) and writes its sites, pools, servers with roles and PSTN gateways as a .ucm topology.",
                    "What it does not understand becomes a comment in the output and a warning on standard error.", "",
                    "  dialscape import topology topology.xml -o contoso.ucm", "",
                    "Exit status: 0 when the document could be read, 2 for an unreadable, malformed or refused",
                    "document (DOCTYPEs and external entities are refused) or an unknown platform." })
    static final class Topology implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.xml", description = "The topology document.")
        Path file;

        @Option(names = { "-o", "--output" }, paramLabel = "OUT.ucm", description = "Write the model here (default: standard output).")
        Path output;

        @Option(names = "--platform", paramLabel = "P",
                description = "The platform of the model (default: from the document's ServiceVersion, else sfb2019).")
        String platform;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            TopologyImport.Result result;
            try {
                result = TopologyImport.read(file, platform);
            } catch (io.dialscape.dsl.bridge.ImportProblem e) {
                err.println("dialscape: " + e.getMessage());
                return DialscapeCli.EXIT_USAGE;
            }
            for (String warning : result.warnings()) {
                err.println("dialscape: warning: " + warning);
            }
            return Output.write(spec, output, result.text());
        }
    }

    @Command(name = "powershell", mixinStandardHelpOptions = true,
            description = { "Reads a PowerShell script of Lync/SfB or Teams voice cmdlets (dial plans, normalization rules,",
                    "PSTN usages, voice routes, voice policies, trunk translation rules) and writes the .ucm tables and",
                    "routing it creates. A statement it does not understand is reported as FILE:LINE: skipped: ... on",
                    "standard error and kept as a comment in the output.", "",
                    "  dialscape import powershell voice.ps1 -o voice.ucm", "",
                    "Exit status: 0 when the script could be read, 2 when it could not (no such file, not a text file)." })
    static final class PowerShell implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE.ps1", description = "The script.")
        Path file;

        @Option(names = { "-o", "--output" }, paramLabel = "OUT.ucm", description = "Write the model here (default: standard output).")
        Path output;

        @Option(names = "--topology", paramLabel = "NAME",
                description = "The name of the topology holding the routing (default: the file's name).")
        String topology;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            io.dialscape.dsl.bridge.PowerShellImport.Result result;
            try {
                result = io.dialscape.dsl.bridge.PowerShellImport.read(file, topology);
            } catch (io.dialscape.dsl.bridge.ImportProblem e) {
                err.println("dialscape: " + e.getMessage());
                return DialscapeCli.EXIT_USAGE;
            }
            for (String message : result.messages()) {
                err.println(message);
            }
            return Output.write(spec, output, result.text());
        }
    }
}
