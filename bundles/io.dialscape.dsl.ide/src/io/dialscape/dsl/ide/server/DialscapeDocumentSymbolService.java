package io.dialscape.dsl.ide.server;

import io.dialscape.dsl.ide.outline.OutlineNode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Document symbols (the outline) as the Eclipse editor's outline shows them: the same tree of
 * {@link OutlineNode}s with the same labels, each a symbol whose range is the text it stands for.
 */
public class DialscapeDocumentSymbolService extends HierarchicalDocumentSymbolService {

    @Override
    public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
            CancelIndicator cancelIndicator) {
        return symbols(document, OutlineNode.of(resource), cancelIndicator);
    }

    private static List<DocumentSymbol> symbols(Document document, List<OutlineNode> nodes, CancelIndicator cancelIndicator) {
        List<DocumentSymbol> symbols = new ArrayList<>();
        for (OutlineNode node : nodes) {
            if (cancelIndicator.isCanceled()) {
                break;
            }
            Range range = new Range(document.getPosition(node.offset()), document.getPosition(node.offset() + node.length()));
            DocumentSymbol symbol = new DocumentSymbol(node.label(), kind(node.kind()), range, range, node.kind());
            symbol.setChildren(symbols(document, node.children(), cancelIndicator));
            symbols.add(symbol);
        }
        return symbols;
    }

    /** The LSP kind (the editor's icon) of an outline entry's kind. */
    static SymbolKind kind(String kind) {
        return switch (kind) {
            case "topology", "platform" -> SymbolKind.Namespace;
            case "site" -> SymbolKind.Module;
            case "pool" -> SymbolKind.Package;
            case "server", "pbx", "appliance", "forest" -> SymbolKind.Object;
            case "gateway", "trunk" -> SymbolKind.Interface;
            case "route" -> SymbolKind.Function;
            case "policy" -> SymbolKind.Struct;
            case "users" -> SymbolKind.Variable;
            case "usages" -> SymbolKind.Enum;
            case "role" -> SymbolKind.EnumMember;
            case "digits", "normalization", "product" -> SymbolKind.Class;
            case "rule" -> SymbolKind.Method;
            case "test" -> SymbolKind.Event;
            case "dual-forking" -> SymbolKind.Property;
            default -> SymbolKind.Field;
        };
    }
}
