package io.dialscape.engine.regex;

import io.dialscape.engine.E164;
import io.dialscape.engine.RuleFinding;
import io.dialscape.engine.RuleFinding.Kind;
import io.dialscape.engine.RuleNamer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The anomaly analysis of a normalization table (LANGUAGE.md section 8): {@code rule.unmatchable},
 * {@code rule.conflict}, {@code rule.duplicate}, {@code rule.shadowed}, {@code rule.redundant},
 * {@code rule.overlap} (at most one per rule, the first that applies in that order), and the static
 * {@code e164.invalid} check of translations.
 *
 * <h2>What is exact</h2>
 * Everything about <em>which numbers</em> a rule matches or takes is decided exactly, on automata: each
 * pattern's {@link NetRegex#language() language} is a minimal DFA over the number symbols, and a
 * {@link RuleClassifier} (the product of the rules' automata, built lazily, only where queries walk) says
 * for every number which earlier rule takes it. A forward pass over the rules explores each rule's
 * automaton against the classifier of the rules before it, which yields at once the earlier rules that
 * take some of its numbers, the numbers left to it, and shortest witnesses; a backward pass does the same
 * against the rules after it, for redundancy. So a rule is {@code rule.shadowed} if and only if the
 * earlier rules' union covers its language, {@code rule.unmatchable} if and only if its language is
 * empty, and equal languages are found by hashing canonical minimal automata. The work per rule is
 * proportional to the part of the product its own automaton walks through, not to the number of rules: no
 * pair of rules is compared unless one takes numbers of the other. A pattern with no anchor at all (which
 * matches anywhere in a number) has to be followed along every other rule, so each such pattern multiplies
 * the work of the rules that share numbers with it; real profiles have none or a few (see
 * NormalizationBenchmark).
 *
 * <h2>What is decided about results</h2>
 * Whether two rules give the same result on every number of a set (for {@code rule.conflict},
 * {@code rule.duplicate}, {@code rule.redundant} and {@code rule.overlap}) is decided exactly by
 * {@link ResultEquality} when both rules have its supported shape: a group-free translation, or
 * translations that reference groups in increasing order, each at most once, none nested in another or
 * repeated by a quantifier, with patterns free of look-ahead and of loops over bodies that can match
 * nothing. That covers real rule sets ({@code +31$1}, {@code +$1$2}, {@code +1$1;ext=$2}), and it is what
 * makes {@code ^1234$ -> +611234} redundant before {@code ^(\d{4})$ -> +61$1}. Outside that shape:
 * <ul>
 * <li>results are <em>the same</em> only when this is certain: both translations use no group and are
 * equal, or the two rules have textually identical patterns and translations;</li>
 * <li>results are <em>different</em> only with a concrete number on which the two rules evaluate
 * differently, looked for among the shortest numbers of the relevant set (in symbol order), then a
 * bounded number of further ones of slightly greater lengths drawn from a fixed seed;</li>
 * <li>a finding that needs either fact is reported only when it is established, so no finding is ever
 * wrong: two rules with the same language whose results cannot be told apart nor proved equal get
 * {@code rule.shadowed} (which is certain) instead of {@code rule.conflict} or {@code rule.duplicate};
 * a rule is not called redundant unless every later rule that takes its numbers is proved to give the
 * same results; an overlap whose difference no witness shows is not reported.</li>
 * </ul>
 * Equality is only checked between rules that interact (one takes numbers of the other, or they have the
 * same language), after a check of the shortest shared number, so it adds no pairwise work.
 *
 * <h2>The kinds</h2>
 * <ul>
 * <li>UNMATCHABLE: no number matches the pattern (say {@code \d{*}}, which needs a literal {@code }}).</li>
 * <li>CONFLICT: an earlier rule has exactly the same language, and a number gives different results.</li>
 * <li>DUPLICATE: an earlier rule has exactly the same language and, certainly, the same results.</li>
 * <li>SHADOWED: earlier rules take every number the rule matches; the message names the first earlier
 * rule that alone matches all of them, if there is one, otherwise every earlier rule that takes some.</li>
 * <li>REDUNDANT: for every number the rule takes, the first later rule that matches it gives the same
 * result, so removing the rule changes nothing; judged without the rules reported as duplicates. "Not
 * normalized" differs from every result, so a rule some of whose numbers no later rule matches is never
 * redundant.</li>
 * <li>OVERLAP: reported on the later of two rules whose languages intersect, neither containing the other
 * (a later rule that contains an earlier one is the usual general-after-specific order, not reported),
 * with a number that the earlier rule takes, the later one also matches, and that the two would
 * translate differently: their order decides its result.</li>
 * </ul>
 *
 * <p>Rules in {@code excluded} (those with errors of their own) neither get nor cause findings. Should a
 * classifier or a product outgrow {@link RuleClassifier#MAX_STATES} states (only contrived tables of many
 * unanchored patterns can), the analysis stops rather than exhaust memory, and reports only what it had
 * established: the findings of the forward kinds for the rules before that point (and, if the backward
 * pass was the one to stop, the redundancy and overlap verdicts of the rules it had reached).
 */
