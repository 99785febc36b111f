package io.dialscape.engine.collocation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code deny A with B, C | * "reason"} line of a platform: roles that must never share a computer
 * with {@code role}. A deny wins over every allow set.
 *
 * @param role   the role the deny is about ({@code A})
 * @param with   the roles it may not share a computer with; empty for {@code *}, which means any other role
 * @param reason the sentence the platform gives, shown to the user (sentence case, no final period)
 */
public record DenyRule(String role, Set<String> with, String reason) {

    public DenyRule {
        Objects.requireNonNull(role, "role");
        with = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(with, "with")));
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code deny role with * "reason"}. */
    public static DenyRule withAnyRole(String role, String reason) {
        return new DenyRule(role, Set.of(), reason);
    }

    /** {@code deny role with with... "reason"}. */
    public static DenyRule with(String role, Collection<String> with, String reason) {
        return new DenyRule(role, new LinkedHashSet<>(with), reason);
    }

    /** Whether this is {@code deny role with *}. */
    public boolean withAnyRole() {
        return with.isEmpty();
    }

    @Override
    public String toString() {
        return "deny " + role + " with " + (with.isEmpty() ? "*" : String.join(", ", with)) + " \"" + reason + "\"";
    }
}
