package io.dialscape.dsl.ui.editor;

import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProjectModels;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.digits.DigitOutcome;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Hover: a role, product or platform shows its label (and where it comes from); a digit
 * rule shows what the table does to an example number the rule is written for; a call case
 * its actual path, a user group what it cannot reach, a route its usages and gateways.
 */
public class DialscapeHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        IDocument document = viewer.getDocument();
        int start = offset;
        int end = offset;
        try {
            while (start > 0 && isWordPart(document.getChar(start - 1))) {
                start--;
            }
            while (end < document.getLength() && isWordPart(document.getChar(end))) {
                end++;
            }
        } catch (BadLocationException e) {
            return new Region(offset, 0);
        }
        return new Region(start, end - start);
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-';
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        IDocument document = viewer.getDocument();
        return describeAt(document, region.getOffset());
    }

    /** The hover text for the element at the offset, or null. */
    public static String describeAt(IDocument document, int offset) {
        XtextResource resource = ModelChecker.parse(ProjectModels.fileOf(document), document.get());
        EObject element = DialscapeInjector.get().getInstance(EObjectAtOffsetHelper.class).resolveElementAt(resource, offset);
        return describe(element);
    }

    static String describe(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        if (element instanceof Role role) {
            Platform platform = (Platform) role.eContainer();
            return "Role " + role.getName() + ": " + role.getLabel() + (role.isEdge() ? " (edge role, perimeter network)" : role.isInternal() ? " (internal network only)" : "")
                    + "\nPlatform " + platform.getName() + ": " + platform.getLabel();
        }
        if (element instanceof Product product) {
            return "Product " + product.getName() + ": " + product.getLabel();
        }
        if (element instanceof Platform platform) {
            return "Platform " + platform.getName() + ": " + platform.getLabel() + " (" + platform.getRoles().size() + " roles)";
        }
        if (element instanceof DigitRule rule && rule.eContainer() instanceof DigitTable table) {
            return describe(rule, table);
        }
        if (element instanceof CallCase callCase) {
            return io.dialscape.dsl.ide.RoutingHover.callCase(callCase);
        }
        if (element instanceof Users users) {
            return io.dialscape.dsl.ide.RoutingHover.users(users);
        }
        if (element instanceof Route route) {
            return io.dialscape.dsl.ide.RoutingHover.route(route);
        }
        return null;
    }

    private static String describe(DigitRule rule, DigitTable table) {
        String example = example(rule);
        try {
            DigitOutcome outcome = EngineModels.evaluationTable(table, Set.of()).table().evaluate(DialedNumber.parse(example));
            int index = table.getRules().indexOf(rule);
            String name = rule.getLabel() == null || rule.getLabel().isEmpty() ? "This rule" : "Rule '" + rule.getLabel() + "'";
            if (outcome.rule() == index) {
                return name + ": " + example + " \u2192 " + shown(outcome.result());
            }
            if (outcome.rule() < 0) {
                return name + ": " + example + " is left as it is (no rule matches it)";
            }
            DigitRule first = table.getRules().get(outcome.rule());
            String other = first.getLabel() == null || first.getLabel().isEmpty() ? "the rule at line " + line(first) : "rule '" + first.getLabel() + "'";
            return name + " never sees " + example + ": " + other + " (line " + line(first) + ") takes it first, giving " + shown(outcome.result());
        } catch (Exception e) {
            return null;
        }
    }

    private static String shown(String result) {
        return result == null || result.isEmpty() ? "\"\" (nothing)" : result;
    }

    /** A number the rule is written for: its leading digits, padded to its minimum length (or to a typical subscriber number). */
    static String example(DigitRule rule) {
        String leading = rule.getLeading() == null ? "" : rule.getLeading();
        int length = EngineModels.hasLength(rule) ? rule.getMinLength() : leading.length() + 7;
        StringBuilder number = new StringBuilder(leading);
        String filler = "5550123456789";
        for (int i = 0; number.length() < length; i++) {
            number.append(filler.charAt(i % filler.length()));
        }
        if (number.length() == 0) {
            number.append("5550123");
        }
        return number.toString();
    }

    private static int line(EObject object) {
        return NodeModelUtils.getNode(object) == null ? 0 : NodeModelUtils.getNode(object).getStartLine();
    }
}
