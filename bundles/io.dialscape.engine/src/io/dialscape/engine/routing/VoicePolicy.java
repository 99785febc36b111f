package io.dialscape.engine.routing;

import java.util.List;
import java.util.Objects;

/**
 * A voice policy (Lync/SfB) or online voice routing policy (Teams): PSTN usages in order.
 *
 * @param name   the policy's name, for messages
 * @param usages the usages, by name, in priority order (unresolved names may be left out)
 */
public record VoicePolicy(String name, List<String> usages) {

    public VoicePolicy {
        Objects.requireNonNull(name, "name");
        usages = List.copyOf(usages);
    }
}
