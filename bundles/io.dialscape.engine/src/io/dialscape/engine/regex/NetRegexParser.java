package io.dialscape.engine.regex;

import io.dialscape.engine.regex.RegexNode.Alternation;
import io.dialscape.engine.regex.RegexNode.Begin;
import io.dialscape.engine.regex.RegexNode.Chars;
import io.dialscape.engine.regex.RegexNode.Concat;
import io.dialscape.engine.regex.RegexNode.Empty;
import io.dialscape.engine.regex.RegexNode.End;
import io.dialscape.engine.regex.RegexNode.Group;
import io.dialscape.engine.regex.RegexNode.LookAhead;
import io.dialscape.engine.regex.RegexNode.Repeat;
import java.util.ArrayList;
import java.util.List;

/**
 * A recursive-descent parser for .NET regular expressions (no options set: case-sensitive, no
 * {@code x}, no multiline), reading exactly as {@code System.Text.RegularExpressions.RegexParser} does
 * and rejecting what is outside the regular subset Dialscape supports.
 *
 * <p>Grammar: {@code alternation := sequence ('|' sequence)*}, {@code sequence := (atom quantifier?)*},
 * {@code quantifier := ('*' | '+' | '?' | '{n}' | '{n,}' | '{n,m}') '?'?}. Points where .NET decides the
 * meaning and we follow it:
 * <ul>
 * <li>A {@code {} that does not start {@code {n}}, {@code {n,}} or {@code {n,m}} is a literal, so
 * {@code \d{*}} is a digit, any number of {@code {}, and a {@code }}; {@code ]} and {@code }} outside a
 * class are literals.</li>
 * <li>A quantifier with nothing before it ({@code *1}, {@code (+1)}, {@code a|*}) and a quantifier right
 * after a quantifier ({@code a**}, {@code a{2}{3}}) are errors; a quantified anchor ({@code ^*}) is
 * allowed.</li>
 * <li>Escapes: {@code \d \D \w \W \s \S}, {@code \t \n \r \f \v \e \a}, {@code \xhh}, backslash-u and four hex digits,
 * {@code \cX}, octal {@code \0}, and any non-word character stands for itself ({@code \+ \* \# \. \(}); a
 * letter or digit with no meaning ({@code \q}, {@code \_}) is an error.</li>
 * <li>Classes: ranges, negation, a leading {@code ]} as a literal, {@code -} literal at either end,
 * {@code \b} is a backspace inside a class, octal escapes {@code \1} inside a class, and class subtraction
 * {@code [0-9-[5]]}.</li>
 * <li>{@code (?#...)} comments are skipped.</li>
 * <li>Look-ahead {@code (?=...)} and {@code (?!...)}: groups inside are numbered in order as everywhere;
 * a quantifier may follow one, as in .NET.</li>
 * </ul>
 *
 * <p>Rejected, with a user-facing message: back-references ({@code \1}, {@code \k<x>}, {@code \<x>};
 * {@code \} followed by 1-9 is always read as one, though .NET reads a multi-digit one naming no group as
 * an octal code), balancing groups and conditionals (not regular), look-behind, atomic groups, inline
 * options, {@code \b}/{@code \B} word boundaries and {@code \p{..}} categories (regular but outside the
 * supported subset), and named groups {@code (?<name>...)}: Dialscape does not support them, since a rule
 * can always use a numbered group and {@code $n}, and .NET's numbering of named groups (after all unnamed
 * ones) surprises readers. Repetition counts above 1000 are rejected. A capturing group inside a positive
 * look-ahead that a quantifier repeats is rejected too: its capture could depend on every earlier pass of
 * the look-ahead, which a linear-time matcher cannot keep ({@link NetRegex}).
 *
 * <p>The parser also notes character classes holding a literal {@code |} or {@code ,} (the
 * {@code regex.class-separator} warning).
 */
final class NetRegexParser {

    /** Largest repetition count accepted in {@code {n,m}}. */
    static final int MAX_REPEAT = 1000;

    record Parsed(RegexNode root, int groupCount, int lookAheadCount, List<NetRegex.ClassSeparator> classSeparators) {
    }

