package io.dialscape.dsl.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/** The code a problem shows: Dialscape's own codes as they are, Xtext's syntax and linking codes as LANGUAGE.md section 9 names them. */
public final class DiagnosticCodes {

    private DiagnosticCodes() {
    }

    public static String of(Issue issue) {
        String code = issue.getCode();
        if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code) || code.startsWith("org.eclipse.xtext.diagnostics.Diagnostic.Syntax")
                || code.equals(org.eclipse.xtext.validation.IssueCodes.class.getName())) {
            return DialscapeIssueCodes.SYNTAX;
        }
        if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
            return DialscapeIssueCodes.LINKING;
        }
        if (code.startsWith("org.eclipse.xtext")) {
            return issue.isSyntaxError() ? DialscapeIssueCodes.SYNTAX : code.substring(code.lastIndexOf('.') + 1);
        }
        return code;
    }
}
