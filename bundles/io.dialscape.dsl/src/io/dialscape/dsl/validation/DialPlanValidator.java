package io.dialscape.dsl.validation;

import static io.dialscape.dsl.dialscape.DialscapePackage.Literals.*;

import io.dialscape.dsl.dialscape.Binding;
import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.DualForking;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Sample;
import io.dialscape.dsl.dialscape.Table;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.CallCase;
import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.digits.DigitOutcome;
import io.dialscape.engine.digits.DigitTableAnalyzer;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationAnalyzer;
import io.dialscape.engine.regex.NormalizationOutcome;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.RegexSyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Dial-plan diagnostics of LANGUAGE.md sections 5 to 8: rule errors, the anomaly
 * analysis, E.164 checks, tests and dual-forking samples. What a table does to a
 * number and which rules shadow which is decided by the engine only.
 */
public class DialPlanValidator extends AbstractDialscapeCheck {

    public static final int MIN_LENGTH = 1;
    public static final int MAX_LENGTH = 32;

    @Check
    public void checkRuleLength(DigitRule rule) {
        String problem = lengthProblem(rule);
        if (problem != null) {
            addIssue(problem, rule, DIGIT_RULE__MIN_LENGTH, DialscapeIssueCodes.RULE_LENGTH);
        }
    }

    static String lengthProblem(DigitRule rule) {
        if (!EngineModels.hasLength(rule)) {
            return null;
        }
        int min = rule.getMinLength();
        int max = rule.isRange() ? rule.getMaxLength() : min;
        String written = rule.isRange() ? written(rule, DIGIT_RULE__MIN_LENGTH, min) + ".." + written(rule, DIGIT_RULE__MAX_LENGTH, max)
                : written(rule, DIGIT_RULE__MIN_LENGTH, min);
        if (min < MIN_LENGTH || min > MAX_LENGTH || max < MIN_LENGTH || max > MAX_LENGTH) {
            return "Length " + written + " is outside 1 to 32 digits";
        }
        if (min > max) {
            return "Length " + written + " is empty: the minimum is above the maximum";
        }
        return null;
    }

    /** A length as written (a value beyond the int range is kept as the user wrote it, not as the saturated int). */
    private static String written(DigitRule rule, EStructuralFeature feature, int value) {
        if (value != Integer.MAX_VALUE) {
            return String.valueOf(value);
        }
        List<org.eclipse.xtext.nodemodel.INode> nodes = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(rule, feature);
        String text = nodes.isEmpty() ? "" : org.eclipse.xtext.nodemodel.util.NodeModelUtils.getTokenText(nodes.get(0)).strip();
        return text.isEmpty() ? String.valueOf(value) : text;
    }

    @Check
    public void checkFlagDirection(DigitRule rule) {
        if (!(rule.eContainer() instanceof DigitTable table) || table.getName() == null) {
            return;
        }
        if (table.isOutgoing() && rule.isAddPlus()) {
            addIssue(subject(rule) + " uses add-plus on outgoing table '" + table.getName()
                    + "': add-plus only applies to incoming tables", rule, DIGIT_RULE__ADD_PLUS, DialscapeIssueCodes.RULE_FLAG_DIRECTION);
        }
        if (!table.isOutgoing() && rule.isIgnoreArs()) {
            addIssue(subject(rule) + " uses ignore-ars on incoming table '" + table.getName()
                    + "': ARS digits only exist on outgoing tables", rule, DIGIT_RULE__IGNORE_ARS, DialscapeIssueCodes.RULE_FLAG_DIRECTION);
        }
    }

    /** Rules with an error of their own: they neither get nor cause the anomaly diagnostics. */
    public static Set<Integer> rulesWithErrors(DigitTable table) {
        Set<Integer> excluded = new HashSet<>();
        List<DigitRule> rules = table.getRules();
        for (int i = 0; i < rules.size(); i++) {
            DigitRule rule = rules.get(i);
            boolean wrongFlag = table.isOutgoing() ? rule.isAddPlus() : rule.isIgnoreArs();
            if (wrongFlag || lengthProblem(rule) != null) {
                excluded.add(i);
            }
        }
        return excluded;
    }

    @Check
    public void checkDigitTableRules(DigitTable table) {
        if (table.getRules().isEmpty()) {
            return;
        }
        io.dialscape.engine.digits.DigitTable engineTable = EngineModels.digitTable(table);
        RuleNamer namer = EngineModels.namer(table.getRules(), rule -> ((DigitRule) rule).getLabel());
        Set<Integer> excluded = rulesWithErrors(table);
        report(table.getRules(), DigitTableAnalyzer.analyze(engineTable, excluded, namer));
        report(table.getRules(), DigitTableAnalyzer.e164Problems(engineTable, namer));
    }

