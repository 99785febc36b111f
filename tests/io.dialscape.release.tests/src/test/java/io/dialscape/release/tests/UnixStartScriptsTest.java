package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.release.tests.Archives.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux and macOS start scripts, run by /bin/sh from their unpacked archives against
 * stand-in Java runtimes that print a version and record the command line they were given:
 * which Java each script picks (JAVA_HOME, the usual places, the PATH; the newest 21+), the
 * options it passes for that Java, and its one-line answers to what it cannot use.
 * The macOS script runs here too: its places (/Library/Java, Homebrew) do not exist on Linux,
 * so its search of the user's own folders and of the PATH can be seen on its own.
 */
class UnixStartScriptsTest {

    @TempDir
    static Path work;

    static Path linux;
    static Path mac;
    static String launcher;
    static String version;

    @BeforeAll
    static void unpack() throws IOException {
        linux = work.resolve("linux");
        mac = work.resolve("mac");
        Files.createDirectories(linux);
        Files.createDirectories(mac);
        Archives.unpack(Archives.archive(Platform.LINUX), linux);
        Archives.unpack(Archives.archive(Platform.MACOS_ARM), mac);
        linux = linux.resolve("dialscape-studio");
        mac = mac.resolve("dialscape-studio");
        try (Stream<Path> plugins = Files.list(linux.resolve("plugins"))) {
            List<String> names = plugins.map(p -> p.getFileName().toString()).toList();
            launcher = names.stream().filter(n -> n.startsWith("org.eclipse.equinox.launcher_") && n.endsWith(".jar")).findFirst().orElseThrow();
            String studio = names.stream().filter(n -> n.startsWith("io.dialscape.studio_")).findFirst().orElseThrow();
            version = studio.substring("io.dialscape.studio_".length(), studio.length() - ".jar".length());
        }
    }

