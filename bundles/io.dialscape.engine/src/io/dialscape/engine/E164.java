package io.dialscape.engine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * E.164 checks of results (the {@code e164.invalid} and {@code e164.implausible} diagnostics of
 * LANGUAGE.md section 8).
 *
 * <p>A result is meant as E.164 when it starts with {@code +}. It is valid E.164 when the {@code +} is
 * followed by 1 to 15 digits {@code 0-9}, the first of which (the start of the country code) is not
 * {@code 0}. Plausibility goes further: libphonenumber must accept the number as a valid number of some
 * region (internal extensions and made-up numbers are not).
 */
public final class E164 {

    /** The most digits an E.164 number has after the {@code +}. */
    public static final int MAX_DIGITS = 15;

    private E164() {
    }

    /**
     * Why {@code result} is not valid E.164, or {@code null} when it is valid or is not meant as E.164
     * (does not start with {@code +}). The reasons are checked in this order, and the first one found is
     * given: {@code no digits after '+'}, {@code '*' is not a digit} (the first character after the
     * {@code +} that is not {@code 0-9}), {@code country code cannot start with 0},
     * {@code 17 digits, E.164 allows at most 15}.
     */
    public static String problem(String result) {
        if (result == null || !result.startsWith("+")) {
            return null;
        }
        int digits = result.length() - 1;
        if (digits == 0) {
            return "no digits after '+'";
        }
        for (int i = 1; i < result.length(); i++) {
            char c = result.charAt(i);
            if (c < '0' || c > '9') {
                return "'" + c + "' is not a digit";
            }
        }
        if (result.charAt(1) == '0') {
            return "country code cannot start with 0";
        }
        if (digits > MAX_DIGITS) {
            return digits + " digits, E.164 allows at most " + MAX_DIGITS;
        }
        return null;
    }

    /**
     * Whether {@code e164} is valid E.164 ({@link #problem(String)} finds nothing and it starts with
     * {@code +}) and libphonenumber accepts it as a valid number of some region (parsed with the unknown
     * region {@code ZZ}, then {@code isValidNumber}).
     */
    public static boolean isPlausible(String e164) {
        if (e164 == null || !e164.startsWith("+") || problem(e164) != null) {
            return false;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            return util.isValidNumber(util.parse(e164, "ZZ"));
        } catch (NumberParseException e) {
            return false;
        }
    }
}
