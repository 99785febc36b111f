package io.dialscape.diagram;

import io.dialscape.diagram.DiagramGraph.Problem;
import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.validation.DiagnosticCodes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;

/** The diagrams of a validated set of models: one per topology of the given files, problems from the same run. */
public final class TopologyDiagrams {

    private TopologyDiagrams() {
    }

    /** The topologies of the given files (not the bundled library), in file order then model order. */
    public static List<Topology> topologies(BatchValidator.Checked checked) {
        List<Topology> topologies = new ArrayList<>();
        for (Resource resource : checked.resources().values()) {
            topologies.addAll(topologies(resource));
        }
        return topologies;
    }

    /** The run's findings by the element each sits on. */
    public static Map<EObject, List<Problem>> problems(BatchValidator.Checked checked) {
        Map<EObject, List<Problem>> problems = new IdentityHashMap<>();
        for (Finding finding : checked.report().findings()) {
            EObject element = checked.element(finding);
            if (element != null) {
                problems.computeIfAbsent(element, e -> new ArrayList<>())
                        .add(new Problem(finding.severity(), finding.code(), finding.message()));
            }
        }
        return problems;
    }

    /** The named topologies of one model, in model order. */
    public static List<Topology> topologies(Resource resource) {
        List<Topology> topologies = new ArrayList<>();
        for (EObject root : resource.getContents()) {
            if (root instanceof Model model) {
                for (Element element : model.getElements()) {
                    if (element instanceof Topology topology && topology.getName() != null) {
                        topologies.add(topology);
                    }
                }
            }
        }
        return topologies;
    }

    /**
     * The issues of one validated model (an editor's) by the element of that model each sits on, with the severity,
     * code and message the editor's problem markers show; ignored issues and issues on other files are left out.
     */
    public static Map<EObject, List<Problem>> problems(Resource resource, List<Issue> issues) {
        Map<EObject, List<Problem>> problems = new IdentityHashMap<>();
        for (Issue issue : issues) {
            String severity = switch (issue.getSeverity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "info";
                case IGNORE -> null;
            };
            if (severity == null || issue.getUriToProblem() == null) {
                continue;
            }
            // the model's own elements only, looked up in the resource itself: its resource set may be handed kept
            // parses of other files by the next check while a picture is being made from this one
            EObject element = issue.getUriToProblem().trimFragment().equals(resource.getURI())
                    ? resource.getEObject(issue.getUriToProblem().fragment())
                    : null;
            if (element != null) {
                problems.computeIfAbsent(element, e -> new ArrayList<>())
                        .add(new Problem(severity, DiagnosticCodes.of(issue), issue.getMessage()));
            }
        }
        return problems;
    }

    /**
     * The graph of each topology of one validated model (an editor's), in model order, problems from its issues.
     * Cheap (a walk of the model); {@link DiagramLayout} gives each its geometry.
     */
    public static List<DiagramGraph> graphs(Resource resource, List<Issue> issues) {
        Map<EObject, List<Problem>> problems = problems(resource, issues);
        List<DiagramGraph> graphs = new ArrayList<>();
        for (Topology topology : topologies(resource)) {
            graphs.add(TopologyGraphs.of(topology, problems));
        }
        return graphs;
    }

    /** The laid-out diagram of each topology, by topology, in {@link #topologies} order. */
    public static Map<Topology, Diagram> diagrams(BatchValidator.Checked checked, List<Topology> topologies) {
        Map<EObject, List<Problem>> problems = problems(checked);
        Map<Topology, Diagram> diagrams = new LinkedHashMap<>();
        for (Topology topology : topologies) {
            diagrams.put(topology, DiagramLayout.layout(TopologyGraphs.of(topology, problems)));
        }
        return diagrams;
    }
}
