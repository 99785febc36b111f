package io.dialscape.dsl.batch;

import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Users;
import io.dialscape.dsl.validation.EngineModels;
import io.dialscape.dsl.validation.TopologyRouting;
import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.digits.DigitOutcome;
import io.dialscape.engine.regex.NormalizationOutcome;
import io.dialscape.engine.routing.CallPath;
import io.dialscape.engine.routing.TrunkGateway;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * {@code dialscape trace} (LANGUAGE.md section 11): every step of a call (section 10) or of one table for one
 * number, each with the element that decided it and its place in the model. The engine evaluates; this class
 * only finds the elements and names them.
 */
public final class Tracer {

    private Tracer() {
    }

    /**
     * One step: what was applied ({@code element}: a dial plan, a policy, a gateway, a table), what decided
     * ({@code decidedBy}: a rule, a usage and route, or {@code null} when nothing matched), where that is, and
     * the number after the step.
     */
    public record Step(String step, String element, String decidedBy, Path file, int line, String result, String note) {
    }

    /** A whole trace: the number, what it was traced through, the steps, and how it ended. */
    public record Trace(String number, String subject, List<Step> steps, String outcome, String result) {
    }

    /** A trace that cannot be made: unknown name, ambiguous name, not a number. The message is one line. */
    public static final class TraceProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public TraceProblem(String message) {
            super(message);
        }
    }

    /** Traces a call of user group {@code usersName} (of {@code topologyName}, when several topologies have one). */
    public static Trace call(BatchValidator.Loaded loaded, String topologyName, String usersName, String number)
            throws TraceProblem {
        List<Users> candidates = new ArrayList<>();
        for (Topology topology : elements(loaded, Topology.class)) {
            if (topologyName != null && !topologyName.equals(topology.getName())) {
                continue;
            }
            for (Users users : EcoreUtil2.getAllContentsOfType(topology, Users.class)) {
                if (usersName.equals(users.getName())) {
                    candidates.add(users);
                }
            }
        }
        if (candidates.isEmpty()) {
            throw new TraceProblem("no user group '" + usersName + "'"
                    + (topologyName == null ? "" : " in topology '" + topologyName + "'") + " in the models given");
        }
        if (candidates.size() > 1) {
            List<String> where = new ArrayList<>();
            for (Users users : candidates) {
                where.add(EcoreUtil2.getContainerOfType(users, Topology.class).getName());
            }
            throw new TraceProblem("user group '" + usersName + "' is in several topologies (" + String.join(", ", where)
                    + "): name one with --topology");
        }
        Users users = candidates.get(0);
        Topology topology = EcoreUtil2.getContainerOfType(users, Topology.class);
        if (!TopologyRouting.complete(users)) {
            throw new TraceProblem("user group '" + usersName + "' names a dial plan or policy that is not defined");
        }
        TopologyRouting routing = TopologyRouting.of(topology, null);
        Normalization dialPlan = users.getDialplan();
        CallPath path;
        try {
            path = routing.call(users, number);
        } catch (InvalidNumberException e) {
            throw new TraceProblem(e.getMessage());
        }
        List<Step> steps = new ArrayList<>();
        if (path.normalizedByRule()) {
            steps.add(step("normalize", "dial plan '" + dialPlan.getName() + "'", dialPlan.getRules().get(path.normalizationRule()),
                    path.normalized(), null));
        } else {
            steps.add(step("normalize", "dial plan '" + dialPlan.getName() + "'", null, path.normalized(),
                    "no rule matches: the number goes on as dialed"));
        }
        if (!path.routed()) {
            steps.add(step("route", "policy '" + users.getPolicy().getName() + "'", null, null,
                    "no route of usages " + String.join(", ", TopologyRouting.policy(users.getPolicy()).usages())
                            + " matches '" + path.routingNumber() + "'"));
            return new Trace(number, subject(users, topology), steps, "unroutable", null);
        }
        steps.add(new Step("route", "policy '" + users.getPolicy().getName() + "', usage '" + path.usage() + "'",
                "route '" + path.route().name() + "'", file(routing.modelRoute(path.route().name())),
                line(routing.modelRoute(path.route().name())), path.routingNumber(), null));
        TrunkGateway gateway = path.gateway();
        if (gateway != null) {
            Gateway model = routing.modelGateway(gateway.name());
            steps.add(new Step("gateway", "route '" + path.route().name() + "'", "gateway '" + gateway.name() + "'",
                    file(model), line(model), path.routingNumber(), "the route's first gateway"));
            if (gateway.translation() != null) {
                Normalization table = model.getTranslation();
                steps.add(path.translationRule() >= 0
                        ? step("translate", "trunk translation '" + table.getName() + "'",
                                table.getRules().get(path.translationRule()), path.translated(), null)
                        : step("translate", "trunk translation '" + table.getName() + "'", null, path.translated(),
                                "no rule matches: the number stays as it is"));
            }
            DigitTable lbg = routing.outgoingTable(gateway.name());
            if (lbg != null) {
                if (path.lbgRule() >= 0) {
                    steps.add(step("lbg", "LBG outgoing table '" + lbg.getName() + "'",
                            lbg.getRules().get(routing.outgoingRule(gateway.name(), path.lbgRule())), path.sent(), null));
                } else {
                    steps.add(step("lbg", "LBG outgoing table '" + lbg.getName() + "'", null, path.sent(),
                            path.lbgRule() == CallPath.LBG_DEFAULT ? "no rule matches: ARS digits then the number"
                                    : "the table cannot read the number: it is sent as translated"));
                }
            }
        }
        return new Trace(number, subject(users, topology), steps, "routed", path.sent());
    }

    /** Traces one digit or normalization table on a number. */
    public static Trace table(BatchValidator.Loaded loaded, String tableName, String number) throws TraceProblem {
        List<EObject> found = new ArrayList<>();
        for (EObject element : elements(loaded, EObject.class)) {
            if ((element instanceof DigitTable d && tableName.equals(d.getName()))
                    || (element instanceof Normalization n && tableName.equals(n.getName()))) {
                found.add(element);
            }
        }
        if (found.isEmpty()) {
            throw new TraceProblem("no digit or normalization table '" + tableName + "' in the models given");
        }
        EObject table = found.get(0);
        if (table instanceof DigitTable digits) {
            DialedNumber dialed;
            try {
                dialed = DialedNumber.parse(number);
            } catch (InvalidNumberException e) {
                throw new TraceProblem(e.getMessage());
            }
            EngineModels.EvaluationTable evaluation = EngineModels.evaluationTable(digits,
                    io.dialscape.dsl.validation.DialPlanValidator.rulesWithErrors(digits));
            DigitOutcome outcome = evaluation.table().evaluate(dialed);
            int rule = evaluation.original(outcome.rule());
            Step step = rule >= 0 ? step("table", "digit table '" + digits.getName() + "'", digits.getRules().get(rule),
                    outcome.result(), null)
                    : step("table", "digit table '" + digits.getName() + "'", null, outcome.result(),
                            digits.isOutgoing() ? "no rule matches: ARS digits then the number" : "no rule matches: the number passes unchanged");
            return new Trace(number, "digit table '" + digits.getName() + "'", List.of(step), "table", outcome.result());
        }
        Normalization normalization = (Normalization) table;
        NormalizationOutcome outcome;
        try {
            outcome = EngineModels.normalizationTable(normalization).evaluate(number);
        } catch (InvalidNumberException e) {
            throw new TraceProblem(e.getMessage());
        }
        Step step = outcome.normalized()
                ? step("table", "normalization table '" + normalization.getName() + "'",
                        normalization.getRules().get(outcome.rule()), outcome.result(), null)
                : step("table", "normalization table '" + normalization.getName() + "'", null, null,
                        "no rule matches: not normalized");
        return new Trace(number, "normalization table '" + normalization.getName() + "'", List.of(step),
                outcome.normalized() ? "table" : "not normalized", outcome.result());
    }

    private static Step step(String step, String element, EObject rule, String result, String note) {
        if (rule == null) {
            return new Step(step, element, null, null, 0, result, note);
        }
        String label = rule instanceof NormalizationRule n ? n.getLabel() : rule instanceof DigitRule d ? d.getLabel() : null;
        String decidedBy = label == null || label.isEmpty() ? "rule at line " + line(rule) : "rule '" + label + "'";
        return new Step(step, element, decidedBy, file(rule), line(rule), result, note);
    }

    private static String subject(Users users, Topology topology) {
        return "users '" + users.getName() + "' of topology '" + topology.getName() + "'";
    }

    private static <T extends EObject> List<T> elements(BatchValidator.Loaded loaded, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (Map.Entry<Path, Resource> entry : loaded.resources().entrySet()) {
            for (EObject root : entry.getValue().getContents()) {
                if (root instanceof Model model) {
                    for (EObject element : model.getElements()) {
                        if (type.isInstance(element)) {
                            out.add(type.cast(element));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Path file(EObject object) {
        URI uri = object == null || object.eResource() == null ? null : object.eResource().getURI();
        return uri == null || !uri.isFile() ? null : Path.of(uri.toFileString());
    }

    private static int line(EObject object) {
        ICompositeNode node = object == null ? null : NodeModelUtils.findActualNodeFor(object);
        return node == null ? 0 : node.getStartLine();
    }

}
