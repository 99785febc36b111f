package io.dialscape.engine.digits;

import java.util.Objects;

/**
 * One rule of a digit-modification table: {@code rule "label" leading "..." [length N[..M]]
 * [replace "..."] [add-plus] [ignore-ars]} (LANGUAGE.md section 5).
 *
 * <p>The rule matches a number when the number's digits (without its {@code +}) start with
 * {@link #leading()} and, when there is a length clause, the digit count is within
 * {@code minLength..maxLength}. Its result is {@link #replace()} (or the leading digits when
 * {@code replace} is absent) followed by the digits after the leading ones; {@code add-plus} prefixes a
 * {@code +} when that result does not start with one; on an outgoing table the ARS digits come first
 * unless the rule is {@code ignore-ars}. Lengths are not checked here: a length outside 1 to 32 or
 * {@code N > M} is the {@code rule.length} error, and such a rule is left out of the analysis.
 *
 * @param label     the rule's name, or {@code null} for an unnamed rule
 * @param leading   the leading digits, as written ({@code ""} matches every number)
 * @param minLength the least digit count, 0 when there is no length clause
 * @param maxLength the most digit count, 0 when there is no length clause ({@code length 4} is 4..4)
 * @param replace   the replacement of the leading digits, or {@code null} to keep them
 * @param addPlus   the {@code add-plus} flag
 * @param ignoreArs the {@code ignore-ars} flag
 */
public record DigitRule(String label, String leading, int minLength, int maxLength, String replace,
        boolean addPlus, boolean ignoreArs) {

    public DigitRule {
        Objects.requireNonNull(leading, "leading");
    }

    /** Whether the rule has a length clause (either bound is not 0). */
    public boolean hasLength() {
        return minLength != 0 || maxLength != 0;
    }

    /** Whether the length clause, if any, is well formed: {@code 1 <= minLength <= maxLength <= 32}. */
    public boolean hasValidLength() {
        return !hasLength() || 1 <= minLength && minLength <= maxLength && maxLength <= 32;
    }

    /** Whether the rule matches a number with these digits (the digits without the number's {@code +}). */
    public boolean matches(String digits) {
        if (!digits.startsWith(leading)) {
            return false;
        }
        return !hasLength() || digits.length() >= minLength && digits.length() <= maxLength;
    }
}
