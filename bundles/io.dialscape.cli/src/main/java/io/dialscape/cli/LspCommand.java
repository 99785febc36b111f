package io.dialscape.cli;

import io.dialscape.dsl.ide.server.DialscapeLanguageServerLauncher;
import java.util.concurrent.Callable;
import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import picocli.CommandLine.Command;

/** {@code dialscape lsp}: the language server on standard input and output (LANGUAGE.md section 11). */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = { "Runs the Dialscape language server on standard input and output (Language Server Protocol),",
                "for editors other than Eclipse: diagnostics as 'validate' reports them, completion, hover,",
                "go to definition, references, rename, formatting, outline, folding and the quick fixes",
                "as code actions. Standard output is the protocol channel." })
final class LspCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        // Takes standard input and output for the protocol and silences System.out, before anything can print.
        LaunchArgs streams = ServerLauncher.createLaunchArgs("dialscape-lsp", new String[0]);
        DialscapeLanguageServerLauncher.serve(streams.getIn(), streams.getOut());
        return 0;
    }
}
