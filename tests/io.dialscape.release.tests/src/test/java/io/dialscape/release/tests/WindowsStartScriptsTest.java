package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dialscape.release.tests.Archives.Platform;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows start scripts as the Windows archive carries them. Neither cmd.exe nor
 * PowerShell runs on our build machines (PowerShell is in neither Debian's packages nor the
 * npm registry's), so these checks read the scripts: their structure (labels, blocks,
 * brackets), the Java search they share (JAVA_HOME first, the same install folders, then the
 * PATH; Java 21 or newer), the option only JDK 23+ may get, and the sentence for a missing Java.
 * Running them is left to a Windows machine (see docs/decisions.md).
 */
class WindowsStartScriptsTest {

    static String cmd;
    static String ps1;

    @BeforeAll
    static void read() throws IOException {
        var entries = Archives.read(Archives.archive(Platform.WINDOWS));
        cmd = entries.get(Archives.ROOT + "Dialscape Studio.cmd").text();
        ps1 = entries.get(Archives.ROOT + "Dialscape Studio.ps1").text();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n", -1));
    }

    /** cmd.exe lines that are code, not comments. */
    private static List<String> cmdCode() {
        return lines(cmd).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.toLowerCase(Locale.ROOT).startsWith("rem ") && !l.equalsIgnoreCase("rem") && !l.startsWith("::"))
                .toList();
    }

    @Test
    void cmdJumpsOnlyToLabelsItHas() {
        Set<String> labels = new TreeSet<>();
        Set<String> targets = new TreeSet<>();
        Pattern jump = Pattern.compile("(?i)\\b(?:goto|call)\\s+:?([A-Za-z_][A-Za-z0-9_]*)");
        for (String line : cmdCode()) {
            if (line.startsWith(":")) {
                labels.add(line.substring(1).toLowerCase(Locale.ROOT));
                continue;
            }
            Matcher m = jump.matcher(line);
            while (m.find()) {
                boolean isCall = m.group().toLowerCase(Locale.ROOT).startsWith("call");
                String target = m.group(1).toLowerCase(Locale.ROOT);
                // "call" without a colon runs a program ("call "%~1" -version"); only call :label jumps.
                if (isCall && !m.group().contains(":")) {
                    continue;
                }
                if (!target.equals("eof")) {
                    targets.add(target);
                }
            }
        }
        TreeSet<String> missing = new TreeSet<>(targets);
        missing.removeAll(labels);
        assertEquals(Set.of(), missing, "jump targets without a label");
        assertTrue(targets.containsAll(Set.of("consider", "major", "search_in", "fail", "found")), "targets: " + targets);
    }

    @Test
    void cmdOpensAndClosesEveryBlockOutsideQuotes() {
        int depth = 0;
        for (String line : cmdCode()) {
            boolean quoted = false;
            boolean echo = line.toLowerCase(Locale.ROOT).startsWith("echo ");
            for (int i = 0; i < line.length() && !echo; i++) {
                char c = line.charAt(i);
                if (c == '^' ) {
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '(') {
                    depth++;
                } else if (!quoted && c == ')') {
                    depth--;
                    if (depth < 0) {
                        fail("')' without '(' in: " + line);
                    }
                }
            }
            assertTrue(!quoted, "unbalanced quotes in: " + line);
        }
        assertEquals(0, depth, "blocks left open");
    }

    @Test
    void cmdKeepsInstallFoldersOutOfParenthesizedBlocks() {
        // A folder such as "C:\Program Files (x86)\..." ends a parenthesized block where
        // cmd.exe expands it inside one. The script has no multi-line blocks, and its
        // one-line "for ... do" bodies use only the loop's own variables (%%x), which cmd.exe
        // substitutes after parsing; folders are handled in subroutines (call :label).
        for (String line : cmdCode()) {
            assertTrue(!line.endsWith("(") && !line.startsWith(")"), "multi-line block: " + line);
            int body = line.toLowerCase(Locale.ROOT).indexOf(" do ");
            if (line.toLowerCase(Locale.ROOT).startsWith("for ") && body > 0) {
                String action = line.substring(body + 4);
                assertTrue(!action.matches(".*(?<!%)%[A-Za-z_][A-Za-z0-9_]*%.*"), "a variable expanded in a loop body: " + line);
            }
        }
    }

    @Test
    void bothLookForJavaInTheSameOrderAndPlaces() {
        String cmdCode = String.join("\n", cmdCode());
        int javaHome = cmdCode.indexOf("call :consider \"%JAVA_HOME%\\bin\\java.exe\"");
        int places = cmdCode.indexOf("call :search_in \"%ProgramFiles%\\Eclipse Adoptium\"");
        int registry = cmdCode.indexOf("reg query \"HKLM\\SOFTWARE\\JavaSoft\\JDK\"");
        int path = cmdCode.indexOf("%%~$PATH:j");
        assertTrue(0 < javaHome && javaHome < places && places < registry && registry < path,
                "JAVA_HOME, then the install folders and the registry, then the PATH: " + List.of(javaHome, places, registry, path));

        List<String> cmdVendors = new ArrayList<>();
        Matcher m = Pattern.compile("call :search_in \"%ProgramFiles%\\\\([^\"]+)\"").matcher(cmd);
        while (m.find()) {
            cmdVendors.add(m.group(1));
        }
        Matcher p = Pattern.compile("foreach \\(\\$vendor in ([^)]*)\\)").matcher(ps1);
        assertTrue(p.find(), "the PowerShell script's vendor folders");
        List<String> psVendors = new ArrayList<>();
        for (String quoted : p.group(1).split(",")) {
            psVendors.add(quoted.strip().replaceAll("^'|'$", ""));
        }
        assertEquals(cmdVendors, psVendors, "the same vendor folders under Program Files");
        assertEquals(9, cmdVendors.size(), cmdVendors.toString());
        for (String other : List.of("Programs\\Eclipse Adoptium", ".jdks", "scoop\\apps", "SOFTWARE\\JavaSoft\\JDK")) {
            assertTrue(cmd.contains(other) && ps1.contains(other), other + " in both scripts");
        }
        String psCode = ps1.substring(ps1.indexOf("#>"));
        int psHome = psCode.indexOf("if ($env:JAVA_HOME)");
        int psPlaces = psCode.indexOf("Select-Newest @(Get-JavaCandidates)");
        int psPath = psCode.indexOf("Get-Command java.exe");
        assertTrue(0 < psHome && psHome < psPlaces && psPlaces < psPath, "PowerShell: JAVA_HOME, the usual places, the PATH");
    }

    @Test
    void bothKeepOnlyJava21AndNewerAndGiveTheUnsafeOptionOnlyTo23AndNewer() {
        assertTrue(cmd.contains("if %CANDIDATE_MAJOR% LSS 21 goto :eof"), "cmd: older than 21 is skipped");
        assertTrue(cmd.contains("if \"%~1\"==\"1\" set \"CANDIDATE_MAJOR=%~2\""), "cmd: 1.8 is 8");
        assertTrue(ps1.contains("if ($major -ge 21 -and $major -gt $bestMajor)"), "ps1: older than 21 is skipped");
        assertTrue(ps1.contains("if ($version -match '^1\\.(\\d+)')"), "ps1: 1.8 is 8");
        for (String[] script : new String[][] {{"cmd", cmd, "if %JAVA_MAJOR% GEQ 23 set \"UNSAFE=--sun-misc-unsafe-memory-access=allow\""},
                {"ps1", ps1, "if ($javaMajor -ge 23) { $javaArgs += '--sun-misc-unsafe-memory-access=allow' }"}}) {
            long mentions = lines(script[1]).stream().filter(l -> l.contains("--sun-misc-unsafe-memory-access")).count();
            assertEquals(1, mentions, script[0] + ": the option appears once, under its condition");
            assertTrue(script[1].contains(script[2]), script[0] + ": " + script[2]);
        }
    }

    @Test
    void bothNameWhatToInstallInOneSentenceAndKeepTheirFolderReadOnly() {
        String sentence = "needs Java 21 or newer: install a JDK 21+ (Eclipse Temurin 21 from adoptium.net, or 'winget install EclipseAdoptium.Temurin.21.JDK') or set JAVA_HOME to one.";
        assertTrue(cmd.contains("call :fail \"" + sentence + "\""), "cmd");
        assertTrue(ps1.contains("Fail \"" + sentence + "\""), "ps1");
        assertTrue(cmd.contains("set \"CONFIGURATION=%USERPROFILE%\\.dialscape\\studio\\%VERSION%\\configuration\""), "cmd: configuration in the user's home");
        assertTrue(ps1.contains("$configuration = Join-Path $HOME \".dialscape\\studio\\$version\\configuration\""), "ps1: configuration in the user's home");
        assertTrue(cmd.contains("set \"DIALSCAPE_WORKSPACE=%USERPROFILE%\\dialscape-workspace\""), "cmd: workspace default");
        assertTrue(ps1.contains("Join-Path $HOME 'dialscape-workspace'"), "ps1: workspace default");
        for (String script : List.of(cmd, ps1)) {
            assertTrue(script.contains("-configuration") && script.contains("-data") && script.contains("-Xmx")
                    && script.contains("-Dosgi.sharedConfiguration.area=") && script.contains("-jar"), "options");
        }
    }

    @Test
    void powerShellBracketsAndStringsAreBalanced() {
        String code = ps1.replaceAll("(?s)<#.*?#>", "");
        Deque<Character> open = new ArrayDeque<>();
        int line = 1;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '#') {
                while (i < code.length() && code.charAt(i) != '\n') {
                    i++;
                }
                line++;
            } else if (c == '\'') {
                int end = code.indexOf('\'', i + 1);
                assertTrue(end > 0, "unterminated '...' on line " + line);
                i = end;
            } else if (c == '"') {
                int j = i + 1;
                while (j < code.length() && code.charAt(j) != '"') {
                    j += code.charAt(j) == '`' ? 2 : 1;
                }
                assertTrue(j < code.length(), "unterminated \"...\" on line " + line);
                String inside = code.substring(i + 1, j);
                assertTrue(!inside.contains("\n"), "string across lines at line " + line);
                i = j;
            } else if ("({[".indexOf(c) >= 0) {
                open.push(c);
            } else if (")}]".indexOf(c) >= 0) {
                assertTrue(!open.isEmpty(), "'" + c + "' without its opening bracket on line " + line);
                char o = open.pop();
                assertEquals("({[".indexOf(o), ")}]".indexOf(c), "'" + o + "' closed by '" + c + "' on line " + line);
            }
        }
        assertEquals(0, open.size(), "brackets left open: " + open);
        assertTrue(!ps1.matches("(?s).*\\$home\\s*=.*"), "$HOME is read-only in PowerShell");
    }
}
