package io.dialscape.engine.routing;

import io.dialscape.engine.DialedNumber;
import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.digits.DigitOutcome;
import io.dialscape.engine.regex.NormalizationOutcome;
import io.dialscape.engine.regex.NormalizationTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The voice routing of one topology (LANGUAGE.md section 10): its routes in priority (file) order and its
 * gateways. Answers what a call does ({@link #call}) and what a group of users cannot reach
 * ({@link #unroutable}).
 *
 * <p>Elements with errors of their own take no part: routes whose pattern is {@code null}, dial-plan and
 * translation rules the caller excluded when building the tables. A route's gateway that is not among
 * {@code gateways} (it did not resolve) is treated as a gateway without translation.
 *
 * <p>Instances are thread-safe. The analysis caches its work per dial plan (by table identity: groups
 * that share a dial plan should share the {@link NormalizationTable} instance), per policy usage list and
 * per (dial plan, policy) pair, so an estate of many groups over few plans and policies is analysed once
 * per pair.
 */
public final class VoiceRouting {

    private final List<Route> routes;
    private final Map<String, TrunkGateway> gateways;
    private final UnroutableAnalysis analysis;

    /**
     * @param routes   every route of the topology, in file order (= priority)
     * @param gateways the topology's gateways; a name given twice keeps the first
     */
    public VoiceRouting(List<Route> routes, Collection<TrunkGateway> gateways) {
        this.routes = List.copyOf(routes);
        Map<String, TrunkGateway> byName = new LinkedHashMap<>();
        for (TrunkGateway g : gateways) {
            byName.putIfAbsent(g.name(), g);
        }
        this.gateways = Collections.unmodifiableMap(byName);
        this.analysis = new UnroutableAnalysis(this.routes);
    }

    /** The routes, in priority order (those without a pattern included). */
    public List<Route> routes() {
        return routes;
    }

    /** The gateways by name. */
    public Map<String, TrunkGateway> gateways() {
        return gateways;
    }

    /** The routes of {@code usage} that take part, in priority order. */
    public List<Route> routes(String usage) {
        List<Route> out = new ArrayList<>();
        for (Route r : routes) {
            if (r.active() && r.inUsage(usage)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * What a call does, LANGUAGE.md section 10 steps 1 to 5.
     *
     * @param dialPlan the calling group's dial plan
     * @param policy   the calling group's policy
     * @param dialed   the dialed number, bare or {@code tel:} URI
     * @throws InvalidNumberException when {@code dialed} is not a number (its message is user-facing)
     */
    public CallPath call(NormalizationTable dialPlan, VoicePolicy policy, String dialed)
            throws InvalidNumberException {
        return call(dialPlan, policy, dialed, DialedNumber.parse(dialed));
    }

    /** {@link #call(NormalizationTable, VoicePolicy, String)} on a parsed number. */
    public CallPath call(NormalizationTable dialPlan, VoicePolicy policy, DialedNumber dialed) {
        return call(dialPlan, policy, dialed.text(), dialed);
    }

    private CallPath call(NormalizationTable dialPlan, VoicePolicy policy, String text, DialedNumber number) {
        Objects.requireNonNull(policy, "policy");
        // 1. normalize
        NormalizationOutcome outcome = dialPlan.evaluate(number);
        String normalized = outcome.normalized() ? outcome.result() : number.text();
        String routing = withoutParameters(normalized);
        // 2. select the route
        String usage = null;
        Route route = null;
        for (String u : policy.usages()) {
            route = firstRoute(u, routing);
            if (route != null) {
                usage = u;
                break;
            }
        }
        if (route == null) {
            return new CallPath(text, normalized, outcome.rule(), policy, null, null, null, null, -1,
                    CallPath.NO_LBG, null);
        }
        // 3. translate for the trunk
        TrunkGateway gateway = route.gateways().isEmpty() ? null : gateways.get(route.gateways().get(0));
        String translated = routing;
        int translationRule = -1;
        if (gateway != null && gateway.translation() != null) {
            NormalizationOutcome t = evaluate(gateway.translation(), routing);
            if (t.normalized()) {
                translated = withoutParameters(t.result());
                translationRule = t.rule();
            }
        }
        // 4. through the Live Business Gateway
        String sent = translated;
        int lbgRule = CallPath.NO_LBG;
        if (gateway != null && gateway.outgoing() != null) {
            DialedNumber parsed = readable(translated);
            if (parsed == null) {
                lbgRule = CallPath.LBG_UNREADABLE;
            } else {
                DigitOutcome d = gateway.outgoing().evaluate(parsed);
                sent = d.result();
                lbgRule = d.matched() ? d.rule() : CallPath.LBG_DEFAULT;
            }
        }
        // 5. what is sent
        return new CallPath(text, normalized, outcome.rule(), policy, usage, route, gateway, translated,
                translationRule, lbgRule, sent);
    }

    /** The first route of {@code usage}, in priority order, that matches {@code number}; null if none. */
    Route firstRoute(String usage, String number) {
        for (Route r : routes) {
            if (r.active() && r.inUsage(usage) && r.pattern().isMatch(number)) {
                return r;
            }
        }
        return null;
    }

    /** A trunk translation on a number that may not be a dialable number: such a number is left as it is. */
    private static NormalizationOutcome evaluate(NormalizationTable table, String number) {
        DialedNumber parsed = readable(number);
        return parsed == null ? NormalizationOutcome.NOT_NORMALIZED : table.evaluate(parsed);
    }

    private static DialedNumber readable(String number) {
        try {
            return DialedNumber.parse(number);
        } catch (InvalidNumberException e) {
            return null;
        }
    }

    static String withoutParameters(String number) {
        int semicolon = number.indexOf(';');
        return semicolon < 0 ? number : number.substring(0, semicolon);
    }

    /**
     * The exact {@code users.unroutable} analysis (LANGUAGE.md section 10): a dialed number that a rule of
     * {@code dialPlan} turns into an E.164 number (judged before any {@code ;}: {@code +}, 1 to 15 digits, the
     * first not 0) which, without its URI parameters, no route of any usage of {@code policy} matches.
     * Dialed numbers that match no rule are not considered.
     *
     * <p>Empty if and only if there is no such number, for rules of the exact shape (see
     * {@link io.dialscape.engine.regex.TableReach}: constant translations, or literals and {@code $n} with each
     * group at most once, in order, not repeated, no look-ahead); otherwise the shortest such dialed number
     * (then the smallest in character order, {@code # * + 0-9}), its normalized form and its rule. A rule
     * outside the exact shape contributes only examples checked with the evaluator ({@link Unroutable#exact()}
     * false); docs/decisions.md, "Voice routing analysis", has the details.
     *
     * <p>Cached per dial plan (by identity), per set of usages and per pair: call it for every group.
     */
    public Optional<Unroutable> unroutable(NormalizationTable dialPlan, VoicePolicy policy) {
        return analysis.unroutable(dialPlan, policy);
    }
}
