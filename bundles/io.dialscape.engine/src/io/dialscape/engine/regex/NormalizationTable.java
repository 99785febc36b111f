package io.dialscape.engine.regex;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A normalization table: ordered rules, the first whose pattern matches the number wins (LANGUAGE.md
 * section 6).
 *
 * <p>The pattern sees the number as dialed, after {@link DialedNumber#parse} has dropped {@code tel:}, URI
 * parameters and visual separators, <em>with its leading {@code +}</em> ({@link DialedNumber#text()}). A
 * rule matches when its pattern matches anywhere in that text ({@code Regex.IsMatch}); its result is its
 * translation expanded with the groups of the leftmost match. This is what Lync's
 * {@code Test-CsVoiceNormalizationRule} returns: the expanded translation itself, not the number with
 * the matched part replaced ({@code Regex.Replace}); the two differ only for patterns that do not match
 * the whole number. The substitution syntax is .NET's ({@code $n}, {@code ${n}}, {@code $$}, ...; a group
 * that took no part gives {@code ""}). A number no rule matches is <em>not normalized</em>, an outcome
 * distinct from every result.
 *
 * <p>Rules with errors of their own ({@code regex.invalid}, {@code regex.group}) are listed in
 * {@code excluded} and skipped, as if absent; a rule whose pattern does not compile is skipped even when
 * not listed. Instances are immutable and thread-safe.
 */
public final class NormalizationTable {

    private final List<NormalizationRule> rules;
    private final Set<Integer> skipped;
    private final NetRegex[] patterns;
    private final Translation[] translations;

    /**
     * @param rules    the rules, in table order
     * @param excluded 0-based indexes of rules to skip (rules with errors); may be empty
     */
    public NormalizationTable(List<NormalizationRule> rules, Set<Integer> excluded) {
        this.rules = List.copyOf(rules);
        this.patterns = new NetRegex[this.rules.size()];
        this.translations = new Translation[this.rules.size()];
        Set<Integer> skip = new TreeSet<>();
        for (int i = 0; i < this.rules.size(); i++) {
            if (excluded.contains(i)) {
                skip.add(i);
                continue;
            }
            NormalizationRule rule = this.rules.get(i);
            try {
                patterns[i] = NetRegex.compile(rule.pattern());
                translations[i] = Translation.parse(rule.translation(), patterns[i].groupCount());
            } catch (RegexSyntaxException e) {
                patterns[i] = null;
                skip.add(i);
            }
        }
        this.skipped = Collections.unmodifiableSet(skip);
    }

    public List<NormalizationRule> rules() {
        return rules;
    }

    /** The rules evaluation skips: the excluded ones and any whose pattern does not compile. */
    public Set<Integer> skipped() {
        return skipped;
    }

    /**
     * Normalizes user input (a bare number or a {@code tel:} URI).
     *
     * @throws InvalidNumberException when {@code input} is not a number (its message is user-facing)
     */
    public NormalizationOutcome evaluate(String input) throws InvalidNumberException {
        return evaluate(DialedNumber.parse(input));
    }

    /** Normalizes a parsed number; the patterns see {@link DialedNumber#text()}. */
    public NormalizationOutcome evaluate(DialedNumber number) {
        return evaluateText(number.text());
    }

    /** Normalizes a number already in the form the patterns see ({@code +} and digits). */
    NormalizationOutcome evaluateText(String text) {
        for (int i = 0; i < rules.size(); i++) {
            if (patterns[i] == null) {
                continue;
            }
            NetRegex.Match m = patterns[i].match(text);
            if (m != null) {
                return new NormalizationOutcome(translations[i].expand(m), i);
            }
        }
        return NormalizationOutcome.NOT_NORMALIZED;
    }

    /**
     * Why {@code translation} is wrong for {@code pattern} ({@code regex.group}), or {@code null} when it
     * is fine: a {@code $n} or {@code ${n}} naming a group the pattern does not have (.NET would copy it
     * literally into the result), or a {@code ${name}} (Dialscape patterns have numbered groups only). For
     * example {@code Translation '$2' uses group 2 but pattern '^(\d{5})$' has only 1 group}.
     */
    public static String translationProblem(NetRegex pattern, String translation) {
        int groups = pattern.groupCount();
        for (Translation.Reference ref : Translation.references(translation)) {
            if (ref.name() != null) {
                return "Translation '" + translation + "' uses group '" + ref.name() + "' but pattern '"
                        + pattern.pattern() + "' has no named groups (only numbered groups are supported)";
            }
            if (ref.number() > groups) {
                return "Translation '" + translation + "' uses group " + ref.number() + " but pattern '"
                        + pattern.pattern() + "' has " + (groups == 0 ? "no groups"
                                : "only " + groups + (groups == 1 ? " group" : " groups"));
            }
        }
        return null;
    }

    /** The compiled pattern of rule {@code index}, or null when it is skipped. */
    NetRegex pattern(int index) {
        return patterns[index];
    }

    /** The parsed translation of rule {@code index}, or null when it is skipped. */
    Translation translation(int index) {
        return translations[index];
    }

    /** The indexes of the rules that take part, in order. */
    List<Integer> active() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            if (patterns[i] != null) {
                out.add(i);
            }
        }
        return out;
    }
}
