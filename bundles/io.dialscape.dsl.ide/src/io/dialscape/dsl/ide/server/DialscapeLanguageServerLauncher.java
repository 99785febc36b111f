package io.dialscape.dsl.ide.server;

import com.google.inject.Guice;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/**
 * Runs the Dialscape language server on a pair of streams until the client closes them. Callers that
 * serve on standard input and output must first take those streams away from {@code System.out}
 * ({@code ServerLauncher.createLaunchArgs}): anything else printed there would corrupt the protocol.
 */
public final class DialscapeLanguageServerLauncher {

    private DialscapeLanguageServerLauncher() {
    }

    /** Serves until the input ends or the client sends {@code exit}. */
    public static void serve(InputStream in, OutputStream out) throws InterruptedException {
        LanguageServerImpl server = Guice.createInjector(new DialscapeServerModule()).getInstance(LanguageServerImpl.class);
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            // the connection ended abnormally (the client went away): nothing left to serve
        }
    }
}
