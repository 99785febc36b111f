package io.dialscape.engine.regex;

import java.util.Objects;

/**
 * One rule of a normalization table (an OCS, Lync or Skype for Business location profile or dial plan):
 * a .NET pattern and the translation that gives the result, both exactly as written (raw strings).
 *
 * @param label       the rule's name as the user wrote it, or {@code null}; only for display
 * @param pattern     the .NET regular expression ({@link NetRegex})
 * @param translation the result, with {@code $n} group references ({@link NormalizationTable})
 */
public record NormalizationRule(String label, String pattern, String translation) {

    public NormalizationRule {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(translation, "translation");
    }
}
