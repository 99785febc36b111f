package io.dialscape.dsl.bridge;

import io.dialscape.dsl.bridge.PowerShellImport.Cmd;
import io.dialscape.dsl.bridge.PowerShellImport.PsGateway;
import io.dialscape.dsl.bridge.PowerShellImport.PsPolicy;
import io.dialscape.dsl.bridge.PowerShellImport.PsRoute;
import io.dialscape.dsl.bridge.PowerShellImport.PsRule;
import io.dialscape.dsl.bridge.PowerShellImport.PsScoped;
import io.dialscape.dsl.bridge.PowerShellImport.PsTable;
import io.dialscape.dsl.bridge.PowerShellImport.Run;
import io.dialscape.dsl.bridge.PowerShellImport.Skip;
import io.dialscape.dsl.bridge.PowerShellImport.UsageObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cmdlets {@code import powershell} reads, with the parameters each one models: the table of docs/import.md.
 * A parameter a cmdlet takes that the language has no place for becomes a comment on the element it concerns.
 */
final class Cmdlets {

    private Cmdlets() {
    }

    private static final String LYNC = "lync";
    private static final String TEAMS = "teams";

    /** Cmdlet (case-insensitive) to the parameters it models. */
    private static final Map<String, List<String>> PARAMETERS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        List<String> dialPlan = List.of("Identity", "NormalizationRules");
        for (String c : List.of("New-CsDialPlan", "Set-CsDialPlan", "New-CsTenantDialPlan", "Set-CsTenantDialPlan")) {
            PARAMETERS.put(c, dialPlan);
        }
        for (String c : List.of("Remove-CsDialPlan", "Remove-CsTenantDialPlan", "Get-CsDialPlan", "Get-CsTenantDialPlan",
                "Remove-CsVoiceNormalizationRule", "Get-CsVoiceNormalizationRule", "Remove-CsOutboundTranslationRule",
                "Get-CsOutboundTranslationRule", "Remove-CsVoiceRoute", "Get-CsVoiceRoute", "Remove-CsOnlineVoiceRoute",
                "Get-CsOnlineVoiceRoute", "Remove-CsVoicePolicy", "Get-CsVoicePolicy", "Remove-CsOnlineVoiceRoutingPolicy",
                "Get-CsOnlineVoiceRoutingPolicy", "Get-CsTrunkConfiguration", "Remove-CsTrunkConfiguration",
                "Get-CsTeamsTranslationRule", "Remove-CsTeamsTranslationRule", "Get-CsOnlinePSTNGateway",
                "Remove-CsOnlinePSTNGateway", "Get-CsPstnUsage", "Get-CsOnlinePstnUsage")) {
            PARAMETERS.put(c, List.of("Identity"));
        }
        List<String> rule = List.of("Identity", "Parent", "Name", "Pattern", "Translation", "Priority", "Description",
                "IsInternalExtension");
        for (String c : List.of("New-CsVoiceNormalizationRule", "Set-CsVoiceNormalizationRule", "New-CsOutboundTranslationRule",
                "Set-CsOutboundTranslationRule")) {
            PARAMETERS.put(c, rule);
        }
        for (String c : List.of("New-CsTeamsTranslationRule", "Set-CsTeamsTranslationRule")) {
            PARAMETERS.put(c, List.of("Identity", "Name", "Pattern", "Translation", "Description"));
        }
        for (String c : List.of("New-CsTrunkConfiguration", "Set-CsTrunkConfiguration")) {
            PARAMETERS.put(c, List.of("Identity", "OutboundTranslationRulesList"));
        }
        for (String c : List.of("New-CsOnlinePSTNGateway", "Set-CsOnlinePSTNGateway")) {
            PARAMETERS.put(c, List.of("Identity", "Fqdn", "OutboundPstnNumberTranslationRules"));
        }
        for (String c : List.of("Set-CsPstnUsage", "Set-CsOnlinePstnUsage")) {
            PARAMETERS.put(c, List.of("Identity", "Usage"));
        }
        for (String c : List.of("New-CsVoiceRoute", "Set-CsVoiceRoute")) {
            PARAMETERS.put(c, List.of("Identity", "Name", "NumberPattern", "PstnUsages", "PstnGatewayList", "Priority"));
        }
        for (String c : List.of("New-CsOnlineVoiceRoute", "Set-CsOnlineVoiceRoute")) {
            PARAMETERS.put(c, List.of("Identity", "Name", "NumberPattern", "OnlinePstnUsages", "OnlinePstnGatewayList", "Priority"));
        }
        for (String c : List.of("New-CsVoicePolicy", "Set-CsVoicePolicy")) {
            PARAMETERS.put(c, List.of("Identity", "PstnUsages"));
        }
        for (String c : List.of("New-CsOnlineVoiceRoutingPolicy", "Set-CsOnlineVoiceRoutingPolicy")) {
            PARAMETERS.put(c, List.of("Identity", "OnlinePstnUsages"));
        }
    }

    /** The parameters {@code cmdlet} models, or null for a cmdlet the importer does not read. */
    static List<String> parameters(String cmdlet) {
        return PARAMETERS.get(cmdlet);
    }

    /** Runs one command against the run's model; returns its value (a rule, an object for Get-, or null). */
    static Object run(Run run, Cmd cmd) {
        String name = cmd.name.toLowerCase(Locale.ROOT);
        if (!PARAMETERS.containsKey(name)) {
            if (isHarmless(cmd.name)) {
                return null;
            }
            throw new Skip("not a dial plan, normalization rule, PSTN usage, route, voice policy or translation rule cmdlet");
        }
        if (!cmd.positional.isEmpty() && !cmd.has("Identity")) {
            cmd.named.put("Identity", cmd.positional.remove(0));
        }
        if (!cmd.positional.isEmpty()) {
            throw new Skip("a positional argument '" + PowerShellImport.oneLine(show(cmd.positional.get(0))) + "' is not read");
        }
        return switch (name) {
            case "new-csdialplan" -> newDialPlan(run, cmd, LYNC);
            case "new-cstenantdialplan" -> newDialPlan(run, cmd, TEAMS);
            case "set-csdialplan", "set-cstenantdialplan" -> setDialPlan(run, cmd);
            case "remove-csdialplan", "remove-cstenantdialplan" -> {
                PsTable table = run.table(identity(cmd));
                if (table == null) {
                    throw new Skip("dial plan " + identity(cmd) + " is not created by this script");
                }
                run.tables.remove(table.name.toLowerCase(Locale.ROOT));
                yield null;
            }
            case "get-csdialplan", "get-cstenantdialplan" -> exists(run.table(identity(cmd)));
            case "new-csvoicenormalizationrule" -> newRule(run, cmd, true);
            case "new-csoutboundtranslationrule" -> newRule(run, cmd, false);
            case "set-csvoicenormalizationrule", "set-csoutboundtranslationrule" -> setRule(run, cmd);
            case "remove-csvoicenormalizationrule", "remove-csoutboundtranslationrule" -> removeRule(run, cmd);
            case "get-csvoicenormalizationrule", "get-csoutboundtranslationrule" -> {
                List<PsRule> list = ruleList(run, cmd, name.contains("normalization"), false);
                yield list == null ? null : exists(find(list, ruleName(identity(cmd))));
            }
            case "new-cstrunkconfiguration", "set-cstrunkconfiguration" -> trunk(run, cmd, name.startsWith("new"));
            case "get-cstrunkconfiguration" -> {
                String scope = identity(cmd);
                String lower = scope.toLowerCase(Locale.ROOT);
                if (lower.startsWith("service:") || lower.startsWith("pstngateway:")) {
                    PsGateway g = run.gateways.get(PowerShellImport.unscoped(scope).toLowerCase(Locale.ROOT));
                    yield g != null && g.rules != null ? Boolean.TRUE : null;
                }
                yield exists(run.scoped.get(scopeKey(scope)));
            }
            case "remove-cstrunkconfiguration" -> {
                String scope = identity(cmd);
                PsGateway g = run.gateways.get(PowerShellImport.unscoped(scope).toLowerCase(Locale.ROOT));
                if (g != null) {
                    g.rules = null;
                } else {
                    run.scoped.remove(scopeKey(scope));
                }
                yield null;
            }
            case "new-csteamstranslationrule", "set-csteamstranslationrule" -> teamsRule(run, cmd, name.startsWith("new"));
            case "remove-csteamstranslationrule" -> {
                if (run.teamsRules.remove(identity(cmd).toLowerCase(Locale.ROOT)) == null) {
                    throw new Skip("translation rule " + identity(cmd) + " is not created by this script");
                }
                yield null;
            }
            case "get-csteamstranslationrule" -> exists(run.teamsRules.get(identity(cmd).toLowerCase(Locale.ROOT)));
            case "new-csonlinepstngateway", "set-csonlinepstngateway" -> sbc(run, cmd, name.startsWith("new"));
            case "get-csonlinepstngateway" -> {
                PsGateway g = run.gateways.get(identity(cmd).toLowerCase(Locale.ROOT));
                yield g != null && g.teamsRules != null ? Boolean.TRUE : null;
            }
            case "remove-csonlinepstngateway" -> {
                if (run.gateways.remove(identity(cmd).toLowerCase(Locale.ROOT)) == null) {
                    throw new Skip("gateway " + identity(cmd) + " is not created by this script");
                }
                yield null;
            }
            case "set-cspstnusage", "set-csonlinepstnusage" -> {
                run.family(name.contains("online") ? TEAMS : LYNC, cmd.line);
                notes(cmd, run.usageNotes);
                List<String> names = new ArrayList<>(run.usages);
                List<String> result = modify(names, cmd.get("Usage"), true);
                run.usages.clear();
                for (String u : result) {
                    run.addUsage(u);
                }
                yield null;
            }
            case "get-cspstnusage", "get-csonlinepstnusage" -> new UsageObject(List.copyOf(run.usages));
            case "new-csvoiceroute", "set-csvoiceroute" -> route(run, cmd, name.startsWith("new"), LYNC);
            case "new-csonlinevoiceroute", "set-csonlinevoiceroute" -> route(run, cmd, name.startsWith("new"), TEAMS);
            case "remove-csvoiceroute", "remove-csonlinevoiceroute" -> {
                PsRoute r = run.route(identity(cmd));
                if (r == null) {
                    throw new Skip("route " + identity(cmd) + " is not created by this script");
                }
                run.routes.remove(r);
                yield null;
            }
            case "get-csvoiceroute", "get-csonlinevoiceroute" -> exists(run.route(identity(cmd)));
            case "new-csvoicepolicy", "set-csvoicepolicy" -> policy(run, cmd, name.startsWith("new"), "PstnUsages", LYNC);
            case "new-csonlinevoiceroutingpolicy", "set-csonlinevoiceroutingpolicy" ->
                policy(run, cmd, name.startsWith("new"), "OnlinePstnUsages", TEAMS);
            case "remove-csvoicepolicy", "remove-csonlinevoiceroutingpolicy" -> {
                if (run.policies.remove(PowerShellImport.ucmName(identity(cmd)).toLowerCase(Locale.ROOT)) == null) {
                    throw new Skip("policy " + identity(cmd) + " is not created by this script");
                }
                yield null;
            }
            case "get-csvoicepolicy", "get-csonlinevoiceroutingpolicy" ->
                exists(run.policies.get(PowerShellImport.ucmName(identity(cmd)).toLowerCase(Locale.ROOT)));
            default -> throw new Skip("not read");
        };
    }

    static boolean isHarmless(String cmdlet) {
        return List.of("import-module", "connect-microsoftteams", "disconnect-microsoftteams", "write-host", "write-output",
                "write-verbose", "write-warning", "write-information", "write-debug", "set-strictmode", "start-transcript",
                "stop-transcript", "out-null", "clear-host").contains(cmdlet.toLowerCase(Locale.ROOT));
    }

    private static Object exists(Object o) {
        return o == null ? null : Boolean.TRUE;
    }

    // ------------------------------------------------------------ arguments

    static String identity(Cmd cmd) {
        Object id = cmd.get("Identity");
        if (id == null && cmd.has("Fqdn")) {
            id = cmd.get("Fqdn");
        }
        if (id == null && cmd.has("Name") && !cmd.has("Parent")) {
            id = cmd.get("Name");
        }
        if (id == null) {
            throw new Skip("no -Identity");
        }
        return str(id, "-Identity");
    }

    static String str(Object value, String what) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Long n) {
            return n.toString();
        }
        throw new Skip(what + " is not a string");
    }

    static String show(Object value) {
        if (value == null) {
            return "$null";
        }
        if (value instanceof Boolean b) {
            return b ? "$true" : "$false";
        }
        if (value instanceof String s) {
            return "'" + s.replace("'", "''") + "'";
        }
        if (value instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) {
                parts.add(show(o));
            }
            return String.join(",", parts);
        }
        if (value instanceof Map<?, ?> m) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                parts.add(e.getKey() + "=" + show(e.getValue()));
            }
            return "@{" + String.join("; ", parts) + "}";
        }
        if (value instanceof PsRule r) {
            return "(rule " + r.name + ")";
        }
        return String.valueOf(value);
    }

    /** The parameters given that the language has no place for, as comments. */
    static void notes(Cmd cmd, List<String> into) {
        List<String> modeled = PARAMETERS.getOrDefault(cmd.name, List.of());
        for (Map.Entry<String, Object> e : cmd.given.entrySet()) {
            String p = e.getKey();
            boolean common = List.of("ErrorAction", "ErrorVariable", "WarningAction", "WarningVariable", "InformationAction",
                    "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "Verbose", "Debug", "Confirm",
                    "Force", "LocalStore", "InMemory", "PassThru", "WhatIf").stream().anyMatch(p::equalsIgnoreCase);
            if (common || modeled.stream().anyMatch(p::equalsIgnoreCase) && !p.equalsIgnoreCase("Description")
                    && !p.equalsIgnoreCase("IsInternalExtension")) {
                continue;
            }
            into.add("-" + p + (cmd.switched.contains(p) ? "" : " " + show(e.getValue()))
                    + " (" + cmd.name + "): no place in the language");
        }
    }

    static long priority(Cmd cmd) {
        Object value = cmd.get("Priority");
        if (value instanceof Long n) {
            return n;
        }
        if (value instanceof String s && s.matches("\\d{1,9}")) {
            return Long.parseLong(s);
        }
        throw new Skip("-Priority is not a number");
    }

    /**
     * A PSListModifier ({@code @{Add=...; Remove=...; Replace=...}}) or a plain value (which replaces) applied to a
     * list of strings.
     */
    static List<String> modify(List<String> current, Object modifier, boolean names) {
        List<String> result = new ArrayList<>(current);
        if (modifier instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                String k = String.valueOf(key);
                if (!List.of("add", "remove", "replace").contains(k.toLowerCase(Locale.ROOT))) {
                    throw new Skip("a list modifier with " + k + "= (only Add, Remove and Replace)");
                }
            }
            Map<?, ?> map = m;
            Object replace = get(map, "Replace");
            if (replace != null || has(map, "Replace")) {
                result.clear();
                result.addAll(strings(replace));
            }
            for (String s : strings(get(map, "Add"))) {
                if (result.stream().noneMatch(x -> same(x, s, names))) {
                    result.add(s);
                }
            }
            for (String s : strings(get(map, "Remove"))) {
                result.removeIf(x -> same(x, s, names));
            }
            return result;
        }
        if (modifier == null) {
            return result;
        }
        return new ArrayList<>(strings(modifier));
    }

    private static boolean same(String a, String b, boolean names) {
        return names ? PowerShellImport.ucmName(a).equalsIgnoreCase(PowerShellImport.ucmName(b)) : a.equalsIgnoreCase(b);
    }

    private static Object get(Map<?, ?> m, String key) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (String.valueOf(e.getKey()).equalsIgnoreCase(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean has(Map<?, ?> m, String key) {
        return m.keySet().stream().anyMatch(k -> String.valueOf(k).equalsIgnoreCase(key));
    }

    static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object o : Run.asList(value)) {
            out.add(str(o, "a list item"));
        }
        return out;
    }

    /** The same, for rule objects (-InMemory rules in variables). */
    static List<PsRule> modifyRules(List<PsRule> current, Object modifier) {
        List<PsRule> result = new ArrayList<>(current);
        if (modifier instanceof Map<?, ?> m) {
            for (Object key : m.keySet()) {
                String k = String.valueOf(key);
                if (!List.of("add", "remove", "replace").contains(k.toLowerCase(Locale.ROOT))) {
                    throw new Skip("a list modifier with " + k + "= (only Add, Remove and Replace)");
                }
            }
            if (has(m, "Replace")) {
                result.clear();
                result.addAll(rules(get(m, "Replace")));
            }
            result.addAll(rules(get(m, "Add")));
            for (Object o : Run.asList(get(m, "Remove"))) {
                String name = o instanceof PsRule r ? r.name : str(o, "a rule to remove");
                result.removeIf(r -> r.name != null && r.name.equalsIgnoreCase(name));
            }
            return result;
        }
        if (modifier == null) {
            return result;
        }
        return new ArrayList<>(rules(modifier));
    }

    private static List<PsRule> rules(Object value) {
        List<PsRule> out = new ArrayList<>();
        for (Object o : Run.asList(value)) {
            if (!(o instanceof PsRule r)) {
                throw new Skip("'" + PowerShellImport.oneLine(show(o)) + "' is not a rule made with -InMemory");
            }
            out.add(r.copy());
        }
        return out;
    }

    // ------------------------------------------------------------ dial plans and rules

    private static Object newDialPlan(Run run, Cmd cmd, String family) {
        run.family(family, cmd.line);
        String id = identity(cmd);
        if (run.table(id) != null) {
            throw new Skip("dial plan " + id + " exists already: New- would fail");
        }
        PsTable table = run.newTable(id);
        notes(cmd, table.notes);
        table.rules.addAll(modifyRules(List.of(), cmd.get("NormalizationRules")));
        return null;
    }

    private static Object setDialPlan(Run run, Cmd cmd) {
        String id = identity(cmd);
        PsTable table = run.table(id);
        if (table == null) {
            if (!PowerShellImport.ucmName(id).equalsIgnoreCase("Global")) {
                throw new Skip("dial plan " + id + " is not created by this script");
            }
            table = run.newTable(id); // the Global dial plan always exists
        }
        notes(cmd, table.notes);
        if (cmd.has("NormalizationRules")) {
            List<PsRule> rules = modifyRules(table.rules, cmd.get("NormalizationRules"));
            table.rules.clear();
            table.rules.addAll(rules);
        }
        return null;
    }

    /** The rule name of an identity {@code scope/name}. */
    static String ruleName(String identity) {
        int slash = identity.lastIndexOf('/');
        return slash < 0 ? identity : identity.substring(slash + 1);
    }

    static String ruleParent(String identity) {
        int slash = identity.lastIndexOf('/');
        return slash < 0 ? "Global" : identity.substring(0, slash);
    }

    private static Object newRule(Run run, Cmd cmd, boolean normalization) {
        String parent;
        String name;
        if (cmd.has("Parent")) {
            parent = str(cmd.get("Parent"), "-Parent");
            name = cmd.has("Name") ? str(cmd.get("Name"), "-Name") : null;
            if (name == null) {
                throw new Skip("-Parent without -Name");
            }
        } else {
            String id = identity(cmd);
            parent = ruleParent(id);
            name = ruleName(id);
        }
        PsRule rule = new PsRule();
        rule.name = name;
        rule.pattern = cmd.has("Pattern") ? str(cmd.get("Pattern"), "-Pattern")
                : normalization ? PowerShellImport.DEFAULT_NORMALIZATION_PATTERN : PowerShellImport.DEFAULT_OUTBOUND_PATTERN;
        rule.translation = cmd.has("Translation") ? str(cmd.get("Translation"), "-Translation")
                : normalization ? PowerShellImport.DEFAULT_NORMALIZATION_TRANSLATION : PowerShellImport.DEFAULT_OUTBOUND_TRANSLATION;
        if (cmd.has("Description")) {
            rule.description = String.valueOf(Run.text(cmd.get("Description")));
        }
        notes(cmd, rule.notes);
        if (Run.truthy(cmd.get("InMemory"))) {
            return rule;
        }
        List<PsRule> list = ruleList(run, parent, normalization, true, cmd.line);
        if (find(list, name) != null) {
            throw new Skip("rule " + parent + "/" + name + " exists already: New- would fail");
        }
        int at = cmd.has("Priority") ? (int) Math.min(priority(cmd), list.size()) : list.size();
        list.add(at, rule);
        return rule;
    }

    private static List<PsRule> ruleList(Run run, Cmd cmd, boolean normalization, boolean create) {
        return ruleList(run, ruleParent(identity(cmd)), normalization, create, cmd.line);
    }

    /** The list a rule of {@code parent} belongs to: a dial plan, a gateway's trunk, or a Global / Site: trunk scope. */
    private static List<PsRule> ruleList(Run run, String parent, boolean normalization, boolean create, int line) {
        if (normalization) {
            PsTable table = run.table(parent);
            if (table == null && create) {
                run.warn(line, "dial plan " + parent + " is not created by this script: its rules are imported as the table "
                        + PowerShellImport.ucmName(parent));
                table = run.newTable(parent);
            }
            return table == null ? null : table.rules;
        }
        String lower = parent.toLowerCase(Locale.ROOT);
        if (lower.startsWith("service:") || lower.startsWith("pstngateway:")) {
            PsGateway g = create ? run.gateway(parent) : run.gateways.get(PowerShellImport.unscoped(parent).toLowerCase(Locale.ROOT));
            if (g == null) {
                return null;
            }
            if (g.rules == null && create) {
                g.rules = new ArrayList<>();
                g.marker = run.marker;
                run.marker = null;
            }
            return g.rules;
        }
        if (lower.equals("global") || lower.startsWith("site:")) {
            String key = scopeKey(parent);
            PsScoped s = run.scoped.get(key);
            if (s == null && create) {
                s = new PsScoped();
                s.display = lower.equals("global") ? "Global" : "Site:" + parent.substring(5);
                s.marker = run.marker;
                run.marker = null;
                run.scoped.put(key, s);
            }
            return s == null ? null : s.rules;
        }
        throw new Skip("the scope " + parent + " is not a trunk scope (Global, Site: or PstnGateway:)");
    }

    static String scopeKey(String scope) {
        return scope.toLowerCase(Locale.ROOT).strip();
    }

    static PsRule find(List<PsRule> list, String name) {
        if (list == null) {
            return null;
        }
        for (PsRule r : list) {
            if (r.name != null && r.name.equalsIgnoreCase(name)) {
                return r;
            }
        }
        return null;
    }

    private static Object setRule(Run run, Cmd cmd) {
        boolean normalization = cmd.name.toLowerCase(Locale.ROOT).contains("normalization");
        String id = identity(cmd);
        List<PsRule> list = ruleList(run, cmd, normalization, false);
        PsRule rule = find(list, ruleName(id));
        if (rule == null) {
            throw new Skip("rule " + id + " is not created by this script");
        }
        if (cmd.has("Pattern")) {
            rule.pattern = str(cmd.get("Pattern"), "-Pattern");
        }
        if (cmd.has("Translation")) {
            rule.translation = str(cmd.get("Translation"), "-Translation");
        }
        notes(cmd, rule.notes);
        if (cmd.has("Priority")) {
            list.remove(rule);
            list.add((int) Math.min(priority(cmd), list.size()), rule);
        }
        return null;
    }

    private static Object removeRule(Run run, Cmd cmd) {
        boolean normalization = cmd.name.toLowerCase(Locale.ROOT).contains("normalization");
        String id = identity(cmd);
        List<PsRule> list = ruleList(run, cmd, normalization, false);
        PsRule rule = find(list, ruleName(id));
        if (rule == null) {
            throw new Skip("rule " + id + " is not created by this script");
        }
        list.remove(rule);
        return null;
    }

    // ------------------------------------------------------------ trunks and SBCs

    private static Object trunk(Run run, Cmd cmd, boolean create) {
        String scope = identity(cmd);
        List<PsRule> list = ruleList(run, scope, false, true, cmd.line);
        String lower = scope.toLowerCase(Locale.ROOT);
        if (lower.startsWith("service:") || lower.startsWith("pstngateway:")) {
            PsGateway g = run.gateway(scope);
            notes(cmd, g.notes);
            if (run.marker != null && cmd.has("OutboundTranslationRulesList")) {
                g.marker = run.marker;
                run.marker = null;
            }
        } else {
            notes(cmd, run.headerNotes);
        }
        if (cmd.has("OutboundTranslationRulesList")) {
            List<PsRule> rules = modifyRules(list, cmd.get("OutboundTranslationRulesList"));
            list.clear();
            list.addAll(rules);
        }
        return null;
    }

    private static Object teamsRule(Run run, Cmd cmd, boolean create) {
        String id = identity(cmd);
        String key = id.toLowerCase(Locale.ROOT);
        PsRule rule = run.teamsRules.get(key);
        if (create) {
            if (rule != null) {
                throw new Skip("translation rule " + id + " exists already: New- would fail");
            }
            rule = new PsRule();
            rule.name = id;
            rule.pattern = cmd.has("Pattern") ? str(cmd.get("Pattern"), "-Pattern") : null;
            rule.translation = cmd.has("Translation") ? str(cmd.get("Translation"), "-Translation") : null;
            if (rule.pattern == null || rule.translation == null) {
                throw new Skip("a Teams translation rule needs -Pattern and -Translation");
            }
            run.teamsRules.put(key, rule);
        } else {
            if (rule == null) {
                throw new Skip("translation rule " + id + " is not created by this script");
            }
            if (cmd.has("Pattern")) {
                rule.pattern = str(cmd.get("Pattern"), "-Pattern");
            }
            if (cmd.has("Translation")) {
                rule.translation = str(cmd.get("Translation"), "-Translation");
            }
        }
        if (cmd.has("Description")) {
            rule.description = String.valueOf(Run.text(cmd.get("Description")));
        }
        return null;
    }

    private static Object sbc(Run run, Cmd cmd, boolean create) {
        run.family(TEAMS, cmd.line);
        String fqdn = identity(cmd);
        PsGateway existing = run.gateways.get(fqdn.toLowerCase(Locale.ROOT));
        if (create && existing != null && existing.teamsRules != null) {
            throw new Skip("gateway " + fqdn + " exists already: New- would fail");
        }
        if (!create && (existing == null || existing.teamsRules == null)) {
            throw new Skip("gateway " + fqdn + " is not created by this script");
        }
        PsGateway g = run.gateway(fqdn);
        if (g.teamsRules == null) {
            g.teamsRules = new ArrayList<>();
        }
        notes(cmd, g.notes);
        if (cmd.has("OutboundPstnNumberTranslationRules")) {
            g.teamsRules = modify(g.teamsRules, cmd.get("OutboundPstnNumberTranslationRules"), false);
            if (run.marker != null) {
                g.marker = run.marker;
                run.marker = null;
            }
        }
        return null;
    }

    // ------------------------------------------------------------ routes and policies

    private static Object route(Run run, Cmd cmd, boolean create, String family) {
        run.family(family, cmd.line);
        String id = identity(cmd);
        PsRoute r = run.route(id);
        String usages = TEAMS.equals(family) ? "OnlinePstnUsages" : "PstnUsages";
        String gws = TEAMS.equals(family) ? "OnlinePstnGatewayList" : "PstnGatewayList";
        if (create) {
            if (r != null) {
                throw new Skip("route " + id + " exists already: New- would fail");
            }
            r = new PsRoute();
            r.name = PowerShellImport.ucmName(id);
        } else if (r == null) {
            throw new Skip("route " + id + " is not created by this script");
        }
        if (cmd.has("NumberPattern")) {
            r.pattern = str(cmd.get("NumberPattern"), "-NumberPattern");
        }
        List<String> u = new ArrayList<>();
        for (String s : modify(r.usages, cmd.get(usages), true)) {
            String n = PowerShellImport.ucmName(s);
            if (u.stream().noneMatch(n::equalsIgnoreCase)) {
                u.add(n);
            }
        }
        List<String> g = new ArrayList<>();
        for (String s : modify(r.gateways, cmd.get(gws), false)) {
            String fqdn = PowerShellImport.unscoped(s);
            if (g.stream().noneMatch(fqdn::equalsIgnoreCase)) {
                g.add(fqdn);
            }
        }
        for (String fqdn : g) {
            run.gateway(fqdn);
        }
        r.usages = u;
        r.gateways = g;
        notes(cmd, r.notes);
        if (create || cmd.has("Priority")) {
            run.routes.remove(r);
            int at = cmd.has("Priority") ? (int) Math.min(priority(cmd), run.routes.size()) : run.routes.size();
            run.routes.add(at, r);
        }
        return null;
    }

    private static Object policy(Run run, Cmd cmd, boolean create, String usages, String family) {
        run.family(family, cmd.line);
        String id = identity(cmd);
        String key = PowerShellImport.ucmName(id).toLowerCase(Locale.ROOT);
        PsPolicy pol = run.policies.get(key);
        if (create) {
            if (pol != null) {
                throw new Skip("policy " + id + " exists already: New- would fail");
            }
        } else if (pol == null && !key.equals("global")) {
            throw new Skip("policy " + id + " is not created by this script");
        }
        if (pol == null) {
            pol = new PsPolicy();
            pol.name = PowerShellImport.ucmName(id);
            run.policies.put(key, pol);
        }
        List<String> u = new ArrayList<>();
        for (String s : modify(pol.usages, cmd.get(usages), true)) {
            String n = PowerShellImport.ucmName(s);
            if (u.stream().noneMatch(n::equalsIgnoreCase)) {
                u.add(n);
            }
        }
        pol.usages = u;
        notes(cmd, pol.notes);
        return null;
    }
}
