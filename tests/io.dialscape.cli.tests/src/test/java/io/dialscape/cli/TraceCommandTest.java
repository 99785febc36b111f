package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialscape trace} (LANGUAGE.md section 11): every step with what decided it, and exit 2 with one line for bad input. */
class TraceCommandTest {

    @TempDir
    Path dir;

    private static String examples() {
        return Cli.root().resolve("examples").toString();
    }

    private static String ottawa() {
        return BatchShown.of(Cli.root().resolve("examples/ottawa-ocs2007r2.ucm"));
    }

    @Test
    void theSeedsScenarioStepByStep() {
        Cli cli = Cli.run("trace", examples(), "--from", "OttawaStaff", "5660");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("""
                Trace of '5660' through users 'OttawaStaff' of topology 'rideau'
                  normalize  dial plan 'Ottawa': rule 'Extensions' (%1$s:102) -> '+16135925660'
                  route      policy 'Staff', usage 'Internal': route 'Extensions' (%1$s:43) -> '+16135925660'
                  gateway    route 'Extensions': gateway 'ottlbg01' (%1$s:33); the route's first gateway -> '+16135925660'
                  lbg        LBG outgoing table 'rideauOut': rule 'Ottawa DID block' (%1$s:65) -> '5660'
                Sends '5660'
                """.formatted(ottawa()), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void anUnroutableCallIsTracedWithExitZero() throws Exception {
        Path model = dir.resolve("r.ucm");
        Files.writeString(model, """
                topology t platform sfb2019 {
                    gateway g "g.contoso.com" product GenericGateway version "0" translation out
                    usages Local
                    route L pattern "^\\+1206" usages Local gateways g
                    policy P usages Local
                    users U dialplan plan policy P
                }
                normalization plan { rule "Intl" pattern "^011(\\d+)$" translation "+$1" }
                normalization out { rule "Strip" pattern "^\\+(\\d+)$" translation "$1" }
                """);
        Cli cli = Cli.run("trace", model.toString(), "--from", "U", "01133123");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("""
                Trace of '01133123' through users 'U' of topology 't'
                  normalize  dial plan 'plan': rule 'Intl' (%1$s:8) -> '+33123'
                  route      policy 'P': no route of usages Local matches '+33123'
                Unroutable: no route of the group's policy matches
                """.formatted(BatchShown.of(model)), cli.out());

        Cli local = Cli.run("trace", model.toString(), "--from", "U", "0111206555");
        assertEquals("""
                Trace of '0111206555' through users 'U' of topology 't'
                  normalize  dial plan 'plan': rule 'Intl' (%1$s:8) -> '+1206555'
                  route      policy 'P', usage 'Local': route 'L' (%1$s:4) -> '+1206555'
                  gateway    route 'L': gateway 'g' (%1$s:2); the route's first gateway -> '+1206555'
                  translate  trunk translation 'out': rule 'Strip' (%1$s:9) -> '1206555'
                Sends '1206555'
                """.formatted(BatchShown.of(model)), local.out());
    }

    @Test
    void aTableAloneAsJson() {
        Cli cli = Cli.run("trace", examples(), "--table", "rideauOut", "--format", "json", "tel:+16135925660");
        assertEquals(0, cli.status(), cli.err());
        JsonObject root = JsonParser.parseString(cli.out()).getAsJsonObject();
        assertEquals("table", root.get("outcome").getAsString());
        assertEquals("5660", root.get("result").getAsString());
        JsonArray steps = root.getAsJsonArray("steps");
        assertEquals(1, steps.size());
        JsonObject step = steps.get(0).getAsJsonObject();
        assertEquals("digit table 'rideauOut'", step.get("element").getAsString());
        assertEquals("rule 'Ottawa DID block'", step.get("decidedBy").getAsString());
        assertEquals(65, step.get("line").getAsInt());
        assertEquals(Cli.root().resolve("examples/ottawa-ocs2007r2.ucm").toAbsolutePath().normalize().toString(),
                step.get("file").getAsString());
    }

    @Test
    void badInputExitsTwoWithOneLine() {
        assertBad("dialscape: no user group 'Nobody' in the models given\n", "trace", examples(), "--from", "Nobody", "5660");
        assertBad("dialscape: '56x0' is not a number: 'x' at position 3 is not a digit, '*' or '#'\n",
                "trace", examples(), "--from", "OttawaStaff", "56x0");
        assertBad("dialscape: no digit or normalization table 'nothing' in the models given\n",
                "trace", examples(), "--table", "nothing", "5660");
        assertBad("dialscape: Missing the number to trace: give the model paths, then the number (see 'dialscape trace --help')\n",
                "trace", examples(), "--from", "OttawaStaff");
    }

    @Test
    void aGroupInSeveralTopologiesNeedsTopology() throws Exception {
        String topology = """
                topology NAME platform teams {
                    gateway g "g.NAME.com" product GenericGateway version "0"
                    usages U
                    route R pattern "^\\+" usages U gateways g
                    policy P usages U
                    users Staff dialplan plan policy P
                }
                """;
        Files.writeString(dir.resolve("a.ucm"), topology.replace("NAME", "a")
                + "normalization plan { rule \"Intl\" pattern \"^00(\\d+)$\" translation \"+$1\" }\n");
        Files.writeString(dir.resolve("b.ucm"), topology.replace("NAME", "b"));
        assertBad("dialscape: user group 'Staff' is in several topologies (a, b): name one with --topology\n",
                "trace", dir.toString(), "--from", "Staff", "0033123");
        Cli cli = Cli.run("trace", dir.toString(), "--topology", "b", "--from", "Staff", "0033123");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("Sends '+33123'", cli.out().strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    private static void assertBad(String expectedErr, String... args) {
        Cli cli = Cli.run(args);
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertEquals("", cli.out());
        assertEquals(expectedErr, cli.err());
    }

    /** How trace shows a file: relative to the working directory when under it (BatchValidator.shown). */
    static final class BatchShown {
        static String of(Path file) {
            return io.dialscape.dsl.batch.BatchValidator.shown(file.toAbsolutePath().normalize()).toString();
        }
    }
}