    private final String p;
    private int pos;
    private int groups;
    private int lookAheads;
    /** Nesting of the class being read: 0 outside, 1 in a class, 2 and more in a subtraction. */
    private int classDepth;
    /** Start and end (exclusive) of every literal '|' or ',' of the outermost class being read. */
    private final List<int[]> separators = new ArrayList<>();
    private final List<NetRegex.ClassSeparator> classSeparators = new ArrayList<>();

    private NetRegexParser(String pattern) {
        this.p = pattern;
    }

    static Parsed parse(String pattern) throws RegexSyntaxException {
        NetRegexParser parser = new NetRegexParser(pattern);
        RegexNode root = parser.parseAlternation();
        if (parser.pos < pattern.length()) {
            // parseAlternation stops only at the end or at a ')'
            throw parser.malformed(parser.pos, "')' at position " + (parser.pos + 1) + " closes no group");
        }
        parser.checkRepeatedCaptures(root, false);
        return new Parsed(root, parser.groups, parser.lookAheads, List.copyOf(parser.classSeparators));
    }

    /** Rejects a capturing group inside a positive look-ahead that a quantifier repeats (see the class comment). */
    private void checkRepeatedCaptures(RegexNode node, boolean repeated) throws RegexSyntaxException {
        if (node instanceof Group g) {
            checkRepeatedCaptures(g.body(), repeated);
        } else if (node instanceof Concat c) {
            for (RegexNode item : c.items()) {
                checkRepeatedCaptures(item, repeated);
            }
        } else if (node instanceof Alternation a) {
            for (RegexNode alternative : a.alternatives()) {
                checkRepeatedCaptures(alternative, repeated);
            }
        } else if (node instanceof Repeat r) {
            checkRepeatedCaptures(r.body(), repeated || r.max() == Repeat.UNBOUNDED || r.max() > 1);
        } else if (node instanceof LookAhead l) {
            if (repeated && !l.negative() && capturing(l.body())) {
                throw new RegexSyntaxException(p, 0, "Pattern '" + p + "' repeats a look-ahead (?=...) that holds"
                        + " a capturing group, which Dialscape does not support: its capture could come from any"
                        + " earlier pass; use (?:...) inside the look-ahead");
            }
            checkRepeatedCaptures(l.body(), repeated);
        }
    }

    private static boolean capturing(RegexNode node) {
        if (node instanceof Group g) {
            return g.number() > 0 || capturing(g.body());
        } else if (node instanceof Concat c) {
            return c.items().stream().anyMatch(NetRegexParser::capturing);
        } else if (node instanceof Alternation a) {
            return a.alternatives().stream().anyMatch(NetRegexParser::capturing);
        } else if (node instanceof Repeat r) {
            return capturing(r.body());
        } else if (node instanceof LookAhead l) {
            return capturing(l.body());
        }
        return false;
    }

    // ------------------------------------------------------------------ structure

