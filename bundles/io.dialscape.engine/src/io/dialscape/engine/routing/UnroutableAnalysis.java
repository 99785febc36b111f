package io.dialscape.engine.routing;

import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.TableReach;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code users.unroutable} analysis behind {@link VoiceRouting#unroutable}, with its caches: per dial
 * plan (its rules' effective domains and programs, {@link TableReach}), per set of usages (the E.164
 * numbers none of their routes matches, a {@link TableReach.Target}) and per (dial plan, usage set) pair
 * (the answer). Groups sharing a plan and a policy cost one lookup.
 */
final class UnroutableAnalysis {

    private final List<Route> routes;
    private final Map<NormalizationTable, TableReach> plans = new IdentityHashMap<>();
    private final Map<Set<String>, TableReach.Target> targets = new java.util.HashMap<>();
    private final Map<NormalizationTable, Map<Set<String>, Optional<TableReach.Example>>> answers =
            new IdentityHashMap<>();

    UnroutableAnalysis(List<Route> routes) {
        this.routes = routes;
    }

    synchronized Optional<Unroutable> unroutable(NormalizationTable dialPlan, VoicePolicy policy) {
        Set<String> usages = new TreeSet<>(policy.usages());
        Optional<TableReach.Example> example = answers.computeIfAbsent(dialPlan, t -> new java.util.HashMap<>())
                .computeIfAbsent(usages, u -> plan(dialPlan).firstInto(target(u)));
        return example.map(e -> new Unroutable(e.dialed(), e.normalized(), e.rule(), policy.name(), e.exact()));
    }

    private TableReach plan(NormalizationTable table) {
        return plans.computeIfAbsent(table, TableReach::of);
    }

    private TableReach.Target target(Set<String> usages) {
        return targets.computeIfAbsent(usages, u -> {
            List<NetRegex> patterns = new ArrayList<>();
            for (Route r : routes) {
                if (r.active() && r.usages().stream().anyMatch(u::contains)) {
                    patterns.add(r.pattern());
                }
            }
            return TableReach.e164MatchedByNone(patterns);
        });
    }
}
