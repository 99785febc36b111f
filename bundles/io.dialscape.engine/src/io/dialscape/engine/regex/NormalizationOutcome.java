package io.dialscape.engine.regex;

/**
 * What a normalization table makes of a number.
 *
 * @param result the normalized number, or {@code null} when no rule matched (the number is <em>not
 *               normalized</em>: Test-CsVoiceNormalizationRule answers blank)
 * @param rule   0-based index of the rule that produced the result, or {@code -1} when none did
 */
public record NormalizationOutcome(String result, int rule) {

    /** The outcome of a number that no rule matches. */
    public static final NormalizationOutcome NOT_NORMALIZED = new NormalizationOutcome(null, -1);

    /** Whether some rule matched. */
    public boolean normalized() {
        return rule >= 0;
    }
}
