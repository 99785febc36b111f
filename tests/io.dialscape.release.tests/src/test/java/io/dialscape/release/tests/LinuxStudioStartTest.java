package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dialscape.release.tests.Archives.Platform;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux archive as a user gets it: unpacked into an empty folder, started with its own
 * script on a display of its own (a private Xvfb), it opens the workbench and, on its first
 * start, the Ottawa example model in the editor, which shows in the window title. It writes
 * nothing into its own folder: configuration and workspace go to the (temporary) home.
 */
class LinuxStudioStartTest {

    /** How long a first start may take on two busy cores before the test gives up. */
    private static final long START_TIMEOUT_MS = 180_000;
    private static final String MODEL = "ottawa-ocs2007r2.ucm";

    @TempDir
    Path work;

    @Test
    void unpackedIntoAnEmptyFolderItStartsAndOpensAModel() throws Exception {
        Path unpacked = Files.createDirectories(work.resolve("download"));
        Archives.unpack(Archives.archive(Platform.LINUX), unpacked);
        Path studio = unpacked.resolve("dialscape-studio");
        Map<String, String> before = snapshot(studio);
        Path home = Files.createDirectories(work.resolve("home"));

        Process xvfb = null;
        Process process = null;
        Path log = work.resolve("studio-output.txt");
        try {
            String display;
            if (onPath("Xvfb")) {
                xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                        .redirectError(work.resolve("xvfb.txt").toFile()).start();
                String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.US_ASCII)).readLine();
                assertTrue(number != null && number.matches("\\d+"), "Xvfb reports its display: " + number + " " + read(work.resolve("xvfb.txt")));
                display = ":" + number;
            } else if (System.getenv("DISPLAY") != null) {
                display = System.getenv("DISPLAY");
            } else {
                fail("no Xvfb and no DISPLAY: releng/ensure-display.sh installs Xvfb");
                return;
            }

            ProcessBuilder builder = new ProcessBuilder(studio.resolve("dialscape-studio").toString())
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.keySet().removeIf(k -> k.startsWith("DIALSCAPE_") || k.equals("WAYLAND_DISPLAY"));
            environment.put("HOME", home.toString());
            environment.put("DISPLAY", display);
            environment.put("GDK_BACKEND", "x11");
            environment.put("NO_AT_BRIDGE", "1");
            environment.put("JAVA_HOME", System.getProperty("java.home"));
            long started = System.nanoTime();
            process = builder.start();

            String title = null;
            while (System.nanoTime() - started < START_TIMEOUT_MS * 1_000_000) {
                if (!process.isAlive()) {
                    fail("Dialscape Studio ended with " + process.exitValue() + " before showing the model:\n" + read(log) + workspaceLog(home));
                }
                title = windowTitles(display).stream().filter(t -> t.contains(MODEL)).findFirst().orElse(null);
                if (title != null) {
                    break;
                }
                Thread.sleep(500);
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            if (title == null) {
                fail("no window showed " + MODEL + " within " + START_TIMEOUT_MS / 1000 + " s; windows: " + windowTitles(display)
                        + "\n" + read(log) + workspaceLog(home));
            }
            System.out.println("[release-test] Dialscape Studio showed \"" + title + "\" " + seconds + " s after its start");
            assertTrue(title.strip().endsWith("Dialscape Studio"), "the product's name in the title: " + title);
            assertTrue(Files.isRegularFile(home.resolve("dialscape-workspace/dialscape-examples/" + MODEL)), "the examples project in the default workspace");
            try (Stream<Path> versions = Files.list(home.resolve(".dialscape/studio"))) {
                List<Path> configurations = versions.map(v -> v.resolve("configuration")).filter(Files::isDirectory).toList();
                assertEquals(1, configurations.size(), "one configuration area under ~/.dialscape/studio");
            }
        } finally {
            stop(process);
            stop(xvfb);
        }
        assertEquals(before, snapshot(studio), "Dialscape Studio's own folder is unchanged after it ran");
    }

    private static void stop(Process process) throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Every file below the folder with its size and modification time. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                files.put(folder.relativize(p).toString(), a.isDirectory() ? "dir" : a.size() + "@" + a.lastModifiedTime().toMillis());
            }
        }
        return files;
    }

    /** The names of the display's windows, from xwininfo (package x11-utils). */
    private static List<String> windowTitles(String display) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("xwininfo", "-root", "-tree").redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail("xwininfo failed on " + display + ": " + out);
        }
        return out.lines().map(l -> {
            int open = l.indexOf(" \"");
            int close = l.indexOf("\":", open + 2);
            return open >= 0 && close > open ? l.substring(open + 2, close) : null;
        }).filter(t -> t != null && !t.isEmpty()).distinct().toList();
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String workspaceLog(Path home) {
        return "\n--- workspace .log ---\n" + read(home.resolve("dialscape-workspace/.metadata/.log"));
    }
}
