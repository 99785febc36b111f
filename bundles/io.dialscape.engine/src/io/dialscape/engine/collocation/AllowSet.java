package io.dialscape.engine.collocation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code allow R1, R2, ... [in standard|enterprise]} line of a platform: a set of roles that may
 * share one computer.
 *
 * @param roles   the roles, in the order the platform lists them (kept for messages; equality ignores order)
 * @param edition the pool edition the set is limited to, or {@code null} when it applies to every server,
 *                including servers that are in no pool
 */
public record AllowSet(Set<String> roles, Edition edition) {

    public AllowSet {
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(roles, "roles")));
    }

    /** An allow set that applies to every server. */
    public static AllowSet of(Collection<String> roles) {
        return new AllowSet(new LinkedHashSet<>(roles), null);
    }

    /** An allow set that applies only to servers of a pool of {@code edition} ({@code null}: every server). */
    public static AllowSet of(Collection<String> roles, Edition edition) {
        return new AllowSet(new LinkedHashSet<>(roles), edition);
    }

    /** Whether this set applies to a server of a pool of {@code serverEdition} ({@code null}: in no pool). */
    public boolean appliesTo(Edition serverEdition) {
        return edition == null || edition == serverEdition;
    }

    /** The set as messages show it: {@code {FrontEnd, WebComponents}} (without the edition). */
    public String describe() {
        return "{" + String.join(", ", roles) + "}";
    }

    /** The set as the platform writes it: {@code {FrontEnd, WebComponents} in standard}. */
    @Override
    public String toString() {
        return describe() + (edition == null ? "" : " in " + edition.keyword());
    }
}