public final class NormalizationAnalyzer {

    /** Shortest witnesses tried before the pseudo-random ones. */
    static final int LEXICOGRAPHIC_WITNESSES = 32;
    /** Pseudo-random witnesses tried after the shortest ones. */
    static final int RANDOM_WITNESSES = 64;

    private final NormalizationTable table;
    private final RuleNamer namer;
    private final int n;
    private final NumberDfa[] language;
    private final String[] resultKey;
    private final RuleFinding[] finding;
    private final RuleFinding[] overlap;
    private final NumberDfa[] taken;
    private final Map<NumberDfa, List<String>> witnessCache = new HashMap<>();
    /** Per rule, its results on the witnesses of its own language. */
    private final Map<Integer, String[]> resultCache = new HashMap<>();
    /**
     * Whether a later rule may give the same results (the same result class, or a translation with groups
     * that {@link ResultEquality} may prove equal): only then can a rule be redundant.
     */
    private final boolean[] mayBeRedundant;
    private final ResultEquality equality;
    private final int lexicographicWitnesses;
    private final int randomWitnesses;
    private final int maxStates;

    private NormalizationAnalyzer(NormalizationTable table, RuleNamer namer, int lexicographicWitnesses,
            int randomWitnesses, int maxStates) {
        this.table = table;
        this.maxStates = maxStates;
        this.lexicographicWitnesses = lexicographicWitnesses;
        this.randomWitnesses = randomWitnesses;
        this.namer = namer;
        this.n = table.rules().size();
        this.language = new NumberDfa[n];
        this.resultKey = new String[n];
        this.finding = new RuleFinding[n];
        this.overlap = new RuleFinding[n];
        this.taken = new NumberDfa[n];
        this.mayBeRedundant = new boolean[n];
        List<Integer> active = table.active();
        for (int i : active) {
            language[i] = table.pattern(i).numbers();
            Translation t = table.translation(i);
            resultKey[i] = t.usesGroups() ? "G\u0000" + table.rules().get(i).pattern() + "\u0000" + t.text()
                    : "C\u0000" + t.constant();
        }
        java.util.Set<String> laterKeys = new java.util.HashSet<>();
        boolean laterGroups = false;
        boolean later = false;
        for (int k = active.size() - 1; k >= 0; k--) {
            int i = active.get(k);
            boolean groups = table.translation(i).usesGroups();
            mayBeRedundant[i] = laterKeys.contains(resultKey[i]) || laterGroups || groups && later;
            laterKeys.add(resultKey[i]);
            laterGroups |= groups;
            later = true;
        }
        this.equality = new ResultEquality(table, this::result);
    }

    /**
     * The anomalies of a normalization table, at most one per rule, in rule order.
     *
     * @param rules    the table's rules, in order
     * @param excluded 0-based indexes of rules with errors of their own (skipped entirely)
     * @param namer    how messages refer to rules
     */
    public static List<RuleFinding> analyze(List<NormalizationRule> rules, Set<Integer> excluded, RuleNamer namer) {
        return analyze(rules, excluded, namer, LEXICOGRAPHIC_WITNESSES, RANDOM_WITNESSES, RuleClassifier.MAX_STATES);
    }

    /**
     * {@link #analyze(List, Set, RuleNamer)} on a table already built (its skipped rules are the excluded
     * ones), so that a validator that evaluates the table's tests compiles each pattern once.
     */
    public static List<RuleFinding> analyze(NormalizationTable table, RuleNamer namer) {
        return new NormalizationAnalyzer(table, namer, LEXICOGRAPHIC_WITNESSES, RANDOM_WITNESSES,
                RuleClassifier.MAX_STATES).run();
    }

