package io.dialscape.engine;

import java.util.Objects;

/**
 * A number as dialed, after the clean-up of LANGUAGE.md section 5.1: whether it started with {@code +},
 * and its digits over the alphabet {@code 0-9 * #} (never empty, never with the {@code +}).
 *
 * <p>Digit-modification tables match their {@code leading} digits against {@link #digits()} only; the
 * {@code +} matters for the default of an incoming table (a number no rule matches passes unchanged, with
 * its {@code +}) and for normalization patterns, which see {@link #text()}.
 *
 * @param plus   whether the number started with {@code +}
 * @param digits the digits, one or more characters from {@code 0-9 * #}
 */
public record DialedNumber(boolean plus, String digits) {

    /**
     * @throws IllegalArgumentException when {@code digits} is empty or has a character outside
     *                                  {@code 0-9 * #}; use {@link #parse(String)} for user input
     */
    public DialedNumber {
        Objects.requireNonNull(digits, "digits");
        if (digits.isEmpty()) {
            throw new IllegalArgumentException("a number has at least one digit");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!isDialable(digits.charAt(i))) {
                throw new IllegalArgumentException("'" + digits.charAt(i) + "' at position " + (i + 1)
                        + " of '" + digits + "' is not a digit, '*' or '#'");
            }
        }
    }

    /** Whether {@code c} belongs to the alphabet of numbers: {@code 0-9}, {@code *} or {@code #}. */
    public static boolean isDialable(char c) {
        return c >= '0' && c <= '9' || c == '*' || c == '#';
    }

    /**
     * Reads a number as a user writes it: a bare number or a {@code tel:} URI.
     *
     * <ul>
     * <li>Surrounding spaces are ignored; a leading {@code tel:} (any case) is dropped.</li>
     * <li>URI parameters are dropped: everything from the first {@code ;} on ({@code ;phone-context=...},
     * {@code ;ext=...}).</li>
     * <li>Visual separators are dropped: {@code -}, {@code .}, space, {@code (} and {@code )}.</li>
     * <li>One {@code +} is allowed, before the first digit; it is remembered in {@link #plus()}.</li>
     * <li>Every other character is an error, named with its 1-based position in {@code input}.</li>
     * </ul>
     *
     * @throws InvalidNumberException with a user-facing message, for example
     *                                {@code '+1 (416) 55x-1234' is not a number: 'x' at position 12 is not a
     *                                digit, '*' or '#'}
     */
    public static DialedNumber parse(String input) throws InvalidNumberException {
        Objects.requireNonNull(input, "input");
        int start = 0;
        while (start < input.length() && input.charAt(start) == ' ') {
            start++;
        }
        if (input.regionMatches(true, start, "tel:", 0, 4)) {
            start += 4;
        }
        int end = input.indexOf(';', start);
        if (end < 0) {
            end = input.length();
        }
        boolean plus = false;
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; ) {
            int c = input.codePointAt(i);
            if (c == '-' || c == '.' || c == ' ' || c == '(' || c == ')') {
                // a visual separator
            } else if (c == '+') {
                if (plus || digits.length() > 0) {
                    throw invalid(input, i, "'+' at position " + position(input, i)
                            + " is allowed only before the first digit");
                }
                plus = true;
            } else if (c < Character.MIN_SUPPLEMENTARY_CODE_POINT && isDialable((char) c)) {
                digits.append((char) c);
            } else {
                throw invalid(input, i, "'" + Character.toString(c) + "' at position " + position(input, i)
                        + " is not a digit, '*' or '#'");
            }
            i += Character.charCount(c);
        }
        if (digits.isEmpty()) {
            throw new InvalidNumberException(input, 0, "'" + input + "' is not a number: it has no digits");
        }
        return new DialedNumber(plus, digits.toString());
    }

    /** The number as text: {@code +} when {@link #plus()}, then the digits. */
    public String text() {
        return plus ? "+" + digits : digits;
    }

    private static int position(String input, int index) {
        return input.codePointCount(0, index) + 1;
    }

    private static InvalidNumberException invalid(String input, int index, String reason) {
        return new InvalidNumberException(input, position(input, index),
                "'" + input + "' is not a number: " + reason);
    }
}
