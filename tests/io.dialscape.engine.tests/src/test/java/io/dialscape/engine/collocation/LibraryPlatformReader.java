package io.dialscape.engine.collocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only reader of the {@code platform} and {@code product} elements of the bundled library files
 * (LANGUAGE.md sections 1 to 3). The real Xtext parser is not available to engine tests; this reader
 * splits a file into tokens with one regular expression and follows the grammar of {@code Platform}
 * and {@code Product}, which is small enough to read by hand. Allow and deny lines may continue over
 * several lines, as the grammar allows. Anything it does not understand is an error, so a typo in a
 * library file fails the tests rather than being skipped.
 */
final class LibraryPlatformReader {

    /** Strings (with {@code \"} escapes), comments, {@code >=}, identifiers, and single punctuation. */
    private static final Pattern TOKEN = Pattern.compile(
            "\"(?:\\\\.|[^\"\\\\\\n])*\"|//[^\\n]*|/\\*[\\s\\S]*?\\*/|>=|[A-Za-z_][A-Za-z0-9_]*|[{},*]|\\S");

    /** One platform as the library declares it. */
    record Platform(String id, String label, List<String> roles, Set<String> edgeRoles,
            Set<String> internalRoles, Map<String, String> roleLabels, List<AllowSet> allows, List<DenyRule> denies,
            Map<String, Map<String, String>> features) {

        CollocationMatrix matrix() {
            return new CollocationMatrix(label, roles, allows, denies);
        }
    }

    /** Everything one file declares. */
    record Library(Map<String, Platform> platforms, Map<String, String> products) {
    }

    private final List<String> tokens = new ArrayList<>();
    private final String source;
    private int pos;

    private LibraryPlatformReader(String source, String text) {
        this.source = source;
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!token.startsWith("//") && !token.startsWith("/*")) {
                tokens.add(token);
            }
        }
    }

    static Library read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Library read(String source, String text) {
        return new LibraryPlatformReader(source, text).file();
    }

    private Library file() {
        Map<String, Platform> platforms = new LinkedHashMap<>();
        Map<String, String> products = new LinkedHashMap<>();
        while (pos < tokens.size()) {
            String keyword = next();
            switch (keyword) {
                case "platform" -> {
                    Platform platform = platform();
                    if (platforms.put(platform.id(), platform) != null) {
                        throw error("platform '" + platform.id() + "' defined twice");
                    }
                }
                case "product" -> {
                    String id = id();
                    if (products.put(id, string()) != null) {
                        throw error("product '" + id + "' defined twice");
                    }
                }
                default -> throw error("expected 'platform' or 'product' but found '" + keyword + "'");
            }
        }
        return new Library(platforms, products);
    }

    private Platform platform() {
        String id = id();
        String label = string();
        expect("{");
        List<String> roles = new ArrayList<>();
        Set<String> edge = new LinkedHashSet<>();
        Set<String> internal = new LinkedHashSet<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<AllowSet> allows = new ArrayList<>();
        List<DenyRule> denies = new ArrayList<>();
        Map<String, Map<String, String>> features = new LinkedHashMap<>();
        while (!peek("}")) {
            String keyword = next();
            switch (keyword) {
                case "role" -> {
                    String role = id();
                    if (labels.containsKey(role)) {
                        throw error("role '" + role + "' declared twice");
                    }
                    roles.add(role);
                    labels.put(role, string());
                    if (peek("edge")) {
                        next();
                        edge.add(role);
                    } else if (peek("internal")) {
                        next();
                        internal.add(role);
                    }
                }
                case "allow" -> {
                    String first = id();
                    String anchor = null;
                    List<String> set = new ArrayList<>(List.of(first));
                    if (peek("with")) {
                        next();
                        anchor = first;
                        set.addAll(idList());
                    } else if (acceptComma()) {
                        set.addAll(idList());
                    }
                    Edition edition = null;
                    if (peek("in")) {
                        next();
                        edition = Edition.fromKeyword(next());
                    }
                    allows.add(anchor == null ? AllowSet.of(set, edition) : AllowSet.anchored(anchor, set, edition));
                }
                case "deny" -> {
                    String role = id();
                    expect("with");
                    List<String> with;
                    if (peek("*")) {
                        next();
                        with = List.of();
                    } else {
                        with = idList();
                    }
                    denies.add(DenyRule.with(role, with, string()));
                }
                case "feature" -> {
                    String feature = id();
                    string();
                    Map<String, String> requires = new LinkedHashMap<>();
                    if (peek("requires")) {
                        next();
                        do {
                            String product = id();
                            expect(">=");
                            requires.put(product, string());
                        } while (acceptComma());
                    }
                    features.put(feature, requires);
                }
                default -> throw error("unexpected '" + keyword + "' in platform " + id);
            }
        }
        expect("}");
        return new Platform(id, label, List.copyOf(roles), Set.copyOf(edge), Set.copyOf(internal), labels, List.copyOf(allows),
                List.copyOf(denies), features);
    }

    private List<String> idList() {
        List<String> ids = new ArrayList<>();
        do {
            ids.add(id());
        } while (acceptComma());
        return ids;
    }

    private boolean acceptComma() {
        if (peek(",")) {
            next();
            return true;
        }
        return false;
    }

    private String id() {
        String token = next();
        if (!token.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw error("expected a name but found '" + token + "'");
        }
        return token;
    }

    private String string() {
        String token = next();
        if (token.length() < 2 || !token.startsWith("\"") || !token.endsWith("\"")) {
            throw error("expected a string but found '" + token + "'");
        }
        return token.substring(1, token.length() - 1).replace("\\\"", "\"");
    }

    private void expect(String expected) {
        String token = next();
        if (!token.equals(expected)) {
            throw error("expected '" + expected + "' but found '" + token + "'");
        }
    }

    private boolean peek(String token) {
        return pos < tokens.size() && tokens.get(pos).equals(token);
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw error("unexpected end of file");
        }
        return tokens.get(pos++);
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(source + ", token " + pos + ": " + message);
    }
}