    private RegexNode parseAlternation() throws RegexSyntaxException {
        List<RegexNode> alternatives = new ArrayList<>();
        alternatives.add(parseSequence());
        while (pos < p.length() && p.charAt(pos) == '|') {
            pos++;
            alternatives.add(parseSequence());
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new Alternation(alternatives);
    }

    private RegexNode parseSequence() throws RegexSyntaxException {
        List<RegexNode> items = new ArrayList<>();
        while (true) {
            skipComments();
            if (pos >= p.length() || p.charAt(pos) == '|' || p.charAt(pos) == ')') {
                break;
            }
            if (quantifierLength(pos) > 0) {
                throw malformed(pos, "quantifier '" + quantifierText(pos) + "' at position " + (pos + 1)
                        + " follows nothing");
            }
            RegexNode atom = parseAtom();
            skipComments();
            int qlen = quantifierLength(pos);
            if (qlen > 0) {
                atom = parseQuantifier(atom);
                skipComments();
                if (quantifierLength(pos) > 0) {
                    throw malformed(pos, "nested quantifier '" + quantifierText(pos) + "' at position "
                            + (pos + 1));
                }
            }
            items.add(atom);
        }
        if (items.isEmpty()) {
            return new Empty();
        }
        return items.size() == 1 ? items.get(0) : new Concat(items);
    }

    /** Skips {@code (?#...)} comments, as .NET's ScanBlank does between atoms and quantifiers. */
    private void skipComments() throws RegexSyntaxException {
        while (p.startsWith("(?#", pos)) {
            int close = p.indexOf(')', pos + 3);
            if (close < 0) {
                throw malformed(pos, "the comment (?# opened at position " + (pos + 1) + " is not closed");
            }
            pos = close + 1;
        }
    }

    private RegexNode parseAtom() throws RegexSyntaxException {
        char c = p.charAt(pos);
        switch (c) {
            case '(':
                return parseGroup();
            case '[':
                return new Chars(parseClass());
            case '.':
                pos++;
                return new Chars(CodePointSet.ANY_BUT_NEWLINE);
            case '^':
                pos++;
                return new Begin();
            case '$':
                pos++;
                return new End();
            case '\\':
                return parseEscape();
            default:
                int cp = p.codePointAt(pos);
                pos += Character.charCount(cp);
                return new Chars(CodePointSet.of(cp));
        }
    }

    private RegexNode parseGroup() throws RegexSyntaxException {
        int open = pos;
        pos++;
        int number = 0;
        if (pos < p.length() && p.charAt(pos) == '?') {
            String rest = p.substring(pos);
            if (rest.startsWith("?:")) {
                pos += 2;
            } else if (rest.startsWith("?=") || rest.startsWith("?!")) {
                pos += 2;
                int index = lookAheads++;
                RegexNode body = parseAlternation();
                if (pos >= p.length()) {
                    throw malformed(open, "missing ')' for the look-ahead opened at position " + (open + 1));
                }
                pos++; // ')'
                return new LookAhead(index, rest.charAt(1) == '!', body);
            } else if (rest.startsWith("?<=")) {
                throw unsupported(open, "a look-behind (?<=...)");
            } else if (rest.startsWith("?<!")) {
                throw unsupported(open, "a negative look-behind (?<!...)");
            } else if (rest.startsWith("?>")) {
                throw unsupported(open, "an atomic group (?>...)");
            } else if (rest.startsWith("?(")) {
                throw notRegular(open, "a conditional (?(...)...)");
            } else if (rest.startsWith("?<") || rest.startsWith("?'")) {
                char close = rest.charAt(1) == '<' ? '>' : '\'';
                int end = p.indexOf(close, pos + 2);
                String name = end < 0 ? rest.substring(2) : p.substring(pos + 2, end);
                if (name.contains("-")) {
                    throw notRegular(open, "a balancing group (?" + rest.charAt(1) + name + close + "...)");
                }
                throw new RegexSyntaxException(p, open + 1, "Pattern '" + p + "' uses a named group (?"
                        + rest.charAt(1) + name + close + "...), which Dialscape does not support: use a numbered"
                        + " group (...) and $n in the translation");
            } else if (isInlineOptions(pos + 1)) {
                int end = pos + 1;
                while (end < p.length() && p.charAt(end) != ')' && p.charAt(end) != ':') {
                    end++;
                }
                throw unsupported(open, "inline options (?" + p.substring(pos + 1, end) + ")");
            } else {
                throw malformed(open, "unrecognized grouping construct '(?' at position " + (open + 1));
            }
        } else {
            number = ++groups;
        }
        RegexNode body = parseAlternation();
        if (pos >= p.length()) {
            throw malformed(open, "missing ')' for the group opened at position " + (open + 1));
        }
        pos++; // ')'
        return new Group(number, body);
    }

    private boolean isInlineOptions(int from) {
        int i = from;
        while (i < p.length() && "imnsx-".indexOf(p.charAt(i)) >= 0) {
            i++;
        }
        return i > from && i < p.length() && (p.charAt(i) == ')' || p.charAt(i) == ':');
    }

    // ------------------------------------------------------------------ quantifiers

    /** Length of the quantifier (without a lazy '?') at {@code at}, or 0 when there is none. */
    private int quantifierLength(int at) {
        if (at >= p.length()) {
            return 0;
        }
        char c = p.charAt(at);
        if (c == '*' || c == '+' || c == '?') {
            return 1;
        }
        if (c != '{') {
            return 0;
        }
        int i = at + 1;
        int digits = i;
        while (i < p.length() && isAsciiDigit(p.charAt(i))) {
            i++;
        }
        if (i == digits || i >= p.length()) {
            return 0;
        }
        if (p.charAt(i) == '}') {
            return i + 1 - at;
        }
        if (p.charAt(i) != ',') {
            return 0;
        }
        i++;
        while (i < p.length() && isAsciiDigit(p.charAt(i))) {
            i++;
        }
        return i < p.length() && p.charAt(i) == '}' ? i + 1 - at : 0;
    }

    private String quantifierText(int at) {
        return p.substring(at, at + quantifierLength(at));
    }

    private RegexNode parseQuantifier(RegexNode atom) throws RegexSyntaxException {
        int at = pos;
        int len = quantifierLength(at);
        String text = p.substring(at, at + len);
        int min;
        int max;
        switch (text.charAt(0)) {
            case '*' -> {
                min = 0;
                max = Repeat.UNBOUNDED;
            }
            case '+' -> {
                min = 1;
                max = Repeat.UNBOUNDED;
            }
            case '?' -> {
                min = 0;
                max = 1;
            }
            default -> {
                String inner = text.substring(1, text.length() - 1);
                int comma = inner.indexOf(',');
                long lo = count(comma < 0 ? inner : inner.substring(0, comma), at, text);
                long hi = comma < 0 ? lo
                        : comma == inner.length() - 1 ? Repeat.UNBOUNDED : count(inner.substring(comma + 1), at, text);
                if (hi != Repeat.UNBOUNDED && lo > hi) {
                    throw malformed(at, "quantifier " + text + " at position " + (at + 1)
                            + " has its minimum above its maximum");
                }
                min = (int) lo;
                max = (int) hi;
            }
        }
        pos += len;
        boolean lazy = false;
        if (pos < p.length() && p.charAt(pos) == '?') {
            lazy = true;
            pos++;
        }
        return new Repeat(atom, min, max, lazy);
    }

    private long count(String digits, int at, String text) throws RegexSyntaxException {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
            if (value > MAX_REPEAT) {
                throw new RegexSyntaxException(p, at + 1, "Pattern '" + p + "' repeats more than " + MAX_REPEAT
                        + " times (" + text + " at position " + (at + 1) + "), which Dialscape does not support");
            }
        }
        return value;
    }

