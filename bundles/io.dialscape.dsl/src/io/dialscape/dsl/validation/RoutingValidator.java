package io.dialscape.dsl.validation;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;
import static io.dialscape.dsl.validation.EngineModels.resolved;

import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.Policy;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Table;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.routing.CallExpectation;
import io.dialscape.engine.routing.CallPath;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationAnalyzer;
import io.dialscape.engine.regex.RegexSyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;

/**
 * Voice-routing diagnostics of LANGUAGE.md section 10: route patterns, routes no policy uses, usages no
 * route has, and the kind of each test case. What a call does and which numbers a group cannot route is
 * decided by the engine ({@code io.dialscape.engine.routing}) only.
 */
public class RoutingValidator extends AbstractDialscapeCheck {

    /** Route patterns get regex.invalid, regex.class-separator and rule.unmatchable (no order analysis). */
    @Check
    public void checkRoutePattern(Route route) {
        Topology topology = EcoreUtil2.getContainerOfType(route, Topology.class);
        if (route.getPattern() == null || route.getName() == null || topology == null) {
            return;
        }
        TopologyRouting routing = TopologyRouting.of(topology, getContext());
        NetRegex regex = routing.pattern(route);
        if (regex == null) {
            RegexSyntaxException error = routing.patternError(route);
            if (error != null) {
                addIssue(error.getMessage(), route, ROUTE__PATTERN, DialscapeIssueCodes.REGEX_INVALID);
            }
            return;
        }
        for (NetRegex.ClassSeparator separator : regex.classSeparators()) {
            addIssue(separator.message(), route, ROUTE__PATTERN, DialscapeIssueCodes.REGEX_CLASS_SEPARATOR);
        }
        String unmatchable = NormalizationAnalyzer.unmatchable(regex, "Route '" + route.getName() + "'");
        if (unmatchable != null) {
            addIssue(unmatchable, route, ROUTE__PATTERN, DialscapeIssueCodes.RULE_UNMATCHABLE);
        }
    }

    /** route.unused: none of the route's (resolved) usages is in any policy of the topology. */
    @Check
    public void checkRouteUnused(Route route) {
        Topology topology = EcoreUtil2.getContainerOfType(route, Topology.class);
        if (topology == null || route.getName() == null) {
            return;
        }
        List<String> usages = new ArrayList<>();
        for (Usage usage : route.getUsages()) {
            if (resolved(usage) && usage.getName() != null) {
                usages.add(usage.getName());
            }
        }
        if (usages.isEmpty()) {
            return; // only unresolved usages: the linking errors say what is wrong
        }
        Set<Usage> inPolicies = TopologyRouting.of(topology, getContext()).usagesInPolicies();
        for (Usage usage : route.getUsages()) {
            if (inPolicies.contains(usage)) {
                return;
            }
        }
        addIssue("Route '" + route.getName() + "' is never used: " + (usages.size() == 1
                ? "its usage " + usages.get(0) + " is in no voice policy"
                : "none of its usages " + String.join(", ", usages) + " is in a voice policy")
                + " of topology '" + topology.getName() + "'", route, null, DialscapeIssueCodes.ROUTE_UNUSED);
    }

    /** usage.no-route: a policy lists a usage that no route of the topology has; once per such usage. */
    @Check
    public void checkUsageNoRoute(Policy policy) {
        Topology topology = EcoreUtil2.getContainerOfType(policy, Topology.class);
        if (topology == null || policy.getName() == null) {
            return;
        }
        Set<Usage> routed = TopologyRouting.of(topology, getContext()).usagesWithRoutes();
        for (Usage usage : new LinkedHashSet<>(policy.getUsages())) {
            if (resolved(usage) && usage.getName() != null && !routed.contains(usage)) {
                addIssue("Policy '" + policy.getName() + "' lists usage " + usage.getName()
                        + ", which no route has: calls never get a route from it", policy, null,
                        DialscapeIssueCodes.USAGE_NO_ROUTE);
            }
        }
    }

