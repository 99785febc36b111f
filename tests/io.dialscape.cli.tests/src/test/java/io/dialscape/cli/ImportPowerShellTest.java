package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dialscape import powershell} (LANGUAGE.md section 11, docs/import.md). */
class ImportPowerShellTest {

    @TempDir
    Path dir;

    static Path fixture(String name) {
        return Cli.root().resolve("tests/io.dialscape.cli.tests/src/test/resources/import").resolve(name);
    }

    static Cli run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Cli.run(args));
    }

    @Test
    void importsTheLyncFixtureExactly() throws IOException {
        Cli cli = run("import", "powershell", fixture("lync-voice.ps1").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(Files.readString(fixture("lync-voice.expected.ucm")), cli.out());
        assertEquals("lync-voice.ps1:40: skipped: Grant-CsVoicePolicy -Identity \"sip:bob@contoso.com\" -PolicyName Executives"
                + " (not a dial plan, normalization rule, PSTN usage, route, voice policy or translation rule cmdlet)\n", cli.err());
    }

    @Test
    void importsTheTeamsFixtureExactly() throws IOException {
        Cli cli = run("import", "powershell", fixture("teams-voice.ps1").toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals(Files.readString(fixture("teams-voice.expected.ucm")), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void theImportedModelsHaveNoSyntaxOrLinkingError() {
        for (String name : new String[] { "lync-voice", "teams-voice" }) {
            Path out = dir.resolve(name + ".ucm");
            Cli imported = run("import", "powershell", fixture(name + ".ps1").toString(), "-o", out.toString());
            assertEquals(0, imported.status(), imported.err());
            assertEquals("", imported.out());
            Cli validated = run("validate", out.toString());
            assertFalse(validated.out().contains("[syntax]") || validated.out().contains("[linking]"), validated.out());
            assertFalse(validated.out().contains("error:"), validated.out());
        }
    }

    @Test
    void topologyOptionNamesTheTopology() throws IOException {
        Path script = write("v.ps1", "Set-CsPstnUsage -Identity Global -Usage @{Add='Local'}\n"
                + "New-CsVoicePolicy -Identity Staff -PstnUsages @{Add='Local'}\n");
        Cli cli = run("import", "powershell", script.toString(), "--topology", "rideau");
        assertEquals(0, cli.status(), cli.err());
        assertEquals("// Imported by 'dialscape import powershell' from v.ps1\n\ntopology rideau platform sfb2019 {\n"
                + "    usages Local\n    policy Staff usages Local\n}\n", cli.out());
    }

    @Test
    void doubleQuotedDollarExpandsAsPowerShellDoesWithAWarning() throws IOException {
        Path script = write("dq.ps1", "New-CsDialPlan -Identity NL\n"
                + "New-CsVoiceNormalizationRule -Parent NL -Name \"Intl\" -Pattern \"^00(\\d+)$\" -Translation \"+$1\"\n"
                + "$cc = '31'\n"
                + "New-CsVoiceNormalizationRule -Parent NL -Name Nat -Pattern '^0(\\d{9})$' -Translation \"+${cc}`$1\"\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("// Imported by 'dialscape import powershell' from dq.ps1\n\nnormalization NL {\n"
                + "    rule \"Intl\" pattern \"^00(\\d+)$\" translation \"+\"\n"
                + "    rule \"Nat\" pattern \"^0(\\d{9})$\" translation \"+31$1\"\n}\n", cli.out());
        assertEquals("dq.ps1:2: warning: \"$1\" in a double-quoted string is PowerShell's variable $1, which is not set: it expands"
                + " to nothing; write the string in single quotes to keep $1\n"
                + "dq.ps1:4: warning: \"${cc}\" in a double-quoted string is PowerShell's variable ${cc}: it expands to '31';"
                + " write the string in single quotes to keep ${cc}\n", cli.err());
    }

    @Test
    void singleQuotesDoubleTheirQuoteAndKeepDollars() throws IOException {
        Path script = write("sq.ps1", "New-CsDialPlan -Identity 'O''Hare'\n"
                + "New-CsVoiceNormalizationRule -Identity 'O''Hare/It''s' -Pattern '^(\\d+)$' -Translation '$1'\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals("// Imported by 'dialscape import powershell' from sq.ps1\n\nnormalization O_Hare {\n"
                + "    rule \"It's\" pattern \"^(\\d+)$\" translation \"$1\"\n}\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void inMemoryRulesInArraysAndReplace() throws IOException {
        Path script = write("mem.ps1", "$a = New-CsVoiceNormalizationRule -Parent Global -Name A -Pattern '^1$' -Translation '+1' -InMemory\n"
                + "$b = New-CsVoiceNormalizationRule -Parent Global -Name B -Pattern '^2$' -Translation '+2' -InMemory\n"
                + "$rules = @($a\n  $b)\n"
                + "New-CsTenantDialPlan -Identity X -NormalizationRules @{Add=$rules}\n"
                + "Set-CsTenantDialPlan -Identity X -NormalizationRules @{Replace=$b,$a}\n"
                + "Set-CsTenantDialPlan X -NormalizationRules @{Remove=$b}\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals("// Imported by 'dialscape import powershell' from mem.ps1\n\nnormalization X {\n"
                + "    rule \"A\" pattern \"^1$\" translation \"+1\"\n}\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void unknownStatementsAreCommentsAndStderrLines() throws IOException {
        Path script = write("odd.ps1", "New-CsDialPlan -Identity A\n"
                + "Get-CsUser | Grant-CsDialPlan -PolicyName A\n"
                + "New-CsVoiceNormalizationRule -Parent A -Name R -Pattern $undefined -Translation '$1'\n"
                + "Remove-CsVoiceNormalizationRule -Identity 'A/NotMine'\n"
                + "New-CsVoiceNormalizationRule -Parent A -Name S -Pattern 'x\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals(0, cli.status(), cli.err());
        String[] expected = {
            "odd.ps1:2: skipped: Get-CsUser | Grant-CsDialPlan -PolicyName A (a pipeline into Grant-CsDialPlan is not read)",
            "odd.ps1:3: skipped: New-CsVoiceNormalizationRule -Parent A -Name R -Pattern $undefined -Translation '$1' (the variable"
                    + " $undefined is not set by this script)",
            "odd.ps1:4: skipped: Remove-CsVoiceNormalizationRule -Identity 'A/NotMine' (rule A/NotMine is not created by this script)",
            "odd.ps1:5: skipped: New-CsVoiceNormalizationRule -Parent A -Name S -Pattern 'x (a single-quoted string is not closed)" };
        assertEquals(String.join("\n", expected) + "\n", cli.err());
        StringBuilder out = new StringBuilder("// Imported by 'dialscape import powershell' from odd.ps1\n");
        for (String line : expected) {
            out.append("// ").append(line).append('\n');
        }
        out.append("\nnormalization A {\n}\n");
        assertEquals(out.toString(), cli.out());
    }

    @Test
    void ifStatementsAskWhatTheScriptCreated() throws IOException {
        Path script = write("if.ps1", "if (-not (Get-CsDialPlan -Identity 'NL' -ErrorAction SilentlyContinue)) {\n"
                + "    New-CsDialPlan -Identity 'NL'\n} else {\n    Set-CsDialPlan -Identity 'NL' -Description 'again'\n}\n"
                + "if ((Get-CsPstnUsage -Identity Global).Usage -notcontains 'Local') {\n"
                + "    Set-CsPstnUsage -Identity Global -Usage @{Add='Local'}\n}\n"
                + "if ((Get-CsPstnUsage).Usage -notcontains 'Local') { Set-CsPstnUsage -Identity Global -Usage @{Add='Twice'} }\n"
                + "New-CsVoicePolicy Staff -PstnUsages Local\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals("// Imported by 'dialscape import powershell' from if.ps1\n\nnormalization NL {\n}\n\n"
                + "topology if platform sfb2019 {\n    usages Local\n    policy Staff usages Local\n}\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void priorityInsertsWherePowerShellWould() throws IOException {
        Path script = write("prio.ps1", "Set-CsPstnUsage -Usage @{Add='U'}\n"
                + "New-CsVoiceRoute -Identity C -NumberPattern '^3' -PstnUsages @{Add='U'} -PstnGatewayList @{Add='PstnGateway:gw.x'}\n"
                + "New-CsVoiceRoute -Identity A -NumberPattern '^1' -PstnUsages @{Add='U'} -PstnGatewayList @{Add='PstnGateway:gw.x'} -Priority 0\n"
                + "New-CsVoiceRoute -Identity B -NumberPattern '^2' -PstnUsages @{Add='U'} -PstnGatewayList @{Add='PstnGateway:gw.x'} -Priority 1\n"
                + "New-CsVoiceRoute -Identity D -NumberPattern '^4' -PstnUsages @{Add='U'} -PstnGatewayList @{Add='PstnGateway:gw.x'} -Priority 99\n");
        Cli cli = run("import", "powershell", script.toString());
        assertEquals("// Imported by 'dialscape import powershell' from prio.ps1\n\ntopology prio platform sfb2019 {\n"
                + "    gateway gw \"gw.x\" product GenericGateway version \"0\"\n    usages U\n"
                + "    route A pattern \"^1\" usages U gateways gw\n    route B pattern \"^2\" usages U gateways gw\n"
                + "    route C pattern \"^3\" usages U gateways gw\n    route D pattern \"^4\" usages U gateways gw\n}\n", cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() throws IOException {
        Path script = dir.resolve("u16.ps1");
        byte[] body = "New-CsDialPlan -Identity 'Zürich'\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(script, bytes);
        Cli cli = run("import", "powershell", script.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("// Imported by 'dialscape import powershell' from u16.ps1\n\nnormalization Z_rich {\n}\n", cli.out());
    }

    @Test
    void windows1252IsReadWithAWarning() throws IOException {
        Path script = dir.resolve("ansi.ps1");
        Files.write(script, "New-CsDialPlan -Identity 'Caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
        Cli cli = run("import", "powershell", script.toString());
        assertEquals(0, cli.status(), cli.err());
        assertEquals("ansi.ps1: warning: not UTF-8: read as Windows-1252, as Windows PowerShell 5.1 reads a script without a"
                + " byte-order mark\n", cli.err());
    }

    @Test
    void missingFileIsOneLine() {
        assertRefused(dir.resolve("nowhere.ps1"), "dialscape: nowhere.ps1: no such file\n");
    }

    @Test
    void folderIsOneLine() throws IOException {
        Files.createDirectories(dir.resolve("scripts"));
        assertRefused(dir.resolve("scripts"), "dialscape: scripts: is a folder, not a script\n");
    }

    @Test
    void binaryIsOneLine() throws IOException {
        Path script = dir.resolve("bin.ps1");
        Files.write(script, new byte[] { 'N', 'e', 'w', 0, 1, 2 });
        assertRefused(script, "dialscape: bin.ps1: not a text file (a NUL byte at offset 3)\n");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void assertRefused(Path file, String err) {
        Cli cli = run("import", "powershell", file.toString());
        assertEquals(2, cli.status(), cli.out() + cli.err());
        assertEquals("", cli.out());
        assertEquals(err, cli.err());
        assertTrue(cli.noStackTrace(), cli.err());
    }
}
