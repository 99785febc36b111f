package io.dialscape.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int status, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = DialscapeCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Cli(status, out.toString(), err.toString());
    }

    static Path root() {
        String root = System.getProperty("dialscape.root");
        return (root == null ? Path.of("../..") : Path.of(root)).toAbsolutePath().normalize();
    }

    /** Nothing that looks like a stack trace reached the user. */
    boolean noStackTrace() {
        String all = out + err;
        return !all.contains("\tat ") && !all.contains("Exception in thread") && !all.contains("Caused by:");
    }
}