    /**
     * {@link #analyze(List, Set, RuleNamer)} with another witness budget and state limit (tests make the
     * witness search exhaustive, or the limit small).
     */
    static List<RuleFinding> analyze(List<NormalizationRule> rules, Set<Integer> excluded, RuleNamer namer,
            int lexicographicWitnesses, int randomWitnesses, int maxStates) {
        return new NormalizationAnalyzer(new NormalizationTable(rules, excluded), namer, lexicographicWitnesses,
                randomWitnesses, maxStates).run();
    }

    private List<RuleFinding> run() {
        List<Integer> active = table.active();
        boolean[] backwardDone = new boolean[n];
        boolean forwardDone = false;
        try {
            forward(active);
            forwardDone = true;
            backward(active, backwardDone);
        } catch (RuleClassifier.TooLargeException e) {
            // keep what was established: see the class comment
        }
        List<RuleFinding> out = new ArrayList<>();
        for (int k = 0; k < active.size(); k++) {
            int i = active.get(k);
            if (!forwardDone && k >= forwardProgress) {
                break;
            }
            if (finding[i] != null) {
                out.add(finding[i]);
            } else if (overlap[i] != null && backwardDone[i]) {
                out.add(overlap[i]);
            }
        }
        return out;
    }

    /** How many active rules the forward pass has finished. */
    private int forwardProgress;

    // ------------------------------------------------------------------ forward: earlier rules decide

    private void forward(List<Integer> active) {
        RuleClassifier earlier = new RuleClassifier(true, Arrays.asList(language), maxStates);
        Map<NumberDfa, List<Integer>> byLanguage = new HashMap<>();
        for (int k = 0; k < active.size(); k++) {
            forwardProgress = k;
            int i = active.get(k);
            NumberDfa lang = language[i];
            if (lang.isEmpty()) {
                finding[i] = unmatchable(i);
                continue;
            }
            List<Integer> same = byLanguage.computeIfAbsent(lang, x -> new ArrayList<>());
            RuleFinding f = sameLanguage(i, same);
            same.add(i);
            if (f != null) {
                finding[i] = f;
                continue;
            }
            RuleClassifier.Product product = earlier.product(lang);
            // the first pair (so the shortest number) each earlier rule takes; -1: numbers left to this rule
            TreeMap<Integer, Integer> owners = new TreeMap<>();
            boolean leftover = false;
            for (int p = 0; p < product.size(); p++) {
                if (product.accepts(p)) {
                    int owner = product.owner(p);
                    if (owner >= 0) {
                        owners.putIfAbsent(owner, p);
                    } else {
                        leftover = true;
                    }
                }
            }
            if (!leftover) {
                finding[i] = shadowed(i, owners.navigableKeySet());
                continue;
            }
            if (mayBeRedundant[i]) {
                taken[i] = product.restrict(owner -> owner < 0);
            }
            List<Integer> overlapped = new ArrayList<>();
            String example = null;
            for (Map.Entry<Integer, Integer> owner : owners.entrySet()) {
                int j = owner.getKey();
                if (sameResults(i, j) || language[j].subsetOf(lang)) {
                    continue;
                }
                String w = product.path(owner.getValue());
                if (!differ(i, j, w)) {
                    w = table.translation(i).usesGroups() || table.translation(j).usesGroups()
                            ? differentOn(i, j, product.restrict(o -> o == j)) : null;
                }
                if (w != null) {
                    overlapped.add(j);
                    if (example == null) {
                        example = w;
                    }
                }
            }
            if (!overlapped.isEmpty()) {
                overlap[i] = overlapFinding(i, overlapped, example);
            }
            earlier.add(i);
        }
        forwardProgress = active.size();
    }

    /**
     * OVERLAP on rule i, naming every earlier rule in {@code overlapped} (each takes a number rule i also
     * matches and translates differently); {@code w} shows the difference with the first of them.
     */
    private RuleFinding overlapFinding(int i, List<Integer> overlapped, String w) {
        int first = overlapped.get(0);
        String there = overlapped.size() == 1 ? "there" : "with " + withoutLine(namer.name(first));
        return new RuleFinding(i, Kind.OVERLAP, overlapped, w, subject(i) + " overlaps " + names(overlapped) + ": "
                + w + " gives '" + result(i, w) + "' here and '" + result(first, w) + "' " + there + "; order decides");
    }

