package io.dialscape.engine.regex;

import io.dialscape.engine.RuleNamer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The normalization table of /work/shared/acceptance/nl-profile.ucm, built by hand, and the steps the
 * validator takes before the analysis: rules whose pattern does not compile or whose translation names a
 * missing group are excluded.
 */
final class NlProfile {

    static final List<NormalizationRule> RULES = List.of(
            new NormalizationRule("NL international", "^00(\\d+)$", "+$1"),
            new NormalizationRule("NL national", "^0([1-9]\\d{8})$", "+31$1"),
            new NormalizationRule("NL mobile", "^0(6\\d{8})$", "+316$1"),
            new NormalizationRule("Service", "^(1\\d{2,3})$", "$1"),
            new NormalizationRule("Amsterdam short", "^(1\\d{3}|2\\d{3})$", "+3120$1"),
            new NormalizationRule("Broken", "^(\\d+$", "$1"),
            new NormalizationRule("Wrong group", "^(\\d{5})$", "$2"),
            new NormalizationRule("Back reference", "^(\\d)\\1$", "$1"),
            new NormalizationRule("Zero country", "^9(\\d{4})$", "+0$1"));

    /** Lines of the rules in nl-profile.ucm. */
    static final RuleNamer NAMER = i -> "rule '" + RULES.get(i).label() + "' (line " + (i + 3) + ")";

    private NlProfile() {
    }

    /** What regex.invalid and regex.group report, by rule index; the keys are the excluded rules. */
    static java.util.Map<Integer, String> errors() {
        java.util.Map<Integer, String> errors = new java.util.TreeMap<>();
        for (int i = 0; i < RULES.size(); i++) {
            NormalizationRule rule = RULES.get(i);
            try {
                String problem = NormalizationTable.translationProblem(NetRegex.compile(rule.pattern()), rule.translation());
                if (problem != null) {
                    errors.put(i, problem);
                }
            } catch (RegexSyntaxException e) {
                errors.put(i, e.getMessage());
            }
        }
        return errors;
    }

    static Set<Integer> excluded() {
        return new TreeSet<>(errors().keySet());
    }
}
