package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.library.DialscapeLibrary;
import io.dialscape.dsl.ui.editor.DialscapeCompletionProposal;
import io.dialscape.dsl.ui.editor.DialscapeContentAssistProcessor;
import io.dialscape.dsl.ui.editor.DialscapeHover;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import io.dialscape.dsl.ui.wizard.NewModelWizard;
import io.dialscape.dsl.validation.DiagnosticCodes;
import java.util.List;
import org.eclipse.xtext.util.CancelIndicator;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The .ucm editor in a real workbench: live validation, content assist, quick fixes. */
class EditorTest {

    private static final long TIMEOUT = 30_000;

    private static final String TOPOLOGY = """
            // Contoso Amsterdam on OCS 2007 R2
            topology contoso platform ocs2007r2 {
                site Amsterdam region "NL" {
                    pool pool01 enterprise "pool01.nl.contoso.local" {
                        server fe01 "fe01.nl.contoso.local" roles FrontEnd, WebComponents, AVConferencing
                        server fe02 "fe02.nl.contoso.local" roles FrontEnd, WebComponents, AVConferencing
                        server sql01 "sql01.nl.contoso.local" roles BackEndDatabase
                    }
                }
            }
            """;

    private static IProject project;

    @BeforeAll
    static void createProject() throws Exception {
        project = project("editor-test");
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void ucmFilesOpenInTheGenericEditor() throws Exception {
        IFile file = file(project, "open.ucm", TOPOLOGY);
        ITextEditor editor = open(file);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
        assertEquals(TOPOLOGY, document(editor).get());
    }

    @Test
    void typingAnUnsupportedCollocationShowsAMarkerWithItsCodeOnItsLine() throws Exception {
        IFile file = file(project, "collocation.ucm", TOPOLOGY);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        // the model is clean to begin with (the builder and the reconciler agree)
        settle(500);
        waitUntil("the first validation", () -> marker(file, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED) == null, TIMEOUT);

        int line = document.getLineOfOffset(document.get().indexOf("server sql01"));
        int end = document.getLineOffset(line) + document.getLineLength(line) - 1;
        String typed = "\n            server fe03 \"fe03.nl.contoso.local\" roles FrontEnd, Monitoring";
        for (char c : typed.toCharArray()) {
            document.replace(end++, 0, String.valueOf(c));
            settle(2);
        }
        long typedAt = System.currentTimeMillis();
        IMarker marker = waitFor("a collocation.unsupported marker",
                () -> marker(file, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED), TIMEOUT);
        System.out.println("[ui-test] marker visible " + (System.currentTimeMillis() - typedAt) + " ms after the last keystroke");
        assertEquals(line + 2, marker.getAttribute(IMarker.LINE_NUMBER, -1), "line of the new server (1-based)");
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertTrue(message.contains("FrontEnd") && message.contains("Monitoring"), message);
        assertTrue(editor.isDirty(), "the marker comes from the unsaved text");

        // the quick fix moves the role that may not join FrontEnd to a new server
        IMarkerResolution split = Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(marker))
                .filter(r -> r.getLabel().startsWith("Move the conflicting roles")).findFirst().orElseThrow();
        split.run(marker);
        assertTrue(document.get().contains("""
                            server fe03 "fe03.nl.contoso.local" roles FrontEnd
                            server fe03_monitoring "fe03-monitoring.nl.contoso.local" roles Monitoring
                        }
                """), document.get());
        waitUntil("the marker to go", () -> marker(file, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED) == null, TIMEOUT);
    }

