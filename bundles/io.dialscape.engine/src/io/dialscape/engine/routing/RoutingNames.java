package io.dialscape.engine.routing;

import io.dialscape.engine.RuleNamer;

/**
 * How messages refer to the elements of a call path. Each method returns the complete reference, name
 * in single quotes and, where the adapter knows it, the line: for example {@code rule 'Local 7' (line 29)},
 * {@code 'NANP' (line 17)}. The engine knows no files or lines; the defaults quote names and number rules
 * by position.
 */
public interface RoutingNames {

    /** A rule of the calling group's dial plan: {@code rule 'Local 7' (line 29)}. */
    default String dialPlanRule(int index) {
        return RuleNamer.byPosition().name(index);
    }

    /** A route: {@code 'NANP' (line 17)}. */
    default String route(Route route) {
        return "'" + route.name() + "'";
    }

    /** A gateway: {@code 'nwsbc1'}. */
    default String gateway(TrunkGateway gateway) {
        return "'" + gateway.name() + "'";
    }

    /** A rule of a gateway's translation table: {@code rule 'NANP' (line 35)}. */
    default String translationRule(TrunkGateway gateway, int index) {
        return RuleNamer.byPosition().name(index);
    }

    /** A rule of a gateway's LBG outgoing digit table: {@code rule 'Long distance' (line 4)}. */
    default String lbgRule(TrunkGateway gateway, int index) {
        return RuleNamer.byPosition().name(index);
    }

    /** The defaults: names quoted, rules by position ({@code rule 3}). */
    static RoutingNames plain() {
        return new RoutingNames() {
        };
    }

    /** The defaults, with the dial plan's rules named by {@code dialPlan}. */
    static RoutingNames withDialPlan(RuleNamer dialPlan) {
        return new RoutingNames() {
            @Override
            public String dialPlanRule(int index) {
                return dialPlan.name(index);
            }
        };
    }
}
