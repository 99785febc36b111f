package io.dialscape.engine.routing;

import io.dialscape.engine.RuleNamer;

/**
 * The example of a {@code users.unroutable} finding: the shortest dialed number (then the smallest in
 * character order, for reproducible messages) that a rule of the group's dial plan turns into an E.164
 * number (judged before any {@code ;}) that no route of any usage of the group's policy matches.
 *
 * @param dialed     the dialed number, as the dial plan's patterns see it ({@code +} and {@code 0-9 * #})
 * @param normalized what the rule makes of it, URI parameters included
 * @param rule       0-based index of the dial-plan rule that produced {@code normalized}
 * @param policy     the policy's name
 * @param exact      {@code true} when found by the exact analysis (then {@code dialed} is the shortest);
 *                   {@code false} when a rule outside the exact shape gave it (a verified example, not
 *                   necessarily the shortest; see docs/decisions.md, "Voice routing analysis")
 */
public record Unroutable(String dialed, String normalized, int rule, String policy, boolean exact) {

    /**
     * The message on the {@code users} line, sentence case, no final period: for example
     * {@code Dialing '0112000000' gives '+2000000' (rule 'Intl' (line 33)), which no route of policy
     * 'Domestic' matches}.
     */
    public String message(RuleNamer dialPlan) {
        return "Dialing '" + dialed + "' gives '" + normalized + "' (" + dialPlan.name(rule)
                + "), which no route of policy '" + policy + "' matches";
    }
}
