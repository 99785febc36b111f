package io.dialscape.cli;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.SvgWriter;
import io.dialscape.diagram.TopologyDiagrams;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.InputProblem;
import io.dialscape.dsl.dialscape.Topology;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dialscape diagram PATH... [--topology NAME] -o FILE.svg|DIR}: the topology as a picture (SVG). */
@Command(name = "diagram", mixinStandardHelpOptions = true,
        description = { "Draws each topology as SVG: sites holding pools and servers with their roles, the perimeter",
                "network apart, gateways, PBXs, trunks and routes; elements with an error or warning in its colour,",
                "with the messages as tooltips.", "",
                "  dialscape diagram examples/ottawa-ocs2007r2.ucm -o rideau.svg",
                "  dialscape diagram examples/ -o pictures/          (one NAME.svg per topology)", "",
                "Exit status: 0 when the pictures were written, 2 for a usage or input problem." })
final class DiagramCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--topology", paramLabel = "NAME", description = "Draw only the topology of that name.")
    String topology;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE.svg|DIR", required = true,
            description = "The SVG file to write, or a folder for one NAME.svg per topology (needed for several).")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = ".ucm files or folders read together.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        BatchValidator.Checked checked;
        try {
            checked = new BatchValidator().check(paths);
        } catch (InputProblem e) {
            err.println("dialscape: " + e.getMessage());
            return DialscapeCli.EXIT_USAGE;
        }
        List<Topology> topologies = TopologyDiagrams.topologies(checked);
        if (topology != null) {
            topologies = topologies.stream().filter(t -> topology.equals(t.getName())).toList();
            if (topologies.isEmpty()) {
                err.println("dialscape: no topology '" + topology + "' in the models given");
                return DialscapeCli.EXIT_USAGE;
            }
        }
        if (topologies.isEmpty()) {
            err.println("dialscape: the models given hold no topology to draw");
            return DialscapeCli.EXIT_USAGE;
        }
        boolean folder = Files.isDirectory(output);
        if (topologies.size() > 1 && !folder) {
            if (Files.exists(output) || output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                err.println("dialscape: " + topologies.size() + " topologies (" + String.join(", ", topologies.stream().map(Topology::getName).toList())
                        + "): give a folder for -o, or --topology NAME");
                return DialscapeCli.EXIT_USAGE;
            }
            folder = true;
        }
        PrintWriter out = spec.commandLine().getOut();
        Set<String> used = new HashSet<>();
        try {
            if (folder) {
                Files.createDirectories(output);
            }
            for (Map.Entry<Topology, Diagram> entry : TopologyDiagrams.diagrams(checked, topologies).entrySet()) {
                Path file = folder ? output.resolve(fileName(entry.getKey().getName(), used)) : output;
                Files.writeString(file, SvgWriter.document(entry.getValue()));
                out.println("dialscape: wrote " + file);
            }
        } catch (IOException e) {
            err.println("dialscape: cannot write " + output + " (" + e.getMessage() + ")");
            return DialscapeCli.EXIT_USAGE;
        }
        out.flush();
        return 0;
    }

    /** {@code NAME.svg}; a second topology of the same name gets {@code NAME_2.svg}. */
    static String fileName(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = name + "_" + n;
        }
        return candidate + ".svg";
    }
}
