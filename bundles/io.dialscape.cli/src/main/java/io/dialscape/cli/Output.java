package io.dialscape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;

/** Where every command's {@code -o FILE} text goes: the file (UTF-8), else standard output. */
final class Output {

    private Output() {
    }

    /** Writes {@code text} to {@code output}, or to standard output when none is given; 2 with one line when it cannot. */
    static int write(CommandSpec spec, Path output, String text) {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return 0;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            spec.commandLine().getErr().println("dialscape: cannot write " + output + " (" + e.getMessage() + ")");
            return DialscapeCli.EXIT_USAGE;
        }
        return 0;
    }
}
