package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.library.DialscapeLibrary;
import io.dialscape.dsl.validation.DiagnosticCodes;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's language server, with the diagnostic codes the command line shows ({@code syntax}, {@code linking}, ...),
 * and the text of the bundled library's files for clients that cannot read {@code dialscape-library:} URIs
 * (go to definition into the library).
 */
public class DialscapeLanguageServer extends LanguageServerImpl {

    /** Name of the request that returns the text of a library file. */
    public static final String LIBRARY_FILE = "dialscape/libraryFile";

    @Override
    protected Diagnostic toDiagnostic(Issue issue) {
        Diagnostic diagnostic = super.toDiagnostic(issue);
        diagnostic.setCode(DiagnosticCodes.of(issue));
        return diagnostic;
    }

    /** The protocol's methods and {@value #LIBRARY_FILE} (Xtext's server lists its methods itself, annotations are not read). */
    @Override
    public Map<String, JsonRpcMethod> supportedMethods() {
        Map<String, JsonRpcMethod> methods = new LinkedHashMap<>(super.supportedMethods());
        methods.put(LIBRARY_FILE, JsonRpcMethod.request(LIBRARY_FILE, String.class, LibraryFileParams.class));
        return methods;
    }

    @Override
    public CompletableFuture<?> request(String method, Object parameter) {
        if (LIBRARY_FILE.equals(method)) {
            if (parameter instanceof LibraryFileParams params) {
                return libraryFile(params);
            }
            if (parameter instanceof JsonObject json && json.has("uri") && json.get("uri").isJsonPrimitive()) {
                return libraryFile(new LibraryFileParams(json.get("uri").getAsString()));
            }
            return libraryFile(null);
        }
        return super.request(method, parameter);
    }

    /** The text of the library file a {@code dialscape-library:} URI names (as definitions return them). */
    public CompletableFuture<String> libraryFile(LibraryFileParams params) {
        String uri = params == null ? null : params.getUri();
        String prefix = DialscapeLibrary.SCHEME + ":";
        String file = uri == null || !uri.startsWith(prefix) ? null : uri.substring(uri.lastIndexOf('/') + 1);
        if (file == null || !DialscapeLibrary.FILES.contains(file)) {
            CompletableFuture<String> failed = new CompletableFuture<>();
            failed.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    "Not a file of the Dialscape library: " + uri + " (known: " + String.join(", ", DialscapeLibrary.FILES) + ")", null)));
            return failed;
        }
        return CompletableFuture.completedFuture(DialscapeLibrary.text(file));
    }
}