    /** A stand-in java: answers -version like a real one, records any other command line. */
    private static Path fakeJava(Path home, String version) throws IOException {
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = "-version" ]; then
                  echo 'openjdk version "%s" 2025-01-21' >&2
                  echo 'OpenJDK Runtime Environment (build stand-in)' >&2
                  exit 0
                fi
                for a in "$@"; do printf '%%s\\n' "$a"; done > "$0.args"
                """.formatted(version));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private record Run(int exit, String stderr, List<String> javaArgs, Path java) {
    }

    /** Runs a start script with only the environment given (plus a minimal PATH unless given). */
    private static Run run(Path script, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(environment);
        Path stderr = Files.createTempFile(work, "stderr", ".txt");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the script ends");
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        // Which stand-in ran: the one that wrote its .args.
        for (Path candidate : findArgs(Path.of(environment.getOrDefault("HOME", work.toString())))) {
            List<String> recorded = Files.readAllLines(candidate);
            Files.delete(candidate);
            return new Run(process.exitValue(), err, recorded, Path.of(candidate.toString().replaceFirst("\\.args$", "")));
        }
        return new Run(process.exitValue(), err, List.of(), null);
    }

    private static List<Path> findArgs(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.getFileName().toString().equals("java.args")).toList();
        }
    }

    private static Path newHome(String name) throws IOException {
        return Files.createDirectories(work.resolve("homes").resolve(name));
    }

    private static List<String> expectedTail(Path root, Path home, String workspace, String... userArgs) {
        List<String> tail = new ArrayList<>(List.of(
                "-Dosgi.sharedConfiguration.area=" + root + "/configuration", "-Dosgi.configuration.cascaded=true",
                "-jar", root + "/plugins/" + launcher,
                "-configuration", home + "/.dialscape/studio/" + version + "/configuration",
                "-data", workspace));
        tail.addAll(List.of(userArgs));
        return tail;
    }

    @Test
    void linuxUsesJavaHomes21WithoutTheUnsafeOptionAndDefaults() throws Exception {
        Path home = newHome("linux-21");
        Path java = fakeJava(home.resolve("jdk-21"), "21.0.5");
        Run run = run(linux.resolve("dialscape-studio"), Map.of("HOME", home.toString(), "DISPLAY", ":0",
                "JAVA_HOME", home.resolve("jdk-21").toString()), "-clean");
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(java, run.java());
        List<String> expected = new ArrayList<>(List.of("-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
        expected.addAll(expectedTail(linux, home, home + "/dialscape-workspace", "-clean"));
        assertEquals(expected, run.javaArgs());
        assertEquals("", run.stderr());
    }

    @Test
    void linuxPassesTheUnsafeOptionToJdk23AndNewerWithTheUsersSettings() throws Exception {
        Path home = newHome("linux-25");
        fakeJava(home.resolve("jdk-25"), "25.0.1");
        Path workspace = home.resolve("my models");
        Run run = run(linux.resolve("dialscape-studio"), Map.of("HOME", home.toString(), "DISPLAY", ":0",
                "JAVA_HOME", home.resolve("jdk-25").toString(), "DIALSCAPE_MEMORY", "3g", "DIALSCAPE_WORKSPACE", workspace.toString()));
        assertEquals(0, run.exit(), run.stderr());
        List<String> expected = new ArrayList<>(List.of("-Xmx3g", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow"));
        expected.addAll(expectedTail(linux, home, workspace.toString()));
        assertEquals(expected, run.javaArgs());
    }

    @Test
    void linuxLooksInTheUsualPlacesWhenJavaHomeIsTooOld() throws Exception {
        Path home = newHome("linux-old-home");
        fakeJava(home.resolve("jdk8"), "1.8.0_401");
        // ~/.jdks is where IntelliJ IDEA puts the JDKs it downloads; 99 is newer than any real one here.
        Path java = fakeJava(home.resolve(".jdks/temurin-99.0.1"), "99.0.1");
        Run run = run(linux.resolve("dialscape-studio"), Map.of("HOME", home.toString(), "DISPLAY", ":0",
                "JAVA_HOME", home.resolve("jdk8").toString()));
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(java, run.java());
        assertTrue(run.javaArgs().contains("--sun-misc-unsafe-memory-access=allow"));
        assertEquals("Dialscape Studio: JAVA_HOME (" + home.resolve("jdk8") + ") is not a Java 21 or newer; looking in the usual places\n", run.stderr());
    }

    @Test
    void linuxRefusesAMemorySettingJavaWouldNotTakeAndAMissingDisplay() throws Exception {
        Path home = newHome("linux-refusals");
        fakeJava(home.resolve("jdk-21"), "21.0.5");
        Run memory = run(linux.resolve("dialscape-studio"), Map.of("HOME", home.toString(), "DISPLAY", ":0",
                "JAVA_HOME", home.resolve("jdk-21").toString(), "DIALSCAPE_MEMORY", "lots"));
        assertEquals(2, memory.exit());
        assertEquals("Dialscape Studio: DIALSCAPE_MEMORY must be a size such as 1g or 2048m, not 'lots'\n", memory.stderr());
        assertEquals(List.of(), memory.javaArgs());

        Run display = run(linux.resolve("dialscape-studio"), Map.of("HOME", home.toString(),
                "JAVA_HOME", home.resolve("jdk-21").toString()));
        assertEquals(2, display.exit());
        assertEquals("Dialscape Studio: no display (neither DISPLAY nor WAYLAND_DISPLAY is set): start it from a desktop session\n", display.stderr());
        assertEquals(List.of(), display.javaArgs());
    }

    @Test
    void macStartsOnTheFirstThreadWithJavaHome() throws Exception {
        Path home = newHome("mac-21");
        fakeJava(home.resolve("jdk-21"), "21.0.5");
        Run run = run(mac.resolve("Dialscape Studio.command"), Map.of("HOME", home.toString(),
                "JAVA_HOME", home.resolve("jdk-21").toString()));
        assertEquals(0, run.exit(), run.stderr());
        List<String> expected = new ArrayList<>(List.of("-XstartOnFirstThread", "-Xdock:name=Dialscape Studio",
                "-Xmx1g", "--enable-native-access=ALL-UNNAMED"));
        expected.addAll(expectedTail(mac, home, home + "/dialscape-workspace"));
        assertEquals(expected, run.javaArgs());
    }

    @Test
    void macPicksTheNewestJavaInTheUsersFolders() throws Exception {
        Path home = newHome("mac-places");
        fakeJava(home.resolve("Library/Java/JavaVirtualMachines/temurin-22.jdk/Contents/Home"), "22.0.2");
        Path newest = fakeJava(home.resolve(".sdkman/candidates/java/24.0.1-tem"), "24.0.1");
        fakeJava(home.resolve(".sdkman/candidates/java/17.0.9-tem"), "17.0.9");
        Run run = run(mac.resolve("Dialscape Studio.command"), Map.of("HOME", home.toString()));
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(newest, run.java());
        assertTrue(run.javaArgs().contains("--sun-misc-unsafe-memory-access=allow"), "24 is 23 or newer");
    }

    @Test
    void macFallsBackToTheJavaOnThePath() throws Exception {
        Path home = newHome("mac-path");
        Path java = fakeJava(home.resolve("tools/jdk-23"), "23");
        Run run = run(mac.resolve("Dialscape Studio.command"), Map.of("HOME", home.toString(),
                "PATH", java.getParent() + ":/usr/bin:/bin"));
        assertEquals(0, run.exit(), run.stderr());
        assertEquals(java, run.java());
        assertTrue(run.javaArgs().contains("--sun-misc-unsafe-memory-access=allow"), "\"23\" is 23");
    }

    @Test
    void macSaysInOneSentenceWhatToInstallWhenThereIsNoJava() throws Exception {
        Path home = newHome("mac-none");
        fakeJava(home.resolve(".sdkman/candidates/java/17.0.9-tem"), "17.0.9");
        // /usr/bin/java, if any, is taken for Apple's stub and skipped, as on a Mac.
        Map<String, String> environment = new HashMap<>(Map.of("HOME", home.toString()));
        Run run = run(mac.resolve("Dialscape Studio.command"), environment);
        assertEquals(2, run.exit());
        assertEquals("Dialscape Studio: needs Java 21 or newer: install a JDK 21+ (Eclipse Temurin 21 from adoptium.net,"
                + " or 'brew install openjdk@21') or set JAVA_HOME to one.\n", run.stderr());
        assertEquals(List.of(), run.javaArgs());
        assertFalse(Files.exists(home.resolve(".dialscape")), "nothing written before Java is found");
    }
}
