package io.dialscape.engine.digits;

import io.dialscape.engine.RuleFinding.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A brute-force oracle for digit-table analysis: it enumerates a finite universe of numbers and derives
 * every verdict from its definition in LANGUAGE.md (sets of numbers and their results), without any code
 * of the analyzer. Meant for small tables with short leading digits (the universe grows as the number of
 * distinct symbols to the power of the longest leading digits plus one).
 *
 * <h2>Why the finite universe is exact</h2>
 *
 * Let {@code S} be the symbols that occur in some rule's leading digits, plus one more symbol of
 * {@code 0-9 * #} that occurs in none (the first such, when there is one: it stands for all of them). Let
 * {@code K} be the longest leading digits and {@code H} the largest upper length bound of any rule. The
 * universe is every string over {@code S} of length at most {@code K+1}, and for every longer length up to
 * {@code B = max(H, K) + 1}, every string over {@code S} of length {@code K} padded with {@code 0} (which
 * is always in {@code S}: used, or the first unused symbol). Each of the following maps a number {@code d}
 * to one in the universe without changing which rules match it, nor whether two rules (or a rule and the
 * default) give the same result on it; since every verdict is a statement about those two things over all
 * numbers, a counterexample to it anywhere maps to a counterexample in the universe, and the verdicts
 * computed here are exact.
 * <ol>
 * <li><b>Symbols.</b> Replace every symbol of {@code d} that no leading digits use with the
 * representative. A rule matches when {@code d} starts with its leading digits: a position where a
 * leading digit is compared with a replaced symbol failed before and fails after. Lengths do not change.
 * </li>
 * <li><b>Positions beyond {@code K}.</b> Replace them with {@code 0}: no leading digits reach them. For
 * results: a rule's result is {@code P + d[k:]} (its prefix, then the digits after its {@code k} leading
 * digits), the outgoing default {@code ars + d}, the incoming default {@code "+" + d} or {@code d}: all of
 * the form {@code P + d[k:]} with {@code k <= K}. Two such strings of equal length have the same offset
 * {@code k - |P|}, so from position {@code max(|P1|, |P2|)} on both read {@code d} at the same index, and
 * any difference is at a position of {@code d} below {@code max(k1, k2) <= K}. Different lengths stay
 * different.</li>
 * <li><b>Lengths beyond {@code B}.</b> Cut {@code d} to length {@code B}. Rules with a length clause match
 * neither (their bound is at most {@code H < B}); rules without one match both (their leading digits have
 * at most {@code K < B} symbols, and both numbers share the first {@code K}). Results: as in 2, only the
 * first {@code K} symbols and equal or different lengths matter, and the length difference between two
 * results does not depend on {@code |d|}.</li>
 * </ol>
 * Step 3 then step 2 (with 1 first) lands in the universe. Numbers are taken both with and without
 * {@code +}: only the incoming default depends on it.
 *
 * <p>E.164 checks need longer results (up to 15 digits and beyond), so {@link #e164Invalid(int)} uses its
 * own enumeration, argued there.
 */
final class DigitTableOracle {

    private static final String SYMBOLS = "0123456789*#";
    private static final Pattern VALID_E164 = Pattern.compile("\\+[1-9][0-9]{0,14}");

    final DigitTable table;
    final List<DigitRule> rules;
    final int n;
    /** Rules taking part in the analysis: not excluded, length clause well formed. */
    final boolean[] active;
    /** The symbols of the universe: those of the leading digits, and one that stands for all others. */
    final String alphabet;
    final List<String> universe = new ArrayList<>();
    /** Per universe number: bit i set when active rule i matches it. */
    final long[] matchBits;
    final BitSet[] matchSet;

    /** The oracle's verdict on one rule. */
    record Verdict(Kind kind, List<Integer> others, Set<Integer> takers, List<BitSet> coverSets) {
    }

    DigitTableOracle(DigitTable table, Set<Integer> excluded) {
        this.table = table;
        this.rules = table.rules();
        this.n = rules.size();
        if (n > 63) {
            throw new IllegalArgumentException("at most 63 rules");
        }
        this.active = new boolean[n];
        int longestLeading = 0;
        int highestBound = 0;
        for (int i = 0; i < n; i++) {
            DigitRule r = rules.get(i);
            boolean hasLength = r.minLength() != 0 || r.maxLength() != 0;
            boolean lengthOk = !hasLength || 1 <= r.minLength() && r.minLength() <= r.maxLength() && r.maxLength() <= 32;
            active[i] = lengthOk && !excluded.contains(i);
            longestLeading = Math.max(longestLeading, r.leading().length());
            if (lengthOk && hasLength) {
                highestBound = Math.max(highestBound, r.maxLength());
            }
        }
        StringBuilder used = new StringBuilder();
        for (char c : SYMBOLS.toCharArray()) {
            for (DigitRule r : rules) {
                if (r.leading().indexOf(c) >= 0) {
                    used.append(c);
                    break;
                }
            }
        }
        for (char c : SYMBOLS.toCharArray()) {
            if (used.indexOf(String.valueOf(c)) < 0) {
                used.append(c);
                break;
            }
        }
        this.alphabet = used.toString();
        int bound = Math.max(highestBound, longestLeading) + 1;
        int complete = Math.min(bound, longestLeading + 1);
        List<String> layer = List.of("");
        for (int length = 1; length <= complete; length++) {
            List<String> next = new ArrayList<>();
            for (String s : layer) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            universe.addAll(next);
            layer = next;
        }
        List<String> stems = new ArrayList<>(List.of(""));
        for (int length = 1; length <= longestLeading; length++) {
            List<String> next = new ArrayList<>();
            for (String s : stems) {
                for (char c : alphabet.toCharArray()) {
                    next.add(s + c);
                }
            }
            stems = next;
        }
        for (int length = complete + 1; length <= bound; length++) {
            for (String stem : stems) {
                universe.add(stem + "0".repeat(length - stem.length()));
            }
        }
        matchBits = new long[universe.size()];
        matchSet = new BitSet[n];
        for (int i = 0; i < n; i++) {
            matchSet[i] = new BitSet();
        }
        for (int u = 0; u < universe.size(); u++) {
            for (int i = 0; i < n; i++) {
                if (active[i] && matches(i, universe.get(u))) {
                    matchBits[u] |= 1L << i;
                    matchSet[i].set(u);
                }
            }
        }
    }

    // -------------------------------------------------------------------------------------------------
    // Semantics, written from LANGUAGE.md section 5

    /** Whether rule i matches the digits (literal reading of the rule, excluded or not). */
    boolean matches(int i, String digits) {
        DigitRule r = rules.get(i);
        if (!digits.startsWith(r.leading())) {
            return false;
        }
        boolean hasLength = r.minLength() != 0 || r.maxLength() != 0;
        return !hasLength || r.minLength() <= digits.length() && digits.length() <= r.maxLength();
    }

    String result(int i, boolean plus, String digits) {
        DigitRule r = rules.get(i);
        String rest = digits.substring(r.leading().length());
        String result = (r.replace() == null ? r.leading() : r.replace()) + rest;
        if (r.addPlus() && !result.startsWith("+")) {
            result = "+" + result;
        }
        if (table.direction() == Direction.OUTGOING && !r.ignoreArs()) {
            result = table.ars() + result;
        }
        return result;
    }

    String defaultResult(boolean plus, String digits) {
        if (table.direction() == Direction.OUTGOING) {
            return table.ars() + digits;
        }
        return (plus ? "+" : "") + digits;
    }

    /** The whole table, every rule taken literally (as evaluation does; exclusions are for analysis only). */
    DigitOutcome evaluate(boolean plus, String digits) {
        for (int i = 0; i < n; i++) {
            if (matches(i, digits)) {
                return new DigitOutcome(result(i, plus, digits), i);
            }
        }
        return new DigitOutcome(defaultResult(plus, digits), -1);
    }

    /** The first active rule that matches any number (not only the universe's), or -1. */
    int firstActive(String digits) {
        for (int i = 0; i < n; i++) {
            if (active[i] && matches(i, digits)) {
                return i;
            }
        }
        return -1;
    }

    // -------------------------------------------------------------------------------------------------
    // Verdicts, from their definitions

    Verdict[] verdicts() {
        Verdict[] verdicts = new Verdict[n];
        Kind[] kinds = new Kind[n];
        int[] other = new int[n];
        long duplicates = 0;
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            if (matchSet[i].isEmpty()) {
                kinds[i] = Kind.UNMATCHABLE;
                continue;
            }
            int conflict = -1;
            int duplicate = -1;
            for (int j = 0; j < i; j++) {
                if (!active[j] || !matchSet[j].equals(matchSet[i])) {
                    continue;
                }
                if (sameResults(i, j, matchSet[i])) {
                    duplicate = duplicate < 0 ? j : duplicate;
                } else {
                    conflict = conflict < 0 ? j : conflict;
                }
            }
            if (conflict >= 0) {
                kinds[i] = Kind.CONFLICT;
                other[i] = conflict;
            } else if (duplicate >= 0) {
                kinds[i] = Kind.DUPLICATE;
                other[i] = duplicate;
                duplicates |= 1L << i;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!active[i]) {
                continue;
            }
            if (kinds[i] != null) {
                verdicts[i] = new Verdict(kinds[i],
                        kinds[i] == Kind.UNMATCHABLE ? List.of() : List.of(other[i]), Set.of(), List.of());
                continue;
            }
            BitSet earlier = new BitSet();
            for (int j = 0; j < i; j++) {
                if (active[j]) {
                    earlier.or(matchSet[j]);
                }
            }
            BitSet takenHere = (BitSet) matchSet[i].clone();
            takenHere.andNot(earlier);
            if (takenHere.isEmpty()) {
                Set<Integer> takers = new TreeSet<>();
                for (int u = matchSet[i].nextSetBit(0); u >= 0; u = matchSet[i].nextSetBit(u + 1)) {
                    takers.add(Long.numberOfTrailingZeros(matchBits[u]));
                }
                verdicts[i] = new Verdict(Kind.SHADOWED, null, takers, List.of());
                continue;
            }
            // Redundant: on every number it takes, with and without +, the table without it and without the
            // duplicates gives the same result.
            boolean same = true;
            Set<Integer> nexts = new TreeSet<>();
            for (int u = takenHere.nextSetBit(0); u >= 0 && same; u = takenHere.nextSetBit(u + 1)) {
                String d = universe.get(u);
                long others = matchBits[u] & ~(1L << i) & ~duplicates;
                int next = others == 0 ? -1 : Long.numberOfTrailingZeros(others);
                for (boolean plus : new boolean[] {false, true}) {
                    String without = next < 0 ? defaultResult(plus, d) : result(next, plus, d);
                    if (!without.equals(result(i, plus, d))) {
                        same = false;
                    }
                }
                if (next >= 0) {
                    nexts.add(next);
                }
            }
            if (same) {
                verdicts[i] = new Verdict(Kind.REDUNDANT, List.copyOf(nexts), Set.of(), List.of());
            }
        }
        return verdicts;
    }

    private boolean sameResults(int i, int j, BitSet numbers) {
        for (int u = numbers.nextSetBit(0); u >= 0; u = numbers.nextSetBit(u + 1)) {
            String d = universe.get(u);
            for (boolean plus : new boolean[] {false, true}) {
                if (!result(i, plus, d).equals(result(j, plus, d))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the union of the match sets of {@code rules} covers rule i's match set (in the universe). */
    boolean covers(List<Integer> rules, int i) {
        BitSet union = new BitSet();
        for (int j : rules) {
            union.or(matchSet[j]);
        }
        BitSet left = (BitSet) matchSet[i].clone();
        left.andNot(union);
        return left.isEmpty();
    }

    /** The example the messages prefer: leading digits padded with 0 to the least length, or to 11. */
    String preferredExample(int i) {
        DigitRule r = rules.get(i);
        boolean hasLength = r.minLength() != 0 || r.maxLength() != 0;
        int length = hasLength ? Math.max(r.minLength(), r.leading().length()) : Math.max(r.leading().length(), 11);
        return r.leading() + "0".repeat(length - r.leading().length());
    }

    // -------------------------------------------------------------------------------------------------
    // E.164

    /**
     * Whether every number rule i matches gives a result that starts with {@code +} and is not valid E.164
     * ({@code +}, then 1 to 15 digits, the first not 0), by enumeration over representatives; the rule's
     * length clause must be well formed. Returns false for a rule that matches nothing.
     *
     * <p>Why the representatives suffice. A matched number is {@code leading + rest}; its result is a fixed
     * string followed by {@code rest}. (a) Symbols: whether a result is valid only depends on each symbol of
     * {@code rest} being {@code 0}, another digit or not a digit, so {@code 0}, {@code 1} and {@code #}
     * represent all. (b) Lengths: if some {@code rest} of length {@code m} gives a valid result, so does its
     * prefix of length {@code max(m0, 1)} when the fixed part is just {@code +}, and of length {@code m0}
     * otherwise ({@code m0} the least rest length): still digits, same first digit, fewer of them, and at
     * least one. So only the least rest length and the next one are enumerated. (c) Within a rest, only the
     * first symbol can make a difference of its own (it may be the country code's first digit); the others
     * can be set to {@code 1} without making a valid result invalid. Rests of up to 3 symbols are enumerated
     * completely anyway; longer ones as one symbol followed by a run of one symbol.
     */
    boolean e164Invalid(int i) {
        DigitRule r = rules.get(i);
        boolean hasLength = r.minLength() != 0 || r.maxLength() != 0;
        int k = r.leading().length();
        int least = Math.max(Math.max(hasLength ? r.minLength() : 1, k), 1);
        long most = hasLength ? r.maxLength() : Long.MAX_VALUE;
        for (char c : r.leading().toCharArray()) {
            if (!(c >= '0' && c <= '9' || c == '*' || c == '#')) {
                return false;
            }
        }
        if (least > most) {
            return false;
        }
        for (int length = least; length <= Math.min(most, (long) least + 1); length++) {
            for (String rest : rests(length - k)) {
                String result = result(i, false, r.leading() + rest);
                if (!result.startsWith("+") || VALID_E164.matcher(result).matches()) {
                    return false;
                }
            }
        }
        return true;
    }

    private static List<String> rests(int m) {
        List<String> rests = new ArrayList<>(List.of(""));
        if (m <= 3) {
            for (int p = 0; p < m; p++) {
                List<String> next = new ArrayList<>();
                for (String s : rests) {
                    for (char c : "01#".toCharArray()) {
                        next.add(s + c);
                    }
                }
                rests = next;
            }
            return rests;
        }
        rests.clear();
        for (char first : "01#".toCharArray()) {
            for (char fill : "01#".toCharArray()) {
                rests.add(first + String.valueOf(fill).repeat(m - 1));
            }
        }
        return rests;
    }
}
