package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Collectors;
import org.eclipse.lsp4j.ClientCapabilities;
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

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
                "-cp", System.getProperty("java.class.path"), DialscapeCli.class.getName(), "lsp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Client client = new Client();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, process.getInputStream(),
                    process.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();

            InitializeParams init = new InitializeParams();
            init.setProcessId((int) ProcessHandle.current().pid());
            init.setRootUri(workspace.toUri().toString());
            init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace")));
            init.setCapabilities(new ClientCapabilities());
            assertTrue(server.initialize(init).get(WAIT, TimeUnit.SECONDS).getCapabilities().getCompletionProvider() != null);
            server.initialized(new InitializedParams());
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "ucm", 1, MODEL)));

            // Diagnostics: the same codes, lines and messages as 'dialscape validate'.
            PublishDiagnosticsParams published = client.diagnosticsFor("model.ucm");
            Set<String> fromServer = published.getDiagnostics().stream()
                    .map(d -> d.getCode().getLeft() + " " + (d.getRange().getStart().getLine() + 1) + " " + d.getMessage().getLeft())
                    .collect(Collectors.toSet());
            Set<String> cli = new BatchValidator().validate(List.of(file)).findings().stream()
                    .map(f -> f.code() + " " + f.line() + " " + f.message()).collect(Collectors.toSet());
            assertFalse(cli.isEmpty());
            assertTrue(cli.stream().anyMatch(f -> f.startsWith("fqdn.invalid 3 ")), cli::toString);
            assertEquals(cli, fromServer);

            // Completion after 'roles ': the platform's roles, from the bundled library.
            int rolesColumn = MODEL.lines().toList().get(2).indexOf("Director");
            Either<List<CompletionItem>, CompletionList> completion = server.getTextDocumentService()
                    .completion(new CompletionParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn)))
                    .get(WAIT, TimeUnit.SECONDS);
            List<CompletionItem> items = completion.isLeft() ? completion.getLeft() : completion.getRight().getItems();
            Set<String> labels = items.stream().map(CompletionItem::getLabel).collect(Collectors.toSet());
            assertTrue(labels.contains("FrontEnd"), labels::toString);

            // Definition of the role reference: into the bundled library.
            Either<List<? extends Location>, List<? extends LocationLink>> definition = server.getTextDocumentService()
                    .definition(new DefinitionParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn + 2)))
                    .get(WAIT, TimeUnit.SECONDS);
            List<String> targets = definition.isLeft()
                    ? definition.getLeft().stream().map(Location::getUri).toList()
                    : definition.getRight().stream().map(LocationLink::getTargetUri).toList();
            assertEquals(1, targets.size(), targets::toString);
            assertTrue(targets.get(0).startsWith("dialscape-library:"), targets::toString);

            // Hover on the role reference: its label and platform, from the library.
            Hover hover = server.getTextDocumentService()
                    .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(2, rolesColumn + 2)))
                    .get(WAIT, TimeUnit.SECONDS);
            String hoverText = hover.getContents().isRight() ? hover.getContents().getRight().getValue() : String.valueOf(hover.getContents());
            assertTrue(hoverText.startsWith("Role Director: ") && hoverText.contains("Platform ocs2007r2"), hoverText);

            // Formatting: the over-indented server line comes back to the formatter's indentation.
            List<? extends TextEdit> edits = server.getTextDocumentService()
                    .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true)))
                    .get(WAIT, TimeUnit.SECONDS);
            assertFalse(edits.isEmpty());

            server.shutdown().get(WAIT, TimeUnit.SECONDS);
            server.exit();
            assertTrue(process.waitFor(WAIT, TimeUnit.SECONDS), "the server did not stop after 'exit'");
        } finally {
            process.destroyForcibly();
        }
    }

    /** Collects what the server publishes. */
    static final class Client implements LanguageClient {

        final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();

        PublishDiagnosticsParams diagnosticsFor(String fileName) throws InterruptedException {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT);
            while (System.nanoTime() < end) {
                PublishDiagnosticsParams params = diagnostics.poll(1, TimeUnit.SECONDS);
                if (params != null && params.getUri().endsWith("/" + fileName)) {
                    return params;
                }
            }
            throw new AssertionError("no diagnostics for " + fileName + " within " + WAIT + " s");
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
