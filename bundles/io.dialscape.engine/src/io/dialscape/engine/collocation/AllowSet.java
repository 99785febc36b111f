package io.dialscape.engine.collocation;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code allow} line of a platform (LANGUAGE.md section 2): role sets that may share one computer.
 *
 * <ul>
 * <li>A plain set, {@code allow R1, R2, ... [in standard|enterprise]}, covers every non-empty part of
 * {@code roles}.</li>
 * <li>An anchored set, {@code allow C with R1, R2, ... [in ...]}, covers the role sets that contain the
 * anchor {@code C} and otherwise only roles of the list: the vendors' tables read this way (conferencing
 * roles join a Front End; two of them on a computer without it is the expanded configuration, one computer
 * each).</li>
 * </ul>
 *
 * @param roles   every role of the line, the anchor first for an anchored set, in the order the platform
 *                lists them (kept for messages; equality ignores order)
 * @param edition the pool edition the set is limited to, or {@code null} when it applies to every server,
 *                including servers that are in no pool
 * @param anchor  the role every covered set must hold ({@code allow C with ...}), or {@code null} for a
 *                plain set; when given it is also in {@code roles}
 */
public record AllowSet(Set<String> roles, Edition edition, String anchor) {

    public AllowSet {
        LinkedHashSet<String> copy = new LinkedHashSet<>();
        if (anchor != null) {
            copy.add(anchor);
        }
        copy.addAll(Objects.requireNonNull(roles, "roles"));
        roles = Collections.unmodifiableSet(copy);
    }

    /** A plain set: it covers each of its non-empty parts. */
    public AllowSet(Set<String> roles, Edition edition) {
        this(roles, edition, null);
    }

    /** A plain set that applies to every server. */
    public static AllowSet of(Collection<String> roles) {
        return new AllowSet(new LinkedHashSet<>(roles), null, null);
    }

    /** A plain set that applies only to servers of a pool of {@code edition} ({@code null}: every server). */
    public static AllowSet of(Collection<String> roles, Edition edition) {
        return new AllowSet(new LinkedHashSet<>(roles), edition, null);
    }

    /** An anchored set: the sets that hold {@code anchor} and otherwise only roles of {@code with}. */
    public static AllowSet anchored(String anchor, Collection<String> with, Edition edition) {
        return new AllowSet(new LinkedHashSet<>(with), edition, Objects.requireNonNull(anchor, "anchor"));
    }

    /** Whether this is an {@code allow C with ...} line. */
    public boolean isAnchored() {
        return anchor != null;
    }

    /** Whether this set applies to a server of a pool of {@code serverEdition} ({@code null}: in no pool). */
    public boolean appliesTo(Edition serverEdition) {
        return edition == null || edition == serverEdition;
    }

    /**
     * The set as messages show it, without the edition: {@code {AccessEdge, AVEdge}} for a plain set,
     * {@code {FrontEnd with WebComponents, AVConferencing}} for an anchored one.
     */
    public String describe() {
        if (anchor == null) {
            return "{" + String.join(", ", roles) + "}";
        }
        return "{" + anchor + " with " + String.join(", ", roles.stream().skip(1).toList()) + "}";
    }

    /** The set as the platform writes it: {@code {FrontEnd with WebComponents} in standard}. */
    @Override
    public String toString() {
        return describe() + (edition == null ? "" : " in " + edition.keyword());
    }
}
