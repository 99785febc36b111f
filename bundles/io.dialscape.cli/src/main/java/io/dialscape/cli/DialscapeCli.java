package io.dialscape.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dialscape}: the headless front door (LANGUAGE.md section 9). */
@Command(name = "dialscape", mixinStandardHelpOptions = true, versionProvider = DialscapeCli.Version.class,
        description = "Models and validates unified-communications deployments and dial plans (.ucm).",
        subcommands = { ValidateCommand.class, TraceCommand.class, DiagramCommand.class, ReportCommand.class, ImportCommand.class, ExportCommand.class, LspCommand.class, CommandLine.HelpCommand.class })
public final class DialscapeCli implements Runnable {

    private static final String GUICE_BYTECODE = "guice_bytecode_gen_option";

    /** Exit status of a usage or input problem. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'dialscape validate PATH...'");
    }

    public static void main(String[] args) {
        // Guice generates a class per injected constructor to call it faster later; a command builds most objects
        // once, so plain reflection is cheaper (about 0.1 s of CPU per start). Xtext intercepts no methods.
        if (System.getProperty(GUICE_BYTECODE) == null) {
            System.setProperty(GUICE_BYTECODE, "DISABLED");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new DialscapeCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("dialscape: internal error: " + e + " (please report it with the command and the model)");
            return EXIT_USAGE;
        });
        commandLine.setParameterExceptionHandler((e, cmdArgs) -> {
            CommandLine cmd = e.getCommandLine();
            String message = String.valueOf(e.getMessage()).replace('\n', ' ').strip();
            cmd.getErr().println("dialscape: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return EXIT_USAGE;
        });
        int status = commandLine.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DialscapeCli.class.getPackage().getImplementationVersion();
            return new String[] { "dialscape " + (version == null ? "0.1.0-SNAPSHOT" : version),
                    "Java " + System.getProperty("java.version") };
        }
    }
}
