package io.dialscape.engine.digits;

import io.dialscape.engine.RuleNamer;
import java.util.List;

/**
 * The two tables of {@code /work/shared/acceptance/lbg-digits.ucm}, built by hand, with the namer the
 * validator would use ({@code rule 'Label' (line N)}, lines of that file).
 */
final class LbgDigits {

    private LbgDigits() {
    }

    /** {@code digits lbgOut outgoing ars "9"}: rules on lines 3 to 16. */
    static final DigitTable OUT = new DigitTable(Direction.OUTGOING, "9", List.of(
            rule("Ottawa internal", "1613592", 0, 0, "", false, true),
            rule("Long distance", "1", 0, 0, "1", false, false),
            rule("Ottawa local", "16135", 0, 0, "8", false, false),
            rule("Internal", "5", 4, 4, "5", false, true),
            rule("Internal again", "5", 4, 4, "6", false, true),
            rule("Fours", "4", 4, 4, "4", false, true),
            rule("Fours copy", "4", 4, 4, "4", false, true),
            rule("Plus sign", "3", 0, 0, "33", true, false),
            rule("Sevens", "7", 4, 4, "7", false, true),
            rule("Long sevens", "7", 5, 6, "7", false, true),
            rule("Seventy-one", "71", 4, 6, "2", false, false),
            rule("Seventy-two", "72", 4, 7, "2", false, false),
            rule("Sales", "81", 0, 0, "081", false, false),
            rule("Eights", "8", 0, 0, "08", false, false)));

    static final int OUT_FIRST_LINE = 3;

    /** {@code digits lbgIn incoming}: rules on lines 25 to 29. */
    static final DigitTable IN = new DigitTable(Direction.INCOMING, "", List.of(
            rule("Extensions", "5", 4, 4, "+16135925", false, false),
            rule("National", "1", 11, 11, null, true, false),
            rule("Bad intl", "00", 0, 0, "+0", false, false),
            rule("Too long", "9", 17, 17, null, true, false),
            rule("ARS flag", "8", 0, 0, "+318", false, true)));

    static final int IN_FIRST_LINE = 25;

    static RuleNamer namer(DigitTable table, int firstLine) {
        return i -> {
            String label = table.rules().get(i).label();
            int line = firstLine + i;
            return label == null ? "the rule at line " + line : "rule '" + label + "' (line " + line + ")";
        };
    }

    static DigitRule rule(String label, String leading, int min, int max, String replace, boolean addPlus,
            boolean ignoreArs) {
        return new DigitRule(label, leading, min, max, replace, addPlus, ignoreArs);
    }
}
