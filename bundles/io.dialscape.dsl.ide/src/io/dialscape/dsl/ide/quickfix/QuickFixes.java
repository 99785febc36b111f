package io.dialscape.dsl.ide.quickfix;

import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Edition;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Server;
import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.engine.collocation.CollocationMatrix;
import io.dialscape.engine.collocation.CollocationVerdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The quick fixes of the language, keyed on the diagnostic code ({@link DialscapeIssueCodes}): the one
 * home of what each fix changes. The Eclipse editor offers them as marker resolutions, the language
 * server as code actions; both only adapt these.
 */
public final class QuickFixes {

    private QuickFixes() {
    }

    /** The fixes offered for a diagnostic with this code and issue data, best first; empty when there are none. */
    public static List<QuickFix> of(String code, List<String> data) {
        if (code == null) {
            return List.of();
        }
        return switch (code) {
            case DialscapeIssueCodes.RULE_DUPLICATE -> List.of(new DeleteRule("Delete the duplicate rule"));
            case DialscapeIssueCodes.RULE_REDUNDANT -> List.of(new DeleteRule("Delete the redundant rule"));
            case DialscapeIssueCodes.RULE_SHADOWED -> data == null || data.isEmpty()
                    ? List.of(new DeleteRule("Delete the rule that never applies"))
                    : List.of(new MoveRuleAbove(), new DeleteRule("Delete the rule that never applies"));
            case DialscapeIssueCodes.RULE_FLAG_DIRECTION -> List.of(new RemoveFlag());
            case DialscapeIssueCodes.TEST_FAILED -> List.of(new UpdateExpectation());
            case DialscapeIssueCodes.CALL_FAILED -> List.of(new UpdateCallExpectation());
            case DialscapeIssueCodes.COLLOCATION_UNSUPPORTED, DialscapeIssueCodes.COLLOCATION_DENIED -> List.of(new MoveRolesToNewServer());
            default -> List.of();
        };
    }

    // ---- the fixes ----

    /** rule.duplicate, rule.redundant, rule.shadowed: delete the rule (its lines, when it has them to itself). */
    static final class DeleteRule extends QuickFix {
        DeleteRule(String label) {
            super(label, "Removes the rule; no number is handled differently, since the rule never applies or repeats another");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            int[] span = span(ruleAt(resource, problem.offset()));
            if (span == null) {
                return List.of();
            }
            int[] region = new TextLines(text).wholeLines(span[0], span[1]);
            return List.of(new Replacement(region[0], region[1] - region[0], ""));
        }
    }

    /** rule.shadowed: move the rule above the first rule that shadows it (the issue data names them by URI fragment). */
    static final class MoveRuleAbove extends QuickFix {
        MoveRuleAbove() {
            super("Move the rule above the rules that shadow it",
                    "The rule then applies to the numbers it is written for; every other number is handled as before");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            EObject rule = ruleAt(resource, problem.offset());
            int[] span = span(rule);
            if (span == null) {
                return List.of();
            }
            int[] earliest = null;
            for (String fragment : problem.data()) {
                EObject other = byFragment(resource, fragment);
                int[] otherSpan = other == null || other == rule ? null : span(other);
                if (otherSpan != null && otherSpan[0] < span[0] && (earliest == null || otherSpan[0] < earliest[0])) {
                    earliest = otherSpan;
                }
            }
            if (earliest == null) {
                return List.of();
            }
            TextLines lines = new TextLines(text);
            int[] removed = lines.wholeLines(span[0], span[1]);
            // the rule's own trailing comment travels with it
            String carried = text.substring(span[0], span[1]);
            if (removed[1] > span[1]) {
                carried += text.substring(span[1], removed[1]).stripTrailing();
            }
            return List.of(new Replacement(removed[0], removed[1] - removed[0], ""),
                    new Replacement(earliest[0], 0, carried + lines.delimiter() + lines.indentationOfLine(earliest[0])));
        }
    }

