package io.dialscape.dsl.validation;

import io.dialscape.dsl.dialscape.Allow;
import io.dialscape.dsl.dialscape.Deny;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Edition;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.collocation.AllowSet;
import io.dialscape.engine.collocation.CollocationMatrix;
import io.dialscape.engine.collocation.DenyRule;
import io.dialscape.engine.digits.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The adapters from the EMF model to the engine's plain-Java types: the only place
 * where model elements become engine values. Results are cached in the validation
 * context, so one validation run builds each platform's matrix and each table once.
 */
public final class EngineModels {

    private EngineModels() {
    }

    /** The engine's collocation matrix for a platform. */
    public static CollocationMatrix collocationMatrix(Platform platform, Map<Object, Object> context) {
        Object key = "dialscape.matrix." + EcoreUtil.getURI(platform);
        if (context != null && context.get(key) instanceof CollocationMatrix cached) {
            return cached;
        }
        List<String> roles = new ArrayList<>();
        for (Role role : platform.getRoles()) {
            roles.add(role.getName());
        }
        List<AllowSet> allows = new ArrayList<>();
        for (Allow allow : platform.getAllows()) {
            Set<String> set = new LinkedHashSet<>();
            for (Role role : allow.getRoles()) {
                if (!role.eIsProxy()) {
                    set.add(role.getName());
                }
            }
            io.dialscape.engine.collocation.Edition edition = null;
            if (allow.eIsSet(io.dialscape.dsl.dialscape.DialscapePackage.Literals.ALLOW__EDITION)
                    || hasEditionClause(allow)) {
                edition = allow.getEdition() == Edition.STANDARD
                        ? io.dialscape.engine.collocation.Edition.STANDARD
                        : io.dialscape.engine.collocation.Edition.ENTERPRISE;
            }
            String anchor = null;
            if (allow.isAnchored()) {
                Role first = allow.getRoles().isEmpty() ? null : allow.getRoles().get(0);
                if (first == null || first.eIsProxy()) {
                    continue; // an unresolved anchor covers nothing; the linker reports it
                }
                anchor = first.getName();
            }
            allows.add(new AllowSet(set, edition, anchor));
        }
        List<DenyRule> denies = new ArrayList<>();
        for (Deny deny : platform.getDenies()) {
            if (deny.getRole() == null || deny.getRole().eIsProxy()) {
                continue;
            }
            Set<String> with = new LinkedHashSet<>();
            if (!deny.isAnyOther()) {
                for (Role role : deny.getOthers()) {
                    if (!role.eIsProxy()) {
                        with.add(role.getName());
                    }
                }
                if (with.isEmpty()) {
                    continue;
                }
            }
            denies.add(new DenyRule(deny.getRole().getName(), with, deny.getReason() == null ? "" : deny.getReason()));
        }
        CollocationMatrix matrix = new CollocationMatrix(platform.getLabel() == null ? platform.getName() : platform.getLabel(),
                roles, allows, denies);
        if (context != null) {
            context.put(key, matrix);
        }
        return matrix;
    }

    private static boolean hasEditionClause(Allow allow) {
        return !org.eclipse.xtext.nodemodel.util.NodeModelUtils
                .findNodesForFeature(allow, io.dialscape.dsl.dialscape.DialscapePackage.Literals.ALLOW__EDITION).isEmpty();
    }

    /** The engine's view of a digit table, rules in file order. */
    public static io.dialscape.engine.digits.DigitTable digitTable(DigitTable table) {
        List<io.dialscape.engine.digits.DigitRule> rules = new ArrayList<>(table.getRules().size());
        for (DigitRule rule : table.getRules()) {
            int min = rule.getMinLength();
            int max = rule.isRange() ? rule.getMaxLength() : min;
            if (!hasLength(rule)) {
                min = 0;
                max = 0;
            }
            rules.add(new io.dialscape.engine.digits.DigitRule(rule.getLabel(), nullToEmpty(rule.getLeading()), min, max,
                    rule.getReplace(), rule.isAddPlus(), rule.isIgnoreArs()));
        }
        return new io.dialscape.engine.digits.DigitTable(table.isOutgoing() ? Direction.OUTGOING : Direction.INCOMING,
                nullToEmpty(table.getArs()), rules);
    }

    /**
     * The table that tests and dual-forking samples evaluate: rules with an error of their own
     * (wrong-direction flag, bad length) take no part, as if absent (docs/decisions.md).
     */
    public record EvaluationTable(io.dialscape.engine.digits.DigitTable table, int[] originalIndex) {

        /** The model rule index of an outcome's rule, or -1 when no rule matched. */
        public int original(int engineIndex) {
            return engineIndex < 0 ? -1 : originalIndex[engineIndex];
        }
    }

