package io.dialscape.engine;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * E.164 checks of results (the {@code e164.invalid} and {@code e164.implausible} diagnostics of
 * LANGUAGE.md section 8).
 *
 * <p>A result may carry URI parameters after a {@code ;} ({@code +16135925660;ext=5660}, as real rule sets
 * write extensions); every check here looks at the part before the first {@code ;} only
 * ({@link #withoutParameters}). A result is meant as E.164 when it starts with {@code +}. It is valid
 * E.164 when the {@code +} is followed by 1 to 15 digits {@code 0-9}, the first of which (the start of the
 * country code) is not {@code 0}. Plausibility goes further: libphonenumber must accept the number as a
 * valid number of some region (internal extensions and made-up numbers are not), and the number must read
 * back as the same E.164 string (a trunk prefix kept after the country code, {@code +4402079460123}, is
 * accepted by libphonenumber but reads back as {@code +442079460123}).
 */
public final class E164 {

    /** The most digits an E.164 number has after the {@code +}. */
    public static final int MAX_DIGITS = 15;

    private E164() {
    }

    /** {@code result} without its URI parameters: the part before the first {@code ;} (all of it if none). */
    public static String withoutParameters(String result) {
        if (result == null) {
            return null;
        }
        int semicolon = result.indexOf(';');
        return semicolon < 0 ? result : result.substring(0, semicolon);
    }

    /**
     * Why {@code result} is not valid E.164, or {@code null} when it is valid or is not meant as E.164
     * (does not start with {@code +}). URI parameters after a {@code ;} are ignored. The reasons are
     * checked in this order, and the first one found is given: {@code no digits after '+'},
     * {@code '*' is not a digit} (the first character after the {@code +} that is not {@code 0-9}),
     * {@code country code cannot start with 0}, {@code 17 digits, E.164 allows at most 15}.
     */
    public static String problem(String result) {
        String number = withoutParameters(result);
        if (number == null || !number.startsWith("+")) {
            return null;
        }
        int digits = number.length() - 1;
        if (digits == 0) {
            return "no digits after '+'";
        }
        for (int i = 1; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return "'" + c + "' is not a digit";
            }
        }
        if (number.charAt(1) == '0') {
            return "country code cannot start with 0";
        }
        if (digits > MAX_DIGITS) {
            return digits + " digits, E.164 allows at most " + MAX_DIGITS;
        }
        return null;
    }

    /**
     * Whether {@code e164} is valid E.164 ({@link #problem(String)} finds nothing and it starts with
     * {@code +}) and plausible: {@link #implausibility(String)} finds nothing.
     */
    public static boolean isPlausible(String e164) {
        String number = withoutParameters(e164);
        return number != null && number.startsWith("+") && problem(number) == null && implausibility(number) == null;
    }

    /**
     * Why a valid E.164 {@code result} is implausible, or {@code null} when it is plausible or is not a
     * valid E.164 number at all (that is {@link #problem(String)}'s business). URI parameters after a
     * {@code ;} are ignored. The number is parsed by libphonenumber (unknown region {@code ZZ}):
     * <ul>
     * <li>{@code is not a valid number in any numbering plan that libphonenumber knows} when
     * {@code isValidNumber} rejects it;</li>
     * <li>{@code reads back as '+442079460123': a trunk prefix after the country code?} when formatting
     * it back to E.164 gives another string (the national trunk prefix {@code 0} kept after the country
     * code, as in {@code +4402079460123}).</li>
     * </ul>
     * The reasons complete a sentence that starts with the result: {@code Result '+999123' is not ...}.
     */
    public static String implausibility(String result) {
        String number = withoutParameters(result);
        if (number == null || !number.startsWith("+") || problem(number) != null) {
            return null;
        }
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber parsed;
        try {
            parsed = util.parse(number, "ZZ");
        } catch (NumberParseException e) {
            parsed = null;
        }
        if (parsed == null || !util.isValidNumber(parsed)) {
            return "is not a valid number in any numbering plan that libphonenumber knows";
        }
        String back = util.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (!back.equals(number)) {
            return "reads back as '" + back + "': a trunk prefix after the country code?";
        }
        return null;
    }
}
