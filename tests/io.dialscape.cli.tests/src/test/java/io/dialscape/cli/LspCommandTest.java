package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.BatchValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import io.dialscape.dsl.ide.server.DialscapeLanguageServer;
import io.dialscape.dsl.ide.server.LibraryFileParams;
import io.dialscape.dsl.library.DialscapeLibrary;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.services.JsonRequest;
import java.util.ArrayList;
import java.util.Comparator;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.FoldingRangeCapabilities;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dialscape lsp} driven by a real client: LSP4J's client launcher over the pipes of a server
 * process started as {@code ./dialscape lsp} starts it, so anything printed on standard output besides
 * the protocol breaks this test.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LspCommandTest {

    private static final long WAIT = 60;

    /** Line 3: an FQDN with an empty label (fqdn.invalid); {@code Director} is a role of the bundled library. */
    private static final String MODEL = """
            topology t platform ocs2007r2 {
              site A {
                    server x "x..y" roles Director
              }
            }
            """;

    @TempDir
    Path workspace;

    @Test
    void diagnosticsCompletionDefinitionHoverAndFormatting() throws Exception {
        Path file = workspace.resolve("model.ucm");
        Files.writeString(file, MODEL);
        String uri = file.toUri().toString();

        try (Session session = Session.start(workspace)) {
            LanguageServer server = session.server;
            assertTrue(session.capabilities.getCompletionProvider() != null);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ucm", 1, MODEL)));

            // Diagnostics: the same codes, lines and messages as 'dialscape validate'.
            PublishDiagnosticsParams published = session.client.diagnosticsFor("model.ucm");
            Set<String> fromServer = published.getDiagnostics().stream()
                    .map(d -> d.getCode().getLeft() + " " + (d.getRange().getStart().getLine() + 1) + " " + d.getMessage().getLeft())
                    .collect(Collectors.toSet());
            Set<String> cli = new BatchValidator().validate(List.of(file)).findings().stream()
                    .map(f -> f.code() + " " + f.line() + " " + f.message()).collect(Collectors.toSet());
            assertFalse(cli.isEmpty());
            assertTrue(cli.stream().anyMatch(f -> f.startsWith("fqdn.invalid 3 ")), cli::toString);
            assertEquals(cli, fromServer);

            // Completion after 'roles ': exactly the roles of the topology's platform, from the bundled library.
            int rolesColumn = MODEL.lines().toList().get(2).indexOf("Director");
            Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn)))
                    .get(WAIT, TimeUnit.SECONDS);
            List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
            Set<String> labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
            assertTrue(labels.containsAll(Set.of("FrontEnd", "Director", "Mediation", "AccessEdge")), labels::toString);
            assertFalse(labels.contains("VideoInterop"), "a role of another platform (sfb2019): " + labels);

            // Definition of the role reference: the role's name in the bundled library file.
            Either<List<? extends Location>, List<? extends LocationLink>> definition = server.getTextDocumentService()
                    .definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn + 2)))
                    .get(WAIT, TimeUnit.SECONDS);
            List<Location> targets = definition.isLeft() ? List.copyOf(definition.getLeft())
                    : definition.getRight().stream().map(l -> new Location(l.getTargetUri(), l.getTargetSelectionRange())).toList();
            assertEquals(1, targets.size(), targets::toString);
            assertEquals("dialscape-library:/ocs2007r2.ucm", targets.get(0).getUri());
            String library = DialscapeLibrary.text("ocs2007r2.ucm");
            Range range = targets.get(0).getRange();
            assertEquals("Director", library.lines().toList().get(range.getStart().getLine())
                    .substring(range.getStart().getCharacter(), range.getEnd().getCharacter()));

            // The library file's text for clients that cannot read dialscape-library: URIs (the VS Code extension asks).
            assertEquals(library, session.launcher.getRemoteProxy().libraryFile(new LibraryFileParams(targets.get(0).getUri()))
                    .get(WAIT, TimeUnit.SECONDS));
            ExecutionException unknown = assertThrows(ExecutionException.class, () -> session.launcher.getRemoteProxy()
                    .libraryFile(new LibraryFileParams("dialscape-library:/nope.ucm")).get(WAIT, TimeUnit.SECONDS));
            assertTrue(unknown.getCause() instanceof ResponseErrorException, String.valueOf(unknown.getCause()));
            assertTrue(unknown.getCause().getMessage().startsWith("Not a file of the Dialscape library: dialscape-library:/nope.ucm"),
                    unknown.getCause().getMessage());

            // Hover on the role reference: its label and platform, from the library.
            Hover hover = server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn + 2)))
                    .get(WAIT, TimeUnit.SECONDS);
            String hoverText = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : String.valueOf(hover.getContents());
            assertTrue(hoverText.startsWith("Role Director: ") && hoverText.contains("Platform ocs2007r2"), hoverText);

            // Formatting: the edits give exactly what the project's formatter makes of the text.
            List<? extends TextEdit> edits = server.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))
                    .get(WAIT, TimeUnit.SECONDS);
            assertFalse(edits.isEmpty());
            assertEquals("""
                    topology t platform ocs2007r2 {
                        site A {
                            server x "x..y" roles Director
                        }
                    }
                    """, applyEdits(MODEL, edits));
        }
    }

    /**
     * Code actions are the editor's quick fixes: a shadowed rule moves above the rule that shadows it (the
     * issue data travels to the client and back), a server's conflicting role moves to a new server (the
     * platform's collocation rules come from the bundled library), and each diagnostic goes once the
     * edit is applied.
     */
    @Test
    void codeActionsAreTheQuickFixesAndApplyingOneRemovesItsDiagnostic() throws Exception {
        String shadowed = """
                digits lbgOut outgoing ars "9" {
                    rule "North America" leading "1"    length 11 replace "1"
                    rule "Ottawa local"  leading "1613" length 11 replace "613"
                    rule "International" leading ""               replace "011"
                }
                """;
        String collocation = """
                topology t platform ocs2007r2 {
                    site A {
                        pool p enterprise "p.contoso.local" {
                            server fe01 "fe01.contoso.local" roles FrontEnd, Monitoring
                        }
                    }
                }
                """;
        String flag = """
                digits inb incoming {
                    rule "Extensions" leading "5" length 4 ignore-ars  // ARS digits are outgoing only
                }
                """;
        String failedTest = """
                normalization nl {
                    rule "NL national" pattern "^0([1-9]\\d{8})$" translation "+31$1"
                }
                test nl {
                    "0201234567" -> "+31201234568"
                }
                """;
        Files.writeString(workspace.resolve("shadowed.ucm"), shadowed);
        Files.writeString(workspace.resolve("collocation.ucm"), collocation);
        Files.writeString(workspace.resolve("flag.ucm"), flag);
        Files.writeString(workspace.resolve("failedtest.ucm"), failedTest);
        try (Session session = Session.start(workspace)) {
            assertTrue(session.capabilities.getCodeActionProvider() != null
                    && (session.capabilities.getCodeActionProvider().isRight() || session.capabilities.getCodeActionProvider().getLeft()));

            String fixed = session.fix("shadowed.ucm", shadowed, "rule.shadowed", "Move the rule above the rules that shadow it",
                    List.of("Move the rule above the rules that shadow it", "Delete the rule that never applies"));
            assertEquals("""
                    digits lbgOut outgoing ars "9" {
                        rule "Ottawa local"  leading "1613" length 11 replace "613"
                        rule "North America" leading "1"    length 11 replace "1"
                        rule "International" leading ""               replace "011"
                    }
                    """, fixed);

            String split = session.fix("collocation.ucm", collocation, "collocation.unsupported", "Move the conflicting roles to a new server",
                    List.of("Move the conflicting roles to a new server"));
            assertEquals("""
                    topology t platform ocs2007r2 {
                        site A {
                            pool p enterprise "p.contoso.local" {
                                server fe01 "fe01.contoso.local" roles FrontEnd
                                server fe01_monitoring "fe01-monitoring.contoso.local" roles Monitoring
                            }
                        }
                    }
                    """, split);

            assertEquals(flag.replace(" ignore-ars", ""), session.fix("flag.ucm", flag, "rule.flag-direction", "Remove the flag",
                    List.of("Remove the flag")));

            assertEquals(failedTest.replace("-> \"+31201234568\"", "-> \"+31201234567\""), session.fix("failedtest.ucm", failedTest,
                    "test.failed", "Expect the actual result", List.of("Expect the actual result")));
        }
    }

    /** A model with a topology, an LBG table, a block comment and voice routing (lines numbered from 0 in the comments). */
    private static final String OUTLINED = """
            topology contoso platform ocs2007r2 {
                site Amsterdam region "NL" {
                    pool pool01 enterprise "pool01.nl.contoso.local" {
                        server fe01 "fe01.nl.contoso.local" roles FrontEnd, WebComponents
                    }
                }
            }
            /* outgoing calls
               through the LBG */
            digits lbgOut outgoing ars "9" {
                rule "Ottawa internal" leading "1613592" replace "" ignore-ars
                rule "North America"   leading "1" length 11 replace "1"
            }
            topology nw platform sfb2019 {
                gateway sbc1 "sbc1.northwind.com" product GenericGateway version "0"
                usages Local, National
                route Local206 pattern "^\\+1206\\d{7}$" usages Local gateways sbc1
                policy Domestic usages Local, National
                users Staff dialplan seattle policy Domestic
            }
            normalization seattle {
                rule "Local 7" pattern "^([2-9]\\d{6})$" translation "+1206$1"
            }
            """;

    /**
     * Document symbols are the Eclipse editor's outline, nested (topology, site, pool, server; table, rules;
     * the routing of a topology), and folding ranges are its folds: every multi-line block and block comment.
     */
    @Test
    void documentSymbolsAreTheNestedOutlineAndFoldingRangesTheBlocks() throws Exception {
        Path file = workspace.resolve("outline.ucm");
        Files.writeString(file, OUTLINED);
        String uri = file.toUri().toString();
        try (Session session = Session.start(workspace)) {
            LanguageServer server = session.server;
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ucm", 1, OUTLINED)));
            session.client.diagnosticsFor("outline.ucm");

            List<Either<SymbolInformation, DocumentSymbol>> symbols = server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(WAIT, TimeUnit.SECONDS);
            assertTrue(symbols.stream().allMatch(Either::isRight), "hierarchical symbols for a client that supports them");
            StringBuilder outline = new StringBuilder();
            render(symbols.stream().map(Either::getRight).toList(), "", outline);
            assertEquals("""
                    contoso (ocs2007r2) [Namespace] 0-6
                      site Amsterdam [Module] 1-5
                        pool pool01 (enterprise) [Package] 2-4
                          server fe01: FrontEnd, WebComponents [Object] 3-3
                    digits lbgOut (outgoing) [Class] 9-12
                      Ottawa internal [Method] 10-10
                      North America [Method] 11-11
                    nw (sfb2019) [Namespace] 13-19
                      gateway sbc1 [Interface] 14-14
                      usages Local, National [Enum] 15-15
                      route Local206: ^\\+1206\\d{7}$ [Function] 16-16
                      policy Domestic: Local, National [Struct] 17-17
                      users Staff (seattle, Domestic) [Variable] 18-18
                    normalization seattle [Class] 20-22
                      Local 7 [Method] 21-21
                    """, outline.toString());

            List<FoldingRange> folds = server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))).get(WAIT, TimeUnit.SECONDS);
            assertEquals(List.of("0-6", "1-5", "2-4", "7-8 comment", "9-12", "13-19", "20-22"), folds.stream()
                    .sorted(Comparator.comparingInt(FoldingRange::getStartLine))
                    .map(f -> f.getStartLine() + "-" + f.getEndLine() + (f.getKind() == null ? "" : " " + f.getKind())).toList());
        }
    }

    private static void render(List<DocumentSymbol> symbols, String indent, StringBuilder out) {
        for (DocumentSymbol symbol : symbols) {
            out.append(indent).append(symbol.getName()).append(" [").append(symbol.getKind()).append("] ")
                    .append(symbol.getRange().getStart().getLine()).append('-').append(symbol.getRange().getEnd().getLine()).append('\n');
            render(symbol.getChildren() == null ? List.of() : symbol.getChildren(), indent + "  ", out);
        }
    }

    /** Applies LSP text edits (ranges in the original text, not overlapping) to a text. */
    static String applyEdits(String text, List<? extends TextEdit> edits) {
        List<int[]> ranges = new ArrayList<>();
        for (TextEdit edit : edits) {
            ranges.add(new int[] {offset(text, edit.getRange().getStart()), offset(text, edit.getRange().getEnd()), ranges.size()});
        }
        ranges.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder result = new StringBuilder(text);
        for (int[] range : ranges) {
            result.replace(range[0], range[1], edits.get(range[2]).getNewText());
        }
        return result.toString();
    }

    static int offset(String text, Position position) {
        int offset = 0;
        for (int line = 0; line < position.getLine(); line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        return offset + position.getCharacter();
    }

    /** The server's protocol as a client sees it: LSP and the library-file request. */
    interface DialscapeServer extends LanguageServer {
        @JsonRequest(DialscapeLanguageServer.LIBRARY_FILE)
        CompletableFuture<String> libraryFile(LibraryFileParams params);
    }

    /** A server process started as {@code dialscape lsp} is, with a client connected and initialized on a workspace folder. */
    static final class Session implements AutoCloseable {
        final Process process;
        final Client client = new Client();
        final Launcher<DialscapeServer> launcher;
        final LanguageServer server;
        final ServerCapabilities capabilities;
        final Path workspace;

        private Session(Path workspace) throws Exception {
            this.workspace = workspace;
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
                    "-cp", System.getProperty("java.class.path"), DialscapeCli.class.getName(), "lsp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            launcher = new LSPLauncher.Builder<DialscapeServer>().setLocalService(client).setRemoteInterface(DialscapeServer.class)
                    .setInput(process.getInputStream()).setOutput(process.getOutputStream()).create();
            launcher.startListening();
            server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setRootUri(workspace.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
            ClientCapabilities capabilities = new ClientCapabilities();
            TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
            DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
            symbols.setHierarchicalDocumentSymbolSupport(true);
            text.setDocumentSymbol(symbols);
            text.setFoldingRange(new FoldingRangeCapabilities());
            capabilities.setTextDocument(text);
            init.setCapabilities(capabilities);
            this.capabilities = server.initialize(init).get(WAIT, TimeUnit.SECONDS).getCapabilities();
            server.initialized(new InitializedParams());
        }

        static Session start(Path workspace) throws Exception {
            return new Session(workspace);
        }

        /**
         * Opens the file, takes its diagnostic with the code, checks the titles of its code actions, applies
         * the one titled {@code title} as the client would and sends the result; returns the new text once
         * the diagnostic is gone.
         */
        String fix(String fileName, String text, String code, String title, List<String> titles) throws Exception {
            String uri = workspace.resolve(fileName).toUri().toString();
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ucm", 1, text)));
            Diagnostic diagnostic = client.diagnosticsFor(fileName).getDiagnostics().stream()
                    .filter(d -> code.equals(d.getCode().getLeft())).findFirst().orElseThrow(() -> new AssertionError("no " + code));
            CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), diagnostic.getRange(),
                    new CodeActionContext(List.of(diagnostic)));
            List<CodeAction> actions = server.getTextDocumentService().codeAction(params).get(WAIT, TimeUnit.SECONDS).stream()
                    .map(Either::getRight).toList();
            assertEquals(titles, actions.stream().map(CodeAction::getTitle).toList());
            CodeAction action = actions.stream().filter(a -> a.getTitle().equals(title)).findFirst().orElseThrow();
            assertEquals(CodeActionKind.QuickFix, action.getKind());
            assertEquals(List.of(diagnostic), action.getDiagnostics());
            assertEquals(Set.of(uri), action.getEdit().getChanges().keySet());
            String fixed = applyEdits(text, action.getEdit().getChanges().get(uri));

            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, 2),
                    List.of(new TextDocumentContentChangeEvent(fixed))));
            // Diagnostics of the text as it was may still be on their way: wait for those of the fixed text.
            client.diagnosticsFor(fileName, published -> published.getDiagnostics().stream().noneMatch(d -> code.equals(d.getCode().getLeft())));
            return fixed;
        }

        @Override
        public void close() throws Exception {
            try {
                server.shutdown().get(WAIT, TimeUnit.SECONDS);
                server.exit();
                assertTrue(process.waitFor(WAIT, TimeUnit.SECONDS), "the server did not stop after 'exit'");
            } finally {
                process.destroyForcibly();
            }
        }
    }

    /** Collects what the server publishes. */
    static final class Client implements LanguageClient {

        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        PublishDiagnosticsParams diagnosticsFor(String fileName) throws InterruptedException {
            return diagnosticsFor(fileName, published -> true);
        }

        /** The next diagnostics published for the file that satisfy {@code wanted}. */
        PublishDiagnosticsParams diagnosticsFor(String fileName, Predicate<PublishDiagnosticsParams> wanted) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
            while (System.nanoTime() < end) {
                PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
                if (params != null && params.getUri().endsWith("/" + fileName) && wanted.test(params)) {
                    return params;
                }
            }
            throw new AssertionError("no such diagnostics for " + fileName + " within " + WAIT + " s");
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams params) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams params) {
        }
    }

}