    @Check
    public void checkNormalizationRules(Normalization table) {
        List<NormalizationRule> rules = table.getRules();
        if (rules.isEmpty()) {
            return;
        }
        Set<Integer> excluded = normalizationRulesWithErrors(table);
        List<io.dialscape.engine.regex.NormalizationRule> engineRules = EngineModels.normalizationRules(table);
        RuleNamer namer = EngineModels.namer(rules, rule -> ((NormalizationRule) rule).getLabel());
        report(rules, NormalizationAnalyzer.analyze(engineRules, excluded, namer));
        report(rules, NormalizationAnalyzer.e164Problems(engineRules, excluded, namer));
    }

    /** Compiles every pattern; reports regex.invalid, regex.class-separator and regex.group. */
    private Set<Integer> normalizationRulesWithErrors(Normalization table) {
        Set<Integer> excluded = new HashSet<>();
        List<NormalizationRule> rules = table.getRules();
        for (int i = 0; i < rules.size(); i++) {
            NormalizationRule rule = rules.get(i);
            String pattern = EngineModels.nullToEmpty(rule.getPattern());
            try {
                NetRegex regex = NetRegex.compile(pattern);
                for (NetRegex.ClassSeparator separator : regex.classSeparators()) {
                    addIssue(separator.message(), rule, NORMALIZATION_RULE__PATTERN, DialscapeIssueCodes.REGEX_CLASS_SEPARATOR);
                }
                String problem = NormalizationTable.translationProblem(regex, EngineModels.nullToEmpty(rule.getTranslation()));
                if (problem != null) {
                    excluded.add(i);
                    addIssue(problem, rule, NORMALIZATION_RULE__TRANSLATION, DialscapeIssueCodes.REGEX_GROUP);
                }
            } catch (RegexSyntaxException e) {
                excluded.add(i);
                addIssue(e.getMessage(), rule, NORMALIZATION_RULE__PATTERN, DialscapeIssueCodes.REGEX_INVALID);
            }
        }
        return excluded;
    }

    private void report(List<? extends EObject> rules, List<RuleFinding> findings) {
        for (RuleFinding finding : findings) {
            EObject rule = rules.get(finding.rule());
            addIssue(finding.message(), rule, null, finding.kind().code(), data(finding, rules));
        }
    }

    /** Quick fixes need the other rules: their URI fragments travel in the issue data. */
    private static String[] data(RuleFinding finding, List<? extends EObject> rules) {
        String[] data = new String[finding.others().size()];
        for (int i = 0; i < data.length; i++) {
            EObject other = rules.get(finding.others().get(i));
            // the fragment of EcoreUtil.getURI without making (and interning) a URI per rule
            org.eclipse.emf.ecore.resource.Resource resource = other.eResource();
            data[i] = resource == null ? EcoreUtil.getURI(other).fragment() : resource.getURIFragment(other);
        }
        return data;
    }

    @Check
    public void checkTest(Test test) {
        if (!(test.getTable() instanceof Table table) || table.eIsProxy()) {
            return; // a topology's test holds call cases: RoutingValidator
        }
        if (table instanceof DigitTable digits) {
            EngineModels.EvaluationTable evaluation = EngineModels.evaluationTable(digits, rulesWithErrors(digits));
            for (TestCase testCase : test.getCases()) {
                if (incomplete(testCase) || testCase instanceof CallCase) {
                    continue; // a call case in a table's test is test.invalid (RoutingValidator)
                }
                if (testCase.isNone()) {
                    addIssue("'-> none' is for normalization tables: digit table '" + digits.getName()
                            + "' always gives a result", testCase, TEST_CASE__NONE, DialscapeIssueCodes.TEST_INVALID);
                    continue;
                }
                DialedNumber number = parse(testCase.getInput(), testCase, TEST_CASE__INPUT);
                if (number == null) {
                    continue;
                }
                DigitOutcome outcome = evaluation.table().evaluate(number);
                int rule = evaluation.original(outcome.rule());
                String by = rule < 0 ? "no rule matched" : ruleName(digits.getRules().get(rule), test);
                if (!outcome.result().equals(testCase.getExpected())) {
                    addIssue("Test of '" + digits.getName() + "' gives '" + outcome.result() + "' (" + by + "), not '"
                            + testCase.getExpected() + "'", testCase, null, DialscapeIssueCodes.TEST_FAILED);
                }
                boolean internal = rule >= 0 && digits.getRules().get(rule).isIgnoreArs() && digits.isOutgoing();
                if (!internal) {
                    checkE164(outcome.result(), "Result", testCase);
                }
            }
        } else if (table instanceof Normalization normalization) {
            NormalizationTable engineTable = EngineModels.normalizationTable(normalization);
            for (TestCase testCase : test.getCases()) {
                if (incomplete(testCase) || testCase instanceof CallCase) {
                    continue; // a call case in a table's test is test.invalid (RoutingValidator)
                }
                NormalizationOutcome outcome;
                try {
                    outcome = engineTable.evaluate(EngineModels.nullToEmpty(testCase.getInput()));
                } catch (InvalidNumberException e) {
                    addIssue(e.getMessage(), testCase, TEST_CASE__INPUT, DialscapeIssueCodes.NUMBER_INVALID);
                    continue;
                }
                String actual = outcome.result();
                String by = outcome.rule() < 0 ? "no rule matched" : ruleName(normalization.getRules().get(outcome.rule()), test);
                if (testCase.isNone()) {
                    if (actual != null) {
                        addIssue("Test of '" + normalization.getName() + "' gives '" + actual + "' (" + by
                                + "), not none", testCase, null, DialscapeIssueCodes.TEST_FAILED);
                        checkE164(actual, "Result", testCase); // the actual result, whatever was expected
                    }
                    continue;
                }
                if (actual == null) {
                    addIssue("Test of '" + normalization.getName() + "' gives none (no rule matches '" + testCase.getInput()
                            + "'), not '" + testCase.getExpected() + "'", testCase, null, DialscapeIssueCodes.TEST_FAILED);
                    continue;
                }
                if (!actual.equals(testCase.getExpected())) {
                    addIssue("Test of '" + normalization.getName() + "' gives '" + actual + "' (" + by + "), not '"
                            + testCase.getExpected() + "'", testCase, null, DialscapeIssueCodes.TEST_FAILED);
                }
                checkE164(actual, "Result", testCase);
            }
        }
    }

