package io.dialscape.dsl.validation;

import static io.dialscape.dsl.validation.EngineModels.resolved;

import io.dialscape.dsl.dialscape.Binding;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Policy;
import io.dialscape.dsl.dialscape.Route;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.RegexSyntaxException;
import io.dialscape.engine.routing.RoutingNames;
import io.dialscape.engine.routing.TrunkGateway;
import io.dialscape.engine.routing.VoicePolicy;
import io.dialscape.engine.routing.VoiceRouting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.routing.CallPath;
import io.dialscape.engine.routing.Unroutable;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The engine's view of one topology's voice routing ({@link VoiceRouting}), built once per validation run,
 * with the way back from engine names to the model's elements, so that messages name rules, routes and
 * gateways with their lines. Used by the validator, and by {@code trace} and hover through
 * {@link #of(Topology, Map)}.
 */
public final class TopologyRouting {

    private final Topology topology;
    private final VoiceRouting routing;
    private final Map<String, Route> routes = new HashMap<>();
    private final Map<String, Gateway> gateways = new HashMap<>();
    /** Per gateway name: the model index of each rule of its LBG outgoing table as the engine holds it. */
    private final Map<String, EngineModels.EvaluationTable> outgoing = new HashMap<>();
    private final Map<Normalization, NormalizationTable> tables = new HashMap<>();
    private final Map<Route, NetRegex> patterns = new HashMap<>();
    private final Set<Usage> usagesInPolicies = new HashSet<>();
    private final Set<Usage> usagesWithRoutes = new HashSet<>();
    private final Map<Route, RegexSyntaxException> patternErrors = new HashMap<>();

    private TopologyRouting(Topology topology) {
        this.topology = topology;
        List<io.dialscape.engine.routing.Route> engineRoutes = new ArrayList<>();
        for (Route route : EcoreUtil2.getAllContentsOfType(topology, Route.class)) {
            if (route.getName() == null) {
                continue;
            }
            routes.putIfAbsent(route.getName(), route);
            NetRegex pattern;
            try {
                pattern = NetRegex.compile(EngineModels.nullToEmpty(route.getPattern()));
                patterns.put(route, pattern);
            } catch (RegexSyntaxException e) {
                pattern = null; // regex.invalid: the route takes no part
                patternErrors.put(route, e);
            }
            engineRoutes.add(new io.dialscape.engine.routing.Route(route.getName(), pattern, usageNames(route.getUsages()),
                    gatewayNames(route.getGateways())));
        }
        for (Route route : EcoreUtil2.getAllContentsOfType(topology, Route.class)) {
            usagesWithRoutes.addAll(route.getUsages());
        }
        for (Policy policy : EcoreUtil2.getAllContentsOfType(topology, Policy.class)) {
            usagesInPolicies.addAll(policy.getUsages());
        }
        List<TrunkGateway> engineGateways = new ArrayList<>();
        for (Gateway gateway : EcoreUtil2.getAllContentsOfType(topology, Gateway.class)) {
            if (gateway.getName() == null || gateways.putIfAbsent(gateway.getName(), gateway) != null) {
                continue;
            }
            NormalizationTable translation = resolved(gateway.getTranslation()) ? table(gateway.getTranslation()) : null;
            io.dialscape.engine.digits.DigitTable lbg = null;
            for (Binding binding : gateway.getBindings()) {
                if (resolved(binding.getOutgoing()) && binding.getOutgoing().isOutgoing()) {
                    EngineModels.EvaluationTable evaluation = EngineModels.evaluationTable(binding.getOutgoing(),
                            DialPlanValidator.rulesWithErrors(binding.getOutgoing()));
                    outgoing.put(gateway.getName(), evaluation);
                    lbg = evaluation.table();
                    break;
                }
            }
            engineGateways.add(new TrunkGateway(gateway.getName(), translation, lbg));
        }
        this.routing = new VoiceRouting(engineRoutes, engineGateways);
    }

    /** The routing of {@code topology}, cached in the validation context (may be {@code null}). */
    public static TopologyRouting of(Topology topology, Map<Object, Object> context) {
        Object key = new CacheKey(topology); // the topology itself: computing its URI on every check costs more
        if (context != null && context.get(key) instanceof TopologyRouting cached) {
            return cached;
        }
        TopologyRouting routing = new TopologyRouting(topology);
        if (context != null) {
            context.put(key, routing);
        }
        return routing;
    }

    public VoiceRouting routing() {
        return routing;
    }

    /**
     * A normalization table as calls evaluate it: rules with an error of their own take no part. One instance
     * per table, so that the engine's per-dial-plan caches serve every group that shares it.
     */
    public NormalizationTable table(Normalization normalization) {
        return tables.computeIfAbsent(normalization, EngineModels::normalizationTable);
    }

    /** Key of the routing of one topology in a validation context (EObjects compare by identity). */
    private record CacheKey(Topology topology) {
    }

    /** A route's compiled pattern (compiled once per run), or {@code null} when it has an error ({@link #patternError}). */
    public NetRegex pattern(Route route) {
        return patterns.get(route);
    }

    /** Why a route's pattern does not compile ({@code regex.invalid}), or {@code null}. */
    public RegexSyntaxException patternError(Route route) {
        return patternErrors.get(route);
    }

    /** The topology this routing belongs to. */
    public Topology topology() {
        return topology;
    }

    /** The model's route of that name (the first, when a name is duplicated), or {@code null}. */
    public Route modelRoute(String name) {
        return routes.get(name);
    }

    /** The model's gateway of that name (the first, when a name is duplicated), or {@code null}. */
    public Gateway modelGateway(String name) {
        return gateways.get(name);
    }

    /** The LBG outgoing table a call through the gateway meets, or {@code null}. */
    public DigitTable outgoingTable(String gateway) {
        return outgoing.containsKey(gateway) ? firstOutgoing(gateways.get(gateway)) : null;
    }

    /** The model index of the outgoing table's rule the engine numbers {@code engineIndex} (rules with errors left out). */
    public int outgoingRule(String gateway, int engineIndex) {
        return outgoing.get(gateway).original(engineIndex);
    }

    /** Whether a user group can make calls: its dial plan and its policy resolved (else the linker reports them). */
    public static boolean complete(Users users) {
        return resolved(users) && users.getName() != null && resolved(users.getDialplan()) && resolved(users.getPolicy())
                && EcoreUtil2.getContainerOfType(users, Topology.class) != null;
    }

    /** What a call of a {@link #complete} group does (LANGUAGE.md 10), rules and routes with errors left out. */
    public CallPath call(Users users, String dialed) throws InvalidNumberException {
        return routing.call(table(users.getDialplan()), policy(users.getPolicy()), dialed);
    }

    /** The shortest number a {@link #complete} group's dial plan makes that no route of its policy takes. */
    public Optional<Unroutable> unroutable(Users users) {
        return routing.unroutable(table(users.getDialplan()), policy(users.getPolicy()));
    }

    /** How messages name the rules of a dial plan: {@code rule 'Local 7' (line 28)}. */
    public static RuleNamer dialPlanRules(Normalization dialPlan) {
        return EngineModels.namer(dialPlan.getRules(), rule -> ((NormalizationRule) rule).getLabel());
    }

    /** The usages some voice policy of the topology lists. */
    public Set<Usage> usagesInPolicies() {
        return usagesInPolicies;
    }

    /** The usages some route of the topology belongs to. */
    public Set<Usage> usagesWithRoutes() {
        return usagesWithRoutes;
    }

    /** A voice policy as the engine sees it: its resolved usages, in order. */
    public static VoicePolicy policy(Policy policy) {
        return new VoicePolicy(EngineModels.nullToEmpty(policy.getName()), usageNames(policy.getUsages()));
    }

    /** How messages name the steps of a call through this topology, from the element {@code from}. */
    public RoutingNames names(Normalization dialPlan) {
        RuleNamer dialPlanRules = dialPlanRules(dialPlan);
        return new RoutingNames() {
            @Override
            public String dialPlanRule(int index) {
                return dialPlanRules.name(index);
            }

            @Override
            public String route(io.dialscape.engine.routing.Route route) {
                Route model = routes.get(route.name());
                return "'" + route.name() + "'" + (model == null ? "" : " (line " + Locations.line(model) + ")");
            }

            @Override
            public String translationRule(TrunkGateway gateway, int index) {
                Gateway model = gateways.get(gateway.name());
                return EngineModels.namer(model.getTranslation().getRules(), rule -> ((NormalizationRule) rule).getLabel())
                        .name(index);
            }

            @Override
            public String lbgRule(TrunkGateway gateway, int index) {
                EngineModels.EvaluationTable evaluation = outgoing.get(gateway.name());
                DigitTable table = firstOutgoing(gateways.get(gateway.name()));
                return EngineModels.namer(table.getRules(), rule -> ((DigitRule) rule).getLabel())
                        .name(evaluation.original(index));
            }
        };
    }

    private static DigitTable firstOutgoing(Gateway gateway) {
        for (Binding binding : gateway.getBindings()) {
            if (resolved(binding.getOutgoing()) && binding.getOutgoing().isOutgoing()) {
                return binding.getOutgoing();
            }
        }
        throw new IllegalStateException("gateway '" + gateway.getName() + "' has no outgoing table");
    }

    private static List<String> usageNames(List<Usage> usages) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Usage usage : usages) {
            if (resolved(usage) && usage.getName() != null) {
                names.put(usage.getName(), true);
            }
        }
        return List.copyOf(names.keySet());
    }

    private static List<String> gatewayNames(List<Gateway> list) {
        List<String> names = new ArrayList<>();
        for (Gateway gateway : list) {
            if (resolved(gateway) && gateway.getName() != null) {
                names.add(gateway.getName());
            }
        }
        return names;
    }

}