    public static EvaluationTable evaluationTable(DigitTable table, Set<Integer> excluded) {
        io.dialscape.engine.digits.DigitTable full = digitTable(table);
        List<io.dialscape.engine.digits.DigitRule> kept = new ArrayList<>();
        int[] index = new int[full.rules().size()];
        for (int i = 0; i < full.rules().size(); i++) {
            if (!excluded.contains(i)) {
                index[kept.size()] = i;
                kept.add(full.rules().get(i));
            }
        }
        return new EvaluationTable(new io.dialscape.engine.digits.DigitTable(full.direction(), full.ars(), kept),
                java.util.Arrays.copyOf(index, kept.size()));
    }

    /** Whether the rule has a {@code length} clause (a written {@code length 0} is still a clause). */
    public static boolean hasLength(DigitRule rule) {
        // only the clause sets these: the node model is searched only for a minimum of 0
        if (rule.getMinLength() != 0 || rule.isRange()) {
            return true;
        }
        // the node of a written minimum: the rule calls no parser rule, so it is a leaf among the rule node's children
        ICompositeNode node = NodeModelUtils.findActualNodeFor(rule);
        if (node == null) {
            return false;
        }
        for (INode child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getGrammarElement() instanceof RuleCall call && call.eContainer() instanceof Assignment assignment
                    && MIN_LENGTH.equals(assignment.getFeature())) {
                return true;
            }
        }
        return false;
    }

    private static final String MIN_LENGTH = io.dialscape.dsl.dialscape.DialscapePackage.Literals.DIGIT_RULE__MIN_LENGTH.getName();

    /** The engine's view of normalization rules, in file order. */
    public static List<io.dialscape.engine.regex.NormalizationRule> normalizationRules(Normalization table) {
        List<io.dialscape.engine.regex.NormalizationRule> rules = new ArrayList<>(table.getRules().size());
        for (NormalizationRule rule : table.getRules()) {
            rules.add(new io.dialscape.engine.regex.NormalizationRule(rule.getLabel(), nullToEmpty(rule.getPattern()),
                    nullToEmpty(rule.getTranslation())));
        }
        return rules;
    }

    /**
     * A normalization table as calls, traces and hovers evaluate it: rules with an error of their own
     * ({@code regex.invalid}, {@code regex.group}) take no part, as if absent (LANGUAGE.md 10).
     */
    public static io.dialscape.engine.regex.NormalizationTable normalizationTable(Normalization table) {
        List<io.dialscape.engine.regex.NormalizationRule> rules = normalizationRules(table);
        Set<Integer> excluded = new java.util.HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            try {
                io.dialscape.engine.regex.NetRegex regex = io.dialscape.engine.regex.NetRegex.compile(rules.get(i).pattern());
                if (io.dialscape.engine.regex.NormalizationTable.translationProblem(regex, rules.get(i).translation()) != null) {
                    excluded.add(i);
                }
            } catch (io.dialscape.engine.regex.RegexSyntaxException e) {
                excluded.add(i);
            }
        }
        return new io.dialscape.engine.regex.NormalizationTable(rules, excluded);
    }

    /**
     * Names rules as messages show them: {@code rule 'Long distance' (line 4)}. A rule's line is looked up once per
     * namer, and only when a message shows it (a finding's subject names its own rule without the line).
     */
    public static RuleNamer namer(List<? extends EObject> rules, java.util.function.Function<EObject, String> label) {
        return new RuleNamer() {

            /** Lines by rule index, 0 where not looked up yet (a known line is 1 or more); made on the 17th look-up. */
            private int[] lines;

            private int lookups;

            @Override
            public String name(int index) {
                EObject rule = rules.get(index);
                String name = label.apply(rule);
                int line = line(index, rule);
                return name == null || name.isEmpty() ? "rule at line " + line : "rule '" + name + "' (line " + line + ")";
            }

            /** What the default makes of {@link #name(int)}: capitalised, without the trailing {@code (line N)}. */
            @Override
            public String subject(int index) {
                EObject rule = rules.get(index);
                String name = label.apply(rule);
                return name == null || name.isEmpty() ? "Rule at line " + line(index, rule) : "Rule '" + name + "'";
            }

            private int line(int index, EObject rule) {
                if (lines == null && ++lookups > 16) {
                    lines = new int[rules.size()];
                }
                if (lines == null || index >= lines.length) {
                    return Locations.line(rule);
                }
                if (lines[index] == 0) {
                    lines[index] = Locations.line(rule);
                }
                return lines[index];
            }
        };
    }

    /** A reference that the linker resolved (unresolved ones already have their linking error). */
    public static boolean resolved(EObject object) {
        return object != null && !object.eIsProxy();
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