    /**
     * rule.flag-direction: remove the flag that does not apply to the table's direction ({@code add-plus}
     * on an outgoing table, {@code ignore-ars} on an incoming one), with the blanks before it.
     */
    static final class RemoveFlag extends QuickFix {
        RemoveFlag() {
            super("Remove the flag", "The flag has no effect in this direction; removing it changes nothing");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            if (!(ruleAt(resource, problem.offset()) instanceof DigitRule rule) || !(rule.eContainer() instanceof DigitTable table)) {
                return List.of();
            }
            String flag = table.isOutgoing() && rule.isAddPlus() ? "add-plus" : !table.isOutgoing() && rule.isIgnoreArs() ? "ignore-ars" : null;
            ICompositeNode node = flag == null ? null : NodeModelUtils.findActualNodeFor(rule);
            if (node == null) {
                return List.of();
            }
            for (ILeafNode leaf : node.getLeafNodes()) {
                if (leaf.getGrammarElement() instanceof Keyword keyword && flag.equals(keyword.getValue())) {
                    int from = leaf.getOffset();
                    while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
                        from--;
                    }
                    return List.of(new Replacement(from, leaf.getEndOffset() - from, ""));
                }
            }
            return List.of();
        }
    }

    /** test.failed: make the expectation the table's actual result (the message says it). */
    static final class UpdateExpectation extends QuickFix {
        private static final Pattern GIVES = Pattern.compile("gives '([^']*)'");

        UpdateExpectation() {
            super("Expect the actual result", "Changes the test's expectation to what the table gives");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            Matcher matcher = GIVES.matcher(problem.message());
            if (matcher.find()) {
                return replaceAfterArrow(resource, text, problem.offset(), "\"" + matcher.group(1) + "\"");
            }
            if (problem.message().contains("gives none")) {
                return replaceAfterArrow(resource, text, problem.offset(), "none");
            }
            return List.of();
        }
    }

    /** call.failed: make the call case expect the actual outcome (the validator puts it in the issue data). */
    static final class UpdateCallExpectation extends QuickFix {
        UpdateCallExpectation() {
            super("Expect the actual outcome", "Changes the call case's expectation to what the call actually does");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            return problem.data().size() == 1 ? replaceAfterArrow(resource, text, problem.offset(), problem.data().get(0)) : List.of();
        }
    }

    /**
     * collocation.unsupported and collocation.denied: keeps on the server the roles that may share it
     * (in the order written) and moves the others to a new server on the next line.
     */
    static final class MoveRolesToNewServer extends QuickFix {
        MoveRolesToNewServer() {
            super("Move the conflicting roles to a new server",
                    "Keeps the roles that may share this server and puts the others on a new server next to it");
        }

        @Override
        public List<Replacement> edits(Problem problem, XtextResource resource, String text) {
            Server server = EcoreUtil2.getContainerOfType(elementAt(resource, problem.offset()), Server.class);
            Topology topology = EcoreUtil2.getContainerOfType(server, Topology.class);
            if (server == null || topology == null || topology.getPlatform() == null || topology.getPlatform().eIsProxy()) {
                return List.of();
            }
            List<String> roles = new ArrayList<>();
            for (Role role : server.getRoles()) {
                if (role.eIsProxy()) {
                    return List.of();
                }
                roles.add(role.getName());
            }
            CollocationMatrix matrix = EngineModels.collocationMatrix(topology.getPlatform(), new HashMap<>());
            io.dialscape.engine.collocation.Edition edition = server.eContainer() instanceof Pool pool
                    ? (pool.getEdition() == Edition.STANDARD ? io.dialscape.engine.collocation.Edition.STANDARD
                            : io.dialscape.engine.collocation.Edition.ENTERPRISE)
                    : null;
            List<String> kept = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            for (String role : roles) {
                List<String> candidate = new ArrayList<>(kept);
                candidate.add(role);
                if (kept.isEmpty() || matrix.check(server.getName(), candidate, edition) instanceof CollocationVerdict.Supported) {
                    kept.add(role);
                } else {
                    moved.add(role);
                }
            }
            List<INode> roleNodes = NodeModelUtils.findNodesForFeature(server, DialscapePackage.Literals.SERVER__ROLES);
            INode serverNode = NodeModelUtils.findActualNodeFor(server);
            if (moved.isEmpty() || roleNodes.isEmpty() || serverNode == null) {
                return List.of();
            }
            int rolesStart = roleNodes.get(0).getOffset();
            int rolesEnd = roleNodes.get(roleNodes.size() - 1).getEndOffset();
            TextLines lines = new TextLines(text);
            int lastLineEnd = lines.lineEnd(serverNode.getEndOffset());
            String suffix = moved.get(0).toLowerCase(Locale.ROOT);
            String name = server.getName() + "_" + suffix;
            String fqdn = server.getFqdn() == null ? name : server.getFqdn().replaceFirst("^([^.]*)", "$1-" + suffix);
            String newServer = lines.delimiter() + lines.indentationOfLine(serverNode.getOffset()) + "server " + name + " \"" + fqdn + "\""
                    + (server.isPerimeter() ? " perimeter" : "") + " roles " + String.join(", ", moved);
            return List.of(new Replacement(rolesStart, rolesEnd - rolesStart, String.join(", ", kept)),
                    new Replacement(lastLineEnd, 0, newServer));
        }
    }

    // ---- locating what a fix works on ----

    /** Replaces everything after the {@code ->} of the test case at {@code offset} with {@code replacement}. */
    private static List<Replacement> replaceAfterArrow(XtextResource resource, String text, int offset, String replacement) {
        int[] span = span(EcoreUtil2.getContainerOfType(elementAt(resource, offset), TestCase.class));
        if (span == null) {
            return List.of();
        }
        int arrow = text.substring(span[0], span[1]).indexOf("->");
        if (arrow < 0) {
            return List.of();
        }
        return List.of(new Replacement(span[0] + arrow, span[1] - span[0] - arrow, "-> " + replacement));
    }

    private static EObject elementAt(XtextResource resource, int offset) {
        if (resource == null || offset < 0) {
            return null;
        }
        EObjectAtOffsetHelper helper = resource.getResourceServiceProvider() == null ? null
                : resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
        return (helper != null ? helper : new EObjectAtOffsetHelper()).resolveContainedElementAt(resource, offset);
    }

    /** The digit or normalization rule at the offset (a diagnostic's start), or null. */
    private static EObject ruleAt(XtextResource resource, int offset) {
        EObject element = elementAt(resource, offset);
        EObject digit = EcoreUtil2.getContainerOfType(element, DigitRule.class);
        return digit != null ? digit : EcoreUtil2.getContainerOfType(element, NormalizationRule.class);
    }

    /** The element at a URI fragment of the validator's issue data, or null. */
    private static EObject byFragment(XtextResource resource, String fragment) {
        try {
            return resource.getEObject(fragment);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The text range {@code [start, end)} of a model element, or null. */
    private static int[] span(EObject object) {
        ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
        return node == null ? null : new int[] {node.getOffset(), node.getEndOffset()};
    }
}
