package io.dialscape.maven.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Builds the user projects under {@code projects/} with the Maven that runs this build,
 * offline, against the plugin just built (installed by maven-invoker-plugin into
 * {@code target/it-repo}, chained to the user's local repository for everything else).
 */
class ValidateGoalIT {

    private static final Path PROJECTS = Path.of(System.getProperty("dialscape.it.projects"));
    private static final Path WORK = Path.of(System.getProperty("dialscape.it.work"));
    private static final Path IT_REPO = Path.of(System.getProperty("dialscape.it.repo"));
    private static final String USER_REPO = System.getProperty("dialscape.user.repo");
    private static final String VERSION = System.getProperty("dialscape.version");
    private static final Path MVN = Path.of(System.getProperty("maven.home"), "bin",
            System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");

    private static final String DIAGNOSTIC = "src/main/ucm/dialplan.ucm:7:5: error: Test of 'NL' gives '+31201234567'"
            + " (rule 'NL national', line 3), not '+31201234568' [test.failed]";

    private record Build(int exitCode, String log, Path project) {
    }

    @Test
    void aModelWithAnErrorFailsTheBuildWithTheDiagnosticInTheLog() throws Exception {
        Build build = maven("broken");

        assertNotEquals(0, build.exitCode(), build.log());
        assertTrue(build.log().contains("[ERROR] " + DIAGNOSTIC + "\n"), build.log());
        assertTrue(build.log().contains("[INFO] dialscape: 1 file, 1 error, 0 warnings\n"), build.log());
        assertTrue(build.log().contains("Dialscape found 1 error in the models (failOn=error)"), build.log());
        assertTrue(build.log().contains("BUILD FAILURE"), build.log());
        assertFalse(build.log().contains("\tat "), "no stack trace:\n" + build.log());

        // The report is written before the build fails, so CI can upload it.
        String sarif = Files.readString(build.project().resolve("target/dialscape.sarif"));
        assertTrue(sarif.contains("\"version\": \"2.1.0\""), sarif);
        assertTrue(sarif.contains("\"ruleId\": \"test.failed\""), sarif);
        assertTrue(sarif.contains("\"uri\": \"src/main/ucm/dialplan.ucm\""), sarif);
        assertTrue(sarif.contains("\"startLine\": 7"), sarif);
    }

    @Test
    void theFixedModelPassesEvenWithWarningsFailingTheBuild() throws Exception {
        Build build = maven("fixed");

        assertEquals(0, build.exitCode(), build.log());
        assertTrue(build.log().contains("[INFO] dialscape: 1 file, 0 errors, 0 warnings\n"), build.log());
        assertFalse(build.log().contains("[ERROR]"), build.log());
        assertTrue(build.log().contains("BUILD SUCCESS"), build.log());

        String junit = Files.readString(build.project().resolve("target/TEST-dialscape.xml"));
        assertTrue(junit.contains("<testcase classname=\"dialscape\" name=\"src/main/ucm/dialplan.ucm\">"), junit);
        assertTrue(junit.contains("failures=\"0\""), junit);
    }

    @Test
    void aWarningFailsTheBuildWhenFailOnIsWarning() throws Exception {
        Build build = maven("fixed", "fixed-with-warning", project -> {
            Path model = project.resolve("src/main/ucm/dialplan.ucm");
            Files.writeString(model, Files.readString(model).replace("translation \"+31$1\"\n",
                    "translation \"+31$1\"\n    rule \"NL national again\" pattern \"^0([1-9]\\d{8})$\" translation \"+31$1\"\n"));
        });

        assertNotEquals(0, build.exitCode(), build.log());
        assertTrue(build.log().contains("[WARNING] src/main/ucm/dialplan.ucm:4:5: warning: Rule 'NL national again' duplicates"
                + " rule 'NL national' (line 3): it matches exactly the same numbers with the same result [rule.duplicate]\n"),
                build.log());
        assertTrue(build.log().contains("Dialscape found 1 warning in the models (failOn=warning)"), build.log());
    }

    @Test
    void dialscapeSkipSkipsTheValidation() throws Exception {
        Build build = maven("broken", "broken-skipped", project -> { }, "-Ddialscape.skip");

        assertEquals(0, build.exitCode(), build.log());
        assertTrue(build.log().contains("[INFO] Dialscape validation skipped\n"), build.log());
    }

    @Test
    void anInputProblemFailsTheBuildWithItsOneLineMessage() throws Exception {
        Build build = maven("fixed", "fixed-not-utf8", project -> Files.write(project.resolve("src/main/ucm/dialplan.ucm"),
                "normalization NL { rule \"caf\u00e9\" pattern \"^0$\" translation \"+31\" }\n".getBytes(StandardCharsets.ISO_8859_1)));

        assertNotEquals(0, build.exitCode(), build.log());
        assertTrue(build.log().contains("src/main/ucm/dialplan.ucm:1: not UTF-8 (byte 0xE9 at offset 28); save the file as UTF-8"),
                build.log());
        assertFalse(build.log().contains("\tat "), "no stack trace:\n" + build.log());
    }

    private interface Change {
        void apply(Path project) throws IOException;
    }

    private static Build maven(String project) throws Exception {
        return maven(project, project, p -> { });
    }

    /** Copies the project to target/it-work/RUN, changes the copy, and runs {@code mvn -o verify} in it. */
    private static Build maven(String project, String run, Change change, String... arguments) throws Exception {
        Path copy = WORK.resolve(run);
        copy(PROJECTS.resolve(project), copy);
        Path pom = copy.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("@dialscape.version@", VERSION));
        // Marks the copy as Maven's project root, so the Dialscape build's own .mvn/ (up the tree) is not used.
        Files.createDirectories(copy.resolve(".mvn"));
        change.apply(copy);

        List<String> command = new ArrayList<>(List.of(MVN.toString(), "-o", "-B", "-ntp",
                "-Dmaven.repo.local=" + IT_REPO, "-Dmaven.repo.local.tail=" + USER_REPO));
        command.addAll(List.of(arguments));
        command.add("verify");
        Path log = WORK.resolve(run + "-build.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.remove("MAVEN_ARGS");
        // Short builds: the JIT's first tier starts Maven and Xtext sooner than the full compiler does.
        environment.put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        environment.remove("MAVEN_BASEDIR");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Maven did not finish within 180 s:\n" + Files.readString(log));
        }
        return new Build(process.exitValue(), Files.readString(log), copy);
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path path : files.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
