package io.dialscape.engine;

import java.util.Objects;

/**
 * DNS names of pools and servers (the {@code fqdn.invalid} diagnostic of LANGUAGE.md section 8).
 *
 * <p>A valid name is one or more labels separated by dots, with an optional trailing dot (the root). A
 * label has 1 to 63 characters, each an ASCII letter, digit or hyphen, and neither starts nor ends with a
 * hyphen. The whole name (without the trailing dot) has at most 253 characters. A single label
 * ({@code fe01}) is a valid name. Internationalized names are written in their {@code xn--} form.
 */
public final class Fqdn {

    /** The most characters of a name, without its trailing dot. */
    public static final int MAX_NAME = 253;
    /** The most characters of one label. */
    public static final int MAX_LABEL = 63;

    private Fqdn() {
    }

    /**
     * A DNS name as DNS compares names: case-insensitive (ASCII) and without a trailing dot, so
     * {@code FE01.contoso.local.} and {@code fe01.contoso.local} are one name.
     */
    public static String canonical(String name) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        return key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
    }

    /**
     * Why {@code name} is not a valid DNS name, or {@code null} when it is. Reasons, first found wins:
     * {@code empty name}, {@code 254 characters, a DNS name allows at most 253}, {@code starts with a dot},
     * {@code empty label between dots}, {@code label 'abc…' has 64 characters, at most 63 allowed},
     * {@code '_' in label 'a_b' is not a letter, digit or hyphen}, {@code label '-a' starts with a hyphen},
     * {@code label 'a-' ends with a hyphen}.
     */
    public static String problem(String name) {
        Objects.requireNonNull(name, "name");
        String body = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        if (body.isEmpty()) {
            return "empty name";
        }
        if (body.length() > MAX_NAME) {
            return body.length() + " characters, a DNS name allows at most " + MAX_NAME;
        }
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('.', start);
            if (end < 0) {
                end = body.length();
            }
            String problem = labelProblem(body, start, end);
            if (problem != null) {
                return problem;
            }
            start = end + 1;
        }
        return null;
    }

    private static String labelProblem(String body, int start, int end) {
        if (start == end) {
            return start == 0 ? "starts with a dot" : "empty label between dots";
        }
        String label = body.substring(start, end);
        if (label.length() > MAX_LABEL) {
            return "label '" + label.substring(0, 10) + "…' has " + label.length() + " characters, at most "
                    + MAX_LABEL + " allowed";
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
            if (!ok) {
                String shown = Character.isSurrogate(c) ? Character.toString(label.codePointAt(
                        Character.isHighSurrogate(c) ? i : i - 1)) : String.valueOf(c);
                return "'" + shown + "' in label '" + label + "' is not a letter, digit or hyphen"
                        + (c > 127 ? " (write internationalized names in their xn-- form)" : "");
            }
        }
        if (label.charAt(0) == '-') {
            return "label '" + label + "' starts with a hyphen";
        }
        if (label.charAt(label.length() - 1) == '-') {
            return "label '" + label + "' ends with a hyphen";
        }
        return null;
    }
}