    /**
     * Dual forking works only if the gateway's incoming table turns the caller as the ICP
     * presents it over the gateway into exactly the form the SIP trunk presents.
     */
    @Check
    public void checkDualForkingSamples(DualForking dualForking) {
        if (dualForking.getGateway() == null || dualForking.getGateway().eIsProxy()
                || dualForking.getPbx() == null || dualForking.getPbx().eIsProxy()) {
            return;
        }
        DigitTable incoming = null;
        for (Binding binding : dualForking.getGateway().getBindings()) {
            if (binding.getIcp() == dualForking.getPbx() && binding.getIncoming() != null && !binding.getIncoming().eIsProxy()) {
                incoming = binding.getIncoming();
            }
        }
        EngineModels.EvaluationTable evaluation = incoming == null ? null
                : EngineModels.evaluationTable(incoming, rulesWithErrors(incoming));
        for (Sample sample : dualForking.getSamples()) {
            DialedNumber number = parse(sample.getGatewayForm(), sample, SAMPLE__GATEWAY_FORM);
            if (number == null || parse(sample.getTrunkForm(), sample, SAMPLE__TRUNK_FORM) == null) {
                continue;
            }
            String actual;
            String how;
            if (evaluation == null) {
                actual = number.text();
                how = "gateway '" + dualForking.getGateway().getName() + "' has no incoming table for '"
                        + dualForking.getPbx().getName() + "', so it stays '" + actual + "'";
            } else {
                DigitOutcome outcome = evaluation.table().evaluate(number);
                int rule = evaluation.original(outcome.rule());
                actual = outcome.result();
                how = "incoming table '" + incoming.getName() + "' turns it into '" + actual + "' ("
                        + (rule < 0 ? "no rule matched" : ruleName(incoming.getRules().get(rule), dualForking)) + ")";
            }
            if (!actual.equals(sample.getTrunkForm())) {
                addIssue("Caller '" + sample.getGatewayForm() + "' arrives as '" + sample.getTrunkForm()
                        + "' over the SIP trunk, but " + how + ": Communicator would show two notifications",
                        sample, null, DialscapeIssueCodes.DUALFORK_MISMATCH);
            }
            checkE164(actual, "Presented number", sample); // the actual result, matching or not
        }
    }

    /** A test line the parser could not complete already has its syntax error. */
    private static boolean incomplete(TestCase testCase) {
        return testCase.getInput() == null || !testCase.isNone() && testCase.getExpected() == null;
    }

    private DialedNumber parse(String text, EObject owner, EStructuralFeature feature) {
        try {
            return DialedNumber.parse(EngineModels.nullToEmpty(text));
        } catch (InvalidNumberException e) {
            addIssue(e.getMessage(), owner, feature, DialscapeIssueCodes.NUMBER_INVALID);
            return null;
        }
    }

    private static String subject(DigitRule rule) {
        return rule.getLabel() == null || rule.getLabel().isEmpty() ? "Rule at line " + Locations.line(rule)
                : "Rule '" + rule.getLabel() + "'";
    }

    /** A rule as a message names it, from where the message sits: its line, with its file when that is another file. */
    private static String ruleName(EObject rule, EObject from) {
        String label = rule instanceof DigitRule d ? d.getLabel() : rule instanceof NormalizationRule n ? n.getLabel() : null;
        int line = Locations.line(rule);
        String where = rule.eResource() == from.eResource() || rule.eResource() == null
                ? "line " + line : rule.eResource().getURI().lastSegment() + ", line " + line;
        return label == null || label.isEmpty() ? "rule at " + where : "rule '" + label + "', " + where;
    }
}
