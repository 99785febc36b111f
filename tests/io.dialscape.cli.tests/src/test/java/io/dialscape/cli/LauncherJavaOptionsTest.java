package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers ({@code ./dialscape}, {@code ./studio}) give a Java runtime only the options its release knows: Java 21
 * refuses to start on {@code --sun-misc-unsafe-memory-access}, which exists from JDK 23 on. The choice lives in
 * {@code releng/launcher/java-options.sh}; the launchers run here, copied beside a stand-in {@code java} that records its
 * arguments and, like the real one, refuses an option its release does not have.
 */
class LauncherJavaOptionsTest {

    private static final String UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    private static final String NATIVE = "--enable-native-access=ALL-UNNAMED";

    @TempDir
    Path temp;

    private static Path script() {
        return Cli.root().resolve("releng/launcher/java-options.sh");
    }

    private static Result run(Path dir, Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "finished");
        Result result = new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private record Result(int status, String out, String err) {
    }

    private static Result options(String versionText) throws Exception {
        return run(Cli.root(), Map.of(), "bash", script().toString(), "options", versionText);
    }

    private static Result major(String versionText) throws Exception {
        return run(Cli.root(), Map.of(), "bash", script().toString(), "major", versionText);
    }

    @Test
    void javaTwentyOneGetsNoUnsafeMemoryAccessOption() throws Exception {
        assertEquals(new Result(0, "21\n", ""), major("openjdk version \"21.0.5\" 2024-10-15 LTS"));
        assertEquals(new Result(0, NATIVE + "\n", ""), options("openjdk version \"21.0.5\" 2024-10-15 LTS"));
        assertEquals(new Result(0, NATIVE + "\n", ""), options("JAVA_VERSION=\"21.0.5\""));
        assertEquals(new Result(0, NATIVE + "\n", ""), options("openjdk version \"22.0.2\" 2024-07-16"));
    }

    @Test
    void javaTwentyThreeAndTwentyFiveGetIt() throws Exception {
        assertEquals(new Result(0, "23\n", ""), major("openjdk version \"23\" 2024-09-17"));
        assertEquals(new Result(0, NATIVE + "\n" + UNSAFE + "\n", ""), options("openjdk version \"23\" 2024-09-17"));
        assertEquals(new Result(0, NATIVE + "\n" + UNSAFE + "\n", ""), options("openjdk version \"23.0.1\" 2024-10-15"));
        assertEquals(new Result(0, "25\n", ""), major("openjdk version \"25.0.3\" 2026-04-21 LTS"));
        assertEquals(new Result(0, NATIVE + "\n" + UNSAFE + "\n", ""), options("openjdk version \"25.0.3\" 2026-04-21 LTS"));
        assertEquals(new Result(0, NATIVE + "\n" + UNSAFE + "\n", ""), options("JAVA_VERSION=\"25.0.3\""));
        assertEquals(new Result(0, NATIVE + "\n" + UNSAFE + "\n", ""), options("openjdk version \"25-ea\" 2025-09-16"));
    }

    @Test
    void otherVersionTexts() throws Exception {
        assertEquals(new Result(0, "8\n", ""), major("java version \"1.8.0_401\""));
        assertEquals(new Result(0, "17\n", ""), major("openjdk version \"17.0.15\" 2025-04-15"));
        assertEquals(new Result(0, "21\n", ""), major("21.0.5+11"));
        assertEquals(new Result(0, "", ""), major("no version here"));
        Result none = options("no version here");
        assertEquals(2, none.status());
        assertEquals("", none.out());
    }

