package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review page and a diagram in a real browser: Debian's Chromium, headless, installed by
 * {@code releng/ensure-chromium.sh} when missing (BUILD.md, "Pictures"). Chromium exits 0 even when a page
 * is missing or a screenshot cannot be written, so every run is checked by what it produced. Screenshots go
 * to {@code target/browser}; with {@code -Ddialscape.updateScreenshots} also to {@code docs/images}.
 */
class BrowserTest {

    private static final Path WORK = Path.of("target/browser").toAbsolutePath();
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
    private static String chromium;

    @BeforeAll
    static void chromium() throws Exception {
        Files.createDirectories(WORK);
        Process setup = new ProcessBuilder(Cli.root().resolve("releng/ensure-chromium.sh").toString(), WORK.toString())
                .redirectErrorStream(true).start();
        String output = new String(setup.getInputStream().readAllBytes());
        assertTrue(setup.waitFor(15, TimeUnit.MINUTES), "ensure-chromium.sh did not finish");
        assertEquals(0, setup.exitValue(), output);
        chromium = Files.readString(WORK.resolve("chromium")).strip();
        assertTrue(Files.isExecutable(Path.of(chromium)), chromium);
    }

    @Test
    void theReportShowsEveryDiagnosticAndTheDiagramRendersWithItsSize() throws Exception {
        Path page = WORK.resolve("review.html");
        // the model under review first: its diagram, in the error colour, heads the page and the screenshot
        String[] models = { Cli.root().resolve("tests/io.dialscape.cli.tests/src/test/resources/review").toString(),
                Cli.root().resolve("examples").toString() };
        Cli report = Cli.run(concat(new String[] { "report", "-o", page.toString() }, models));
        assertEquals(0, report.status(), report.err());
        Cli json = Cli.run(concat(new String[] { "validate", "--format", "json" }, models));
        int expected = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("diagnostics").size();
        assertTrue(expected > 0);

        // The DOM as Chromium parsed it: the diagnostic rows, the headings, the inline diagrams.
        String dom = chromium("--dump-dom", page.toUri().toString());
        assertEquals(expected, count(dom, "<tr class=\"diagnostic "), "diagnostic rows in the browser's DOM");
        assertTrue(dom.contains("<h1>Dialscape review</h1>"), dom);
        assertEquals(4, count(dom, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertFalse(dom.contains("<script"), "model text never becomes an element");

        // A standalone diagram: rendered at its own size (measured inside the page, read back from the DOM).
        Path svg = WORK.resolve("northwind.svg");
        Cli diagram = Cli.run("diagram", models[0], "-o", svg.toString());
        assertEquals(0, diagram.status(), diagram.err());
        Matcher size = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"").matcher(Files.readString(svg));
        assertTrue(size.find());
        int width = (int) Math.round(Double.parseDouble(size.group(1)));
        int height = (int) Math.round(Double.parseDouble(size.group(2)));
        Path measure = WORK.resolve("measure.html");
        Files.writeString(measure, """
                <!DOCTYPE html><html><body style="margin:0">
                <img id="picture" src="northwind.svg" alt="diagram"><pre id="size">not loaded</pre>
                <script>
                window.addEventListener('load', () => {
                  const img = document.getElementById('picture');
                  const box = img.getBoundingClientRect();
                  document.getElementById('size').textContent = img.naturalWidth + 'x' + img.naturalHeight + ' '
                      + Math.round(box.width) + 'x' + Math.round(box.height);
                });
                </script></body></html>
                """);
        String measured = chromium("--virtual-time-budget=5000", "--dump-dom", measure.toUri().toString());
        Matcher numbers = Pattern.compile("<pre id=\"size\">(\\d+)x(\\d+) (\\d+)x(\\d+)</pre>").matcher(measured);
        assertTrue(numbers.find(), measured);
        assertTrue(Integer.parseInt(numbers.group(3)) > 0 && Integer.parseInt(numbers.group(4)) > 0, numbers.group());
        assertEquals(width, Integer.parseInt(numbers.group(1)), Math.abs(width - Integer.parseInt(numbers.group(1))) <= 1 ? "" : numbers.group());
        assertEquals(height, Integer.parseInt(numbers.group(2)), numbers.group());

        // Screenshots: the top of the review page, and the diagram at its own size.
        Path reportShot = screenshot(page, "report.png", 1280, 2000);
        Path diagramShot = screenshot(svg, "diagram.png", width, height);
        if (System.getProperty("dialscape.updateScreenshots") != null) {
            Path images = Cli.root().resolve("docs/images");
            Files.copy(reportShot, images.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(diagramShot, images.resolve("diagram.png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path screenshot(Path page, String name, int width, int height) throws Exception {
        Path png = WORK.resolve(name);
        Files.deleteIfExists(png);
        chromium("--window-size=" + width + "," + height, "--screenshot=" + png, page.toUri().toString());
        assertTrue(Files.isRegularFile(png), "no screenshot " + png);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG, Arrays.copyOf(bytes, 8), "a PNG");
        ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
        assertEquals(width, header.getInt(), "PNG width");
        assertEquals(height, header.getInt(), "PNG height");
        assertTrue(bytes.length > 10_000, "a screenshot with something on it: " + bytes.length + " bytes");
        return png;
    }

    /**
     * Runs headless Chromium as BUILD.md says (the real binary, a fresh profile, HOME in a temporary folder, no
     * network), returns its standard output, and fails on the messages it prints instead of an exit status.
     */
    private static String chromium(String... arguments) throws Exception {
        Path profile = Files.createTempDirectory(WORK, "profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", profile.toString());
        Path err = WORK.resolve("chromium.err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Chromium did not finish in 120 s: " + command);
        }
        String stderr = Files.readString(err);
        assertFalse(stderr.contains("Page load failed") || stderr.contains("Failed to write") || stderr.contains("ERR_FILE_NOT_FOUND"),
                stderr);
        delete(profile);
        return new String(out, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a profile Chromium still writes to is left for 'mvn clean'
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int count(String text, String part) {
        return DiagramCommandTest.count(text, part);
    }
}
