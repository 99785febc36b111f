package io.dialscape.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.InputProblem;
import io.dialscape.dsl.batch.Tracer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dialscape trace PATH... [--topology NAME] --from USERS NUMBER} or {@code --table TABLE NUMBER}. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = { "Shows every step of one call (normalization, route, trunk translation, LBG table) or of one",
                "table for one number, with the element that decided each step and its line.", "",
                "  dialscape trace models/ --from OttawaStaff 5660",
                "  dialscape trace models/ --table lbgOut tel:+16135925660", "",
                "Exit status: 0 when the number could be traced (unroutable included), 2 for an unknown group or",
                "table, a group in several topologies without --topology, or an input that is not a number." })
final class TraceCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Subject subject;

    static final class Subject {
        @Option(names = "--from", paramLabel = "USERS", description = "The user group that dials (its dial plan and voice policy).")
        String users;

        @Option(names = "--table", paramLabel = "TABLE", description = "A digit or normalization table to evaluate alone.")
        String table;
    }

    @Option(names = "--topology", paramLabel = "NAME", description = "The topology of the user group, when several have one of that name.")
    String topology;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Parameters(paramLabel = "PATH... NUMBER", arity = "1..*",
            description = ".ucm files or folders read together, then the number (bare or a tel: URI).")
    List<String> arguments;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (arguments.size() < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "Missing the number to trace: give the model paths, then the number");
        }
        List<Path> paths = new ArrayList<>();
        for (String argument : arguments.subList(0, arguments.size() - 1)) {
            paths.add(Path.of(argument));
        }
        String number = arguments.get(arguments.size() - 1);
        Tracer.Trace trace;
        try {
            BatchValidator.Loaded loaded = new BatchValidator().load(paths);
            trace = subject.users != null ? Tracer.call(loaded, topology, subject.users, number)
                    : Tracer.table(loaded, subject.table, number);
        } catch (InputProblem | Tracer.TraceProblem e) {
            err.println("dialscape: " + e.getMessage());
            return DialscapeCli.EXIT_USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(trace) : text(trace));
        out.flush();
        return 0;
    }

    static String text(Tracer.Trace trace) {
        StringBuilder sb = new StringBuilder();
        sb.append("Trace of '").append(trace.number()).append("' through ").append(trace.subject()).append('\n');
        int width = 0;
        for (Tracer.Step step : trace.steps()) {
            width = Math.max(width, step.step().length());
        }
        for (Tracer.Step step : trace.steps()) {
            sb.append("  ").append(step.step()).append(" ".repeat(width - step.step().length() + 2)).append(step.element());
            if (step.decidedBy() != null) {
                sb.append(": ").append(step.decidedBy()).append(" (").append(where(step)).append(')');
            }
            if (step.note() != null) {
                sb.append(step.decidedBy() == null ? ": " : "; ").append(step.note());
            }
            if (step.result() != null) {
                sb.append(" -> '").append(step.result()).append('\'');
            }
            sb.append('\n');
        }
        switch (trace.outcome()) {
            case "routed" -> sb.append("Sends '").append(trace.result()).append("'\n");
            case "unroutable" -> sb.append("Unroutable: no route of the group's policy matches\n");
            case "not normalized" -> sb.append("Not normalized\n");
            default -> sb.append("Result '").append(trace.result()).append("'\n");
        }
        return sb.toString();
    }

    private static String where(Tracer.Step step) {
        Path shown = step.file() == null ? null : BatchValidator.shown(step.file());
        return (shown == null ? "" : shown + ":") + step.line();
    }

    static String json(Tracer.Trace trace) {
        JsonObject root = new JsonObject();
        root.addProperty("number", trace.number());
        root.addProperty("through", trace.subject());
        root.addProperty("outcome", trace.outcome());
        root.addProperty("result", trace.result());
        JsonArray steps = new JsonArray();
        for (Tracer.Step step : trace.steps()) {
            JsonObject s = new JsonObject();
            s.addProperty("step", step.step());
            s.addProperty("element", step.element());
            s.addProperty("decidedBy", step.decidedBy());
            s.addProperty("file", step.file() == null ? null : step.file().toString());
            s.addProperty("line", step.file() == null ? null : step.line());
            s.addProperty("result", step.result());
            s.addProperty("note", step.note());
            steps.add(s);
        }
        root.add("steps", steps);
        return new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root) + "\n";
    }
}