    // ------------------------------------------------------------------ escapes

    private RegexNode parseEscape() throws RegexSyntaxException {
        int at = pos;
        if (pos + 1 >= p.length()) {
            throw malformed(at, "'\\' at the end of the pattern escapes nothing");
        }
        char c = p.charAt(pos + 1);
        switch (c) {
            case 'd', 'D', 'w', 'W', 's', 'S':
                pos += 2;
                return new Chars(shorthand(c));
            case 'A', 'G':
                pos += 2;
                return new Begin();
            case 'z', 'Z':
                pos += 2;
                return new End();
            case 'b':
                throw unsupported(at, "a word boundary (\\b)");
            case 'B':
                throw unsupported(at, "a non-boundary (\\B)");
            case 'p', 'P':
                throw unsupported(at, "a Unicode category (\\" + c + "{...})");
            case 'k':
                throw notRegular(at, "a back-reference (" + backReferenceText(at) + ")");
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int end = pos + 1;
            while (end < p.length() && isAsciiDigit(p.charAt(end))) {
                end++;
            }
            throw notRegular(at, "a back-reference (" + p.substring(at, end) + ")");
        }
        if ((c == '<' || c == '\'') && pos + 2 < p.length()) {
            char close = c == '<' ? '>' : '\'';
            int end = p.indexOf(close, pos + 2);
            if (end > pos + 2 && isName(p.substring(pos + 2, end))) {
                throw notRegular(at, "a back-reference (" + p.substring(at, end + 1) + ")");
            }
        }
        pos++;
        return new Chars(CodePointSet.of(charEscape(at)));
    }

    private String backReferenceText(int at) {
        if (at + 2 < p.length() && (p.charAt(at + 2) == '<' || p.charAt(at + 2) == '\'')) {
            char close = p.charAt(at + 2) == '<' ? '>' : '\'';
            int end = p.indexOf(close, at + 3);
            if (end > 0) {
                return p.substring(at, end + 1);
            }
        }
        return "\\k";
    }

