package io.dialscape.dsl.ide;

import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.dsl.validation.TopologyRouting;
import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.digits.DigitOutcome;
import java.util.Set;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import io.dialscape.engine.routing.CallPath;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The hover texts of the language, for every editor (the Eclipse editor and the language server): a role,
 * product or platform shows its label; a digit rule what its table does to a number it is written for; a
 * call case its actual path; a user group its dial plan, policy and the first number it cannot reach; a
 * route its usages and gateways. The engine decides; this class only words it.
 */
public final class Hovers {

    private Hovers() {
    }

    /** The hover text of an element, or {@code null} when there is nothing to say. */
    public static String describe(EObject element) {
        if (element == null || element.eIsProxy()) {
            return null;
        }
        if (element instanceof Role role && role.eContainer() instanceof Platform platform) {
            return "Role " + role.getName() + ": " + role.getLabel()
                    + (role.isEdge() ? " (edge role, perimeter network)" : role.isInternal() ? " (internal network only)" : "")
                    + "\n\nPlatform " + platform.getName() + ": " + platform.getLabel();
        }
        if (element instanceof Product product) {
            return "Product " + product.getName() + ": " + product.getLabel();
        }
        if (element instanceof Platform platform) {
            return "Platform " + platform.getName() + ": " + platform.getLabel() + " (" + platform.getRoles().size() + " roles)";
        }
        if (element instanceof DigitRule rule && rule.eContainer() instanceof DigitTable table) {
            return digitRule(rule, table);
        }
        if (element instanceof CallCase callCase) {
            return callCase(callCase);
        }
        if (element instanceof Users users) {
            return users(users);
        }
        if (element instanceof Route route) {
            return route(route);
        }
        return null;
    }

    /** The actual path of a call case, or {@code null} when the case cannot be evaluated (yet). */
    public static String callCase(CallCase callCase) {
        if (!(callCase.eContainer() instanceof Test test) || !(test.getTable() instanceof Topology topology)
                || topology.eIsProxy() || callCase.getInput() == null) {
            return null;
        }
        Users users = callCase.getUsers();
        if (users == null || !TopologyRouting.complete(users)) {
            return null;
        }
        TopologyRouting routing = TopologyRouting.of(topology, null);
        try {
            CallPath path = routing.call(users, callCase.getInput());
            return "Call from '" + users.getName() + "': " + path.describe(routing.names(users.getDialplan()));
        } catch (InvalidNumberException e) {
            return e.getMessage();
        }
    }

    /** A user group: its dial plan, its policy's usages, and the first number it cannot reach, if any. */
    public static String users(Users users) {
        if (!TopologyRouting.complete(users)) {
            return null;
        }
        TopologyRouting routing = TopologyRouting.of(EcoreUtil2.getContainerOfType(users, Topology.class), null);
        String head = "Users '" + users.getName() + "': dial plan '" + users.getDialplan().getName() + "', policy '"
                + users.getPolicy().getName() + "' (usages " + String.join(", ", TopologyRouting.policy(users.getPolicy()).usages())
                + ")";
        return routing.unroutable(users).map(u -> head + "\n" + u.message(TopologyRouting.dialPlanRules(users.getDialplan())))
                .orElse(head + "\nEvery E.164 number the dial plan makes has a route");
    }

    /** A route: its pattern, usages and gateways (the first is the one calls use). */
    public static String route(Route route) {
        List<String> usages = new ArrayList<>();
        for (Usage usage : route.getUsages()) {
            usages.add(EngineModels.resolved(usage) ? usage.getName() : "?");
        }
        List<String> gateways = new ArrayList<>();
        for (Gateway gateway : route.getGateways()) {
            gateways.add(EngineModels.resolved(gateway) ? gateway.getName() + (gateway.getFqdn() == null ? "" : " (" + gateway.getFqdn() + ")") : "?");
        }
        return "Route '" + route.getName() + "': numbers matching " + route.getPattern() + ", usages " + String.join(", ", usages)
                + "; gateways " + String.join(", ", gateways) + (gateways.size() > 1 ? " (calls use the first; the others are alternates)" : "");
    }

    /** What the rule's table does to a number the rule is written for (its leading digits, padded). */
    private static String digitRule(DigitRule rule, DigitTable table) {
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
        } catch (InvalidNumberException | RuntimeException e) {
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
