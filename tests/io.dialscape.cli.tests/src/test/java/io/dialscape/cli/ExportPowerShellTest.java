package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.bridge.PowerShellExport;
import io.dialscape.dsl.bridge.PowerShellImport;
import io.dialscape.dsl.bridge.PowerShellLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialscape export powershell} (LANGUAGE.md section 11, docs/import.md). */
class ExportPowerShellTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        return Cli.root().resolve("tests/io.dialscape.cli.tests/src/test/resources/export").resolve(name);
    }

    static Cli run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    }

    private static final String NOT_EXPORTED = """
            dialscape: warning: not exported: gateway lbg01 (line 5): it has no FQDN, so PowerShell cannot name it (routes through it leave it out)
            dialscape: warning: not exported: pbx icp01 (line 4): not a Lync or Teams object
            dialscape: warning: not exported: route PBX (line 9): none of its gateways has an FQDN
            dialscape: warning: not exported: route Local613 (line 10): its gateway lbg01 without an FQDN is left out
            dialscape: warning: not exported: users OttawaStaff (line 14): assign the dial plan and policy to the users with Grant-CsDialPlan / Grant-CsVoicePolicy
            dialscape: warning: not exported: digits lbgOut (line 27): a Mitel LBG digit-modification table is configured on the gateway, not in PowerShell
            """;

    /** The script without its first line (which names the model's path as given). */
    private static String body(String script) {
        return script.substring(script.indexOf('\n') + 1);
    }

    @Test
    void lyncScriptExactly() throws IOException {
        Cli cli = run("export", "powershell", "--target", "lync", fixture("rideau-voice.ucm").toString());
        assertEquals(0, cli.status(), cli.err());
        assertTrue(cli.out().startsWith("# Written by 'dialscape export powershell --target lync' from "), cli.out());
        assertTrue(cli.out().lines().findFirst().orElseThrow().endsWith("rideau-voice.ucm"), cli.out());
        assertEquals(body(Files.readString(fixture("rideau-voice.lync.expected.ps1"))), body(cli.out()));
        assertEquals(NOT_EXPORTED, cli.err());
    }

    @Test
    void teamsScriptExactly() throws IOException {
        Cli cli = run("export", "powershell", "--target", "teams", fixture("rideau-voice.ucm").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(body(Files.readString(fixture("rideau-voice.teams.expected.ps1"))), body(cli.out()));
        assertEquals("dialscape: warning: the model's platform is sfb2019: the script uses the Teams cmdlets all the same\n"
                + NOT_EXPORTED, cli.err());
    }

    @Test
    void quotesEveryStringSoPowerShellReadsItBack() {
        assertEquals("'^0(\\d+)$'", PowerShellExport.quote("^0(\\d+)$"));
        assertEquals("'O''Brien''s $1 `n \"x\"'", PowerShellExport.quote("O'Brien's $1 `n \"x\""));
        assertEquals("'a\u2019\u2019b'", PowerShellExport.quote("a\u2019b"));
        for (String s : List.of("^0(\\d+)$", "O'Brien", "$(Get-Date)", "`$", "\u2018\u2019\u201a\u201b", "'", "''", "")) {
            List<PowerShellLexer.Token> tokens = PowerShellLexer.tokens(PowerShellExport.quote(s));
            assertEquals(PowerShellLexer.Kind.STRING, tokens.get(0).kind(), s);
            assertEquals(s, tokens.get(0).text(), s);
        }
    }

    @Test
    void theLyncScriptImportsBackWithoutASkippedStatement() throws IOException, io.dialscape.dsl.bridge.ImportProblem {
        Path script = dir.resolve("voice.ps1");
        Cli exported = run("export", "powershell", "--target", "lync", fixture("rideau-voice.ucm").toString(), "-o", script.toString());
        assertEquals(0, exported.status(), exported.err());
        assertEquals("", exported.out());
        PowerShellImport.Result imported = PowerShellImport.read(script, "rideau");
        assertTrue(Files.readString(script).startsWith("\uFEFF"), "a script file starts with a byte-order mark");
        assertEquals(List.of(), imported.messages());
        assertEquals("""
                // Imported by 'dialscape import powershell' from voice.ps1

                normalization Ottawa {
                    rule "O'Brien's line" pattern "^(5660)$" translation "+1613592$1"
                    rule "Rule 2" pattern "^(\\d{7})$" translation "+1613$1"
                    rule "Dollar $ket" pattern "^9(\\d+)$" translation "$1"
                }

                normalization gw01Out {
                    rule "NANP to 10 digits" pattern "^\\+1(\\d{10})$" translation "$1"
                }

                topology rideau platform sfb2019 {
                    gateway gw01 "gw01.corp.rideau.local" product GenericGateway version "0" translation gw01Out
                    usages Internal, Local, International
                    route Local613 pattern "^\\+1613\\d{7}$" usages Local gateways gw01
                    route World pattern "^\\+" usages International gateways gw01
                    policy Staff usages Internal, Local
                    policy Execs usages Internal, Local, International
                }
                """, imported.text());
    }

    @Test
    void missingTargetIsOneLine() {
        Cli cli = run("export", "powershell", fixture("rideau-voice.ucm").toString());
        assertEquals(2, cli.status());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("dialscape: Missing required option: '--target=TARGET'"), cli.err());
    }

    @Test
    void unknownTargetIsOneLine() {
        Cli cli = run("export", "powershell", "--target", "ocs", fixture("rideau-voice.ucm").toString());
        assertEquals(2, cli.status());
        assertEquals(1, cli.err().lines().count(), cli.err());
    }

    @Test
    void missingPathIsOneLine() {
        Cli cli = run("export", "powershell", "--target", "lync", dir.resolve("nowhere.ucm").toString());
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("dialscape: ") && cli.err().contains("nowhere.ucm"), cli.err());
    }

    @Test
    void aModelWithASyntaxOrLinkingErrorIsNotExported() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ucm"), "normalization A {\n  rule pattern \"x\"\n}\n", StandardCharsets.UTF_8);
        Cli cli = run("export", "powershell", "--target", "teams", broken.toString());
        assertEquals(2, cli.status());
        assertEquals("", cli.out());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().matches("dialscape: .*broken\\.ucm:3: .*; fix it first \\('dialscape validate'\\)\n"), cli.err());

        Path unlinked = Files.writeString(dir.resolve("unlinked.ucm"), "topology t platform sfb2019 {\n  policy P usages Nowhere\n}\n",
                StandardCharsets.UTF_8);
        Cli linking = run("export", "powershell", "--target", "lync", unlinked.toString());
        assertEquals(2, linking.status());
        assertTrue(linking.err().matches("dialscape: .*unlinked\\.ucm:2: .*Nowhere.*; fix it first \\('dialscape validate'\\)\n"),
                linking.err());
    }
}
