package io.dialscape.dsl.bridge;

import io.dialscape.dsl.dialscape.Model;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the PowerShell script that creates or updates a model's dial plans, PSTN usages, trunk translation rules,
 * routes and voice policies, for Lync / Skype for Business Server or for Teams Direct Routing (LANGUAGE.md
 * section 11, docs/import.md). The script is safe to run twice: each object is created when missing
 * ({@code if (-not (Get-... -ErrorAction SilentlyContinue))}) and then set as the model says; rule lists are
 * replaced whole from {@code -InMemory} rules, so a re-run leaves no stale rule. Every string is single-quoted
 * with its quotes doubled, so patterns with {@code $} or {@code '} reach the cmdlet as written. Order: dial plans,
 * usages, translation rules and gateways, routes (priority = model order), policies.
 */
public final class PowerShellExport {

    /** Which cmdlets to write. */
    public enum Target {
        LYNC, TEAMS
    }

    /** The script and the warnings (what could not be exported), one line each. */
    public record Result(String text, List<String> warnings) {
    }

    /** The comment before a gateway's translation rules that {@code import powershell} reads back. */
    public static final String MARKER = "# dialscape: translation ";

    private PowerShellExport() {
    }

    /** The script for the models (the .ucm files read together); {@code sources} are named in its header. */
    public static Result export(List<Model> models, Target target, List<String> sources) {
        VoiceModel voice = VoiceModel.of(models, target == Target.LYNC);
        return write(voice, target, sources);
    }

    /**
     * Why a loaded model cannot be exported: {@code "LINE: MESSAGE"} of its first syntax or linking error (references
     * resolved), or null when it has none.
     */
    public static String brokenReason(org.eclipse.emf.ecore.resource.Resource resource) {
        for (org.eclipse.emf.ecore.resource.Resource.Diagnostic d : resource.getErrors()) {
            return d.getLine() + ": " + PowerShellImport.oneLine(String.valueOf(d.getMessage()));
        }
        return null;
    }

    /** A string as PowerShell reads it back unchanged: single quotes, every kind of single quote doubled. */
    public static String quote(String value) {
        StringBuilder b = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (PowerShellLexer.isSingleQuote(c)) {
                b.append(c);
            }
            b.append(c);
        }
        return b.append('\'').toString();
    }

    private static String list(List<String> values) {
        List<String> quoted = new ArrayList<>();
        for (String v : values) {
            quoted.add(quote(v));
        }
        return quoted.isEmpty() ? "@()" : String.join(", ", quoted);
    }

    static Result write(VoiceModel voice, Target target, List<String> sources) {
        boolean teams = target == Target.TEAMS;
        List<String> warnings = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("# Written by 'dialscape export powershell --target ").append(teams ? "teams" : "lync").append("'")
                .append(sources.isEmpty() ? "" : " from " + String.join(", ", sources)).append('\n');
        out.append("# Re-runnable: each object is created when it is missing and then set as the model says.\n");
        out.append(teams ? "# Run it after Connect-MicrosoftTeams.\n" : "# Run it in the Skype for Business Server (or Lync Server) Management Shell.\n");
        out.append("$ErrorActionPreference = 'Stop'\n");
        if (voice.platform() != null && teams != "teams".equals(voice.platform())) {
            warnings.add("the model's platform is " + voice.platform() + ": the script uses the " + (teams ? "Teams" : "Lync/SfB")
                    + " cmdlets all the same");
        }
        if (!voice.notExported().isEmpty()) {
            out.append("\n# Not exported (PowerShell cannot hold it):\n");
            for (String note : voice.notExported()) {
                out.append("#   ").append(note).append('\n');
                warnings.add("not exported: " + note);
            }
        }

        // dial plans
        String dialPlan = teams ? "CsTenantDialPlan" : "CsDialPlan";
        for (String table : voice.dialPlans()) {
            out.append("\n# Dial plan ").append(table).append('\n');
            List<String> vars = rules(out, "dp_" + table, voice.tables().get(table), "New-CsVoiceNormalizationRule -Parent "
                    + quote(table), warnings, table);
            out.append("if (-not (Get-").append(dialPlan).append(" -Identity ").append(quote(table))
                    .append(" -ErrorAction SilentlyContinue)) {\n");
            out.append("    New-").append(dialPlan).append(" -Identity ").append(quote(table)).append('\n').append("}\n");
            out.append("Set-").append(dialPlan).append(" -Identity ").append(quote(table)).append(" -NormalizationRules @{Replace=")
                    .append(vars.isEmpty() ? "@()" : String.join(", ", vars)).append("}\n");
        }

        // usages
        if (!voice.usages().isEmpty()) {
            String usage = teams ? "CsOnlinePstnUsage" : "CsPstnUsage";
            out.append("\n# PSTN usages\n");
            for (String u : voice.usages()) {
                out.append("if ((Get-").append(usage).append(" -Identity Global).Usage -notcontains ").append(quote(u)).append(") {\n");
                out.append("    Set-").append(usage).append(" -Identity Global -Usage @{Add=").append(quote(u)).append("}\n}\n");
            }
        }

        // translation rules and gateways
        Set<String> teamsTablesWritten = new LinkedHashSet<>();
        for (VoiceModel.Gateway g : voice.gateways()) {
            List<VoiceModel.Rule> rules = g.translation() == null ? null : voice.tables().get(g.translation());
            if (teams) {
                out.append("\n# Gateway ").append(g.name()).append(" (SBC ").append(g.fqdn()).append(")\n");
                if (rules != null && teamsTablesWritten.add(g.translation())) {
                    for (int i = 0; i < rules.size(); i++) {
                        VoiceModel.Rule r = rules.get(i);
                        String id = quote(g.translation() + "_" + (i + 1));
                        String args = " -Identity " + id + (r.label() == null ? "" : " -Description " + quote(r.label()))
                                + " -Pattern " + quote(r.pattern()) + " -Translation " + quote(r.translation());
                        out.append("if (-not (Get-CsTeamsTranslationRule -Identity ").append(id).append(" -ErrorAction SilentlyContinue)) {\n");
                        out.append("    New-CsTeamsTranslationRule").append(args).append("\n} else {\n");
                        out.append("    Set-CsTeamsTranslationRule").append(args).append("\n}\n");
                    }
                }
                out.append("if (-not (Get-CsOnlinePSTNGateway -Identity ").append(quote(g.fqdn())).append(" -ErrorAction SilentlyContinue)) {\n");
                out.append("    # the SIP signalling port is not in the model: 5061 is assumed\n");
                out.append("    New-CsOnlinePSTNGateway -Fqdn ").append(quote(g.fqdn())).append(" -SipSignalingPort 5061 -Enabled $true\n}\n");
                List<String> ids = new ArrayList<>();
                if (rules != null) {
                    out.append(MARKER).append(g.translation()).append('\n');
                    for (int i = 0; i < rules.size(); i++) {
                        ids.add(g.translation() + "_" + (i + 1));
                    }
                }
                out.append("Set-CsOnlinePSTNGateway -Identity ").append(quote(g.fqdn())).append(" -OutboundPstnNumberTranslationRules ")
                        .append(ids.isEmpty() ? "@()" : "@(" + list(ids) + ")").append('\n');
            } else if (rules != null) {
                String scope = quote("PstnGateway:" + g.fqdn());
                out.append("\n# Trunk to gateway ").append(g.name()).append(" (").append(g.fqdn()).append(")\n");
                List<String> vars = rules(out, "tr_" + g.name(), rules, "New-CsOutboundTranslationRule -Parent " + scope, warnings,
                        g.translation());
                out.append(MARKER).append(g.translation()).append('\n');
                out.append("if (-not (Get-CsTrunkConfiguration -Identity ").append(scope).append(" -ErrorAction SilentlyContinue)) {\n");
                out.append("    New-CsTrunkConfiguration -Identity ").append(scope).append("\n}\n");
                out.append("Set-CsTrunkConfiguration -Identity ").append(scope).append(" -OutboundTranslationRulesList @{Replace=")
                        .append(vars.isEmpty() ? "@()" : String.join(", ", vars)).append("}\n");
            }
        }

        // routes
        if (!voice.routes().isEmpty()) {
            out.append("\n# Routes, in priority order\n");
            String route = teams ? "CsOnlineVoiceRoute" : "CsVoiceRoute";
            String usages = teams ? "-OnlinePstnUsages" : "-PstnUsages";
            String gateways = teams ? "-OnlinePstnGatewayList" : "-PstnGatewayList";
            for (int i = 0; i < voice.routes().size(); i++) {
                VoiceModel.Route r = voice.routes().get(i);
                List<String> gws = new ArrayList<>();
                for (String fqdn : r.gateways()) {
                    gws.add(teams ? fqdn : "PstnGateway:" + fqdn);
                }
                String common = " -Identity " + quote(r.name()) + " -Priority " + i + " -NumberPattern " + quote(r.pattern());
                out.append("if (-not (Get-").append(route).append(" -Identity ").append(quote(r.name()))
                        .append(" -ErrorAction SilentlyContinue)) {\n");
                out.append("    New-").append(route).append(common).append(' ').append(usages).append(" @{Add=").append(list(r.usages()))
                        .append("} ").append(gateways).append(" @{Add=").append(list(gws)).append("}\n} else {\n");
                out.append("    Set-").append(route).append(common).append(' ').append(usages).append(" @{Replace=").append(list(r.usages()))
                        .append("} ").append(gateways).append(" @{Replace=").append(list(gws)).append("}\n}\n");
            }
        }

        // policies
        if (!voice.policies().isEmpty()) {
            out.append("\n# Voice ").append(teams ? "routing " : "").append("policies\n");
            String policy = teams ? "CsOnlineVoiceRoutingPolicy" : "CsVoicePolicy";
            String usages = teams ? "-OnlinePstnUsages" : "-PstnUsages";
            for (VoiceModel.Policy p : voice.policies()) {
                out.append("if (-not (Get-").append(policy).append(" -Identity ").append(quote(p.name()))
                        .append(" -ErrorAction SilentlyContinue)) {\n");
                out.append("    New-").append(policy).append(" -Identity ").append(quote(p.name())).append(' ').append(usages)
                        .append(" @{Add=").append(list(p.usages())).append("}\n} else {\n");
                out.append("    Set-").append(policy).append(" -Identity ").append(quote(p.name())).append(' ').append(usages)
                        .append(" @{Replace=").append(list(p.usages())).append("}\n}\n");
            }
        }
        return new Result(out.toString(), List.copyOf(warnings));
    }

    /** Writes one {@code -InMemory} rule per table rule into variables {@code $prefix_1...}; returns the variables. */
    private static List<String> rules(StringBuilder out, String prefix, List<VoiceModel.Rule> rules, String command,
            List<String> warnings, String table) {
        List<String> names = ruleNames(rules, table, warnings);
        List<String> vars = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            VoiceModel.Rule r = rules.get(i);
            String var = "$" + prefix + "_" + (i + 1);
            vars.add(var);
            out.append(var).append(" = ").append(command).append(" -Name ").append(quote(names.get(i))).append(" -Pattern ")
                    .append(quote(r.pattern())).append(" -Translation ").append(quote(r.translation())).append(" -InMemory\n");
        }
        return vars;
    }

    /**
     * Rule names: the label, else {@code Rule N} (N its position from 1); unique in the table (a second {@code X}
     * becomes {@code X (2)}); a {@code /}, which separates scope and name in an identity, becomes {@code -}.
     */
    static List<String> ruleNames(List<VoiceModel.Rule> rules, String table, List<String> warnings) {
        String[] names = new String[rules.size()];
        Set<String> used = new LinkedHashSet<>();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < rules.size(); i++) {
                String label = rules.get(i).label();
                if ((pass == 0) != (label != null)) {
                    continue;
                }
                String base = label == null ? "Rule " + (i + 1) : label.replace('/', '-');
                if (label != null && !base.equals(label)) {
                    warnings.add("table " + table + ": rule '" + label + "' is named '" + base + "' (a rule name cannot hold '/')");
                }
                String name = base;
                for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
                    name = base + " (" + n + ")";
                }
                if (label != null && !name.equals(base)) {
                    warnings.add("table " + table + ": a second rule '" + base + "' is named '" + name + "'");
                }
                names[i] = name;
            }
        }
        return List.of(names);
    }
}
