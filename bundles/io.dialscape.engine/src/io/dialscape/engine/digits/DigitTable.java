package io.dialscape.engine.digits;

import io.dialscape.engine.DialedNumber;
import java.util.List;
import java.util.Objects;

/**
 * A digit-modification table of a Mitel Live Business Gateway (LANGUAGE.md section 5): ordered rules, the
 * first that matches wins.
 *
 * <p>The result of rule {@code r} on a number it matches is {@code prefix(r)} followed by the number's
 * digits after the rule's leading digits, where the prefix is the rule's {@code replace} (or its leading
 * digits), with a {@code +} in front when the rule is {@code add-plus} and the replacement does not start
 * with one, and the ARS digits in front of that on an outgoing table unless the rule is
 * {@code ignore-ars}. A number's own {@code +} is never carried into a rule's result. A number that no
 * rule matches gives the ARS digits followed by its digits on an outgoing table, and passes unchanged
 * (with its {@code +}, if any) through an incoming table.
 *
 * <p>Flags on the wrong side are applied literally, as the gateway would store them: {@code add-plus} on
 * an outgoing rule adds the {@code +} after the ARS digits; {@code ignore-ars} on an incoming rule has no
 * effect. Both are {@code rule.flag-direction} errors.
 *
 * @param direction which way the table converts numbers
 * @param ars       the ARS digits of an outgoing table, {@code ""} when there are none ({@code null} is
 *                  read as {@code ""}); ignored on incoming tables
 * @param rules     the rules, in table order
 */
public record DigitTable(Direction direction, String ars, List<DigitRule> rules) {

    public DigitTable {
        Objects.requireNonNull(direction, "direction");
        ars = ars == null ? "" : ars;
        rules = List.copyOf(rules);
    }

    /** Evaluates the table on a number: the first matching rule's result, or the table's default. */
    public DigitOutcome evaluate(DialedNumber number) {
        String digits = number.digits();
        for (int i = 0; i < rules.size(); i++) {
            DigitRule rule = rules.get(i);
            if (rule.matches(digits)) {
                return new DigitOutcome(prefix(i) + digits.substring(rule.leading().length()), i);
            }
        }
        return new DigitOutcome(direction == Direction.OUTGOING ? ars + digits : number.text(), -1);
    }

    /**
     * What rule {@code index} puts in front of the digits that follow its leading digits: its
     * replacement (or leading digits), with {@code add-plus} and the ARS digits applied.
     */
    public String prefix(int index) {
        DigitRule rule = rules.get(index);
        String prefix = rule.replace() == null ? rule.leading() : rule.replace();
        if (rule.addPlus() && !prefix.startsWith("+")) {
            prefix = "+" + prefix;
        }
        if (direction == Direction.OUTGOING && !rule.ignoreArs()) {
            prefix = ars + prefix;
        }
        return prefix;
    }
}
