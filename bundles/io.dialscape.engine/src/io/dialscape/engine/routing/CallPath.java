package io.dialscape.engine.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one call did (LANGUAGE.md section 10, steps 1 to 5), as {@link VoiceRouting#call} found it.
 *
 * @param dialed            the number as given
 * @param normalized        step 1: the dial plan's result, URI parameters included; the prepared number
 *                          (as the patterns see it: {@code tel:}, parameters and separators dropped) when no
 *                          rule matched
 * @param normalizationRule 0-based index of the dial-plan rule that matched, or -1 when none did
 * @param policy            the calling group's policy
 * @param usage             step 2: the usage that gave the route, or {@code null} when unroutable
 * @param route             step 2: the route used, or {@code null} when unroutable
 * @param gateway           step 3: the route's first gateway, or {@code null} when unroutable or when the
 *                          route has no gateway that the model resolved
 * @param translated        step 3: the number after the gateway's trunk translation (the routing number
 *                          when there is no translation table or no rule matched), or {@code null} when
 *                          unroutable
 * @param translationRule   0-based index of the trunk translation rule that matched, or -1
 * @param lbgRule           step 4: 0-based index of the LBG outgoing rule that matched, {@link #LBG_DEFAULT}
 *                          when none did (ARS digits and the number), {@link #NO_LBG} when the gateway has
 *                          no outgoing table, {@link #LBG_UNREADABLE} when the table could not read the
 *                          number (it is then sent as translated)
 * @param sent              step 5: the number sent, without URI parameters, or {@code null} when unroutable
 */
public record CallPath(String dialed, String normalized, int normalizationRule, VoicePolicy policy, String usage,
        Route route, TrunkGateway gateway, String translated, int translationRule, int lbgRule, String sent) {

    /** {@link #lbgRule()}: the outgoing table's default applied (no rule matched). */
    public static final int LBG_DEFAULT = -1;
    /** {@link #lbgRule()}: no LBG outgoing table on the way. */
    public static final int NO_LBG = -2;
    /** {@link #lbgRule()}: the translated number is not a number the LBG table reads (empty, letters). */
    public static final int LBG_UNREADABLE = -3;

    public CallPath {
        Objects.requireNonNull(dialed, "dialed");
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(policy, "policy");
    }

    /** Whether a dial-plan rule normalized the number (step 1). */
    public boolean normalizedByRule() {
        return normalizationRule >= 0;
    }

    /** Whether a route was found (step 2); {@code false}: the call is unroutable. */
    public boolean routed() {
        return route != null;
    }

    /** The number routes see: {@link #normalized()} without its URI parameters. */
    public String routingNumber() {
        int semicolon = normalized.indexOf(';');
        return semicolon < 0 ? normalized : normalized.substring(0, semicolon);
    }

    /**
     * The whole path in words, no final period, for {@code call.failed}, hover and {@code trace}: for example
     * {@code '5551234' normalizes to '+12065551234' by rule 'Local 7' (line 29), usage 'Seattle', route
     * 'Local206' (line 16), gateway 'nwsbc1', trunk translation by rule 'NANP' (line 35), sends
     * '2065551234'}, or {@code '01133123456789' normalizes to '+33123456789' by rule 'Intl' (line 33), and no
     * route of policy 'Domestic' matches it}.
     */
    public String describe(RoutingNames names) {
        StringBuilder sb = new StringBuilder();
        sb.append('\'').append(dialed).append('\'');
        if (normalizedByRule()) {
            sb.append(" normalizes to '").append(normalized).append("' by ")
                    .append(names.dialPlanRule(normalizationRule));
        } else {
            sb.append(" matches no dial-plan rule and goes on as '").append(normalized).append('\'');
        }
        if (!routed()) {
            return sb.append(", and no route of policy '").append(policy.name()).append("' matches it").toString();
        }
        sb.append(", usage '").append(usage).append("', route ").append(names.route(route));
        if (gateway == null) {
            sb.append(" (no gateway)");
        } else {
            sb.append(", gateway ").append(names.gateway(gateway));
            if (gateway.translation() != null) {
                if (translationRule >= 0) {
                    sb.append(", trunk translation by ").append(names.translationRule(gateway, translationRule));
                } else {
                    sb.append(", no trunk translation rule matches");
                }
            }
            if (lbgRule >= 0) {
                sb.append(", LBG outgoing ").append(names.lbgRule(gateway, lbgRule));
            } else if (lbgRule == LBG_DEFAULT) {
                sb.append(", no LBG outgoing rule matches");
            } else if (lbgRule == LBG_UNREADABLE) {
                sb.append(", the LBG outgoing table cannot read '").append(translated).append('\'');
            }
        }
        return sb.append(", sends '").append(sent).append('\'').toString();
    }

    /**
     * Compares the path with a call case: empty when every expected component holds, otherwise the
     * {@code call.failed} message, sentence case, no final period, naming what was expected and the whole
     * actual path: for example {@code Expected route 'NANP', but '5551234' normalizes to '+12065551234' by
     * rule 'Local 7' (line 29), usage 'Seattle', route 'Local206' (line 16), gateway 'nwsbc1', trunk
     * translation by rule 'NANP' (line 35), sends '2065551234'}.
     */
    public Optional<String> check(CallExpectation expected, RoutingNames names) {
        List<String> wrong = new ArrayList<>();
        if (expected.normalized() != null && !expected.normalized().equals(normalized)) {
            wrong.add("normalized number '" + expected.normalized() + "'");
        }
        if (expected.route() != null && (route == null || !expected.route().equals(route.name()))) {
            wrong.add("route '" + expected.route() + "'");
        }
        if (expected.sends() != null && !expected.sends().equals(sent)) {
            wrong.add("sent number '" + expected.sends() + "'");
        }
        if (expected.unroutable() && routed()) {
            wrong.add("no route");
        }
        if (wrong.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("Expected ");
        for (int i = 0; i < wrong.size(); i++) {
            if (i > 0) {
                sb.append(i == wrong.size() - 1 ? " and " : ", ");
            }
            sb.append(wrong.get(i));
        }
        return Optional.of(sb.append(", but ").append(describe(names)).toString());
    }
}
