package io.dialscape.engine;

import java.util.List;

/**
 * One anomaly the analysis found on one rule of a table (digit or normalization).
 *
 * @param rule    0-based index of the rule the finding sits on
 * @param kind    what is wrong
 * @param others  0-based indexes of the other rules involved (earlier rules that shadow it, the rule it
 *                duplicates or conflicts with, the later rule that makes it redundant, ...); may be empty
 * @param example a concrete number that illustrates the finding, or {@code null} when none helps
 * @param message the complete user-facing message (sentence case, no trailing period)
 */
public record RuleFinding(int rule, Kind kind, List<Integer> others, String example, String message) {

    public RuleFinding {
        others = List.copyOf(others);
    }

    /** The anomaly kinds, in the precedence order of LANGUAGE.md section 8 (first applies). */
    public enum Kind {
        UNMATCHABLE("rule.unmatchable"),
        CONFLICT("rule.conflict"),
        DUPLICATE("rule.duplicate"),
        SHADOWED("rule.shadowed"),
        REDUNDANT("rule.redundant"),
        OVERLAP("rule.overlap"),
        /** Static E.164 check of a rule's result; independent of the precedence above. */
        E164_INVALID("e164.invalid");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        /** The diagnostic code of LANGUAGE.md section 8. */
        public String code() {
            return code;
        }
    }
}