    /** A call case belongs to a topology's test, a table case to a table's test; the other kind is test.invalid. */
    @Check
    public void checkTestCaseKind(TestCase testCase) {
        if (!(testCase.eContainer() instanceof Test test) || test.getTable() == null || test.getTable().eIsProxy()) {
            return;
        }
        if (testCase instanceof CallCase && test.getTable() instanceof Table table) {
            addIssue("A call case ('\"" + testCase.getInput() + "\" from ...') belongs in a topology's test, not in the test of "
                    + NameValidator.kind(table) + " '" + table.getName() + "'", testCase, null, DialscapeIssueCodes.TEST_INVALID);
        } else if (!(testCase instanceof CallCase) && test.getTable() instanceof Topology topology) {
            addIssue("A table case ('\"" + testCase.getInput() + "\" -> ...') belongs in a table's test: topology '"
                    + topology.getName() + "' is tested with call cases ('\"dialed\" from USERS -> \"normalized\" ...')",
                    testCase, null, DialscapeIssueCodes.TEST_INVALID);
        }
    }

    /**
     * A call case (LANGUAGE.md 10): what the call does, from the engine, against what the case expects;
     * call.failed with the whole actual path, and the E.164 checks on the normalized number.
     */
    @Check
    public void checkCallCase(CallCase callCase) {
        if (!(callCase.eContainer() instanceof Test test) || !(test.getTable() instanceof Topology topology)
                || topology.eIsProxy() || callCase.getInput() == null || callCase.getExpected() == null) {
            return;
        }
        Users users = callCase.getUsers();
        if (users == null || !TopologyRouting.complete(users) || (callCase.getRoute() != null && callCase.getRoute().eIsProxy())) {
            return; // the linking error says what is missing
        }
        TopologyRouting routing = TopologyRouting.of(topology, getContext());
        CallPath path;
        try {
            path = routing.call(users, callCase.getInput());
        } catch (InvalidNumberException e) {
            addIssue(e.getMessage(), callCase, TEST_CASE__INPUT, DialscapeIssueCodes.NUMBER_INVALID);
            return;
        }
        CallExpectation expected = new CallExpectation(callCase.getExpected(),
                callCase.getRoute() == null ? null : callCase.getRoute().getName(), callCase.getSends(),
                callCase.isUnroutable());
        path.check(expected, routing.names(users.getDialplan())).ifPresent(message ->
                addIssue(message, callCase, null, DialscapeIssueCodes.CALL_FAILED, actualOutcome(callCase, path)));
        checkE164(path.normalized(), "Normalized number", callCase); // the actual number, passing or not
    }

    /** users.unroutable: exact, from the engine's analysis; once per group, with the shortest example. */
    @Check
    public void checkUsersUnroutable(Users users) {
        if (!TopologyRouting.complete(users)) {
            return;
        }
        TopologyRouting.of(EcoreUtil2.getContainerOfType(users, Topology.class), getContext()).unroutable(users)
                .ifPresent(unroutable -> addIssue("Users '" + users.getName() + "' cannot reach every number their dial plan"
                        + " makes: " + lowerFirst(unroutable.message(TopologyRouting.dialPlanRules(users.getDialplan()))),
                        users, null, DialscapeIssueCodes.USERS_UNROUTABLE));
    }

    /**
     * The actual outcome as the case would be written, at the case's own level of detail (the quick fix of
     * call.failed writes it after the arrow): {@code "+12065551234" route Local206 sends "2065551234"}.
     */
    static String actualOutcome(CallCase callCase, CallPath path) {
        StringBuilder sb = new StringBuilder("\"").append(path.normalized()).append('"');
        boolean routeLevel = callCase.getRoute() != null || callCase.isUnroutable();
        if (!routeLevel) {
            return sb.toString();
        }
        if (!path.routed()) {
            return sb.append(" unroutable").toString();
        }
        sb.append(" route ").append(path.route().name());
        if (callCase.getSends() != null || callCase.isUnroutable()) {
            sb.append(" sends \"").append(path.sent()).append('"');
        }
        return sb.toString();
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

}
