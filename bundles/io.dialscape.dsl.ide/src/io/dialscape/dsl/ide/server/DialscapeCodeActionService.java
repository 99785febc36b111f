package io.dialscape.dsl.ide.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import io.dialscape.dsl.ide.quickfix.Problem;
import io.dialscape.dsl.ide.quickfix.QuickFix;
import io.dialscape.dsl.ide.quickfix.QuickFixes;
import io.dialscape.dsl.ide.quickfix.Replacement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The quick fixes as code actions: for each diagnostic of the request that has fixes
 * ({@link QuickFixes}, the same as in the Eclipse editor), one {@code quickfix} action per fix,
 * carrying its edit of the document.
 */
public class DialscapeCodeActionService implements ICodeActionService2 {

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        if (options.getCodeActionParams().getContext() == null || options.getCodeActionParams().getContext().getDiagnostics() == null) {
            return new ArrayList<>();
        }
        // Xtext's server passes neither document nor resource to this service: read them.
        if (options.getDocument() != null && options.getResource() != null) {
            return actions(options, options.getDocument(), options.getResource());
        }
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> actions(options, context.getDocument(), context.getResource()));
    }

    private static List<Either<Command, CodeAction>> actions(Options options, Document document, Resource loaded) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        if (!(loaded instanceof XtextResource resource) || document == null) {
            return actions;
        }
        String text = document.getContents();
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            if (options.getCancelIndicator().isCanceled()) {
                break;
            }
            Problem problem = problem(diagnostic, document);
            if (problem == null) {
                continue;
            }
            for (QuickFix fix : QuickFixes.of(problem.code(), problem.data())) {
                List<Replacement> replacements = fix.edits(problem, resource, text);
                if (replacements.isEmpty()) {
                    continue;
                }
                List<TextEdit> edits = new ArrayList<>();
                for (Replacement replacement : replacements) {
                    edits.add(new TextEdit(new Range(document.getPosition(replacement.offset()), document.getPosition(replacement.end())),
                            replacement.text()));
                }
                CodeAction action = new CodeAction(fix.label());
                action.setKind(CodeActionKind.QuickFix);
                action.setDiagnostics(List.of(diagnostic));
                action.setEdit(new WorkspaceEdit(Map.of(options.getURI(), edits)));
                actions.add(Either.forRight(action));
            }
        }
        return actions;
    }

    /** The diagnostic as the quick fixes read it, or null when it has no code or its range is not in the document. */
    private static Problem problem(Diagnostic diagnostic, Document document) {
        if (diagnostic.getCode() == null || diagnostic.getRange() == null) {
            return null;
        }
        String code = diagnostic.getCode().isLeft() ? diagnostic.getCode().getLeft() : String.valueOf(diagnostic.getCode().getRight());
        String message = diagnostic.getMessage() == null ? ""
                : diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft() : diagnostic.getMessage().getRight().getValue();
        try {
            int start = document.getOffSet(diagnostic.getRange().getStart());
            int end = document.getOffSet(diagnostic.getRange().getEnd());
            return new Problem(code, start, end, message, data(diagnostic.getData()));
        } catch (IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** The issue data: a string array on the server's side, JSON once it has travelled to the client and back. */
    static List<String> data(Object data) {
        List<String> result = new ArrayList<>();
        if (data instanceof String[] strings) {
            result.addAll(List.of(strings));
        } else if (data instanceof JsonArray array) {
            for (JsonElement element : array) {
                if (element.isJsonPrimitive()) {
                    result.add(element.getAsString());
                }
            }
        } else if (data instanceof Iterable<?> items) {
            for (Object item : items) {
                result.add(String.valueOf(item));
            }
        }
        return result;
    }
}
