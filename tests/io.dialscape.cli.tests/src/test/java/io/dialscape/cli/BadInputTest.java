package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The bad-input matrix: every case ends with diagnostics or a one-line message, the exit
 * status of LANGUAGE.md section 9, no stack trace and no hang.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static Cli run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    }

    private static void assertOneLine(Cli cli, String expected) {
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertEquals(expected + "\n", cli.err());
    }

    @Test
    void missingPath() {
        Path missing = dir.resolve("nowhere.ucm");
        assertOneLine(run("validate", missing.toString()), "dialscape: " + missing + ": no such file or directory");
    }

    @Test
    void folderWithoutModels() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a model");
        assertOneLine(run("validate", dir.toString()), "dialscape: " + dir + ": no .ucm models in this folder");
    }

    @Test
    void notAModelFile() throws IOException {
        Path txt = Files.writeString(dir.resolve("notes.txt"), "x");
        assertOneLine(run("validate", txt.toString()), "dialscape: " + txt + ": not a .ucm model");
    }

    @Test
    void unreadableFile() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        Path file = Files.writeString(dir.resolve("secret.ucm"), "product P \"P\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Cli cli = run("validate", file.toString());
        assertEquals(2, cli.status());
        assertTrue(cli.err().contains("cannot be read"), cli.err());
    }

    @Test
    void nonUtf8Bytes() throws IOException {
        Path file = dir.resolve("latin1.ucm");
        Files.write(file, "product P \"Caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1));
        assertOneLine(run("validate", file.toString()),
                "dialscape: " + file + ":1: not UTF-8 (byte 0xE9 at offset 14); save the file as UTF-8");
    }

    @Test
    void nulBytesAreSyntaxErrors() throws IOException {
        Path file = dir.resolve("nul.ucm");
        Files.write(file, "product P \"P\"\n\0\0\nproduct Q \"Q\"\n".getBytes(StandardCharsets.UTF_8));
        Cli cli = run("validate", "--format", "json", file.toString());
        assertEquals(1, cli.status(), cli.out());
        assertTrue(cli.out().contains("\"code\": \"syntax\""), cli.out());
        assertTrue(cli.out().contains("\"line\": 2"), cli.out());
        assertTrue(cli.noStackTrace());
    }

    @Test
    void emptyFileIsAnInfo() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.ucm"), "");
        Cli cli = run("validate", file.toString());
        assertEquals(0, cli.status());
        assertEquals(file + ":1:1: info: The file defines nothing [file.empty]\ndialscape: 1 file, 0 errors, 0 warnings\n", cli.out());
    }

    @Test
    void oversizedFileIsRefused() throws IOException {
        Path file = dir.resolve("huge.ucm");
        byte[] line = "// padding padding padding padding padding padding padding padding padding padding\n".getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        assertOneLine(run("validate", file.toString()),
                "dialscape: " + file + ": 50 MB is more than the 16 MB a model file may have; split it into several files");
    }

    @Test
    void tenThousandNestedBraces() throws IOException {
        Path file = Files.writeString(dir.resolve("braces.ucm"), "topology t platform ocs2007r2 " + "{".repeat(10_000) + "\n");
        Cli cli = run("validate", file.toString());
        assertEquals(1, cli.status());
        long syntax = cli.out().lines().filter(l -> l.endsWith("[syntax]")).count();
        assertTrue(syntax >= 1 && syntax <= 51, "syntax errors are capped: " + syntax);
        assertTrue(cli.noStackTrace(), cli.out());
    }

    @Test
    void unbalancedBraces() throws IOException {
        Path file = Files.writeString(dir.resolve("open.ucm"), "digits t outgoing {\n    rule leading \"1\" replace \"91\"\n");
        Cli cli = run("validate", file.toString());
        assertEquals(1, cli.status());
        assertTrue(cli.out().startsWith(file + ":2:"), cli.out());
        assertTrue(cli.out().contains("[syntax]"), cli.out());
    }

    @Test
    void oneMegabyteSingleLine() throws IOException {
        StringBuilder text = new StringBuilder("digits t outgoing {");
        int i = 0;
        while (text.length() < 1024 * 1024) {
            text.append(" rule leading \"").append(100000 + i++).append("\" replace \"9\"");
        }
        text.append(" }");
        Path file = Files.writeString(dir.resolve("oneline.ucm"), text);
        Cli cli = run("validate", file.toString());
        assertEquals(0, cli.status(), cli.out().lines().limit(3).toList().toString());
        assertTrue(cli.noStackTrace());
    }

    @Test
    void symlinkLoop() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("models/sub"));
        Files.writeString(sub.resolve("p.ucm"), "product Loopy \"Loopy\"\n");
        Files.createSymbolicLink(sub.resolve("back"), dir.resolve("models"));
        Cli cli = run("validate", dir.resolve("models").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("dialscape: 1 file, 0 errors, 0 warnings\n", cli.out());
    }

    @Test
    void pathologicalPatternFinishes() throws IOException {
        Path file = Files.writeString(dir.resolve("regex.ucm"), """
                normalization N {
                    rule "Nested" pattern "^(\\d+)+$" translation "+$1"
                    rule "Alt"    pattern "^(\\d|\\d\\d)+#$" translation "$1"
                }
                test N {
                    "%s" -> none
                }
                """.formatted("1".repeat(20_000) + "#"));
        Cli cli = run("validate", file.toString());
        assertTrue(cli.noStackTrace(), cli.out());
        assertTrue(cli.out().contains("[test.failed]"), cli.out());
    }
}
