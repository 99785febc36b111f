package io.dialscape.engine;

import java.util.Comparator;
import java.util.Objects;

/**
 * The order of product versions (LANGUAGE.md section 3): the sequences of digit runs are compared
 * numerically, left to right, and a missing run counts as 0. Everything that is not an ASCII digit only
 * separates runs. So {@code "8.0 UR3" < "8.0 UR10"}, {@code "3.1" < "3.1.1"} and
 * {@code "3.1 patch 1" == "3.1.1"}; a version without digits equals {@code "0"}.
 *
 * <p>Runs of any length are compared exactly (by length once leading zeros are stripped, then digit by
 * digit), so no version overflows a {@code long}.
 */
public final class VersionOrder {

    /** {@link #compare(String, String)} as a comparator (consistent with its equality, not with {@code equals}). */
    public static final Comparator<String> COMPARATOR = VersionOrder::compare;

    private VersionOrder() {
    }

    /** Negative, zero or positive as {@code a} is older than, the same as, or newer than {@code b}. */
    public static int compare(String a, String b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        int i = 0;
        int j = 0;
        while (true) {
            i = skipToDigit(a, i);
            j = skipToDigit(b, j);
            if (i == a.length() && j == b.length()) {
                return 0;
            }
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            int startA = skipZeros(a, i, endA);
            int startB = skipZeros(b, j, endB);
            int lengthA = endA - startA;
            int lengthB = endB - startB;
            if (lengthA != lengthB) {
                return lengthA < lengthB ? -1 : 1;
            }
            for (int k = 0; k < lengthA; k++) {
                char ca = a.charAt(startA + k);
                char cb = b.charAt(startB + k);
                if (ca != cb) {
                    return ca < cb ? -1 : 1;
                }
            }
            i = endA;
            j = endB;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int skipToDigit(String s, int i) {
        while (i < s.length() && !isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int runEnd(String s, int i) {
        while (i < s.length() && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipZeros(String s, int i, int end) {
        while (i < end && s.charAt(i) == '0') {
            i++;
        }
        return i;
    }
}
