package io.dialscape.cli;

import java.util.Map;

/** One-line help per diagnostic code, for SARIF rule metadata (LANGUAGE.md section 8). */
final class RuleHelp {

    private RuleHelp() {
    }

    private static final Map<String, String> SUMMARIES = Map.ofEntries(
            Map.entry("collocation.unsupported", "A server's role set is not a supported collocation on its platform"),
            Map.entry("collocation.denied", "A server holds a pair of roles its platform explicitly forbids on one computer"),
            Map.entry("edge.internal", "An edge role on a server that is not in the perimeter network"),
            Map.entry("internal.perimeter", "An internal-network-only role on a server in the perimeter network"),
            Map.entry("pool.no-frontend", "A pool without a Front End server"),
            Map.entry("pool.standard-size", "A Standard Edition pool with more than one server"),
            Map.entry("fqdn.invalid", "A pool or server FQDN that is not a valid DNS name"),
            Map.entry("fqdn.duplicate", "Two servers with the same FQDN in one topology"),
            Map.entry("rule.unmatchable", "A rule that matches no number at all"),
            Map.entry("rule.shadowed", "A rule that never applies because earlier rules take all its numbers"),
            Map.entry("rule.conflict", "A rule with the same match as an earlier rule but a different result"),
            Map.entry("rule.duplicate", "A rule identical to an earlier one"),
            Map.entry("rule.redundant", "A rule whose removal changes no number's result"),
            Map.entry("rule.overlap", "Normalization rules that overlap with different results: order decides"),
            Map.entry("rule.length", "A length outside 1 to 32 or an empty range"),
            Map.entry("name.duplicate", "A name defined twice in one namespace"),
            Map.entry("test.invalid", "'-> none' on a digit table"),
            Map.entry("rule.flag-direction", "add-plus on an outgoing table or ignore-ars on an incoming one"),
            Map.entry("regex.invalid", "A pattern that does not compile or leaves the regular subset of .NET regex"),
            Map.entry("regex.group", "A translation that names a group the pattern does not have"),
            Map.entry("e164.invalid", "A result that starts with + but is not a valid E.164 number"),
            Map.entry("e164.implausible", "An E.164 result that is not a valid number of any region"),
            Map.entry("test.failed", "A dial-plan test whose actual result differs from the expected one"),
            Map.entry("dualfork.mismatch", "A dual-forking sample the gateway does not present like the SIP trunk"),
            Map.entry("dualfork.no-trunk", "Dual forking without a direct SIP trunk to a Mediation Server"),
            Map.entry("feature.prerequisite", "A feature whose required product is missing or too old"),
            Map.entry("forest.global-settings", "A multi-domain forest keeping global settings in the System container"),
            Map.entry("regex.class-separator", "A character class with a literal '|' or ',' (meant as alternation or a list?)"),
            Map.entry("users.unroutable", "Numbers a user group's dial plan produces that no route of its policy takes"),
            Map.entry("route.unused", "A route whose usages are in no voice policy"),
            Map.entry("usage.no-route", "A voice policy lists a PSTN usage that no route has"),
            Map.entry("call.failed", "A call case whose actual outcome (number, route, digits sent) differs from the expected one"),
            Map.entry("binding.direction", "A gateway binding that uses an incoming table as the outgoing list, or the reverse"),
            Map.entry("number.invalid", "A test input or sample that is not a number"),
            Map.entry("syntax", "The text does not follow the .ucm grammar"),
            Map.entry("linking", "A reference to something that is not defined"),
            Map.entry("file.empty", "A model file that defines nothing"),
            Map.entry("internal", "Dialscape failed while checking this element"));

    static String summary(String code) {
        return SUMMARIES.getOrDefault(code, "Dialscape diagnostic " + code);
    }
}
