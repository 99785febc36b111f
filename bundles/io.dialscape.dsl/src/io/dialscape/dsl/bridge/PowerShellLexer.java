package io.dialscape.dsl.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a PowerShell script, as far as configuration scripts use them: single-quoted strings ({@code ''} is a
 * quote), double-quoted strings (backtick escapes, {@code ""}, {@code $name} and {@code ${name}} kept as variable
 * references for the reader to expand), here-strings, backtick line continuations, {@code #} and {@code <# #>}
 * comments, variables, {@code -Parameter} names, numbers, barewords and the punctuation of arrays, hashtables,
 * sub-expressions and blocks. A {@code # dialscape: translation NAME} comment is a {@link Kind#MARKER}.
 * PowerShell's typographic quotes (U+2018 to U+201B single, U+201C to U+201E double) count as quotes, as they do there.
 * Linear in the script's length; it never fails: what it cannot read becomes an {@link Kind#ERROR} token.
 */
public final class PowerShellLexer {

    /** Token kinds. */
    public enum Kind {
        WORD, STRING, NUMBER, VARIABLE, PARAM, MEMBER, LPAREN, RPAREN, LBRACE, RBRACE, AT_PAREN, AT_BRACE, DOLLAR_PAREN,
        COMMA, SEMI, NEWLINE, PIPE, EQUALS, MARKER, ERROR, EOF
    }

    /** A part of a double-quoted string: literal text, or a variable to expand ({@code variable} not null). */
    public record Part(String text, String variable) {
    }

    /**
     * One token. {@code text}: the word, the parameter name (without {@code -}), the variable name (without
     * {@code $}), the string's value (for a double-quoted one, the concatenated literal parts), or the marker's name.
     * {@code parts}: a double-quoted string's parts; {@code colon}: a parameter written {@code -Name:value};
     * {@code spaceBefore}: whitespace precedes the token.
     */
    public record Token(Kind kind, String text, int line, int start, int end, List<Part> parts, boolean colon,
            boolean spaceBefore) {

        public boolean is(Kind k) {
            return kind == k;
        }

        public boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        public boolean expandable() {
            return parts != null && parts.stream().anyMatch(p -> p.variable() != null);
        }
    }

    private static final Pattern MARKER = Pattern.compile("^#\\s*dialscape:\\s*translation\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*$");

    private final String s;
    private int i;
    private int line = 1;
    private final List<Token> tokens = new ArrayList<>();

    private PowerShellLexer(String text) {
        this.s = text;
    }

    /** The tokens of {@code text}, ending with {@link Kind#EOF}. */
    public static List<Token> tokens(String text) {
        PowerShellLexer lexer = new PowerShellLexer(text);
        lexer.run();
        return lexer.tokens;
    }

    static boolean isSingleQuote(char c) {
        return c == '\'' || (c >= '\u2018' && c <= '\u201B');
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || (c >= '\u201C' && c <= '\u201E');
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2015';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u00A0' || c == '\u000B' || c == '\uFEFF';
    }

    private static boolean nameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '?';
    }

    /** Characters that end a bareword. */
    private static boolean wordEnd(char c) {
        return isSpace(c) || c == '\n' || c == '\r' || c == '(' || c == ')' || c == '{' || c == '}' || c == ';' || c == ','
                || c == '|' || c == '=' || isSingleQuote(c) || isDoubleQuote(c);
    }

    private void add(Kind kind, String text, int start, List<Part> parts, boolean colon, boolean space) {
        tokens.add(new Token(kind, text, lineOfStart, start, i, parts, colon, space));
    }

    /** The line the token being read starts on. */
    private int lineOfStart = 1;

    private void run() {
        boolean space = true;
        while (i < s.length()) {
            char c = s.charAt(i);
            int start = i;
            lineOfStart = line;
            if (isSpace(c)) {
                i++;
                space = true;
                continue;
            }
            if (c == '`' && i + 1 < s.length() && (s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r')) {
                i++; // line continuation
                if (s.charAt(i) == '\r') {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                line++;
                space = true;
                continue;
            }
            if (c == '\r' || c == '\n') {
                i++;
                if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
                add(Kind.NEWLINE, "\n", start, null, false, space);
                line++;
                space = true;
                continue;
            }
            if (c == '<' && i + 1 < s.length() && s.charAt(i + 1) == '#') {
                int close = s.indexOf("#>", i + 2);
                int end = close < 0 ? s.length() : close + 2;
                countLines(i, end);
                i = end;
                if (close < 0) {
                    add(Kind.ERROR, "a block comment <# is not closed with #>", start, null, false, space);
                }
                space = true;
                continue;
            }
            if (c == '#') {
                int end = i;
                while (end < s.length() && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                    end++;
                }
                String comment = s.substring(i, end);
                i = end;
                Matcher m = MARKER.matcher(comment.strip());
                if (m.matches()) {
                    add(Kind.MARKER, m.group(1), start, null, false, space);
                }
                space = true;
                continue;
            }
            boolean wasSpace = space;
            space = false;
            if (isSingleQuote(c)) {
                singleQuoted(start, wasSpace);
            } else if (isDoubleQuote(c)) {
                doubleQuoted(start, wasSpace, false);
            } else if (c == '@' && i + 1 < s.length() && (isSingleQuote(s.charAt(i + 1)) || isDoubleQuote(s.charAt(i + 1)))
                    && hereStringStart(i + 2)) {
                hereString(start, wasSpace);
            } else if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                i += 2;
                add(Kind.AT_PAREN, "@(", start, null, false, wasSpace);
            } else if (c == '@' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                i += 2;
                add(Kind.AT_BRACE, "@{", start, null, false, wasSpace);
            } else if (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(') {
                i += 2;
                add(Kind.DOLLAR_PAREN, "$(", start, null, false, wasSpace);
            } else if (c == '$') {
                variable(start, wasSpace);
            } else if (c == '(' || c == ')' || c == '{' || c == '}' || c == ',' || c == ';' || c == '|' || c == '=') {
                i++;
                Kind kind = switch (c) {
                    case '(' -> Kind.LPAREN;
                    case ')' -> Kind.RPAREN;
                    case '{' -> Kind.LBRACE;
                    case '}' -> Kind.RBRACE;
                    case ',' -> Kind.COMMA;
                    case ';' -> Kind.SEMI;
                    case '|' -> Kind.PIPE;
                    default -> Kind.EQUALS;
                };
                add(kind, String.valueOf(c), start, null, false, wasSpace);
            } else if (c == '.' && !wasSpace && !tokens.isEmpty()
                    && (tokens.get(tokens.size() - 1).is(Kind.RPAREN) || tokens.get(tokens.size() - 1).is(Kind.VARIABLE))
                    && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '_')) {
                i++;
                int from = i;
                while (i < s.length() && nameChar(s.charAt(i))) {
                    i++;
                }
                add(Kind.MEMBER, s.substring(from, i), start, null, false, wasSpace);
            } else if (isDash(c) && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '_')
                    && (wasSpace || tokens.isEmpty() || !tokens.get(tokens.size() - 1).is(Kind.WORD))) {
                i++;
                int from = i;
                while (i < s.length() && (nameChar(s.charAt(i)) || s.charAt(i) == '-') && s.charAt(i) != '?') {
                    i++;
                }
                String name = s.substring(from, i);
                boolean colon = i < s.length() && s.charAt(i) == ':';
                if (colon) {
                    i++;
                }
                add(Kind.PARAM, name, start, null, colon, wasSpace);
            } else {
                word(start, wasSpace);
            }
        }
        lineOfStart = line;
        add(Kind.EOF, "", i, null, false, true);
    }

    private void countLines(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '\n' || (s.charAt(k) == '\r' && (k + 1 >= s.length() || s.charAt(k + 1) != '\n'))) {
                line++;
            }
        }
    }

    private void word(int start, boolean space) {
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '`') {
                if (i + 1 >= s.length()) {
                    i++;
                    break;
                }
                char next = s.charAt(i + 1);
                if (next == '\n' || next == '\r') {
                    break; // a continuation ends the word
                }
                b.append(next); // outside double quotes a backtick takes the next character literally
                i += 2;
                continue;
            }
            if (wordEnd(c) || (c == '$' && i + 1 < s.length() && s.charAt(i + 1) == '(')) {
                break;
            }
            b.append(c);
            i++;
        }
        if (i == start) {
            i++; // defensive: always progress
            b.append(s.charAt(start));
        }
        String text = b.toString();
        Kind kind = text.matches("-?\\d{1,18}") ? Kind.NUMBER : Kind.WORD;
        add(kind, text, start, null, false, space);
    }

    private void variable(int start, boolean space) {
        i++; // $
        String name;
        if (i < s.length() && s.charAt(i) == '{') {
            int close = s.indexOf('}', i + 1);
            if (close < 0) {
                i = s.length();
                add(Kind.ERROR, "a variable ${ is not closed with }", start, null, false, space);
                return;
            }
            name = s.substring(i + 1, close);
            countLines(i, close);
            i = close + 1;
        } else {
            int from = i;
            while (i < s.length() && (nameChar(s.charAt(i))
                    || (s.charAt(i) == ':' && i + 1 < s.length() && nameChar(s.charAt(i + 1)) && i > from))) {
                i++;
            }
            if (i == from && i < s.length() && (s.charAt(i) == '$' || s.charAt(i) == '^')) {
                i++;
            }
            name = s.substring(from, i);
            if (name.isEmpty()) {
                add(Kind.WORD, "$", start, null, false, space);
                return;
            }
        }
        add(Kind.VARIABLE, name, start, null, false, space);
    }

    private void singleQuoted(int start, boolean space) {
        i++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                add(Kind.ERROR, "a single-quoted string is not closed", start, null, false, space);
                return;
            }
            char c = s.charAt(i);
            if (isSingleQuote(c)) {
                if (i + 1 < s.length() && isSingleQuote(s.charAt(i + 1))) {
                    b.append(c);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
            }
            b.append(c);
            i++;
        }
        add(Kind.STRING, b.toString(), start, null, false, space);
    }

    /** Reads a double-quoted string (or a double here-string's body when {@code here}) into parts. */
    private void doubleQuoted(int start, boolean space, boolean here) {
        if (!here) {
            i++;
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                add(Kind.ERROR, here ? "a here-string @\" is not closed with \"@" : "a double-quoted string is not closed",
                        start, null, false, space);
                return;
            }
            char c = s.charAt(i);
            if (here && (c == '\n' || c == '\r')) {
                int k = i + (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1);
                if (k + 1 < s.length() + 1 && k < s.length() && isDoubleQuote(s.charAt(k)) && k + 1 < s.length()
                        && s.charAt(k + 1) == '@') {
                    line++;
                    i = k + 2;
                    break;
                }
            }
            if (!here && isDoubleQuote(c)) {
                if (i + 1 < s.length() && isDoubleQuote(s.charAt(i + 1))) {
                    b.append(c);
                    i += 2;
                    continue;
                }
                i++;
                break;
            }
            if (c == '`') {
                if (i + 1 >= s.length()) {
                    i++;
                    continue;
                }
                char next = s.charAt(i + 1);
                if (next == 'u' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                    int close = s.indexOf('}', i + 3);
                    String hex = close < 0 ? "" : s.substring(i + 3, close);
                    if (hex.matches("[0-9A-Fa-f]{1,6}") && Integer.parseInt(hex, 16) <= 0x10FFFF) {
                        b.appendCodePoint(Integer.parseInt(hex, 16));
                        i = close + 1;
                        continue;
                    }
                }
                if (next == '\n' || next == '\r') {
                    line++;
                }
                b.append(escape(next));
                i += 2;
                continue;
            }
            if (c == '$' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (next == '(') {
                    // a sub-expression: kept as a variable part the reader refuses
                    int depth = 0;
                    int k = i + 1;
                    for (; k < s.length(); k++) {
                        if (s.charAt(k) == '(') {
                            depth++;
                        } else if (s.charAt(k) == ')' && --depth == 0) {
                            break;
                        }
                    }
                    flush(parts, b);
                    String body = s.substring(i, Math.min(s.length(), k + 1));
                    parts.add(new Part(body, "(" ));
                    countLines(i, Math.min(s.length(), k + 1));
                    i = Math.min(s.length(), k + 1);
                    continue;
                }
                if (next == '{') {
                    int close = s.indexOf('}', i + 2);
                    if (close > 0) {
                        flush(parts, b);
                        String name = s.substring(i + 2, close);
                        parts.add(new Part(s.substring(i, close + 1), name));
                        countLines(i, close);
                        i = close + 1;
                        continue;
                    }
                }
                if (nameChar(next) || next == '$' || next == '^') {
                    int from = i + 1;
                    int k = from;
                    if (next == '$' || next == '^') {
                        k++;
                    } else {
                        while (k < s.length() && (nameChar(s.charAt(k))
                                || (s.charAt(k) == ':' && k + 1 < s.length() && nameChar(s.charAt(k + 1)) && k > from))) {
                            k++;
                        }
                    }
                    flush(parts, b);
                    parts.add(new Part(s.substring(i, k), s.substring(from, k)));
                    i = k;
                    continue;
                }
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                line++;
            }
            b.append(c);
            i++;
        }
        flush(parts, b);
        StringBuilder text = new StringBuilder();
        for (Part p : parts) {
            if (p.variable() == null) {
                text.append(p.text());
            }
        }
        add(Kind.STRING, text.toString(), start, List.copyOf(parts), false, space);
    }

    private static void flush(List<Part> parts, StringBuilder b) {
        if (!b.isEmpty()) {
            parts.add(new Part(b.toString(), null));
            b.setLength(0);
        }
    }

    /** After {@code @'} or {@code @"}: only whitespace up to the end of the line. */
    private boolean hereStringStart(int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!isSpace(c)) {
                return false;
            }
        }
        return false;
    }

    private void hereString(int start, boolean space) {
        boolean dbl = isDoubleQuote(s.charAt(i + 1));
        i += 2;
        while (s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        if (s.charAt(i) == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
            i++;
        }
        i++;
        line++;
        if (dbl) {
            doubleQuoted(start, space, true);
            return;
        }
        StringBuilder b = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                add(Kind.ERROR, "a here-string @' is not closed with '@", start, null, false, space);
                return;
            }
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                int k = i + (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? 2 : 1);
                line++;
                if (k + 1 < s.length() && isSingleQuote(s.charAt(k)) && s.charAt(k + 1) == '@') {
                    i = k + 2;
                    break;
                }
                b.append('\n');
                i = k;
                continue;
            }
            b.append(c);
            i++;
        }
        add(Kind.STRING, b.toString(), start, null, false, space);
    }

    /** The character a backtick escape stands for. */
    static char escape(char c) {
        return switch (c) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 'e' -> '\u001B';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> '\u000B';
            default -> c;
        };
    }
}
