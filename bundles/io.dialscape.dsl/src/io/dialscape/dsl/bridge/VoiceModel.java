package io.dialscape.dsl.bridge;

import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.dialscape.Usage;
import io.dialscape.dsl.dialscape.Usages;
import io.dialscape.dsl.dialscape.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * What of a model PowerShell can hold (LANGUAGE.md section 11): normalization tables (dial plans, and the trunk
 * translation tables of gateways with an FQDN), PSTN usages, routes in order with their gateways by FQDN, voice
 * policies, and gateways by FQDN with their translation table. {@link #notExported} says, one line each, what the
 * model has that PowerShell cannot hold. This is what {@code export powershell} writes, and what the round trip
 * {@code import(export(model))} gives back.
 */
public record VoiceModel(Map<String, List<Rule>> tables, Set<String> dialPlans, List<String> usages, List<Route> routes,
        List<Policy> policies, List<Gateway> gateways, String platform, List<String> notExported) {

    /** A rule of a normalization or translation table; the label may be null. */
    public record Rule(String label, String pattern, String translation) {
    }

    /** A route: its usages by name, its gateways by FQDN, in order. */
    public record Route(String name, String pattern, List<String> usages, List<String> gateways) {
    }

    public record Policy(String name, List<String> usages) {
    }

    /** A gateway with an FQDN; {@code translation} names its trunk translation table, or is null. */
    public record Gateway(String name, String fqdn, String translation) {
    }

    /**
     * The voice configuration of the models' own elements (not the bundled library's), with what PowerShell cannot
     * hold left out and listed. With {@code lync}, a gateway that neither a route nor a translation table needs is left
     * out too: Lync gateways live in the topology document, and PowerShell names them only through routes and trunk
     * configurations.
     */
    public static VoiceModel of(List<Model> models, boolean lync) {
        Map<String, List<Rule>> tables = new LinkedHashMap<>();
        Set<String> translationTables = new LinkedHashSet<>();
        Set<String> userPlans = new LinkedHashSet<>();
        List<String> usages = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        List<Policy> policies = new ArrayList<>();
        List<Gateway> gateways = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String platform = null;
        int topologies = 0;
        for (Model model : models) {
            for (Element element : model.getElements()) {
                if (element instanceof Normalization n) {
                    List<Rule> rules = new ArrayList<>();
                    for (NormalizationRule r : n.getRules()) {
                        rules.add(new Rule(r.getLabel(), nz(r.getPattern()), nz(r.getTranslation())));
                    }
                    tables.put(n.getName(), rules);
                } else if (element instanceof DigitTable d) {
                    notes.add("digits " + d.getName() + " (line " + line(d)
                            + "): a Mitel LBG digit-modification table is configured on the gateway, not in PowerShell");
                } else if (element instanceof Topology t) {
                    topologies++;
                    if (platform == null && t.getPlatform() != null && !t.getPlatform().eIsProxy()) {
                        platform = t.getPlatform().getName();
                    }
                    topology(t, lync, usages, routes, policies, gateways, translationTables, userPlans, notes);
                } else if (element instanceof io.dialscape.dsl.dialscape.Test test) {
                    notes.add("test " + (test.getTable() == null || test.getTable().eIsProxy() ? "?" : testName(test))
                            + " (line " + line(test) + "): tests are run by 'dialscape validate', not deployed");
                } else if (element instanceof io.dialscape.dsl.dialscape.Platform p) {
                    notes.add("platform " + p.getName() + " (line " + line(p) + "): library data, not deployed");
                } else if (element instanceof io.dialscape.dsl.dialscape.Product p) {
                    notes.add("product " + p.getName() + " (line " + line(p) + "): library data, not deployed");
                }
            }
        }
        if (topologies > 1) {
            notes.add(topologies + " topologies: their routing goes into one deployment (names must not clash)");
        }
        Set<String> dialPlans = new LinkedHashSet<>();
        for (String table : tables.keySet()) {
            if (!translationTables.contains(table) || userPlans.contains(table)) {
                dialPlans.add(table);
            }
        }
        return new VoiceModel(tables, dialPlans, usages, routes, policies, gateways, platform, notes);
    }

    private static String testName(io.dialscape.dsl.dialscape.Test test) {
        EObject table = test.getTable();
        if (table instanceof Topology t) {
            return t.getName();
        }
        if (table instanceof Normalization n) {
            return n.getName();
        }
        if (table instanceof DigitTable d) {
            return d.getName();
        }
        return "?";
    }

    private static void topology(Topology t, boolean lync, List<String> usages, List<Route> routes, List<Policy> policies,
            List<Gateway> gateways, Set<String> translationTables, Set<String> userPlans, List<String> notes) {
        Map<Gateway, Boolean> needed = new LinkedHashMap<>();
        Map<EObject, Gateway> byObject = new LinkedHashMap<>();
        for (EObject member : t.getMembers()) {
            if (!(member instanceof io.dialscape.dsl.dialscape.Gateway g)) {
                continue;
            }
            {
                if (g.getFqdn() == null || g.getFqdn().isBlank()) {
                    notes.add("gateway " + g.getName() + " (line " + line(g) + "): it has no FQDN, so PowerShell cannot name it"
                            + " (routes through it leave it out)");
                    continue;
                }
                String translation = g.getTranslation() == null || g.getTranslation().eIsProxy() ? null : g.getTranslation().getName();
                if (translation != null) {
                    translationTables.add(translation);
                }
                if (!g.getBindings().isEmpty()) {
                    notes.add("gateway " + g.getName() + " (line " + line(g) + "): its icp bindings are configured on the Live"
                            + " Business Gateway, not in PowerShell");
                }
                Gateway gateway = new Gateway(g.getName(), g.getFqdn(), translation);
                byObject.put(g, gateway);
                needed.put(gateway, !lync || translation != null);
            }
        }
        for (EObject member : t.getMembers()) {
            if (member instanceof io.dialscape.dsl.dialscape.Gateway) {
                continue;
            } else if (member instanceof Usages u) {
                for (Usage usage : u.getUsages()) {
                    if (!usages.contains(usage.getName())) {
                        usages.add(usage.getName());
                    }
                }
            } else if (member instanceof io.dialscape.dsl.dialscape.Route r) {
                List<String> fqdns = new ArrayList<>();
                List<String> left = new ArrayList<>();
                for (io.dialscape.dsl.dialscape.Gateway g : r.getGateways()) {
                    Gateway gateway = byObject.get(g);
                    if (gateway != null) {
                        fqdns.add(gateway.fqdn());
                        needed.put(gateway, true);
                    } else if (g != null && !g.eIsProxy()) {
                        left.add(g.getName());
                    }
                }
                if (fqdns.isEmpty()) {
                    notes.add("route " + r.getName() + " (line " + line(r) + "): none of its gateways has an FQDN");
                    continue;
                }
                if (!left.isEmpty()) {
                    notes.add("route " + r.getName() + " (line " + line(r) + "): its gateway" + (left.size() > 1 ? "s " : " ")
                            + String.join(", ", left) + " without an FQDN " + (left.size() > 1 ? "are" : "is") + " left out");
                }
                List<String> names = new ArrayList<>();
                for (Usage usage : r.getUsages()) {
                    if (usage != null && !usage.eIsProxy()) {
                        names.add(usage.getName());
                    }
                }
                routes.add(new Route(r.getName(), nz(r.getPattern()), names, fqdns));
            } else if (member instanceof io.dialscape.dsl.dialscape.Policy p) {
                List<String> names = new ArrayList<>();
                for (Usage usage : p.getUsages()) {
                    if (usage != null && !usage.eIsProxy()) {
                        names.add(usage.getName());
                    }
                }
                policies.add(new Policy(p.getName(), names));
            } else if (member instanceof Users u) {
                if (u.getDialplan() != null && !u.getDialplan().eIsProxy()) {
                    userPlans.add(u.getDialplan().getName());
                }
                notes.add("users " + u.getName() + " (line " + line(u) + "): assign the dial plan and policy to the users with"
                        + " Grant-Cs" + (isTeams(t) ? "TenantDialPlan / Grant-CsOnlineVoiceRoutingPolicy" : "DialPlan / Grant-CsVoicePolicy"));
            } else if (member instanceof io.dialscape.dsl.dialscape.Site s) {
                notes.add("site " + s.getName() + " (line " + line(s) + "): sites, pools and servers are published with"
                        + " Topology Builder, not PowerShell");
            } else if (member instanceof io.dialscape.dsl.dialscape.Pbx p) {
                notes.add("pbx " + p.getName() + " (line " + line(p) + "): not a Lync or Teams object");
            } else if (member instanceof io.dialscape.dsl.dialscape.Appliance a) {
                notes.add("appliance " + a.getName() + " (line " + line(a) + "): not a Lync or Teams object");
            } else if (member instanceof io.dialscape.dsl.dialscape.Trunk tr) {
                notes.add("trunk (line " + line(tr) + "): a direct SIP trunk is published with Topology Builder");
            } else if (member instanceof io.dialscape.dsl.dialscape.DualForking d) {
                notes.add("dual-forking (line " + line(d) + "): configured on the PBX and gateway, not in PowerShell");
            } else if (member instanceof io.dialscape.dsl.dialscape.Forest f) {
                notes.add("forest (line " + line(f) + "): Active Directory, not in PowerShell");
            }
        }
        for (Map.Entry<Gateway, Boolean> e : needed.entrySet()) {
            if (e.getValue() && gateways.stream().noneMatch(g -> g.fqdn().equalsIgnoreCase(e.getKey().fqdn()))) {
                gateways.add(e.getKey());
            } else if (!e.getValue()) {
                notes.add("gateway " + e.getKey().name() + ": no route and no translation table need it: a Lync gateway is"
                        + " published with Topology Builder");
            }
        }
    }

    static boolean isTeams(Topology t) {
        return t.getPlatform() != null && !t.getPlatform().eIsProxy() && "teams".equals(t.getPlatform().getName());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static int line(EObject o) {
        var node = NodeModelUtils.findActualNodeFor(o);
        return node == null ? 0 : node.getStartLine();
    }
}
