package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.validation.DiagnosticCodes;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/** Xtext's language server, with the diagnostic codes the command line shows ({@code syntax}, {@code linking}, ...). */
public class DialscapeLanguageServer extends LanguageServerImpl {

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setCode(DiagnosticCodes.of(issue));
        return diagnostic;
    }
}