    private static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isWordChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * .NET's ScanCharEscape: {@code pos} is just after the backslash (at {@code escapeStart + 1}); reads
     * the escaped character and returns the code point it stands for.
     */
    private int charEscape(int escapeStart) throws RegexSyntaxException {
        char c = p.charAt(pos);
        if (c >= '0' && c <= '7') {
            int value = 0;
            int n = 0;
            while (n < 3 && pos < p.length() && p.charAt(pos) >= '0' && p.charAt(pos) <= '7') {
                value = value * 8 + (p.charAt(pos) - '0');
                pos++;
                n++;
            }
            return value & 0xFF;
        }
        pos++;
        switch (c) {
            case 'x':
                return hex(2, escapeStart);
            case 'u':
                return hex(4, escapeStart);
            case 'a':
                return 0x07;
            case 'b':
                return '\b';
            case 'e':
                return 0x1B;
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return 0x0B;
            case 'c': {
                if (pos >= p.length()) {
                    throw malformed(escapeStart, "\\c at position " + (escapeStart + 1)
                            + " names no control character");
                }
                char x = p.charAt(pos++);
                if (x >= 'a' && x <= 'z') {
                    x -= 0x20;
                }
                int code = x - '@';
                if (code < 0 || code >= ' ') {
                    throw malformed(escapeStart, "\\c" + p.charAt(pos - 1) + " at position " + (escapeStart + 1)
                            + " is not a control character");
                }
                return code;
            }
            default:
                if (Character.isHighSurrogate(c) && pos < p.length() && Character.isLowSurrogate(p.charAt(pos))) {
                    return Character.toCodePoint(c, p.charAt(pos++));
                }
                if (isWordChar(c)) {
                    throw malformed(escapeStart, "unrecognized escape sequence \\" + c + " at position "
                            + (escapeStart + 1));
                }
                return c;
        }
    }

