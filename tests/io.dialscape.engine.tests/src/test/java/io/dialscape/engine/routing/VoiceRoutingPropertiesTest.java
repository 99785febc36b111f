package io.dialscape.engine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.PropertyCheck.Gen;
import io.dialscape.engine.digits.DigitRule;
import io.dialscape.engine.digits.DigitTable;
import io.dialscape.engine.digits.Direction;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationRule;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.RegexSyntaxException;
import io.dialscape.engine.regex.TableReach;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Oracle properties of voice routing (LANGUAGE.md section 10), on {@link PropertyCheck}.
 *
 * <ul>
 * <li>{@code users.unroutable}: every dialed number up to {@link #MAX_LENGTH} symbols over {@code # 0 1 2}
 * (optionally after a {@code +}) is evaluated, and the shortest (then smallest) unroutable one must be the
 * analysis' example. Dial-plan patterns use only {@code 0 1 2 +} and classes of them, so every other
 * symbol behaves like {@code #} (the smallest of them) for every pattern: for rules of the exact shape the
 * enumeration is complete up to that length.</li>
 * <li>Calls: {@link VoiceRouting#call} agrees with an interpreter written here step by step from section 10,
 * whose only primitive is {@link NetRegex#match} for single matches.</li>
 * </ul>
 * The try counts are listed in docs/benchmarks.md; {@code -Ddialscape.tries.factor} scales them.
 */
class VoiceRoutingPropertiesTest {

    static final int MAX_LENGTH = 5;
    static final List<String> USAGES = List.of("A", "B", "C");

    // ------------------------------------------------------------------ generated models

    record Model(List<NormalizationRule> plan, Set<Integer> excluded, List<Route> routes, List<TrunkGateway> gateways,
            VoicePolicy policy, List<String> routeSources) {

        NormalizationTable table() {
            return new NormalizationTable(plan, excluded);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("\n  plan:");
            for (int i = 0; i < plan.size(); i++) {
                sb.append("\n    ").append(excluded.contains(i) ? "(excluded) " : "").append('"').append(plan.get(i).pattern())
                        .append("\" -> \"").append(plan.get(i).translation()).append('"');
            }
            sb.append("\n  routes:");
            for (int r = 0; r < routes.size(); r++) {
                sb.append("\n    ").append(routes.get(r).name()).append(" \"").append(routeSources.get(r)).append("\" ")
                        .append(routes.get(r).usages()).append(' ').append(routes.get(r).gateways());
            }
            for (TrunkGateway g : gateways) {
                sb.append("\n  gateway ").append(g.name());
                if (g.translation() != null) {
                    for (NormalizationRule rule : g.translation().rules()) {
                        sb.append(" \"").append(rule.pattern()).append("\"->\"").append(rule.translation()).append('"');
                    }
                }
                if (g.outgoing() != null) {
                    sb.append(" lbg ars '").append(g.outgoing().ars()).append("' ").append(g.outgoing().rules());
                }
            }
            return sb.append("\n  policy ").append(policy.usages()).toString();
        }
    }

    /** Atoms of dial-plan patterns: they read only {@code + 0 1 2}. */
    static final String[] PLAN_ATOMS = {"0", "1", "2", "[12]", "[01]", "[0-2]", "\\+"};
    /** Atoms of route and trunk patterns: anything. */
    static final String[] ROUTE_ATOMS = {"0", "1", "2", "[12]", "\\d", "[0-2]", "[3-9]"};
    static final String[] QUANTIFIERS = {"?", "*", "+", "{2}", "{1,2}", "{0,2}", "??", "*?", "+?", "{1,2}?"};

    static Gen<String> node(String[] atoms, int depth) {
        return s -> {
            int kind = depth <= 0 ? s.between(0, 1) : s.between(0, 6);
            String atom = atoms[s.between(0, atoms.length - 1)];
            switch (kind) {
                case 0:
                    return atom;
                case 1:
                    return atom + QUANTIFIERS[s.between(0, QUANTIFIERS.length - 1)];
                case 2:
                case 3:
                    return "(" + seq(atoms, depth - 1).generate(s) + ")" + (s.between(0, 2) == 0
                            ? QUANTIFIERS[s.between(0, QUANTIFIERS.length - 1)] : "");
                case 4:
                    return "(" + seq(atoms, depth - 1).generate(s) + "|" + seq(atoms, depth - 1).generate(s) + ")";
                case 5:
                    return "(?:" + seq(atoms, depth - 1).generate(s) + "|" + seq(atoms, depth - 1).generate(s) + ")"
                            + (s.between(0, 2) == 0 ? QUANTIFIERS[s.between(0, QUANTIFIERS.length - 1)] : "");
                default:
                    return s.between(0, 3) == 0 ? "(?!" + atom + ")" : atom + atom;
            }
        };
    }

    static Gen<String> seq(String[] atoms, int depth) {
        return s -> {
            int n = s.between(1, 3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(node(atoms, depth).generate(s));
            }
            return sb.toString();
        };
    }

    static Gen<String> planPattern() {
        return s -> {
            boolean anchored = s.between(0, 4) > 0;
            // sometimes a look-ahead right after '^' (the exact shape takes it), as in ^(?!1)(\d+)$
            String lookAhead = anchored && s.between(0, 5) == 0
                    ? (s.between(0, 1) == 0 ? "(?!" : "(?=") + PLAN_ATOMS[s.between(0, PLAN_ATOMS.length - 1)] + ")" : "";
            return (anchored ? "^" : "") + lookAhead + seq(PLAN_ATOMS, 2).generate(s) + (s.between(0, 3) > 0 ? "$" : "");
        };
    }

    static Gen<String> routePattern() {
        return s -> switch (s.between(0, 4)) {
            case 0 -> seq(ROUTE_ATOMS, 1).generate(s);
            case 1 -> "^\\+(?!" + ROUTE_ATOMS[s.between(0, 3)] + ")";
            default -> "^\\+" + seq(ROUTE_ATOMS, 1).generate(s) + (s.between(0, 1) == 0 ? "$" : "");
        };
    }

    static final String[] TRANSLATIONS = {"+$1", "+1$1", "+2$1", "+$1$2", "+1$2", "+$1;ext=$2", "$1", "+12", "+$0", "+2$&",
        "+$2$1", "+$1$1", "+$_", "+1${1}0", "+$1$2$3", "+2", "+0$1", "1$1"};

    static Gen<String> translation() {
        return s -> TRANSLATIONS[s.between(0, TRANSLATIONS.length - 1)];
    }

    static Gen<NormalizationRule> planRule() {
        return s -> new NormalizationRule(null, planPattern().generate(s), translation().generate(s));
    }

    static Gen<Model> models(boolean withGateways) {
        return s -> {
            List<NormalizationRule> plan = planRule().list(1, 4).generate(s);
            Set<Integer> excluded = new HashSet<>();
            for (int i = 0; i < plan.size(); i++) {
                if (s.between(0, 9) == 0) {
                    excluded.add(i);
                }
            }
            List<TrunkGateway> gateways = new ArrayList<>();
            if (withGateways) {
                for (int g = 0; g < 2; g++) {
                    NormalizationTable translation = s.between(0, 2) == 0 ? null
                            : new NormalizationTable(List.of(new NormalizationRule(null, routePattern().generate(s),
                                    TRUNK_TRANSLATIONS[s.between(0, TRUNK_TRANSLATIONS.length - 1)]),
                                    new NormalizationRule(null, "^\\+(\\d+)$", "00$1")), Set.of());
                    DigitTable lbg = s.between(0, 1) == 0 ? null : digitTable().generate(s);
                    gateways.add(new TrunkGateway("g" + g, translation, lbg));
                }
            }
            int nRoutes = s.between(0, 5);
            List<Route> routes = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            for (int r = 0; r < nRoutes; r++) {
                String source = routePattern().generate(s);
                NetRegex pattern = s.between(0, 9) == 0 ? null : compile(source);
                List<String> usages = new ArrayList<>();
                usages.add(USAGES.get(s.between(0, 2)));
                if (s.between(0, 2) == 0) {
                    usages.add(USAGES.get(s.between(0, 2)));
                }
                List<String> gws = withGateways ? List.of("g" + s.between(0, 2)) : List.of(); // g2 does not resolve
                routes.add(new Route("R" + r, pattern, usages, gws));
                sources.add(source);
            }
            List<String> policy = new ArrayList<>(USAGES);
            java.util.Collections.rotate(policy, s.between(0, 2));
            policy = policy.subList(0, s.between(0, 3));
            return new Model(plan, excluded, routes, gateways, new VoicePolicy("P", policy), sources);
        };
    }

    static final String[] TRUNK_TRANSLATIONS = {"$1", "0$1", "$&", "9$1", "+$1"};

    static Gen<DigitTable> digitTable() {
        return s -> {
            List<DigitRule> rules = new ArrayList<>();
            int n = s.between(0, 2);
            String[] leading = {"", "1", "12", "2", "0"};
            String[] replace = {null, "", "0", "81"};
            for (int i = 0; i < n; i++) {
                int min = s.between(0, 1) == 0 ? 0 : s.between(1, 4);
                int max = min == 0 ? 0 : min + s.between(0, 2);
                rules.add(new DigitRule(null, leading[s.between(0, leading.length - 1)], min, max,
                        replace[s.between(0, replace.length - 1)], false, s.between(0, 1) == 0));
            }
            return new DigitTable(Direction.OUTGOING, s.between(0, 1) == 0 ? "" : "9", rules);
        };
    }

    private static final Map<String, NetRegex> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    static NetRegex compile(String pattern) {
        NetRegex known = COMPILED.get(pattern);
        if (known != null) {
            return known;
        }
        try {
            NetRegex compiled = NetRegex.compile(pattern);
            COMPILED.put(pattern, compiled);
            return compiled;
        } catch (RegexSyntaxException e) {
            throw new AssertionError("generated pattern " + pattern + ": " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ the interpreter

    /** A rule's result on a number (null when it does not match), with .NET's substitutions used here. */
    static String apply(NormalizationRule rule, String number) {
        NetRegex pattern = compile(rule.pattern());
        NetRegex.Match m = pattern.match(number);
        if (m == null) {
            return null;
        }
        String t = rule.translation();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != '$' || i + 1 == t.length()) {
                sb.append(c);
                continue;
            }
            char d = t.charAt(i + 1);
            String group = null;
            int skip = 1;
            if (d >= '0' && d <= '9' && d - '0' <= m.groupCount()) {
                group = orEmpty(m.group(d - '0'));
            } else if (d == '{' && i + 3 < t.length() && t.charAt(i + 3) == '}' && t.charAt(i + 2) - '0' <= m.groupCount()) {
                group = orEmpty(m.group(t.charAt(i + 2) - '0'));
                skip = 3;
            } else if (d == '&') {
                group = m.value();
            } else if (d == '_') {
                group = number;
            } else if (d == '$') {
                group = "$";
            }
            if (group == null) {
                sb.append(c);
            } else {
                sb.append(group);
                i += skip;
            }
        }
        return sb.toString();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    record Step(String result, int rule) {
    }

    /** First matching rule of a table, skipping excluded ones. */
    static Step firstRule(List<NormalizationRule> rules, Set<Integer> excluded, String number) {
        for (int i = 0; i < rules.size(); i++) {
            if (!excluded.contains(i)) {
                String r = apply(rules.get(i), number);
                if (r != null) {
                    return new Step(r, i);
                }
            }
        }
        return null;
    }

    static String beforeParameters(String s) {
        int semicolon = s.indexOf(';');
        return semicolon < 0 ? s : s.substring(0, semicolon);
    }

    static boolean e164(String s) {
        if (s.length() < 2 || s.length() > 16 || s.charAt(0) != '+' || s.charAt(1) == '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean readable(String s) {
        int start = s.startsWith("+") ? 1 : 0;
        if (s.length() == start) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '*' || c == '#')) {
                return false;
            }
        }
        return true;
    }

    /** Step 2: the usage and route, or null. */
    static Object[] route(Model m, String number) {
        for (String usage : m.policy().usages()) {
            for (Route r : m.routes()) {
                if (r.pattern() != null && r.usages().contains(usage) && r.pattern().isMatch(number)) {
                    return new Object[] {usage, r};
                }
            }
        }
        return null;
    }

    /** LANGUAGE.md section 5 on an outgoing table: {result, rule} with rule -1 for the default. */
    static Object[] lbg(DigitTable t, String number) {
        String digits = number.startsWith("+") ? number.substring(1) : number;
        for (int i = 0; i < t.rules().size(); i++) {
            DigitRule r = t.rules().get(i);
            boolean lengthOk = r.minLength() == 0 && r.maxLength() == 0
                    || digits.length() >= r.minLength() && digits.length() <= r.maxLength();
            if (digits.startsWith(r.leading()) && lengthOk) {
                String prefix = r.replace() == null ? r.leading() : r.replace();
                return new Object[] {(r.ignoreArs() ? "" : t.ars()) + prefix + digits.substring(r.leading().length()), i};
            }
        }
        return new Object[] {t.ars() + digits, -1};
    }

    /** The whole path by the interpreter, as the fields of a {@link CallPath}. */
    static List<Object> interpret(Model m, String dialed) {
        Step normalized = firstRule(m.plan(), m.excluded(), dialed);
        String n = normalized == null ? dialed : normalized.result();
        String routing = beforeParameters(n);
        Object[] route = route(m, routing);
        List<Object> out = new ArrayList<>(List.of(n, normalized == null ? -1 : normalized.rule()));
        if (route == null) {
            out.addAll(java.util.Arrays.asList(null, null, null, null, -1, CallPath.NO_LBG, null));
            return out;
        }
        Route r = (Route) route[1];
        TrunkGateway g = null;
        for (TrunkGateway x : m.gateways()) {
            if (!r.gateways().isEmpty() && x.name().equals(r.gateways().get(0))) {
                g = x;
            }
        }
        String translated = routing;
        int translationRule = -1;
        if (g != null && g.translation() != null && readable(routing)) {
            Step t = firstRule(g.translation().rules(), Set.of(), routing);
            if (t != null) {
                translated = beforeParameters(t.result());
                translationRule = t.rule();
            }
        }
        String sent = translated;
        int lbgRule = CallPath.NO_LBG;
        if (g != null && g.outgoing() != null) {
            if (readable(translated)) {
                Object[] l = lbg(g.outgoing(), translated);
                sent = (String) l[0];
                lbgRule = (int) l[1] >= 0 ? (int) l[1] : CallPath.LBG_DEFAULT;
            } else {
                lbgRule = CallPath.LBG_UNREADABLE;
            }
        }
        out.addAll(java.util.Arrays.asList(route[0], r.name(), g == null ? null : g.name(), translated, translationRule,
                lbgRule, sent));
        return out;
    }

    static List<Object> fields(CallPath p) {
        return java.util.Arrays.asList(p.normalized(), p.normalizationRule(), p.usage(),
                p.route() == null ? null : p.route().name(), p.gateway() == null ? null : p.gateway().name(),
                p.translated(), p.translationRule(), p.lbgRule(), p.sent());
    }

    /** Every dialed number up to {@code maxLength} symbols of {@code # 0 1 2}, optionally after '+', shortest then smallest. */
    static List<String> dialedNumbers(int maxLength) {
        List<String> out = new ArrayList<>();
        List<String> level = new ArrayList<>(List.of(""));
        for (int len = 1; len <= maxLength; len++) {
            List<String> next = new ArrayList<>();
            for (String w : level) {
                for (char c : "#012".toCharArray()) {
                    next.add(w + c);
                }
            }
            level = next;
            out.addAll(next);
        }
        List<String> plus = new ArrayList<>();
        for (String w : out) {
            if (w.length() < maxLength) {
                plus.add("+" + w);
            }
        }
        out.addAll(plus);
        out.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return out;
    }

    static final List<String> NUMBERS = dialedNumbers(MAX_LENGTH);

    // ------------------------------------------------------------------ properties

    @Test
    void unroutableAgreesWithEnumeration() {
        PropertyCheck.tries(600).forAll(models(false), m -> {
            NormalizationTable table = m.table();
            VoiceRouting routing = new VoiceRouting(m.routes(), m.gateways());
            Optional<Unroutable> found = routing.unroutable(table, m.policy());
            // exact: the example is the shortest, and no example means none exists
            boolean exact = found.map(Unroutable::exact).orElse(TableReach.of(table).exact());
            PropertyCheck.collect("exact", exact);
            PropertyCheck.collect("found", found.isPresent());
            String shortest = null;
            Step shortestStep = null;
            for (String dialed : NUMBERS) {
                Step s = firstRule(m.plan(), m.excluded(), dialed);
                if (s != null && e164(beforeParameters(s.result())) && route(m, beforeParameters(s.result())) == null) {
                    shortest = dialed;
                    shortestStep = s;
                    break;
                }
            }
            if (found.isPresent()) {
                Unroutable u = found.get();
                Step s = firstRule(m.plan(), m.excluded(), u.dialed());
                assertTrue(s != null, "the example matches no rule: " + u);
                assertEquals(new Step(u.normalized(), u.rule()), s, "the example's result");
                assertTrue(e164(beforeParameters(s.result())), "the example's result is not E.164: " + u);
                assertEquals(null, route(m, beforeParameters(s.result())), "the example is routed: " + u);
                assertTrue(!u.exact() || TableReach.of(table).exact(), "exactness flag");
            }
            if (exact) {
                PropertyCheck.collect("exact and found", found.isPresent());
                if (shortest != null) {
                    assertEquals(new Unroutable(shortest, shortestStep.result(), shortestStep.rule(), "P", true),
                            found.orElse(null), "the shortest unroutable number");
                } else {
                    assertTrue(found.isEmpty() || found.get().dialed().length() > MAX_LENGTH,
                            "enumeration found nothing up to " + MAX_LENGTH + " but the analysis gave " + found);
                }
            } else if (found.isPresent() && NUMBERS.contains(found.get().dialed())) {
                // a verified example (outside the shape, '$_' may copy any symbol: only one the enumeration has)
                assertTrue(shortest != null && shortest.length() <= found.get().dialed().length());
            }
        }).requireCount("exact and found", true, 60).requireCount("exact and found", false, 60)
                .requireCount("exact", false, 20);
    }

    @Test
    void callsAgreeWithTheInterpreter() {
        Gen<List<String>> dialed = PropertyCheck.Gen.strings("0012#", 1, 6)
                .map(s -> s.startsWith("#") ? "+" + s.substring(1) + "1" : s).list(20);
        PropertyCheck.tries(400).forAll(s -> new Object[] {models(true).generate(s), dialed.generate(s)},
                x -> x[0] + "\n  dialed " + x[1], x -> {
                    Model m = (Model) x[0];
                    @SuppressWarnings("unchecked")
                    List<String> numbers = (List<String>) x[1];
                    NormalizationTable table = m.table();
                    VoiceRouting routing = new VoiceRouting(m.routes(), m.gateways());
                    for (String number : numbers) {
                        CallPath p = routing.call(table, m.policy(), number);
                        assertEquals(interpret(m, number), fields(p), "call " + number);
                        PropertyCheck.collect("routed", p.routed());
                        PropertyCheck.collect("lbg", p.lbgRule());
                        assertTrue(p.check(new CallExpectation(p.normalized(), p.routed() ? p.route().name() : null,
                                p.sent(), !p.routed()), RoutingNames.plain()).isEmpty());
                    }
                }).requireCount("routed", true, 500).requireCount("routed", false, 500).requireCount("lbg", 0, 20);
    }

    @Test
    void enumerationCoversEveryNumberUpToTheBound() {
        Map<Integer, Integer> perLength = new LinkedHashMap<>();
        for (String n : NUMBERS) {
            perLength.merge(n.length(), 1, Integer::sum);
        }
        assertEquals(Map.of(1, 4, 2, 20, 3, 80, 4, 320, 5, 1280), new HashMap<>(perLength));
    }
}