    /** A Java home of the given release whose {@code java} records its arguments and refuses what it does not know. */
    private Path fakeJava(String name, int release, boolean releaseFile) throws IOException {
        Path home = temp.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        if (releaseFile) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + release
                    + ".0.2\"\nJAVA_RUNTIME_VERSION=\"" + release + ".0.2+7-LTS\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                if [ "${1:-}" = "-version" ]; then echo 'openjdk version "%1$d.0.2" 2025-01-21' >&2; exit 0; fi
                for a in "$@"; do
                  if [ "$a" = "%2$s" ] && [ %1$d -lt 23 ]; then
                    echo "Unrecognized option: $a" >&2; echo "Error: Could not create the Java Virtual Machine." >&2; exit 1
                  fi
                done
                for a in "$@"; do
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}" ;; esac
                done
                printf '%%s\\n' "$@" --end-- >> "$(dirname "$0")/../calls"
                echo "started"
                """.formatted(release, UNSAFE));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    /** A copy of the checkout's launcher with its helper script and a built-looking jar, so nothing gets built. */
    private Path checkout(String launcher, String builtFile) throws IOException {
        Path root = temp.resolve("checkout-" + launcher);
        Files.createDirectories(root.resolve("releng/launcher"));
        Files.createDirectories(root.resolve("examples"));
        Files.copy(Cli.root().resolve(launcher), root.resolve(launcher), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(script(), root.resolve("releng/launcher/java-options.sh"), StandardCopyOption.COPY_ATTRIBUTES);
        Path built = root.resolve(builtFile);
        Files.createDirectories(built.getParent());
        Files.writeString(built, "");
        return root;
    }

    /** The arguments of each start of the stand-in {@code java}, in order. */
    private static List<List<String>> calls(Path home) throws IOException {
        List<List<String>> calls = new ArrayList<>();
        if (!Files.exists(home.resolve("calls"))) {
            return calls;
        }
        List<String> current = new ArrayList<>();
        for (String line : Files.readAllLines(home.resolve("calls"), StandardCharsets.UTF_8)) {
            if (line.equals("--end--")) {
                calls.add(current);
                current = new ArrayList<>();
            } else {
                current.add(line);
            }
        }
        return calls;
    }

    private static List<String> recordedArguments(Path home) throws IOException {
        List<List<String>> calls = calls(home);
        return calls.get(calls.size() - 1);
    }

    @Test
    void dialscapeStartsOnJavaTwentyOneTwentyThreeAndTwentyFive() throws Exception {
        Path root = checkout("dialscape", "bundles/io.dialscape.cli/target/dialscape-cli.jar");
        for (int release : new int[] { 21, 23, 25 }) {
            for (boolean releaseFile : new boolean[] { true, false }) {
                Path home = fakeJava("jdk" + release + releaseFile, release, releaseFile);
                Result result = run(root, Map.of("JAVA_HOME", home.toString()), "bash", root.resolve("dialscape").toString(),
                        "--version");
                assertEquals(new Result(0, "started\n", ""), result, "Java " + release);
                List<String> args = recordedArguments(home);
                assertEquals(release >= 23, args.contains(UNSAFE), "Java " + release + ": " + args);
                assertTrue(args.contains(NATIVE), "Java " + release + ": " + args);
                assertEquals(List.of("-jar", root.resolve("bundles/io.dialscape.cli/target/dialscape-cli.jar").toString(), "--version"),
                        args.subList(args.size() - 3, args.size()));
            }
        }
    }

    @Test
    void studioStartsOnJavaTwentyOneTwentyThreeAndTwentyFive() throws Exception {
        String product = "releng/io.dialscape.product/target/products/io.dialscape.studio.product/linux/gtk/x86_64/dialscape-studio";
        Path root = checkout("studio", product + "/plugins/org.eclipse.equinox.launcher_1.7.0.jar");
        for (int release : new int[] { 21, 23, 25 }) {
            Path home = fakeJava("studio-jdk" + release, release, true);
            Result result = run(root, Map.of("JAVA_HOME", home.toString(), "DISPLAY", ":99",
                    "DIALSCAPE_WORKSPACE", temp.resolve("ws").toString()), "bash", root.resolve("studio").toString());
            assertEquals(new Result(0, "started\n", ""), result, "Java " + release);
            List<String> args = recordedArguments(home);
            assertEquals(release >= 23, args.contains(UNSAFE), "Java " + release + ": " + args);
            assertTrue(args.contains(NATIVE), "Java " + release + ": " + args);
        }
    }

    @Test
    void classArchiveOptionsByRelease() throws Exception {
        Result java21 = run(Cli.root(), Map.of(), "bash", script().toString(), "archive", "openjdk version \"21.0.5\"", "create", "/a");
        assertEquals(new Result(0, "-XX:ArchiveClassesAtExit=/a\n-Xlog:cds=off\n-Xlog:cds+dynamic=off\n", ""), java21);
        Result java23 = run(Cli.root(), Map.of(), "bash", script().toString(), "archive", "openjdk version \"23\"", "use", "/a");
        assertEquals(new Result(0, "-XX:SharedArchiveFile=/a\n-Xlog:cds=off\n-Xlog:cds+dynamic=off\n", ""), java23);
        Result java25 = run(Cli.root(), Map.of(), "bash", script().toString(), "archive", "openjdk version \"25.0.3\"", "create", "/a");
        assertEquals(new Result(0, "-XX:ArchiveClassesAtExit=/a\n-Xlog:cds=off\n-Xlog:cds+dynamic=off\n-Xlog:aot=off\n", ""), java25);
        Result java25use = run(Cli.root(), Map.of(), "bash", script().toString(), "archive", "JAVA_VERSION=\"25.0.3\"", "use", "/a");
        assertEquals(new Result(0, "-XX:SharedArchiveFile=/a\n-Xlog:cds=off\n-Xlog:cds+dynamic=off\n-Xlog:aot=off\n", ""), java25use);
    }

    @Test
    void firstStartRecordsTheClassArchiveLaterStartsUseIt() throws Exception {
        Path root = checkout("dialscape", "bundles/io.dialscape.cli/target/dialscape-cli.jar");
        Path jar = root.resolve("bundles/io.dialscape.cli/target/dialscape-cli.jar");
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        for (int release : new int[] { 21, 25 }) {
            Path home = fakeJava("archive-jdk" + release, release, true);
            Path archive = root.resolve("bundles/io.dialscape.cli/target/dialscape-cli-" + release + ".0.2+7-LTS.archive");
            String record = "-XX:ArchiveClassesAtExit=";
            String use = "-XX:SharedArchiveFile=";
            Map<String, String> env = Map.of("JAVA_HOME", home.toString());

            assertEquals(new Result(0, "started\n", ""), run(root, env, "bash", root.resolve("dialscape").toString(), "--version"));
            List<List<String>> first = calls(home);
            assertEquals(2, first.size(), "a training run, then the command: " + first);
            List<String> training = first.get(0);
            assertEquals(List.of("validate", root.resolve("examples").toString()), training.subList(training.size() - 2, training.size()));
            assertTrue(training.stream().anyMatch(a -> a.startsWith(record + archive + ".") && a.endsWith(".tmp")), training.toString());
            assertEquals(release >= 23, training.contains(UNSAFE));
            assertEquals(release >= 25, training.contains("-Xlog:aot=off"));
            assertTrue(first.get(1).contains(use + archive), first.get(1).toString());
            assertTrue(Files.exists(archive));

            assertEquals(new Result(0, "started\n", ""), run(root, env, "bash", root.resolve("dialscape").toString(), "--version"));
            List<List<String>> second = calls(home);
            assertEquals(3, second.size(), "no second training run: " + second);
            assertTrue(second.get(2).contains(use + archive), second.get(2).toString());
            assertTrue(second.get(2).stream().noneMatch(a -> a.startsWith(record)), second.get(2).toString());

            // a rebuilt jar makes the archive stale: trained again
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            run(root, env, "bash", root.resolve("dialscape").toString(), "--version");
            assertEquals(5, calls(home).size(), "trained again after a rebuild");
            Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        }
    }

    @Test
    void tooOldAJavaIsNamedNotStarted() throws Exception {
        Path root = checkout("dialscape", "bundles/io.dialscape.cli/target/dialscape-cli.jar");
        Path home = fakeJava("jdk17", 17, true);
        Result result = run(root, Map.of("JAVA_HOME", home.toString()), "bash", root.resolve("dialscape").toString(), "--version");
        assertEquals(List.of(), calls(home), "Java 17 is passed over, never started");
        // With no Java 21+ in the usual places either, the launcher says so (here a JDK 25 may be installed).
        if (result.status() == 2) {
            assertEquals(new Result(2, "", "dialscape: needs Java 21 or newer (set JAVA_HOME)\n"), result);
        }
    }
}
