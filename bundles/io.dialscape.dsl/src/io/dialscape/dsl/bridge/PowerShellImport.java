package io.dialscape.dsl.bridge;

import io.dialscape.dsl.bridge.PowerShellLexer.Kind;
import io.dialscape.dsl.bridge.PowerShellLexer.Part;
import io.dialscape.dsl.bridge.PowerShellLexer.Token;
import io.dialscape.dsl.conversion.DialscapeValueConverters.RawStringConverter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a PowerShell script of Lync / Skype for Business or Teams voice cmdlets (dial plans, normalization rules,
 * PSTN usages, voice routes, voice policies, trunk translation rules) and writes the {@code .ucm} tables and
 * routing they create (LANGUAGE.md section 11, docs/import.md).
 *
 * <p>
 * The script is tokenized ({@link PowerShellLexer}) and run as far as the model is concerned: variables bound to
 * {@code -InMemory} rules, arrays, {@code @{Add=...}}/{@code @{Replace=...}}/{@code @{Remove=...}} list modifiers,
 * {@code -Priority} insertion, and {@code if} statements whose conditions ask (with {@code Get-} cmdlets) whether
 * the script has created something; a deployment where nothing exists yet is assumed. Nothing is invented: a
 * statement it does not understand is kept as a comment and reported as {@code file:line: skipped: ...}.
 */
public final class PowerShellImport {

    /** The {@code .ucm} text, the lines for standard error, and the platform chosen. */
    public record Result(String text, List<String> messages, String platform) {
    }

    /** Largest script read. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    /** Deepest nesting of blocks, parentheses and arrays read. */
    static final int MAX_DEPTH = 100;
    /** Longest statement kept whole in a comment. */
    static final int MAX_COMMENT = 1000;

    /** PowerShell's defaults for a normalization rule created without -Pattern / -Translation (DOMAIN.md 4). */
    static final String DEFAULT_NORMALIZATION_PATTERN = "^(\\d{11})$";
    static final String DEFAULT_NORMALIZATION_TRANSLATION = "+$1";
    /** ... and for an outbound translation rule. */
    static final String DEFAULT_OUTBOUND_PATTERN = "^\\+(\\d*)$";
    static final String DEFAULT_OUTBOUND_TRANSLATION = "$1";

    private PowerShellImport() {
    }

    /** Reads and imports {@code file}; {@code topology} names the routing's topology (null: from the file name). */
    public static Result read(Path file, String topology) throws ImportProblem {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        List<String> messages = new ArrayList<>();
        String text = decode(file, name, messages);
        String stem = name.replaceFirst("\\.[^.]*$", "");
        Result result = convert(text, name, topology != null ? topology : stem);
        messages.addAll(result.messages());
        return new Result(result.text(), List.copyOf(messages), result.platform());
    }

