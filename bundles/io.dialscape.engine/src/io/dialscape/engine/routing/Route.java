package io.dialscape.engine.routing;

import io.dialscape.engine.regex.NetRegex;
import java.util.List;
import java.util.Objects;

/**
 * A voice route (Lync/SfB voice route, Teams online voice route): {@code route NAME pattern "..." usages
 * U1, U2 gateways G1, G2}. Routes are given to {@link VoiceRouting} in file order, which is their
 * priority.
 *
 * @param name     the route's name
 * @param pattern  the compiled number pattern, matched with .NET's {@code IsMatch} (unanchored sides match
 *                 anywhere) on the normalized number without its URI parameters; {@code null} when the
 *                 pattern has an error of its own ({@code regex.invalid}): the route then takes no part in
 *                 calls or in the analysis, as if absent
 * @param usages   the PSTN usages the route belongs to, by name (unresolved names may be left out)
 * @param gateways the gateways, by name, in order; the first is the one a call uses
 */
public record Route(String name, NetRegex pattern, List<String> usages, List<String> gateways) {

    public Route {
        Objects.requireNonNull(name, "name");
        usages = List.copyOf(usages);
        gateways = List.copyOf(gateways);
    }

    /** Whether the route takes part in routing: its pattern compiled. */
    public boolean active() {
        return pattern != null;
    }

    /** Whether the route belongs to {@code usage}. */
    public boolean inUsage(String usage) {
        return usages.contains(usage);
    }
}