    /** CONFLICT or DUPLICATE against earlier rules with the same language, or null. */
    private RuleFinding sameLanguage(int i, List<Integer> same) {
        List<Integer> proved = new ArrayList<>();
        for (int j : same) {
            ResultEquality.Verdict v = sameResults(i, j) ? ResultEquality.Verdict.SAME
                    : equality.decide(i, j, language[i]);
            String w = v.kind() == ResultEquality.Kind.DIFFERENT ? v.witness()
                    : v.kind() == ResultEquality.Kind.UNKNOWN ? sameLanguageWitness(i, j) : null;
            if (w != null) {
                return new RuleFinding(i, Kind.CONFLICT, List.of(j), w, subject(i) + " conflicts with "
                        + namer.name(j) + ": both match exactly the same numbers, but " + w + " gives '" + result(i, w)
                        + "' here and '" + result(j, w) + "' there");
            }
            if (v.kind() == ResultEquality.Kind.SAME) {
                proved.add(j);
            }
        }
        for (int j : same) {
            if (proved.contains(j)) {
                return new RuleFinding(i, Kind.DUPLICATE, List.of(j), null, subject(i) + " duplicates "
                        + namer.name(j) + ": it matches exactly the same numbers with the same result");
            }
        }
        return null;
    }

    private RuleFinding unmatchable(int i) {
        return new RuleFinding(i, Kind.UNMATCHABLE, List.of(), null, unmatchableMessage(subject(i), table.rules().get(i).pattern()));
    }

    /**
     * {@code rule.unmatchable} for one pattern on its own (a voice route's, which gets no order analysis): the
     * message when no number matches {@code pattern}, else {@code null}. {@code subject} starts the message,
     * capitalised ({@code Route 'Canada'}).
     */
    public static String unmatchable(NetRegex pattern, String subject) {
        return pattern.numbers().isEmpty() ? unmatchableMessage(subject, pattern.pattern()) : null;
    }

    private static String unmatchableMessage(String subject, String pattern) {
        return subject + " can never match: no number (digits, '*' and '#', with an optional leading '+') matches"
                + " pattern '" + pattern + "'";
    }

    private RuleFinding shadowed(int i, java.util.SortedSet<Integer> owners) {
        String example = language[i].shortest();
        int single = -1;
        if (owners.size() == 1) {
            single = owners.first();
        } else {
            for (int j : owners) {
                if (language[i].subsetOf(language[j])) {
                    single = j;
                    break;
                }
            }
        }
        if (single >= 0) {
            return new RuleFinding(i, Kind.SHADOWED, List.of(single), example, subject(i) + " never applies: "
                    + namer.name(single) + " matches every number it matches, e.g. " + example);
        }
        List<Integer> others = List.copyOf(owners);
        return new RuleFinding(i, Kind.SHADOWED, others, example, subject(i) + " never applies: "
                + names(others) + " together match every number it matches, e.g. " + example);
    }

    // ------------------------------------------------------------------ backward: later rules decide

    private void backward(List<Integer> active, boolean[] done) {
        RuleClassifier later = new RuleClassifier(false, Arrays.asList(language), maxStates);
        for (int k = active.size() - 1; k >= 0; k--) {
            int i = active.get(k);
            if (finding[i] == null && taken[i] != null && sameOnShortest(i, taken[i], later)) {
                RuleClassifier.Product product = later.product(taken[i]);
                TreeSet<Integer> takers = new TreeSet<>();
                boolean same = true;
                for (int p = 0; p < product.size() && same; p++) {
                    if (product.accepts(p)) {
                        int owner = product.owner(p);
                        same = owner >= 0;
                        takers.add(owner);
                    }
                }
                for (java.util.Iterator<Integer> it = takers.iterator(); same && it.hasNext(); ) {
                    int taker = it.next();
                    same = sameResults(i, taker) || equality.decide(i, taker, product.restrict(o -> o == taker)).kind()
                            == ResultEquality.Kind.SAME;
                }
                if (same) {
                    String w = taken[i].shortest();
                    List<Integer> others = List.copyOf(takers);
                    String verb = others.size() == 1 ? " gives the same result" : " give the same results";
                    String message = subject(i) + " is redundant: without it, " + names(others) + verb
                            + " for every number it takes, e.g. " + w + " still gives '" + result(i, w) + "'";
                    finding[i] = new RuleFinding(i, Kind.REDUNDANT, others, w, message);
                }
            }
            done[i] = true;
            boolean duplicate = finding[i] != null && finding[i].kind() == Kind.DUPLICATE;
            if (!duplicate && !language[i].isEmpty()) {
                later.add(i);
            }
        }
    }