    private int hex(int digits, int escapeStart) throws RegexSyntaxException {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int d = pos < p.length() ? Character.digit(p.charAt(pos), 16) : -1;
            if (d < 0 || p.charAt(pos) > 'f') {
                throw malformed(escapeStart, "the escape at position " + (escapeStart + 1) + " needs " + digits
                        + " hexadecimal digits");
            }
            value = value * 16 + d;
            pos++;
        }
        return value;
    }

    private static CodePointSet shorthand(char c) {
        return switch (c) {
            case 'd' -> CodePointSet.DIGIT;
            case 'D' -> CodePointSet.DIGIT.complement();
            case 'w' -> CodePointSet.word();
            case 'W' -> CodePointSet.word().complement();
            case 's' -> CodePointSet.space();
            case 'S' -> CodePointSet.space().complement();
            default -> throw new IllegalArgumentException(String.valueOf(c));
        };
    }

    // ------------------------------------------------------------------ classes

    /** .NET's ScanCharClass, starting at the '['; returns the set, negation and subtraction applied. */
    private CodePointSet parseClass() throws RegexSyntaxException {
        int open = pos;
        pos++;
        separators.clear();
        CodePointSet set = scanClass(open);
        if (!separators.isEmpty()) {
            NetRegex.ClassSeparator finding = ClassSeparators.finding(p, open, pos, separators);
            if (finding != null) {
                classSeparators.add(finding);
            }
        }
        return set;
    }

    private CodePointSet scanClass(int open) throws RegexSyntaxException {
        classDepth++;
        try {
            return scanClassBody(open);
        } finally {
            classDepth--;
        }
    }

    private CodePointSet scanClassBody(int open) throws RegexSyntaxException {
        boolean negate = false;
        if (pos < p.length() && p.charAt(pos) == '^') {
            negate = true;
            pos++;
        }
        CodePointSet set = CodePointSet.EMPTY;
        CodePointSet subtraction = null;
        boolean firstChar = true;
        boolean inRange = false;
        int rangeStart = 0;
        int rangeStartPos = 0;
        boolean closed = false;
        for (; pos < p.length(); firstChar = false) {
            int chPos = pos;
            int ch = p.charAt(pos++);
            boolean translated = false;
            if (ch == ']') {
                if (!firstChar) {
                    closed = true;
                    break;
                }
            } else if (ch == '\\' && pos < p.length()) {
                char e = p.charAt(pos);
                if ("dDsSwW".indexOf(e) >= 0) {
                    if (inRange) {
                        throw malformed(chPos, "a range in the class at position " + (open + 1)
                                + " cannot end with \\" + e);
                    }
                    pos++;
                    set = set.union(shorthand(e));
                    continue;
                } else if (e == 'p' || e == 'P') {
                    throw unsupported(chPos, "a Unicode category (\\" + e + "{...})");
                } else if (e == '-') {
                    pos++;
                    ch = '-';
                    translated = true;
                    if (!inRange) {
                        set = set.union(CodePointSet.of('-'));
                        continue;
                    }
                } else {
                    ch = charEscape(chPos);
                    translated = true;
                }
            } else if (ch == '[') {
                // .NET skips a POSIX-style [:name:] (it does nothing with it) and then takes the '['
                if (pos < p.length() && p.charAt(pos) == ':' && !inRange) {
                    int save = pos;
                    pos++;
                    while (pos < p.length() && isWordChar(p.charAt(pos))) {
                        pos++;
                    }
                    if (!(pos + 1 < p.length() && p.charAt(pos) == ':' && p.charAt(pos + 1) == ']')) {
                        pos = save;
                    } else {
                        pos += 2;
                    }
                }
            } else if (Character.isHighSurrogate((char) ch) && pos < p.length()
                    && Character.isLowSurrogate(p.charAt(pos))) {
                ch = Character.toCodePoint((char) ch, p.charAt(pos++));
            }

            if (inRange) {
                inRange = false;
                if (ch == '[' && !translated && !firstChar) {
                    // [a-[...]]: not a range after all but a subtraction
                    set = set.union(CodePointSet.of(rangeStart));
                    subtraction = scanSubtraction(open, chPos);
                } else {
                    if (rangeStart > ch) {
                        throw malformed(rangeStartPos, "range " + p.substring(rangeStartPos, pos) + " at position "
                                + (rangeStartPos + 1) + " is in reverse order");
                    }
                    set = set.union(CodePointSet.range(rangeStart, ch));
                }
            } else if (pos + 1 < p.length() && p.charAt(pos) == '-' && p.charAt(pos + 1) != ']') {
                rangeStart = ch;
                rangeStartPos = chPos;
                inRange = true;
                pos++;
            } else if (pos < p.length() && ch == '-' && !translated && p.charAt(pos) == '[' && !firstChar) {
                pos++;
                subtraction = scanSubtraction(open, pos - 1);
            } else {
                set = set.union(CodePointSet.of(ch));
                if ((ch == '|' || ch == ',') && classDepth == 1) {
                    separators.add(new int[] {chPos, pos});
                }
            }
        }
        if (!closed) {
            throw malformed(open, "missing ']' for the character class opened at position " + (open + 1));
        }
        if (negate) {
            set = set.complement();
        }
        if (subtraction != null) {
            set = set.minus(subtraction);
        }
        return set;
    }

    /** Reads the {@code [...]} of a subtraction ({@code pos} just after its '['); it must end the class. */
    private CodePointSet scanSubtraction(int open, int innerOpen) throws RegexSyntaxException {
        CodePointSet inner = scanClass(innerOpen);
        if (pos < p.length() && p.charAt(pos) != ']') {
            throw malformed(innerOpen, "the subtraction at position " + (innerOpen + 1)
                    + " must be the last element of the class opened at position " + (open + 1));
        }
        return inner;
    }

    // ------------------------------------------------------------------ helpers

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** .NET's RegexCharClass.IsWordChar: \w plus the joiners U+200C and U+200D. */
    private static boolean isWordChar(char c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c) || c == '_' || type == Character.NON_SPACING_MARK
                || type == Character.CONNECTOR_PUNCTUATION || c == '\u200C' || c == '\u200D';
    }

    private RegexSyntaxException malformed(int at, String detail) {
        return new RegexSyntaxException(p, at + 1, "Pattern '" + p + "' does not compile: " + detail);
    }

    private RegexSyntaxException notRegular(int at, String what) {
        return new RegexSyntaxException(p, at + 1, "Pattern '" + p + "' uses " + what
                + ", which is not regular: Lync's rules must stay in the regular subset");
    }

    private RegexSyntaxException unsupported(int at, String what) {
        return new RegexSyntaxException(p, at + 1, "Pattern '" + p + "' uses " + what
                + ", which Dialscape does not support: Lync's rules must stay in the regular subset");
    }
}
