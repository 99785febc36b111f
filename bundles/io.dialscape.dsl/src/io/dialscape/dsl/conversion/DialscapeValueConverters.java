package io.dialscape.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Value converters of the .ucm language. Strings are raw, as in PowerShell's
 * single-quoted strings: {@code \"} is a double quote and every other backslash pair
 * stays exactly as written, so a regex reads {@code "^0(\d{9})$"}. Xtext's default
 * converter would reject {@code \d}.
 */
public class DialscapeValueConverters extends DefaultTerminalConverters {

    private final IValueConverter<String> rawString = new RawStringConverter();

    private final IValueConverter<Integer> saturatingInt = new SaturatingIntConverter();

    @Override
    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return rawString;
    }

    /**
     * Integers (lengths) too large for an int become {@link Integer#MAX_VALUE}, so they
     * reach validation as {@code rule.length} (LANGUAGE.md 1: a length outside 1 to 32
     * is {@code rule.length}), never a syntax error.
     */
    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return saturatingInt;
    }

    /** Converts the digits of an INT; values beyond the int range saturate at {@link Integer#MAX_VALUE}. */
    public static final class SaturatingIntConverter implements IValueConverter<Integer> {

        @Override
        public Integer toValue(String text, INode node) throws ValueConverterException {
            if (text == null || text.isEmpty()) {
                throw new ValueConverterException("A number is expected", node, null);
            }
            long value = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    throw new ValueConverterException("'" + text + "' is not a number", node, null);
                }
                value = Math.min(value * 10 + (c - '0'), Integer.MAX_VALUE);
            }
            return (int) value;
        }

        @Override
        public String toString(Integer value) throws ValueConverterException {
            if (value == null || value < 0) {
                throw new ValueConverterException("A length must be a number of 0 or more", null, null);
            }
            return value.toString();
        }
    }

    /** Converts between the quoted source text and the string value. */
    public static final class RawStringConverter implements IValueConverter<String> {

        @Override
        public String toValue(String text, INode node) throws ValueConverterException {
            if (text == null) {
                return null;
            }
            if (text.length() < 2 || text.charAt(0) != '"' || text.charAt(text.length() - 1) != '"') {
                throw new ValueConverterException("String is not closed: a string ends with '\"' on the same line", node, null);
            }
            return unquote(text);
        }

        @Override
        public String toString(String value) throws ValueConverterException {
            if (value == null) {
                throw new ValueConverterException("A string value may not be null", null, null);
            }
            return quote(value);
        }

        /** The value of a quoted string literal: {@code \"} becomes {@code "}, other pairs stay. */
        public static String unquote(String literal) {
            String body = literal.substring(1, literal.length() - 1);
            if (body.indexOf('\\') < 0) {
                return body;
            }
            StringBuilder value = new StringBuilder(body.length());
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c == '\\' && i + 1 < body.length()) {
                    char next = body.charAt(i + 1);
                    if (next == '"') {
                        value.append('"');
                    } else {
                        value.append(c).append(next);
                    }
                    i++;
                } else {
                    value.append(c);
                }
            }
            return value.toString();
        }

        /** The literal for a value: quotes escaped as {@code \"}; backslash pairs written back as they are. */
        public static String quote(String value) {
            StringBuilder literal = new StringBuilder(value.length() + 2).append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length() && value.charAt(i + 1) != '"') {
                    literal.append(c).append(value.charAt(i + 1));
                    i++;
                } else if (c == '"') {
                    literal.append("\\\"");
                } else {
                    literal.append(c);
                }
            }
            return literal.append('"').toString();
        }
    }
}