    /**
     * Whether the first later rule that matches the shortest number rule i takes gives it the same result: a
     * necessary condition for redundancy, checked along that number's path only, so that the product with the
     * later rules is built only for rules that may be redundant.
     */
    private boolean sameOnShortest(int i, NumberDfa takenByI, RuleClassifier later) {
        String w = takenByI.shortest();
        int first = later.owner(w);
        return first >= 0 && (sameResults(i, first) || result(i, w).equals(result(first, w)));
    }

    // ------------------------------------------------------------------ results

    /** Whether rules i and j certainly give the same result on every number both match. */
    private boolean sameResults(int i, int j) {
        return resultKey[i].equals(resultKey[j]);
    }

    /**
     * A number of {@code set} (matched by both rules) on which rules i and j give different results, or null:
     * decided exactly in {@link ResultEquality}'s shape, else looked for among witnesses.
     */
    private String differentOn(int i, int j, NumberDfa set) {
        ResultEquality.Verdict v = equality.decide(i, j, set);
        return switch (v.kind()) {
            case SAME -> null;
            case DIFFERENT -> v.witness();
            case UNKNOWN -> differenceWitness(i, j, set);
        };
    }

    /** A number of {@code set} (matched by both rules) on which rules i and j give different results, or null. */
    private String differenceWitness(int i, int j, NumberDfa set) {
        if (set.isEmpty() || sameResults(i, j)) {
            return null;
        }
        Translation ti = table.translation(i);
        Translation tj = table.translation(j);
        if (!ti.usesGroups() && !tj.usesGroups()) {
            return set.shortest(); // different constants
        }
        String shortest = set.shortest();
        if (differ(i, j, shortest)) {
            return shortest;
        }
        for (String w : witnesses(set)) {
            if (differ(i, j, w)) {
                return w;
            }
        }
        return null;
    }

    /**
     * {@link #differenceWitness} for two rules with the same language, comparing results the rules have
     * computed once each on the language's witnesses (many rules may share a language).
     */
    private String sameLanguageWitness(int i, int j) {
        if (sameResults(i, j)) {
            return null;
        }
        if (!table.translation(i).usesGroups() && !table.translation(j).usesGroups()) {
            return language[i].shortest();
        }
        List<String> witnesses = witnesses(language[i]);
        String[] ri = resultsOnWitnesses(i, witnesses);
        String[] rj = resultsOnWitnesses(j, witnesses);
        for (int k = 0; k < witnesses.size(); k++) {
            if (ri[k] != null && rj[k] != null && !ri[k].equals(rj[k])) {
                return witnesses.get(k);
            }
        }
        return null;
    }

    private String[] resultsOnWitnesses(int i, List<String> witnesses) {
        return resultCache.computeIfAbsent(i, x -> {
            String[] results = new String[witnesses.size()];
            for (int k = 0; k < results.length; k++) {
                results[k] = result(i, witnesses.get(k));
            }
            return results;
        });
    }

    private boolean differ(int i, int j, String number) {
        String ri = result(i, number);
        String rj = result(j, number);
        return ri != null && rj != null && !ri.equals(rj);
    }

    /** Witnesses of a set, computed once per set (rules with the same language share them). */
    private List<String> witnesses(NumberDfa set) {
        return witnessCache.computeIfAbsent(set, s -> s.examples(lexicographicWitnesses, randomWitnesses));
    }

    private String result(int i, String number) {
        NetRegex.Match m = table.pattern(i).match(number);
        return m == null ? null : table.translation(i).expand(m);
    }

    // ------------------------------------------------------------------ E.164

    /**
     * Rules whose every result is an invalid E.164 number ({@code e164.invalid}), known from the
     * translation alone: it starts with a literal {@code +} and then has nothing, a literal non-digit, a
     * literal {@code 0} right after the {@code +}, or more digits than E.164 allows even with every group
     * at its shortest. Rules in {@code excluded} are skipped.
     */
    public static List<RuleFinding> e164Problems(List<NormalizationRule> rules, Set<Integer> excluded,
            RuleNamer namer) {
        return e164Problems(new NormalizationTable(rules, excluded), namer);
    }

