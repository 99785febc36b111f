package io.dialscape.engine.digits;

/**
 * What a digit-modification table makes of one number.
 *
 * @param result the resulting number (may be empty: {@code replace ""} on a number equal to its leading
 *               digits)
 * @param rule   0-based index of the rule that produced it, or -1 when no rule matched and the table's
 *               default applied
 */
public record DigitOutcome(String result, int rule) {

    /** Whether a rule produced the result (rather than the table's default). */
    public boolean matched() {
        return rule >= 0;
    }
}
