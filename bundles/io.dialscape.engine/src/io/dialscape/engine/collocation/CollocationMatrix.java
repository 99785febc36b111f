package io.dialscape.engine.collocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The collocation rules of one platform (LANGUAGE.md section 2): which roles may share one computer.
 *
 * <p>A server's role set is supported when it holds a single role, or when at least one {@link AllowSet}
 * that applies to it covers it: an unqualified set applies to every server, a set {@code in standard} or
 * {@code in enterprise} only to the servers of a pool of that edition. A plain set covers each of its
 * non-empty parts; an anchored set ({@code allow C with ...}) covers the parts that hold {@code C}. Anything
 * not identified is not supported. A {@link DenyRule} wins over every allow set: a server that holds the deny's role and one of
 * its {@code with} roles (any other role for {@code *}) is denied, whatever the allow sets say. Duplicate
 * role names in a server's list are ignored.
 *
 * <p>Role names that the platform does not declare (in a server's list, an allow set or a deny) are
 * ignored: the linker reports them, and the matrix does not add a second diagnostic for the same mistake.
 *
 * <p>Everything is precomputed when the matrix is built: each role has a bit, every allow set and deny is
 * a bit mask, and the allow sets that apply to each edition are reduced to the largest ones. A check is a
 * few mask operations, so a topology of thousands of servers costs next to nothing. Instances are
 * immutable and safe to share between threads.
 */
public final class CollocationMatrix {

    private static final int NO_POOL = 0;

    private final String platformLabel;
    private final List<String> roles;
    private final List<AllowSet> allows;
    private final List<DenyRule> denies;

    private final Map<String, Integer> index = new HashMap<>();
    private final int words;
    private final CompiledDeny[] compiledDenies;
    /** Per edition key ({@link #key(Edition)}): the largest applicable allow sets, in platform order. */
    private final CompiledAllow[][] applicable = new CompiledAllow[Edition.values().length + 1][];

    /**
     * @param platformLabel the platform's label, as messages name it (for example {@code Office
     *                      Communications Server 2007 R2})
     * @param roles         the roles the platform declares, in declaration order
     * @param allows        the platform's allow sets, in declaration order
     * @param denies        the platform's deny lines, in declaration order (the first one hit is reported)
     */
    public CollocationMatrix(String platformLabel, List<String> roles, List<AllowSet> allows,
            List<DenyRule> denies) {
        this.platformLabel = Objects.requireNonNull(platformLabel, "platformLabel");
        this.roles = List.copyOf(roles);
        this.allows = List.copyOf(allows);
        this.denies = List.copyOf(denies);
        for (String role : this.roles) {
            index.putIfAbsent(role, index.size());
        }
        this.words = Math.max(1, (index.size() + 63) >>> 6);

        List<CompiledAllow> compiledAllows = new ArrayList<>();
        for (AllowSet allow : this.allows) {
            Integer anchor = allow.anchor() == null ? null : index.get(allow.anchor());
            if (allow.anchor() != null && anchor == null) {
                continue; // an anchor the platform does not declare: the linker reports it, and it covers nothing
            }
            compiledAllows.add(new CompiledAllow(allow, maskOf(allow.roles()), anchor == null ? -1 : anchor));
        }
        applicable[NO_POOL] = largest(compiledAllows, null);
        for (Edition edition : Edition.values()) {
            applicable[key(edition)] = largest(compiledAllows, edition);
        }

        List<CompiledDeny> compiled = new ArrayList<>();
        for (DenyRule deny : this.denies) {
            Integer role = index.get(deny.role());
            if (role == null) {
                continue;
            }
            long[] with;
            if (deny.withAnyRole()) {
                with = new long[words];
                for (int i = 0; i < index.size(); i++) {
                    set(with, i);
                }
            } else {
                with = maskOf(deny.with());
            }
            clear(with, role);
            if (!isEmpty(with)) {
                compiled.add(new CompiledDeny(deny, role, with));
            }
        }
        this.compiledDenies = compiled.toArray(CompiledDeny[]::new);
    }

    /** The platform's label, as messages name it. */
    public String platformLabel() {
        return platformLabel;
    }

    /** The roles the platform declares, in declaration order. */
    public List<String> roles() {
        return roles;
    }

    /** The platform's allow sets, in declaration order. */
    public List<AllowSet> allows() {
        return allows;
    }

    /** The platform's deny lines, in declaration order. */
    public List<DenyRule> denies() {
        return denies;
    }

    /**
     * Checks the roles of one server.
     *
     * @param serverName the server's name, as the message quotes it
     * @param roles      the server's roles in the order the topology lists them; duplicates and names the
     *                   platform does not declare are ignored
     * @param edition    the edition of the server's pool, or {@code null} when the server is in no pool
     * @return {@link CollocationVerdict.Supported#INSTANCE}, or a verdict whose message explains the problem
     */
    public CollocationVerdict check(String serverName, List<String> roles, Edition edition) {
        Objects.requireNonNull(serverName, "serverName");
        long[] mask = new long[words];
        int[] held = new int[roles.size()];
        int count = 0;
        for (String role : roles) {
            Integer bit = index.get(role);
            if (bit != null && !has(mask, bit)) {
                set(mask, bit);
                held[count++] = bit;
            }
        }
        if (count <= 1) {
            return CollocationVerdict.Supported.INSTANCE;
        }

        for (CompiledDeny deny : compiledDenies) {
            if (has(mask, deny.role) && intersects(mask, deny.with)) {
                List<String> others = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    if (has(deny.with, held[i])) {
                        others.add(this.roles.get(held[i]));
                    }
                }
                String message = "Server '" + serverName + "' may not hold " + deny.rule.role() + " with "
                        + String.join(", ", others) + ": " + deny.rule.reason();
                return new CollocationVerdict.Denied(message, deny.rule);
            }
        }

        CompiledAllow[] sets = applicable[key(edition)];
        for (CompiledAllow allow : sets) {
            if (allow.covers(mask)) {
                return CollocationVerdict.Supported.INSTANCE;
            }
        }
        return unsupported(serverName, mask, held, count, sets);
    }

    private CollocationVerdict unsupported(String serverName, long[] mask, int[] held, int count,
            CompiledAllow[] sets) {
        int first = held[0];
        String firstName = roles.get(first);
        List<CompiledAllow> containing = new ArrayList<>();
        for (CompiledAllow allow : sets) {
            if (has(allow.mask, first)) {
                containing.add(allow);
            }
        }
        // Best match first: most of the server's roles; ties keep platform order (the sort is stable).
        containing.sort(Comparator.comparingInt((CompiledAllow allow) -> -overlap(mask, allow.mask)));

        CompiledAllow best = containing.isEmpty() ? null : containing.get(0);
        long[] bestMask = best == null ? bitOnly(first) : best.mask;
        List<String> outside = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            if (!has(bestMask, held[i])) {
                outside.add(roles.get(held[i]));
            }
        }
        String tail;
        List<AllowSet> closest = new ArrayList<>();
        if (containing.isEmpty()) {
            tail = firstName + " may only stand alone";
        } else {
            List<String> described = new ArrayList<>();
            for (CompiledAllow allow : containing) {
                closest.add(allow.set);
                described.add(allow.set.describe());
            }
            tail = "supported sets containing " + firstName + " are " + String.join(", ", described);
        }
        String problem;
        if (outside.isEmpty()) {
            // Every role fits the best set, so it is anchored and the server lacks its anchor (the expanded
            // configuration: these roles share a computer only with the anchor, otherwise one computer each).
            List<String> others = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                others.add(roles.get(held[i]));
            }
            problem = firstName + " with " + String.join(", ", others) + " without " + roles.get(best.anchor);
        } else {
            problem = firstName + " with " + String.join(", ", outside);
        }
        String message = "Server '" + serverName + "' may not hold " + problem + " on " + platformLabel + ": " + tail;
        return new CollocationVerdict.Unsupported(message, closest);
    }

    /**
     * The allow sets that apply to {@code edition}, without those another one makes unnecessary, in platform
     * order. A set is unnecessary when another covers everything it covers: a plain set inside a plain set,
     * an anchored set inside a plain set, or inside an anchored set with the same anchor (equal sets: the
     * later one goes).
     */
    private static CompiledAllow[] largest(List<CompiledAllow> all, Edition edition) {
        List<CompiledAllow> candidates = new ArrayList<>();
        for (CompiledAllow allow : all) {
            if (allow.set.appliesTo(edition)) {
                candidates.add(allow);
            }
        }
        List<CompiledAllow> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            CompiledAllow candidate = candidates.get(i);
            boolean inside = false;
            for (int j = 0; j < candidates.size() && !inside; j++) {
                CompiledAllow other = candidates.get(j);
                if (i == j || !isSubset(candidate.mask, other.mask)) {
                    continue;
                }
                boolean sameKind = candidate.anchor == other.anchor;
                boolean dominates = other.anchor < 0 || sameKind;
                inside = dominates && (!(sameKind && Arrays.equals(candidate.mask, other.mask)) || j < i);
            }
            if (!inside) {
                kept.add(candidate);
            }
        }
        return kept.toArray(CompiledAllow[]::new);
    }

    private static int key(Edition edition) {
        return edition == null ? NO_POOL : edition.ordinal() + 1;
    }

    private long[] maskOf(Iterable<String> names) {
        long[] mask = new long[words];
        for (String name : names) {
            Integer bit = index.get(name);
            if (bit != null) {
                set(mask, bit);
            }
        }
        return mask;
    }

    private long[] bitOnly(int bit) {
        long[] mask = new long[words];
        set(mask, bit);
        return mask;
    }

    private static boolean has(long[] mask, int bit) {
        return (mask[bit >>> 6] & (1L << bit)) != 0;
    }

    private static void set(long[] mask, int bit) {
        mask[bit >>> 6] |= 1L << bit;
    }

    private static void clear(long[] mask, int bit) {
        mask[bit >>> 6] &= ~(1L << bit);
    }

    private static boolean isEmpty(long[] mask) {
        for (long word : mask) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & b[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSubset(long[] a, long[] of) {
        for (int i = 0; i < a.length; i++) {
            if ((a[i] & ~of[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int overlap(long[] a, long[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            n += Long.bitCount(a[i] & b[i]);
        }
        return n;
    }

    /** An allow set as a bit mask; {@code anchor} is the anchor's bit, or -1 for a plain set. */
    private record CompiledAllow(AllowSet set, long[] mask, int anchor) {

        boolean covers(long[] roles) {
            return isSubset(roles, mask) && (anchor < 0 || has(roles, anchor));
        }
    }

    private record CompiledDeny(DenyRule rule, int role, long[] with) {
    }
}