    /** {@link #e164Problems(List, Set, RuleNamer)} on a table already built. */
    public static List<RuleFinding> e164Problems(NormalizationTable table, RuleNamer namer) {
        List<RuleFinding> out = new ArrayList<>();
        for (int i : table.active()) {
            String reason = e164Reason(table.pattern(i), table.translation(i));
            if (reason == null) {
                continue;
            }
            NumberDfa lang = table.pattern(i).numbers();
            String example = lang.isEmpty() ? null : lang.shortest();
            String message = subject(namer, i) + " always gives an invalid E.164 number: " + reason;
            if (example != null) {
                String result = table.translation(i).expand(table.pattern(i).match(example));
                message += ", e.g. " + example + " gives '" + result + "'";
            }
            out.add(new RuleFinding(i, Kind.E164_INVALID, List.of(), example, message));
        }
        return out;
    }

    private static String e164Reason(NetRegex pattern, Translation translation) {
        List<Translation.Part> parts = numberParts(translation.parts());
        if (parts.isEmpty() || !(parts.get(0) instanceof Translation.Literal first) || !first.text().startsWith("+")) {
            return null;
        }
        String t = translation.text();
        if (parts.size() == 1 && first.text().length() == 1) {
            return "translation '" + t + "' has no digits after the '+'";
        }
        long minDigits = 0;
        for (int k = 0; k < parts.size(); k++) {
            Translation.Part part = parts.get(k);
            if (part instanceof Translation.Literal literal) {
                String text = k == 0 ? literal.text().substring(1) : literal.text();
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    if (ch < '0' || ch > '9') {
                        return "translation '" + t + "' puts '" + ch + "' in every result, and an E.164 number has"
                                + " only digits after the '+'";
                    }
                }
                minDigits += text.length();
            } else if (part instanceof Translation.GroupRef g) {
                minDigits += pattern.minGroupLength(g.number());
            } else if (part == Translation.Special.LAST_GROUP) {
                minDigits += pattern.minGroupLength(pattern.groupCount());
            } else if (part == Translation.Special.WHOLE_INPUT) {
                minDigits += pattern.minGroupLength(0);
            }
        }
        if (first.text().length() > 1 && first.text().charAt(1) == '0') {
            return "translation '" + t + "' makes every result start with '+0', and a country code cannot"
                    + " start with 0";
        }
        if (minDigits > E164.MAX_DIGITS) {
            return "translation '" + t + "' gives at least " + minDigits + " digits after the '+', and E.164 allows"
                    + " at most " + E164.MAX_DIGITS;
        }
        return null;
    }

    /**
     * The parts of a translation that make the number, before the URI parameters: up to the first
     * {@code ;} of a literal (a group never holds one, numbers have none), which starts the parameters
     * ({@code +1$1;ext=$2}, LANGUAGE.md section 6).
     */
    private static List<Translation.Part> numberParts(List<Translation.Part> parts) {
        for (int k = 0; k < parts.size(); k++) {
            if (parts.get(k) instanceof Translation.Literal literal && literal.text().indexOf(';') >= 0) {
                List<Translation.Part> before = new ArrayList<>(parts.subList(0, k));
                String head = literal.text().substring(0, literal.text().indexOf(';'));
                if (!head.isEmpty()) {
                    before.add(new Translation.Literal(head));
                }
                return before;
            }
        }
        return parts;
    }

    // ------------------------------------------------------------------ messages

    /** The rule a message is about, as its subject: {@code Rule 'NL mobile'} (its line is where the message sits). */
    private String subject(int i) {
        return subject(namer, i);
    }

    private static String subject(RuleNamer namer, int i) {
        return namer.subject(i);
    }

    /** {@code rule 'X' (line 4)} without its {@code (line 4)}. */
    private static String withoutLine(String name) {
        int open = name.lastIndexOf(" (line ");
        if (open >= 0 && name.endsWith(")")) {
            String digits = name.substring(open + 7, name.length() - 1);
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                return name.substring(0, open);
            }
        }
        return name;
    }

    /**
     * At most this many rules are named in one message, as in the digit-table analysis: beyond it, the
     * first five and "and N other rules" (docs/decisions.md); the finding's {@code others} has them all.
     */
    static final int MAX_NAMED = 6;

    private String names(List<Integer> rules) {
        List<String> parts = new ArrayList<>();
        int named = rules.size() <= MAX_NAMED ? rules.size() : MAX_NAMED - 1;
        for (int k = 0; k < named; k++) {
            parts.add(namer.name(rules.get(k)));
        }
        if (named < rules.size()) {
            parts.add((rules.size() - named) + " other rules");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