    /** The script's text: UTF-8 or UTF-16 with a byte-order mark, UTF-8, else Windows-1252 as PowerShell 5.1 reads it. */
    static String decode(Path file, String name, List<String> messages) throws ImportProblem {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportProblem(name + ": is a folder, not a script");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportProblem(name + ": " + size / (1024 * 1024) + " MB is more than the "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB a script may have");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportProblem(name + ": no such file");
        } catch (IOException e) {
            throw new ImportProblem(name + ": cannot be read (" + oneLine(String.valueOf(e.getMessage())) + ")");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (int k = 0; k < bytes.length; k++) {
            if (bytes[k] == 0) {
                throw new ImportProblem(name + ": not a text file (a NUL byte at offset " + k + ")");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            Charset ansi;
            try {
                ansi = Charset.forName("windows-1252");
            } catch (RuntimeException unsupported) {
                ansi = StandardCharsets.ISO_8859_1;
            }
            messages.add(name + ": warning: not UTF-8: read as Windows-1252, as Windows PowerShell 5.1 reads a script "
                    + "without a byte-order mark");
            return new String(bytes, ansi);
        }
    }

    /** Imports a script's text; {@code file} is the name used in messages, {@code topology} the routing's topology. */
    public static Result convert(String script, String file, String topology) {
        Run run = new Run(script, file);
        try {
            run.statements(Kind.EOF, 0);
        } catch (StackOverflowError e) {
            run.messages.add(file + ": warning: the script is nested too deeply: the rest is not read");
        }
        return run.result(topology);
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** An identity without its scope prefix ({@code Global}, {@code Site:}, {@code Tag:}, {@code Service:}, {@code PstnGateway:}). */
    static String unscoped(String identity) {
        String s = identity.strip();
        while (true) {
            String lower = s.toLowerCase(Locale.ROOT);
            String stripped = null;
            for (String prefix : List.of("site:", "tag:", "service:", "pstngateway:")) {
                if (lower.startsWith(prefix)) {
                    stripped = s.substring(prefix.length());
                }
            }
            if (stripped == null) {
                return s;
            }
            s = stripped;
        }
    }

    /** A .ucm name for an identity: scope dropped, every character outside [A-Za-z0-9_] as _, no leading digit. */
    public static String ucmName(String identity) {
        String base = unscoped(identity).replaceAll("[^A-Za-z0-9_]", "_");
        if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
            base = "_" + base;
        }
        return base;
    }

    /** A statement the reader does not understand; the reason is shown after the statement. */
    static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Skip(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A normalization or translation rule, as the script built it. */
    static final class PsRule {
        String name;
        String pattern;
        String translation;
        String description;
        final List<String> notes = new ArrayList<>();

        PsRule copy() {
            PsRule r = new PsRule();
            r.name = name;
            r.pattern = pattern;
            r.translation = translation;
            r.description = description;
            r.notes.addAll(notes);
            return r;
        }
    }

    static final class PsTable {
        String name;
        final List<PsRule> rules = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    static final class PsGateway {
        String fqdn;
        List<PsRule> rules; // the trunk's own outbound translation rules (Lync)
        List<String> teamsRules; // identities of Teams translation rules
        String marker;
        final List<String> notes = new ArrayList<>();
    }

    static final class PsScoped {
        String display;
        final List<PsRule> rules = new ArrayList<>();
        String marker;
    }

    static final class PsRoute {
        String name;
        String pattern;
        List<String> usages = new ArrayList<>();
        List<String> gateways = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    static final class PsPolicy {
        String name;
        List<String> usages = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    /** What {@code Get-CsPstnUsage} returns: an object with a {@code Usage} list. */
    record UsageObject(List<String> usage) {
    }

    /** A parsed command: canonical parameter names to values, positional values, and unknown parameters. */
    static final class Cmd {
        String name;
        int line;
        final Map<String, Object> named = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, Object> given = new LinkedHashMap<>();
        final List<Object> positional = new ArrayList<>();
        /** Parameters given as a bare switch (no value). */
        final Set<String> switched = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);

        boolean has(String p) {
            return named.containsKey(p);
        }

        Object get(String p) {
            return named.get(p);
        }
    }

    /** Parameters every cmdlet takes that change nothing in the model. */
    private static final Set<String> COMMON = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** Switch parameters: they take no value unless written -Name:value. */
    private static final Set<String> SWITCHES = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        COMMON.addAll(List.of("ErrorAction", "ErrorVariable", "WarningAction", "WarningVariable", "InformationAction",
                "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "Verbose", "Debug", "Confirm",
                "Force", "Tenant", "LocalStore", "WhatIf", "InMemory", "PassThru"));
        SWITCHES.addAll(List.of("InMemory", "Force", "WhatIf", "Confirm", "Verbose", "Debug", "PassThru", "LocalStore"));
    }

    /** One run of a script. */
    static final class Run {
        final String src;
        final String file;
        final List<Token> t;
        int p;
        final List<String> messages = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final Map<String, Object> variables = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        final Map<String, PsTable> tables = new LinkedHashMap<>();
        final Map<String, PsGateway> gateways = new LinkedHashMap<>();
        final Map<String, PsScoped> scoped = new LinkedHashMap<>();
        final Map<String, PsRule> teamsRules = new LinkedHashMap<>();
        final List<String> usages = new ArrayList<>();
        final List<String> usageNotes = new ArrayList<>();
        final List<String> headerNotes = new ArrayList<>();
        final List<PsRoute> routes = new ArrayList<>();
        final Map<String, PsPolicy> policies = new LinkedHashMap<>();
        String marker;
        String firstFamily;
        boolean mixed;
        int depth;

        Run(String src, String file) {
            this.src = src;
            this.file = file;
            this.t = PowerShellLexer.tokens(src);
            variables.put("true", Boolean.TRUE);
            variables.put("false", Boolean.FALSE);
            variables.put("null", null);
        }

        // ------------------------------------------------------------ tokens

        Token peek() {
            return t.get(p);
        }

        Token peek(int ahead) {
            return t.get(Math.min(t.size() - 1, p + ahead));
        }

        Token next() {
            Token token = t.get(p);
            if (p < t.size() - 1) {
                p++;
            }
            return token;
        }

        boolean at(Kind kind) {
            return peek().is(kind);
        }

        void expect(Kind kind, String what) {
            if (!at(kind)) {
                throw new Skip("expected " + what + (at(Kind.EOF) ? " before the end of the script" : " before '" + shown(peek()) + "'"));
            }
            next();
        }

        String shown(Token token) {
            return token.is(Kind.ERROR) ? token.text() : oneLine(src.substring(token.start(), Math.min(token.end(), token.start() + 40)));
        }

        boolean atStatementEnd() {
            Kind k = peek().kind();
            return k == Kind.NEWLINE || k == Kind.SEMI || k == Kind.EOF || k == Kind.RBRACE || k == Kind.RPAREN;
        }

        void skipNewlines() {
            while (at(Kind.NEWLINE)) {
                next();
            }
        }

        // ------------------------------------------------------------ statements

        /** Statements up to {@code end} (EOF, or the RBRACE of a block, not consumed). */
        void statements(Kind end, int level) {
            while (true) {
                while (at(Kind.NEWLINE) || at(Kind.SEMI)) {
                    next();
                }
                if (at(Kind.EOF) || at(end)) {
                    return;
                }
                if (at(Kind.RBRACE) || at(Kind.RPAREN)) {
                    int start = p;
                    next();
                    skip(start, p, "an unmatched '" + t.get(start).text() + "'");
                    continue;
                }
                int start = p;
                try {
                    if (level > MAX_DEPTH) {
                        throw new Skip("nested more than " + MAX_DEPTH + " deep");
                    }
                    statement(level);
                    if (!atStatementEnd() && !at(Kind.EOF)) {
                        throw new Skip("unexpected '" + shown(peek()) + "'");
                    }
                } catch (Skip e) {
                    p = endOfStatement(start);
                    skip(start, p, e.getMessage());
                }
            }
        }

        /** The token after the statement starting at {@code start}: brackets balanced, through else/catch blocks. */
        int endOfStatement(int start) {
            int k = start;
            int depth = 0;
            while (k < t.size() - 1) {
                Token token = t.get(k);
                switch (token.kind()) {
                    case LPAREN, LBRACE, AT_PAREN, AT_BRACE, DOLLAR_PAREN -> depth++;
                    case RPAREN, RBRACE -> {
                        if (depth == 0) {
                            return k == start ? k + 1 : k;
                        }
                        depth--;
                        if (depth == 0 && token.is(Kind.RBRACE)) {
                            int n = k + 1;
                            while (n < t.size() - 1 && t.get(n).is(Kind.NEWLINE)) {
                                n++;
                            }
                            Token after = t.get(n);
                            if (after.is(Kind.WORD) && List.of("else", "elseif", "catch", "finally", "until", "while")
                                    .contains(after.text().toLowerCase(Locale.ROOT))) {
                                k = n;
                                continue;
                            }
                        }
                    }
                    case NEWLINE, SEMI -> {
                        if (depth == 0) {
                            return k;
                        }
                    }
                    default -> {
                    }
                }
                k++;
            }
            return t.size() - 1;
        }

        void skip(int from, int to, String reason) {
            Token first = t.get(from);
            int end = to > from ? t.get(to - 1).end() : first.end();
            String text = oneLine(src.substring(first.start(), Math.max(first.start(), end)).replaceAll("`\\r?\\n", " "));
            if (text.length() > MAX_COMMENT) {
                text = text.substring(0, MAX_COMMENT) + "...";
            }
            String line = file + ":" + first.line() + ": skipped: " + text + " (" + reason + ")";
            skipped.add(line);
            messages.add(line);
        }

        void warn(int line, String message) {
            messages.add(file + ":" + line + ": warning: " + message);
        }

        void statement(int level) {
            Token first = peek();
            if (first.is(Kind.MARKER)) {
                next();
                marker = first.text();
                return;
            }
            if (first.is(Kind.ERROR)) {
                throw new Skip(first.text());
            }
            if (first.isWord("if")) {
                ifStatement(level);
                return;
            }
            if (first.is(Kind.VARIABLE) && (peek(1).is(Kind.EQUALS)
                    || (peek(1).isWord("+") && peek(2).is(Kind.EQUALS) && !peek(2).spaceBefore()))) {
                next();
                boolean append = !at(Kind.EQUALS);
                if (append) {
                    next();
                }
                next();
                skipNewlines();
                Object value = rhs(level);
                if (append) {
                    List<Object> list = new ArrayList<>(asList(variables.get(first.text())));
                    list.addAll(asList(value));
                    value = list;
                }
                variables.put(scopelessVariable(first.text()), value);
                return;
            }
            if (first.is(Kind.WORD) && isCommandName(first.text())) {
                command(level, true);
                return;
            }
            if (first.is(Kind.WORD)) {
                throw new Skip(keyword(first.text()) ? "'" + first.text() + "' statements are not read" : "not a command this importer reads");
            }
            throw new Skip("not a command this importer reads");
        }

        static boolean keyword(String word) {
            return List.of("foreach", "for", "while", "do", "switch", "function", "filter", "try", "trap", "param", "begin",
                    "process", "end", "return", "break", "continue", "throw", "exit", "class", "enum", "using")
                    .contains(word.toLowerCase(Locale.ROOT));
        }

        static boolean isCommandName(String word) {
            return word.matches("[A-Za-z][A-Za-z0-9]*-[A-Za-z][A-Za-z0-9_-]*");
        }

        static String scopelessVariable(String name) {
            int colon = name.indexOf(':');
            return colon > 0 && List.of("script", "global", "local", "private").contains(name.substring(0, colon).toLowerCase(Locale.ROOT))
                    ? name.substring(colon + 1) : name;
        }

        Object rhs(int level) {
            if (at(Kind.WORD) && isCommandName(peek().text())) {
                return command(level, true);
            }
            return list(level);
        }

        void ifStatement(int level) {
            int line = peek().line();
            boolean done = false;
            next(); // if
            while (true) {
                expect(Kind.LPAREN, "'(' after if");
                boolean condition = condition(level + 1);
                expect(Kind.RPAREN, "')' closing the condition");
                skipNewlines();
                expect(Kind.LBRACE, "'{'");
                if (!done && condition) {
                    statements(Kind.RBRACE, level + 1);
                    done = true;
                } else {
                    skipBlock();
                }
                expect(Kind.RBRACE, "'}'");
                int save = p;
                skipNewlines();
                if (peek().isWord("elseif")) {
                    next();
                    continue;
                }
                if (peek().isWord("else")) {
                    next();
                    skipNewlines();
                    expect(Kind.LBRACE, "'{' after else");
                    if (!done) {
                        statements(Kind.RBRACE, level + 1);
                    } else {
                        skipBlock();
                    }
                    expect(Kind.RBRACE, "'}'");
                    return;
                }
                p = save;
                return;
            }
        }

        /** Moves to the RBRACE closing the block just opened. */
        void skipBlock() {
            int depth = 0;
            while (!at(Kind.EOF)) {
                Kind k = peek().kind();
                if (k == Kind.LBRACE || k == Kind.AT_BRACE) {
                    depth++;
                } else if (k == Kind.RBRACE) {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                }
                next();
            }
        }

        // ------------------------------------------------------------ conditions

        boolean condition(int level) {
            return truthy(conditionValue(level));
        }

        Object conditionValue(int level) {
            if (level > MAX_DEPTH) {
                throw new Skip("nested more than " + MAX_DEPTH + " deep");
            }
            if ((at(Kind.PARAM) && peek().text().equalsIgnoreCase("not")) || peek().isWord("!")) {
                next();
                return !truthy(conditionValue(level + 1));
            }
            Object left = operand(level);
            if (at(Kind.PARAM)) {
                String op = peek().text().toLowerCase(Locale.ROOT);
                if (List.of("contains", "notcontains", "eq", "ne", "icontains", "inotcontains", "ieq", "ine", "and", "or").contains(op)) {
                    next();
                    Object right = op.endsWith("and") || op.endsWith("or") ? conditionValue(level + 1) : operand(level);
                    return switch (op.replaceFirst("^i", "")) {
                        case "contains" -> contains(left, right);
                        case "notcontains" -> !contains(left, right);
                        case "eq" -> equalsPs(left, right);
                        case "ne" -> !equalsPs(left, right);
                        case "and" -> truthy(left) && truthy(right);
                        default -> truthy(left) || truthy(right);
                    };
                }
                throw new Skip("the operator -" + peek().text() + " is not read");
            }
            return left;
        }

        Object operand(int level) {
            if (at(Kind.LPAREN)) {
                next();
                skipNewlines();
                Object value;
                if (at(Kind.WORD) && isCommandName(peek().text())) {
                    value = command(level + 1, true);
                } else {
                    value = conditionValue(level + 1);
                }
                skipNewlines();
                expect(Kind.RPAREN, "')'");
                return members(value);
            }
            return value(level);
        }

        static boolean contains(Object collection, Object item) {
            for (Object o : asList(collection)) {
                if (equalsPs(o, item)) {
                    return true;
                }
            }
            return false;
        }

        static boolean equalsPs(Object a, Object b) {
            if (a == null || b == null) {
                return a == b;
            }
            return String.valueOf(text(a)).equalsIgnoreCase(String.valueOf(text(b)));
        }

        static boolean truthy(Object value) {
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            if (value instanceof String s) {
                return !s.isEmpty();
            }
            if (value instanceof Long n) {
                return n != 0;
            }
            if (value instanceof List<?> l) {
                return !l.isEmpty() && (l.size() > 1 || truthy(l.get(0)));
            }
            return true;
        }

        // ------------------------------------------------------------ values

        /** A value, or several separated by commas (an array). */
        Object list(int level) {
            Object first = value(level);
            if (!at(Kind.COMMA)) {
                return first;
            }
            List<Object> items = new ArrayList<>();
            items.add(first);
            while (at(Kind.COMMA)) {
                next();
                skipNewlines();
                items.add(value(level));
            }
            return items;
        }

        Object value(int level) {
            if (level > MAX_DEPTH) {
                throw new Skip("nested more than " + MAX_DEPTH + " deep");
            }
            Token token = peek();
            switch (token.kind()) {
                case STRING -> {
                    next();
                    return string(token);
                }
                case NUMBER -> {
                    next();
                    return Long.parseLong(token.text());
                }
                case VARIABLE -> {
                    next();
                    return members(variable(token.text(), token.line()));
                }
                case WORD -> {
                    next();
                    return token.text();
                }
                case AT_PAREN -> {
                    next();
                    List<Object> items = new ArrayList<>();
                    while (true) {
                        while (at(Kind.NEWLINE) || at(Kind.SEMI)) {
                            next();
                        }
                        if (at(Kind.RPAREN)) {
                            next();
                            return members(items);
                        }
                        if (at(Kind.EOF)) {
                            throw new Skip("an array @( is not closed with )");
                        }
                        Object item = rhs(level + 1);
                        if (item instanceof List<?> l) {
                            items.addAll(l);
                        } else if (item != null) {
                            items.add(item);
                        }
                        if (!(at(Kind.NEWLINE) || at(Kind.SEMI) || at(Kind.RPAREN))) {
                            throw new Skip("unexpected '" + shown(peek()) + "' in an array");
                        }
                    }
                }
                case AT_BRACE -> {
                    next();
                    return hashtable(level + 1);
                }
                case LPAREN -> {
                    next();
                    skipNewlines();
                    Object value = rhs(level + 1);
                    skipNewlines();
                    expect(Kind.RPAREN, "')'");
                    return members(value);
                }
                case DOLLAR_PAREN -> throw new Skip("a sub-expression $(...) is not read");
                case LBRACE -> throw new Skip("a script block { ... } is not read");
                case ERROR -> throw new Skip(token.text());
                case PARAM -> throw new Skip("the operator or parameter -" + token.text() + " is not read here");
                default -> throw new Skip(token.is(Kind.EOF) ? "a value is missing at the end of the script"
                        : "unexpected '" + shown(token) + "'");
            }
        }

        Object members(Object value) {
            while (at(Kind.MEMBER)) {
                Token member = next();
                if (value instanceof UsageObject u && member.text().equalsIgnoreCase("Usage")) {
                    value = new ArrayList<Object>(u.usage());
                } else if (value instanceof Map<?, ?> m) {
                    value = m.get(member.text());
                } else if (value instanceof PsRule r && member.text().equalsIgnoreCase("Name")) {
                    value = r.name;
                } else if (member.text().equalsIgnoreCase("Count") || member.text().equalsIgnoreCase("Length")) {
                    value = (long) asList(value).size();
                } else {
                    throw new Skip("the property ." + member.text() + " is not read");
                }
            }
            return value;
        }

        Map<String, Object> hashtable(int level) {
            Map<String, Object> table = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            while (true) {
                while (at(Kind.NEWLINE) || at(Kind.SEMI)) {
                    next();
                }
                if (at(Kind.RBRACE)) {
                    next();
                    return table;
                }
                Token key = next();
                if (!(key.is(Kind.WORD) || key.is(Kind.STRING) || key.is(Kind.NUMBER))) {
                    throw new Skip(key.is(Kind.EOF) ? "a hashtable @{ is not closed with }" : "unexpected '" + shown(key) + "' in a hashtable");
                }
                expect(Kind.EQUALS, "'=' in a hashtable");
                skipNewlines();
                table.put(key.text(), rhs(level + 1));
            }
        }

        Object variable(String name, int line) {
            String plain = scopelessVariable(name);
            if (plain.toLowerCase(Locale.ROOT).startsWith("env:")) {
                throw new Skip("the environment variable $" + name + " is not read");
            }
            if (!variables.containsKey(plain)) {
                throw new Skip("the variable $" + name + " is not set by this script");
            }
            return variables.get(plain);
        }

        /** A string token's value: a double-quoted string's variables expanded as PowerShell does, with a warning. */
        String string(Token token) {
            if (!token.expandable()) {
                return token.text();
            }
            StringBuilder b = new StringBuilder();
            for (Part part : token.parts()) {
                if (part.variable() == null) {
                    b.append(part.text());
                    continue;
                }
                if (part.variable().equals("(")) {
                    throw new Skip("a sub-expression " + part.text() + " in a double-quoted string is not read");
                }
                String plain = scopelessVariable(part.variable());
                Object value = plain.toLowerCase(Locale.ROOT).startsWith("env:") ? null : variables.get(plain);
                String expanded = value == null ? "" : String.valueOf(text(value));
                b.append(expanded);
                warn(token.line(), "\"" + part.text() + "\" in a double-quoted string is PowerShell's variable " + part.text()
                        + (value == null ? ", which is not set: it expands to nothing" : ": it expands to '" + expanded + "'")
                        + "; write the string in single quotes to keep " + part.text());
            }
            return b.toString();
        }

        static Object text(Object value) {
            if (value instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (value instanceof List<?> l) {
                List<String> parts = new ArrayList<>();
                for (Object o : l) {
                    parts.add(String.valueOf(text(o)));
                }
                return String.join(" ", parts);
            }
            if (value instanceof PsRule r) {
                return r.name;
            }
            return value;
        }

        static List<Object> asList(Object value) {
            if (value == null) {
                return List.of();
            }
            if (value instanceof List<?> l) {
                List<Object> flat = new ArrayList<>();
                for (Object o : l) {
                    if (o instanceof List<?> inner) {
                        flat.addAll(asList(inner));
                    } else if (o != null) {
                        flat.add(o);
                    }
                }
                return flat;
            }
            return List.of(value);
        }

        // ------------------------------------------------------------ commands

        Object command(int level, boolean execute) {
            Token nameToken = next();
            Cmd cmd = new Cmd();
            cmd.name = nameToken.text();
            cmd.line = nameToken.line();
            List<String> known = Cmdlets.parameters(cmd.name);
            while (!atStatementEnd() && !at(Kind.PIPE)) {
                Token token = peek();
                if (token.is(Kind.PARAM)) {
                    next();
                    String canonical = canonical(token.text(), known);
                    Object value;
                    if (token.colon()) {
                        value = value(level + 1);
                    } else if (SWITCHES.contains(canonical) || atStatementEnd() || at(Kind.PIPE) || at(Kind.PARAM)) {
                        value = Boolean.TRUE;
                        cmd.switched.add(canonical);
                    } else {
                        value = list(level + 1);
                    }
                    cmd.named.put(canonical, value);
                    cmd.given.put(canonical, value);
                } else {
                    cmd.positional.add(list(level + 1));
                }
            }
            if (at(Kind.PIPE)) {
                next();
                skipNewlines();
                Token then = peek();
                if (then.isWord("Out-Null") && (peek(1).is(Kind.NEWLINE) || peek(1).is(Kind.SEMI) || peek(1).is(Kind.EOF)
                        || peek(1).is(Kind.RBRACE) || peek(1).is(Kind.RPAREN))) {
                    next();
                } else {
                    throw new Skip("a pipeline into " + (then.is(Kind.WORD) ? then.text() : "'" + shown(then) + "'") + " is not read");
                }
            }
            if (!execute) {
                return null;
            }
            if (truthy(cmd.get("WhatIf"))) {
                warn(cmd.line, cmd.name + " -WhatIf changes nothing: not imported");
                return null;
            }
            return Cmdlets.run(this, cmd);
        }

        static String canonical(String given, List<String> known) {
            List<String> all = new ArrayList<>(known == null ? List.of() : known);
            all.addAll(COMMON);
            for (String k : all) {
                if (k.equalsIgnoreCase(given)) {
                    return k;
                }
            }
            String match = null;
            for (String k : all) {
                if (k.toLowerCase(Locale.ROOT).startsWith(given.toLowerCase(Locale.ROOT))) {
                    if (match != null && !match.equals(k)) {
                        return given; // ambiguous: PowerShell would refuse it too
                    }
                    match = k;
                }
            }
            return match != null ? match : given;
        }

        // ------------------------------------------------------------ the model

        void family(String family, int line) {
            if (firstFamily == null) {
                firstFamily = family;
            } else if (!firstFamily.equals(family) && !mixed) {
                mixed = true;
                warn(line, "the script mixes Lync/SfB and Teams cmdlets: the routing goes into one topology on platform "
                        + ("teams".equals(firstFamily) ? "teams" : "sfb2019") + ", the platform of its first routing cmdlet");
            }
        }

        PsTable table(String identity) {
            return tables.get(ucmName(identity).toLowerCase(Locale.ROOT));
        }

        PsTable newTable(String identity) {
            PsTable table = new PsTable();
            table.name = ucmName(identity);
            tables.put(table.name.toLowerCase(Locale.ROOT), table);
            return table;
        }

        void addUsage(String usage) {
            String name = ucmName(usage);
            if (usages.stream().noneMatch(u -> u.equalsIgnoreCase(name))) {
                usages.add(name);
            }
        }

        PsGateway gateway(String fqdn) {
            String clean = unscoped(fqdn);
            return gateways.computeIfAbsent(clean.toLowerCase(Locale.ROOT), k -> {
                PsGateway g = new PsGateway();
                g.fqdn = clean;
                return g;
            });
        }

        PsRoute route(String identity) {
            String name = ucmName(identity);
            for (PsRoute r : routes) {
                if (r.name.equalsIgnoreCase(name)) {
                    return r;
                }
            }
            return null;
        }

        // ------------------------------------------------------------ output

        Result result(String topologyName) {
            return new UcmWriter(this).write(topologyName);
        }
    }

    /** The .ucm text of a run. */
    static final class UcmWriter {
        private final Run run;
        private final Set<String> tableNames = new LinkedHashSet<>();

        UcmWriter(Run run) {
            this.run = run;
        }

        static boolean representable(String value) {
            return value.indexOf('\n') < 0 && value.indexOf('\r') < 0
                    && RawStringConverter.unquote(RawStringConverter.quote(value)).equals(value);
        }

        static String q(String value) {
            return RawStringConverter.quote(value);
        }

        static String comment(String text) {
            return "// " + oneLine(text);
        }

        Result write(String topologyName) {
            // translation tables: each gateway's own, or the Global / Site: ones for the others
            Map<String, List<PsRule>> translations = new LinkedHashMap<>();
            Map<PsGateway, String> gatewayTable = new LinkedHashMap<>();
            Set<String> used = new LinkedHashSet<>();
            for (PsTable table : run.tables.values()) {
                used.add(table.name.toLowerCase(Locale.ROOT));
            }
            Map<String, String> gatewayNames = new LinkedHashMap<>();
            Set<String> taken = new LinkedHashSet<>();
            for (PsGateway g : run.gateways.values()) {
                String base = ucmName(firstLabel(g.fqdn));
                String name = base;
                for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                    name = base + "_" + i;
                }
                gatewayNames.put(g.fqdn.toLowerCase(Locale.ROOT), name);
            }
            PsScoped fallback = run.scoped.get("global");
            List<PsScoped> sites = run.scoped.values().stream().filter(s -> !s.display.equalsIgnoreCase("Global")).toList();
            for (PsGateway g : run.gateways.values()) {
                List<PsRule> rules = g.rules;
                String marker = g.marker;
                if (g.teamsRules != null) {
                    rules = new ArrayList<>();
                    for (String id : g.teamsRules) {
                        PsRule r = run.teamsRules.get(id.toLowerCase(Locale.ROOT));
                        if (r == null) {
                            g.notes.add("translation rule '" + id + "' is not created by this script: not imported");
                            run.messages.add(run.file + ": warning: gateway " + g.fqdn + ": translation rule '" + id
                                    + "' is not created by this script: not imported");
                        } else {
                            PsRule copy = r.copy();
                            if (copy.description != null && !copy.description.isEmpty()) {
                                copy.name = copy.description;
                                copy.notes.removeIf(n -> n.startsWith("-Description"));
                            }
                            rules.add(copy);
                        }
                    }
                }
                String defaultName = gatewayNames.get(g.fqdn.toLowerCase(Locale.ROOT)) + "_out";
                if (rules != null && rules.isEmpty() && marker == null) {
                    continue; // its own (empty) trunk rules: nothing inherited
                }
                if (rules == null) {
                    PsScoped from = !sites.isEmpty() ? sites.get(0) : fallback;
                    if (from != null && !from.rules.isEmpty()) {
                        if (sites.size() > 1 || (fallback != null && !sites.isEmpty())) {
                            run.messages.add(run.file + ": warning: gateway " + g.fqdn + " has no translation rules of its own: "
                                    + "it gets those of " + from.display + " (the script does not say which site it is in)");
                        }
                        rules = from.rules;
                        marker = from.marker;
                        defaultName = ucmName(from.display) + "_out";
                    } else {
                        continue;
                    }
                }
                String name = marker != null ? marker : defaultName;
                String existing = findSame(translations, name, rules);
                if (existing != null) {
                    gatewayTable.put(g, existing);
                    continue;
                }
                String unique = name;
                for (int i = 2; used.contains(unique.toLowerCase(Locale.ROOT)); i++) {
                    unique = name + "_" + i;
                }
                if (!unique.equals(name) && run.tables.containsKey(name.toLowerCase(Locale.ROOT))
                        && sameRules(run.tables.get(name.toLowerCase(Locale.ROOT)).rules, rules)) {
                    gatewayTable.put(g, run.tables.get(name.toLowerCase(Locale.ROOT)).name);
                    continue;
                }
                used.add(unique.toLowerCase(Locale.ROOT));
                translations.put(unique, rules);
                gatewayTable.put(g, unique);
            }

            StringBuilder out = new StringBuilder();
            String platform = "teams".equals(run.firstFamily) ? "teams" : "sfb2019";
            out.append("// Imported by 'dialscape import powershell' from ").append(oneLine(run.file)).append('\n');
            for (String line : run.skipped) {
                out.append(comment(line)).append('\n');
            }
            for (String note : run.headerNotes) {
                out.append(comment(note)).append('\n');
            }
            for (PsTable table : run.tables.values()) {
                out.append('\n');
                table(out, table.name, table.rules, table.notes);
            }
            for (Map.Entry<String, List<PsRule>> e : translations.entrySet()) {
                out.append('\n');
                table(out, e.getKey(), e.getValue(), List.of());
            }
            boolean routing = !run.gateways.isEmpty() || !run.usages.isEmpty() || !run.routes.isEmpty() || !run.policies.isEmpty();
            if (routing) {
                // usages named by routes and policies but never added
                for (PsRoute r : run.routes) {
                    declare(r.usages, "route " + r.name);
                }
                for (PsPolicy pol : run.policies.values()) {
                    declare(pol.usages, "policy " + pol.name);
                }
                out.append('\n').append("topology ").append(ucmName(topologyName)).append(" platform ").append(platform)
                        .append(" {\n");
                for (PsGateway g : run.gateways.values()) {
                    for (String note : g.notes) {
                        out.append("    ").append(comment(note)).append('\n');
                    }
                    String fqdn = g.fqdn;
                    String gname = gatewayNames.get(fqdn.toLowerCase(Locale.ROOT));
                    if (!representable(fqdn)) {
                        out.append("    ").append(comment("gateway " + fqdn + ": its FQDN cannot be written in .ucm")).append('\n');
                        continue;
                    }
                    out.append("    gateway ").append(gname).append(' ').append(q(fqdn)).append(" product GenericGateway version \"0\"");
                    if (gatewayTable.containsKey(g)) {
                        out.append(" translation ").append(gatewayTable.get(g));
                    }
                    out.append('\n');
                }
                if (!run.usages.isEmpty()) {
                    for (String note : run.usageNotes) {
                        out.append("    ").append(comment(note)).append('\n');
                    }
                    out.append("    usages ").append(String.join(", ", run.usages)).append('\n');
                }
                for (PsRoute r : run.routes) {
                    for (String note : r.notes) {
                        out.append("    ").append(comment(note)).append('\n');
                    }
                    List<String> gws = new ArrayList<>();
                    for (String fqdn : r.gateways) {
                        PsGateway g = run.gateways.get(unscoped(fqdn).toLowerCase(Locale.ROOT));
                        if (g != null && representable(g.fqdn)) {
                            gws.add(gatewayNames.get(g.fqdn.toLowerCase(Locale.ROOT)));
                        }
                    }
                    String line = "route " + r.name + " pattern " + (r.pattern == null ? "?" : q(r.pattern)) + " usages "
                            + String.join(", ", r.usages) + " gateways " + String.join(", ", gws);
                    String problem = r.pattern == null ? "it has no -NumberPattern"
                            : !representable(r.pattern) ? "its pattern cannot be written in .ucm"
                            : r.usages.isEmpty() ? "it has no PSTN usage" : gws.isEmpty() ? "it has no gateway" : null;
                    if (problem != null) {
                        run.messages.add(run.file + ": warning: route " + r.name + ": " + problem + ": kept as a comment");
                        out.append("    ").append(comment(line + " (" + problem + ")")).append('\n');
                    } else {
                        out.append("    ").append(line).append('\n');
                    }
                }
                for (PsPolicy pol : run.policies.values()) {
                    for (String note : pol.notes) {
                        out.append("    ").append(comment(note)).append('\n');
                    }
                    if (pol.usages.isEmpty()) {
                        run.messages.add(run.file + ": warning: policy " + pol.name + ": it has no PSTN usage: kept as a comment");
                        out.append("    ").append(comment("policy " + pol.name + " (it has no PSTN usage)")).append('\n');
                    } else {
                        out.append("    policy ").append(pol.name).append(" usages ").append(String.join(", ", pol.usages)).append('\n');
                    }
                }
                out.append("}\n");
            }
            String text = io.dialscape.dsl.batch.ModelSet.format(out.toString());
            return new Result(text, List.copyOf(run.messages), routing ? platform : null);
        }

        private void declare(List<String> names, String where) {
            for (String u : names) {
                if (run.usages.stream().noneMatch(x -> x.equalsIgnoreCase(u))) {
                    run.usages.add(u);
                    run.usageNotes.add("usage " + u + " is used by " + where + " but not added with Set-CsPstnUsage");
                    run.messages.add(run.file + ": warning: usage " + u + " is used by " + where
                            + " but the script does not add it: declared");
                }
            }
        }

        private static String findSame(Map<String, List<PsRule>> translations, String name, List<PsRule> rules) {
            for (Map.Entry<String, List<PsRule>> e : translations.entrySet()) {
                if ((e.getKey().equals(name) || e.getKey().startsWith(name + "_")) && sameRules(e.getValue(), rules)) {
                    return e.getKey();
                }
            }
            return null;
        }

        /** Same patterns and translations in the same order (labels may differ: a Teams rule's is its description). */
        static boolean sameRules(List<PsRule> a, List<PsRule> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                PsRule x = a.get(i);
                PsRule y = b.get(i);
                if (!java.util.Objects.equals(x.pattern, y.pattern)
                        || !java.util.Objects.equals(x.translation, y.translation)) {
                    return false;
                }
            }
            return true;
        }

        private void table(StringBuilder out, String name, List<PsRule> rules, List<String> notes) {
            for (String note : notes) {
                out.append(comment(note)).append('\n');
            }
            out.append("normalization ").append(name).append(" {\n");
            for (PsRule r : rules) {
                for (String note : r.notes) {
                    out.append("    ").append(comment(note)).append('\n');
                }
                String label = r.name == null ? null : r.name;
                String line = "rule " + (label == null ? "" : q(label) + " ") + "pattern " + q(r.pattern) + " translation "
                        + q(r.translation);
                if ((label != null && !representable(label)) || !representable(r.pattern) || !representable(r.translation)) {
                    run.messages.add(run.file + ": warning: table " + name + ": rule " + oneLine(String.valueOf(label))
                            + " cannot be written in .ucm (a line break, or a backslash before a closing quote): kept as a comment");
                    out.append("    ").append(comment(line)).append('\n');
                } else {
                    out.append("    ").append(line).append('\n');
                }
            }
            out.append("}\n");
        }

        static String firstLabel(String fqdn) {
            int dot = fqdn.indexOf('.');
            return dot > 0 ? fqdn.substring(0, dot) : fqdn;
        }
    }
}