    @Test
    void contentAssistOffersOnlyTheRolesOfTheTopologysPlatform() throws Exception {
        String text = TOPOLOGY.replace("roles BackEndDatabase\n",
                "roles BackEndDatabase\n            server fe03 \"fe03.nl.contoso.local\" roles \n");
        IFile file = file(project, "assist.ucm", text);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        int offset = document.get().indexOf("roles \n") + "roles ".length();

        ICompletionProposal[] proposals = new DialscapeContentAssistProcessor().computeCompletionProposals(viewer(editor), offset);
        Set<String> offered = Arrays.stream(proposals).map(p -> ((DialscapeCompletionProposal) p).getReplacement())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(roles("ocs2007r2.ucm"), offered);
        assertTrue(roles("sfb2019.ucm").contains("VideoInterop"), "a role of another platform, to check it is left out");

        // with a prefix, only the roles that start with it; applying one completes the name
        document.replace(offset, 0, "Fr");
        ICompletionProposal[] narrowed = new DialscapeContentAssistProcessor().computeCompletionProposals(viewer(editor), offset + 2);
        assertEquals(1, narrowed.length, Arrays.stream(narrowed).map(ICompletionProposal::getDisplayString).toList().toString());
        assertTrue(narrowed[0].getDisplayString().startsWith("FrontEnd \u2014 Front End Server"), narrowed[0].getDisplayString());
        narrowed[0].apply(document);
        assertTrue(document.get().contains("roles FrontEnd\n"), document.get());

        // the processor is the one the Generic Editor uses for .ucm
        assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.genericeditor.contentAssistProcessors"))
                .anyMatch(e -> DialscapeContentAssistProcessor.class.getName().equals(e.getAttribute("class"))));
    }

    @Test
    void hoverShowsTheLabelOfARole() throws Exception {
        IFile file = file(project, "hover.ucm", TOPOLOGY);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        String hover = DialscapeHover.describeAt(document, document.get().indexOf("AVConferencing") + 2);
        assertNotNull(hover);
        assertTrue(hover.startsWith("Role AVConferencing: A/V Conferencing Server"), hover);
    }

    @Test
    void quickFixMovesAShadowedRuleAboveTheRuleThatShadowsIt() throws Exception {
        String text = """
                digits lbgOut outgoing ars "9" {
                    rule "North America" leading "1"    length 11 replace "1"
                    rule "Ottawa local"  leading "1613" length 11 replace "613"
                    rule "International" leading ""               replace "011"
                }
                """;
        IFile file = file(project, "shadowed.ucm", text);
        ITextEditor editor = open(file);
        IMarker marker = waitFor("a rule.shadowed marker", () -> marker(file, DialscapeIssueCodes.RULE_SHADOWED), TIMEOUT);
        assertEquals(3, marker.getAttribute(IMarker.LINE_NUMBER, -1));
        assertEquals(1, ProblemMarkers.data(marker).length, "the issue data names the shadowing rule");

        applyFix(file, DialscapeIssueCodes.RULE_SHADOWED, "Move", text, editor);

        assertEquals("""
                digits lbgOut outgoing ars "9" {
                    rule "Ottawa local"  leading "1613" length 11 replace "613"
                    rule "North America" leading "1"    length 11 replace "1"
                    rule "International" leading ""               replace "011"
                }
                """, document(editor).get());
        waitUntil("the rule.shadowed marker to go", () -> marker(file, DialscapeIssueCodes.RULE_SHADOWED) == null, TIMEOUT);
    }

    @Test
    void quickFixDeletesADuplicateRule() throws Exception {
        String text = """
                digits ottIn incoming {
                    rule "DID block"       leading "1613592" length 11 replace ""
                    rule "Extensions"      leading "5"       length 4
                    rule "DID block again" leading "1613592" length 11 replace ""  // pasted twice
                }
                """;
        IFile file = file(project, "duplicate.ucm", text);
        ITextEditor editor = open(file);
        IMarker marker = waitFor("a rule.duplicate marker", () -> marker(file, DialscapeIssueCodes.RULE_DUPLICATE), TIMEOUT);
        assertEquals(4, marker.getAttribute(IMarker.LINE_NUMBER, -1));

        applyFix(file, DialscapeIssueCodes.RULE_DUPLICATE, "Delete", text, editor);

        assertEquals("""
                digits ottIn incoming {
                    rule "DID block"       leading "1613592" length 11 replace ""
                    rule "Extensions"      leading "5"       length 4
                }
                """, document(editor).get());
        waitUntil("the rule.duplicate marker to go", () -> marker(file, DialscapeIssueCodes.RULE_DUPLICATE) == null, TIMEOUT);
        assertNull(marker(file, DialscapeIssueCodes.RULE_SHADOWED));
    }

    /** A small Skype for Business routing model; {@code CASES} are the call cases of its test. */
    private static final String ROUTING = """
            topology nw platform sfb2019 {
                gateway sbc1 "sbc1.northwind.com" product GenericGateway version "0" translation trunkOut
                usages Local, National
                route Local206 pattern "^\\+1206\\d{7}$" usages Local gateways sbc1
                route NANP pattern "^\\+1[2-9]\\d{9}$" usages National gateways sbc1
                policy Domestic usages Local, National
                users Staff dialplan seattle policy Domestic
            }
            normalization seattle {
                rule "Local 7" pattern "^([2-9]\\d{6})$" translation "+1206$1"
                rule "NANP 10" pattern "^([2-9]\\d{9})$" translation "+1$1"
            }
            normalization trunkOut { rule "NANP" pattern "^\\+1(\\d{10})$" translation "$1" }
            test nw {
                CASES
            }
            """;

    @Test
    void quickFixWritesTheActualOutcomeOfAFailedCallCase() throws Exception {
        String text = ROUTING.replace("CASES", "\"5551234\" from Staff -> \"+12065551234\" route NANP sends \"5551234\"");
        IFile file = file(project, "callcase.ucm", text);
        ITextEditor editor = open(file);
        IMarker marker = waitFor("a call.failed marker", () -> marker(file, DialscapeIssueCodes.CALL_FAILED), TIMEOUT);
        assertEquals(15, marker.getAttribute(IMarker.LINE_NUMBER, -1));

        applyFix(file, DialscapeIssueCodes.CALL_FAILED, "Expect", text, editor);

        assertEquals(ROUTING.replace("CASES",
                "\"5551234\" from Staff -> \"+12065551234\" route Local206 sends \"2065551234\""), document(editor).get());
        waitUntil("the call.failed marker to go", () -> marker(file, DialscapeIssueCodes.CALL_FAILED) == null, TIMEOUT);
    }

    @Test
    void contentAssistOffersTheUsagesOfTheTopology() throws Exception {
        String text = ROUTING.replace("policy Domestic usages Local, National", "policy Domestic usages Local, National\n    policy Other usages ")
                .replace("CASES", "");
        IFile file = file(project, "routingassist.ucm", text);
        ITextEditor editor = open(file);
        IDocument document = document(editor);

        int usages = document.get().indexOf("policy Other usages ") + "policy Other usages ".length();
        assertEquals(Set.of("Local", "National"), offered(editor, usages));
    }

    @Test
    void contentAssistOffersTheTestedTopologysGroupsInACallCase() throws Exception {
        // names of its own: other files of the project define a topology nw too
        String text = ROUTING.replace("topology nw ", "topology nwAssist ").replace("test nw ", "test nwAssist ")
                .replace("users Staff dialplan seattle", "users Callers dialplan seattleAssist")
                .replace("normalization seattle ", "normalization seattleAssist ").replace("translation trunkOut", "translation trunkOutAssist")
                .replace("normalization trunkOut ", "normalization trunkOutAssist ").replace("CASES", "\"5551234\" from ");
        IFile file = file(project, "callassist.ucm", text);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        assertEquals(Set.of("Callers"), offered(editor, document.get().indexOf("from ") + "from ".length()));
    }

    private static Set<String> offered(ITextEditor editor, int offset) {
        return Arrays.stream(new DialscapeContentAssistProcessor().computeCompletionProposals(viewer(editor), offset))
                .map(p -> ((DialscapeCompletionProposal) p).getReplacement()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void hoverOnACallCaseShowsItsActualPath() throws Exception {
        IFile file = file(project, "callhover.ucm", ROUTING.replace("CASES", "\"4255550100\" from Staff -> \"+14255550100\""));
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        assertEquals("Call from 'Staff': '4255550100' normalizes to '+14255550100' by rule 'NANP 10' (line 11), usage"
                + " 'National', route 'NANP' (line 5), gateway 'sbc1', trunk translation by rule 'NANP' (line 13), sends"
                + " '4255550100'", DialscapeHover.describeAt(document, document.get().indexOf("4255550100") + 2));
    }

    @Test
    void crossFileReferencesResolveAndTheBuilderValidatesEveryModel() throws Exception {
        IProject other = project("builder-test");
        IFile tables = file(other, "tables.ucm", """
                normalization NL {
                    rule "NL national" pattern "^0([1-9]\\d{8})$" translation "+31$1"
                }
                """);
        IFile tests = file(other, "tests.ucm", """
                test NL {
                    "0201234567" -> "+31201234567"
                }
                """);
        // the builder runs without any editor open: the test file links to the other file's table
        waitUntil("the builder", () -> io.dialscape.dsl.ui.validation.DialscapeNature.hasNature(other)
                || addNature(other), TIMEOUT);
        waitUntil("a clean build", () -> markers(tests).isEmpty() && markers(tables).isEmpty(), TIMEOUT);
        // changing the table breaks the test in the other file
        file(other, "tables.ucm", """
                normalization NL {
                    rule "NL national" pattern "^0([1-9]\\d{8})$" translation "+32$1"
                }
                """);
        IMarker failed = waitFor("test.failed in tests.ucm", () -> marker(tests, DialscapeIssueCodes.TEST_FAILED), TIMEOUT);
        assertEquals(2, failed.getAttribute(IMarker.LINE_NUMBER, -1));
    }

    @Test
    void theNewModelWizardsStarterModelHasNoProblems() throws Exception {
        IFile file = file(project, "starter.ucm", NewModelWizard.starter("starter"));
        ITextEditor editor = open(file);
        ModelChecker.Checked checked = ModelChecker.check(file, document(editor).get(), CancelIndicator.NullImpl);
        assertEquals(List.of(), checked.issues().stream().map(i -> DiagnosticCodes.of(i) + ": " + i.getMessage()).toList());
    }

    @Test
    void formatAndToggleCommentCommands() throws Exception {
        IFile file = file(project, "format.ucm", """
                topology contoso platform ocs2007r2 {
                site Amsterdam region "NL" {
                pool pool01 enterprise "pool01.contoso.local" {
                server fe01 "fe01.contoso.local" roles FrontEnd
                }
                }
                }
                """);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("io.dialscape.dsl.ui.format", null);
        assertTrue(document.get().contains("\n    site Amsterdam") && document.get().contains("\n            server fe01"), document.get());

        int line = document.getLineOfOffset(document.get().indexOf("server fe01"));
        editor.selectAndReveal(document.getLineOffset(line), 0);
        handlers.executeCommand("io.dialscape.dsl.ui.toggleComment", null);
        assertTrue(document.get().contains("\n//            server fe01"), document.get());
        handlers.executeCommand("io.dialscape.dsl.ui.toggleComment", null);
        assertTrue(document.get().contains("\n            server fe01"), document.get());
    }

    private static boolean addNature(IProject project) {
        try {
            io.dialscape.dsl.ui.validation.DialscapeNature.add(project, null);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The role names a library platform declares. */
    static Set<String> roles(String libraryFile) {
        Set<String> roles = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^\\s*role\\s+(\\w+)").matcher(DialscapeLibrary.text(libraryFile));
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles;
    }

    /**
     * Runs the quick fix on the file's current marker with the code. The reconciler and the builder
     * replace markers in jobs of their own, so a marker found a moment ago may be gone: take the
     * current one until the fix has changed the text.
     */
    private static void applyFix(IFile file, String code, String labelPrefix, String before, ITextEditor editor) {
        waitUntil("the '" + labelPrefix + "' fix for " + code + " applied", () -> {
            IMarker current = marker(file, code);
            if (current == null || !current.exists()) {
                return false;
            }
            Arrays.stream(IDE.getMarkerHelpRegistry().getResolutions(current))
                    .filter(r -> r.getLabel().startsWith(labelPrefix)).findFirst().orElseThrow().run(current);
            return !document(editor).get().equals(before);
        }, TIMEOUT);
    }
}
