package io.dialscape.dsl.ide;

import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.dsl.validation.TopologyRouting;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.routing.CallPath;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/**
 * Hover texts of voice routing, for every editor (the Eclipse editor now, the language server later): a
 * call case shows its actual path, a user group what its dial plan and policy are and the first number it
 * cannot reach, a route its usages and gateways. The engine decides; this class only words it.
 */
public final class RoutingHover {

    private RoutingHover() {
    }

    /** The actual path of a call case, or {@code null} when the case cannot be evaluated (yet). */
    public static String callCase(CallCase callCase) {
        if (!(callCase.eContainer() instanceof Test test) || !(test.getTable() instanceof Topology topology)
                || topology.eIsProxy() || callCase.getInput() == null) {
            return null;
        }
        Users users = callCase.getUsers();
        if (users == null || users.eIsProxy() || !resolved(users.getDialplan()) || !resolved(users.getPolicy())) {
            return null;
        }
        TopologyRouting routing = TopologyRouting.of(topology, null);
        try {
            CallPath path = routing.routing().call(routing.table(users.getDialplan()),
                    TopologyRouting.policy(users.getPolicy()), callCase.getInput());
            return "Call from '" + users.getName() + "': " + path.describe(routing.names(users.getDialplan()));
        } catch (InvalidNumberException e) {
            return e.getMessage();
        }
    }

    /** A user group: its dial plan, its policy's usages, and the first number it cannot reach, if any. */
    public static String users(Users users) {
        Topology topology = EcoreUtil2.getContainerOfType(users, Topology.class);
        if (topology == null || !resolved(users.getDialplan()) || !resolved(users.getPolicy())) {
            return null;
        }
        TopologyRouting routing = TopologyRouting.of(topology, null);
        String head = "Users '" + users.getName() + "': dial plan '" + users.getDialplan().getName() + "', policy '"
                + users.getPolicy().getName() + "' (usages " + String.join(", ", TopologyRouting.policy(users.getPolicy()).usages())
                + ")";
        return routing.routing().unroutable(routing.table(users.getDialplan()), TopologyRouting.policy(users.getPolicy()))
                .map(u -> head + "\n" + u.message(EngineModels.namer(users.getDialplan().getRules(),
                        rule -> ((NormalizationRule) rule).getLabel())))
                .orElse(head + "\nEvery E.164 number the dial plan makes has a route");
    }

    /** A route: its pattern, usages and gateways (the first is the one calls use). */
    public static String route(Route route) {
        List<String> usages = new ArrayList<>();
        for (Usage usage : route.getUsages()) {
            usages.add(resolved(usage) ? usage.getName() : "?");
        }
        List<String> gateways = new ArrayList<>();
        for (Gateway gateway : route.getGateways()) {
            gateways.add(resolved(gateway) ? gateway.getName() + (gateway.getFqdn() == null ? "" : " (" + gateway.getFqdn() + ")") : "?");
        }
        return "Route '" + route.getName() + "': numbers matching " + route.getPattern() + ", usages " + String.join(", ", usages)
                + "; gateways " + String.join(", ", gateways) + (gateways.size() > 1 ? " (calls use the first; the others are alternates)" : "");
    }

    private static boolean resolved(EObject object) {
        return object != null && !object.eIsProxy();
    }
}
