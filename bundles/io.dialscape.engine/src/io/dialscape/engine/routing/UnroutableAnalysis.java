package io.dialscape.engine.routing;

import io.dialscape.engine.regex.NormalizationTable;
import java.util.List;
import java.util.Optional;

/**
 * The {@code users.unroutable} analysis behind {@link VoiceRouting#unroutable}, with its caches.
 */
final class UnroutableAnalysis {

    private final List<Route> routes;

    UnroutableAnalysis(List<Route> routes) {
        this.routes = routes;
    }

    Optional<Unroutable> unroutable(NormalizationTable dialPlan, VoicePolicy policy) {
        throw new UnsupportedOperationException("users.unroutable: not yet implemented");
    }
}
