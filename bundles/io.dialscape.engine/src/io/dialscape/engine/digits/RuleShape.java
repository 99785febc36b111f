package io.dialscape.engine.digits;

import io.dialscape.engine.DialedNumber;

/**
 * What the analysis needs to know about one rule: its match set as leading digits and length slots, and
 * its result as "strip the leading digits, put {@link #prefix} in front".
 *
 * <p>Two facts make the analysis exact with little work. First, a rule's match set is the numbers that
 * start with its leading digits and whose length is in its {@link #slots}; two matchable rules have equal
 * match sets exactly when their leading digits and slots are equal. Second, when two rules (or a rule and
 * the default) both match a number, whether their results agree does not depend on the number: with
 * {@code L} the longer leading digits, the results are {@code Pa + L[ka:] + rest} and
 * {@code Pb + L[kb:] + rest}, equal for every {@code rest} or for none.
 */
final class RuleShape {

    final DigitRule rule;
    final String leading;
    /** What the rule puts in front of the digits after its leading digits (replacement, +, ARS). */
    final String prefix;
    /** Whether the length clause is well formed; a rule with a {@code rule.length} error is left out. */
    final boolean analysable;
    /** Index in {@link #leading} of the first character that is not {@code 0-9 * #}, or -1. */
    final int badChar;
    /** The least length of a number the rule matches (at least 1 and at least the leading length). */
    final int minLength;
    /** The most length of a number the rule matches, {@link Integer#MAX_VALUE} without a length clause. */
    final int maxLength;
    /** The length slots the rule matches, 0 when it matches no number. */
    final long slots;

    RuleShape(DigitTable table, int index) {
        this.rule = table.rules().get(index);
        this.leading = rule.leading();
        this.prefix = table.prefix(index);
        this.analysable = rule.hasValidLength();
        int bad = -1;
        for (int i = 0; i < leading.length(); i++) {
            if (!DialedNumber.isDialable(leading.charAt(i))) {
                bad = i;
                break;
            }
        }
        this.badChar = bad;
        this.minLength = Math.max(Math.max(rule.hasLength() ? rule.minLength() : 1, leading.length()), 1);
        this.maxLength = rule.hasLength() ? rule.maxLength() : Integer.MAX_VALUE;
        if (!analysable || bad >= 0 || minLength > maxLength) {
            this.slots = 0;
        } else {
            this.slots = LengthSlots.range(LengthSlots.of(minLength),
                    rule.hasLength() ? maxLength : LengthSlots.TAIL);
        }
    }

    boolean matchable() {
        return slots != 0;
    }

    /** The result on a number whose digits the rule matches. */
    String resultOn(String digits) {
        return prefix + digits.substring(leading.length());
    }

    /**
     * The example number the messages prefer: the leading digits padded with {@code 0} to the rule's least
     * length, or, without a length clause, to 11 digits when the leading digits are shorter (a full
     * national number reads better than a prefix). The rule matches it.
     */
    String preferredExample() {
        return leading + "0".repeat(preferredLength() - leading.length());
    }

    /** The length of {@link #preferredExample()}. */
    int preferredLength() {
        return rule.hasLength() ? minLength : Math.max(leading.length(), 11);
    }
}
