package io.dialscape.engine.regex;

import io.dialscape.engine.regex.PikeProgram.TooLarge;
import io.dialscape.engine.regex.RegexNode.Alternation;
import io.dialscape.engine.regex.RegexNode.Begin;
import io.dialscape.engine.regex.RegexNode.Chars;
import io.dialscape.engine.regex.RegexNode.Concat;
import io.dialscape.engine.regex.RegexNode.Group;
import io.dialscape.engine.regex.RegexNode.LookAhead;
import io.dialscape.engine.regex.RegexNode.Repeat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which numbers of a set a normalization table's rules can produce, and the shortest dialed number that
 * does so: the engine of the {@code users.unroutable} analysis (LANGUAGE.md section 10). Built once per
 * table ({@link #of}); a {@link Target} is built once per set of routes ({@link #e164MatchedByNone}).
 *
 * <h2>What is computed</h2>
 * For each rule {@code i} that takes part, its <em>effective domain</em> {@code D_i}: the numbers (as the
 * patterns see them, {@code \+?[0-9*#]+}) its pattern matches and no earlier rule's does. The question is
 * whether some {@code x} in {@code D_i} has a result {@code T_i(x)} whose part before any {@code ;} lies in
 * the target set, and if so which such {@code x} is shortest, then smallest in character order
 * ({@code # * + 0-9}, Java's {@code String} order).
 *
 * <h2>Exact shape</h2>
 * A rule is decided exactly when its translation is group-free (its result is a constant), or when:
 * <ul>
 * <li>the translation holds literals and {@code $n}/{@code ${n}}/{@code $&} only, each group at most once,
 * in increasing order ({@code $0} or {@code $&} only alone);</li>
 * <li>no referenced group is nested in another referenced group or under a quantifier that can repeat it
 * ({@code ?} is fine);</li>
 * <li>the pattern has no look-ahead (except right after a leading {@code ^}, holding no referenced group:
 * {@code ^(?!1)(\d+)$}) and no loop that may repeat ({@code *}, {@code +}, {@code {n,m}}, m &gt; 1) over a
 * body that can match the empty string (where .NET's empty-iteration rule applies).</li>
 * </ul>
 * Then a rule's result is written from left to right as its pattern's path reads the number: the
 * translation's literals up to {@code $k} when group {@code k} opens, the characters read inside a
 * referenced group, the remaining literals at the match. The search runs a Pike VM of the pattern (threads
 * in .NET's priority order: leftmost start, alternatives and greedy or lazy quantifiers as written, the
 * first thread to reach an instruction wins, a match cuts the threads below it) in which every thread also
 * carries the state of the target automaton on its own output so far. Its configurations, paired with the
 * state of {@code D_i}'s automaton, form a finite deterministic automaton over the dialed number; a breadth
 * first walk in character order finds the shortest and smallest number whose winning thread's output is in
 * the target. Without back-references, and with no loop over an empty-matching body, Pike's priority
 * simulation gives .NET's match, captures included.
 *
 * <p>Outside the shape (and when a walk exceeds {@link #MAX_PRODUCT} states), the rule is searched by
 * evaluating it on the numbers of {@code D_i} in order, up to {@link #FALLBACK_BUDGET} of them: what it
 * finds is a real example (checked with the evaluator) but not necessarily the shortest, and a rule may
 * produce target numbers that this does not find. docs/decisions.md, "Voice routing analysis", says so.
 *
 * <p>Instances are immutable after construction and thread-safe.
 */
public final class TableReach {

    /** Most (domain state, configuration) pairs one exact search may visit. */
    public static final int MAX_PRODUCT = 300_000;
    /** Largest pattern program (counted repeats unrolled) the exact search takes. */
    public static final int MAX_PROGRAM = 20_000;
    /** Strings (prefixes of numbers of a rule's domain) the fallback walks. */
    public static final int FALLBACK_BUDGET = 4_000;

    /** Symbol indexes of {@link NumberDfa#SYMBOLS} in character order: {@code # * + 0 1 ... 9}. */
    static final int[] CHAR_ORDER = {11, 10, 12, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    /** The E.164 numbers: {@code +}, then 1 to 15 digits, the first not 0. */
    private static final NumberDfa E164 = e164();

    private final NormalizationTable table;
    private final List<Integer> active;
    /** Effective domain per rule (null: skipped); all null when the domains could not be computed. */
    private final NumberDfa[] domain;
    /** The pattern program per rule of the exact shape with groups in its translation; null otherwise. */
    private final Program[] program;
    /** Whether each rule is of the exact shape (constant translation, or a program). */
    private final boolean[] exact;

    private TableReach(NormalizationTable table) {
        this.table = table;
        this.active = table.active();
        int n = table.rules().size();
        domain = new NumberDfa[n];
        program = new Program[n];
        exact = new boolean[n];
        NumberDfa[] language = new NumberDfa[n];
        for (int i : active) {
            language[i] = table.pattern(i).numbers();
        }
        try {
            RuleClassifier earlier = new RuleClassifier(true, Arrays.asList(language), RuleClassifier.MAX_STATES);
            for (int i : active) {
                domain[i] = earlier.product(language[i]).restrict(owner -> owner < 0);
                earlier.add(i);
            }
        } catch (RuleClassifier.TooLargeException e) {
            Arrays.fill(domain, null);
        }
        for (int i : active) {
            if (domain[i] == null) {
                continue;
            }
            Translation t = table.translation(i);
            if (!t.usesGroups()) {
                exact[i] = true;
            } else {
                program[i] = Program.of(table.pattern(i), t);
                exact[i] = program[i] != null;
            }
        }
    }

    /** The analysis of {@code table} (computes every rule's effective domain). */
    public static TableReach of(NormalizationTable table) {
        return new TableReach(table);
    }

    /** Whether rule {@code index} takes part and is decided exactly (see the class comment). */
    public boolean exact(int index) {
        return exact[index];
    }

    /** Whether every rule that takes part is decided exactly (a rule that no number reaches is). */
    public boolean exact() {
        for (int i : active) {
            if (!exact[i] && (domain[i] == null || !domain[i].isEmpty())) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ targets

    /**
     * A set of results the search looks for, judged on the part before any {@code ;}. Immutable.
     */
    public static final class Target {
        final NumberDfa dfa;

        Target(NumberDfa dfa) {
            this.dfa = dfa;
        }

        /** Whether the set is empty (then no rule reaches it). */
        public boolean isEmpty() {
            return dfa.isEmpty();
        }

        /** Whether {@code result}, without its URI parameters, is in the set. */
        public boolean contains(String result) {
            int semicolon = result.indexOf(';');
            return dfa.contains(semicolon < 0 ? result : result.substring(0, semicolon));
        }

        /** The shortest number of the set (in symbol order), or null. */
        public String example() {
            return dfa.shortest();
        }
    }

    /**
     * The E.164 numbers ({@code +}, 1 to 15 digits, the first not 0) on which none of {@code patterns}
     * {@code IsMatch}es: the numbers a policy whose routes have these patterns cannot route. Should the
     * routes' product outgrow {@link RuleClassifier#MAX_STATES} states (thousands of unanchored patterns),
     * the set is taken as empty: no finding rather than a guess.
     */
    public static Target e164MatchedByNone(List<NetRegex> patterns) {
        List<NumberDfa> automata = new ArrayList<>();
        for (NetRegex p : patterns) {
            automata.add(p.numbers());
        }
        try {
            RuleClassifier routes = new RuleClassifier(true, automata, RuleClassifier.MAX_STATES);
            for (int r = 0; r < automata.size(); r++) {
                routes.add(r);
            }
            return new Target(routes.product(E164).restrict(owner -> owner < 0));
        } catch (RuleClassifier.TooLargeException e) {
            return new Target(NumberDfa.EMPTY);
        }
    }

    private static NumberDfa e164() {
        int n = 17; // 0 start, 1 after '+', 1 + k after k digits
        int[] next = new int[n * NumberDfa.K];
        Arrays.fill(next, -1);
        boolean[] accept = new boolean[n];
        next[NumberDfa.PLUS] = 1;
        for (int d = 1; d <= 9; d++) {
            next[NumberDfa.K + d] = 2;
        }
        for (int s = 2; s < 16; s++) {
            for (int d = 0; d <= 9; d++) {
                next[s * NumberDfa.K + d] = s + 1;
            }
        }
        for (int s = 2; s <= 16; s++) {
            accept[s] = true;
        }
        return NumberDfa.minimal(n, next, accept, 0);
    }

    // ------------------------------------------------------------------ the search

    /**
     * An example of the search: a dialed number, its result and rule.
     *
     * @param dialed     the number as the patterns see it
     * @param normalized the rule's result, URI parameters included (checked with the evaluator)
     * @param rule       0-based index of the rule
     * @param exact      whether every rule was decided exactly, so that {@code dialed} is the shortest (then
     *                   smallest) such number and its absence would have meant there is none
     */
    public record Example(String dialed, String normalized, int rule, boolean exact) {
    }

    /**
     * The shortest dialed number (then the smallest in character order) whose result, by the first rule
     * that matches it, is in {@code target}; empty when there is none (for rules outside the exact shape:
     * when none was found).
     */
    public Optional<Example> firstInto(Target target) {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        boolean allExact = true;
        String best = null;
        String bestResult = null;
        int bestRule = -1;
        for (int i : active) {
            if (domain[i] == null || domain[i].isEmpty()) {
                allExact &= domain[i] != null;
                continue;
            }
            int limit = best == null ? Integer.MAX_VALUE : best.length();
            String found = null;
            boolean decided = false;
            if (exact[i] && program[i] == null) {
                decided = true;
                if (target.contains(table.translation(i).constant())) {
                    found = shortest(domain[i]);
                }
            } else if (exact[i]) {
                try {
                    found = new Search(program[i], domain[i], target.dfa, limit).run();
                    decided = true;
                } catch (TooLarge e) {
                    decided = false;
                }
            }
            if (!decided) {
                allExact = false;
                found = fallback(i, target, limit);
            }
            if (found != null) {
                NormalizationOutcome outcome = table.evaluateText(found);
                if (outcome.rule() != i || !target.contains(outcome.result())) {
                    // cannot happen for a correct search; never report an unchecked example
                    allExact = false;
                    found = fallback(i, target, limit);
                    if (found == null) {
                        continue;
                    }
                    outcome = table.evaluateText(found);
                }
                if (best == null || shorterOrSmaller(found, best)) {
                    best = found;
                    bestResult = outcome.result();
                    bestRule = i;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Example(best, bestResult, bestRule, allExact));
    }

    private static boolean shorterOrSmaller(String a, String b) {
        return a.length() != b.length() ? a.length() < b.length() : a.compareTo(b) < 0;
    }

    /** The shortest string of {@code dfa}, the smallest in character order among those. */
    static String shortest(NumberDfa dfa) {
        return dfa.shortest(CHAR_ORDER);
    }

    /**
     * Rule {@code i} evaluated on the numbers of its domain in order (length, then character order), walking
     * at most {@link #FALLBACK_BUDGET} strings no longer than {@code limit}: the first whose result is in the
     * target.
     */
    private String fallback(int i, Target target, int limit) {
        NumberDfa d = domain[i];
        if (d == null) {
            return null;
        }
        ArrayDeque<String> words = new ArrayDeque<>();
        ArrayDeque<Integer> states = new ArrayDeque<>();
        words.add("");
        states.add(0);
        int visited = 0;
        while (!words.isEmpty() && visited++ < FALLBACK_BUDGET) {
            String w = words.poll();
            int s = states.poll();
            if (d.accepts(s)) {
                NormalizationOutcome o = table.evaluateText(w);
                if (o.rule() == i && target.contains(o.result())) {
                    return w;
                }
            }
            if (w.length() >= Math.min(limit, 40) || words.size() >= FALLBACK_BUDGET) {
                continue;
            }
            for (int a : CHAR_ORDER) {
                int t = d.next(s, a);
                if (t >= 0) {
                    words.add(w + NumberDfa.SYMBOLS.charAt(a));
                    states.add(t);
                }
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ the pattern program

    /**
     * A pattern compiled for the Pike VM, with the translation woven in: EMIT at the opening of a referenced
     * group, CHAR instructions flagged when what they read is copied to the result.
     */
    static final class Program extends PikeProgram {
        /** Opens the referenced group of part {@code y}: the literals before it go to the result. */
        static final int EMIT = FIRST_FREE;

        boolean[] copies = new boolean[64];
        /** The translation's parts: a literal, or null for a group reference. */
        String[] literal;
        /** Per EMIT instruction (in y): the index of its group's reference among the parts. */
        private Map<Integer, Integer> partOfGroup = new HashMap<>();

        private Program() {
            super(MAX_PROGRAM);
        }

        /** The program of a rule of the exact shape, or null when the rule is outside it. */
        static Program of(NetRegex pattern, Translation translation) {
            List<Translation.Part> parts = translation.parts();
            Program p = new Program();
            p.literal = new String[parts.size()];
            int lastGroup = -1;
            for (int k = 0; k < parts.size(); k++) {
                Translation.Part part = parts.get(k);
                if (part instanceof Translation.Literal l) {
                    p.literal[k] = l.text();
                } else if (part instanceof Translation.GroupRef g) {
                    if (g.number() <= lastGroup) {
                        return null; // repeated or out of order
                    }
                    lastGroup = g.number();
                    p.partOfGroup.put(g.number(), k);
                } else {
                    return null; // $` $' $+ $_
                }
            }
            if (p.partOfGroup.containsKey(0) && p.partOfGroup.size() > 1) {
                return null;
            }
            RegexNode root;
            try {
                root = NetRegexParser.parse(pattern.pattern()).root();
            } catch (RegexSyntaxException e) {
                return null; // compiled once: cannot happen
            }
            root = p.withoutLeadingLookAheads(root);
            if (!p.exactShape(root)) {
                return null;
            }
            try {
                int match = p.emit(MATCH, -1, -1);
                if (p.partOfGroup.containsKey(0)) {
                    int body = p.compile(root, match, true);
                    p.start = p.emit(EMIT, body, p.partOfGroup.get(0));
                } else {
                    p.start = p.compile(root, match, false);
                }
            } catch (TooLarge e) {
                return null;
            }
            return p;
        }

        /**
         * {@code ^(?!X)(?=Y)Z} read as {@code ^Z}, when X and Y hold no referenced group: the search only walks
         * numbers of the rule's effective domain, on which the whole pattern matches; after {@code ^} the only
         * start is position 0, where the look-aheads are tested once, so on those numbers they hold and the
         * rest matches as it would without them, with the same captures (the real-world form: country
         * exclusions such as {@code ^\+(?!1)}, with the {@code \+} after them).
         */
        private RegexNode withoutLeadingLookAheads(RegexNode root) {
            if (!(root instanceof Concat c) || !(c.items().get(0) instanceof Begin)) {
                return root;
            }
            int k = 1;
            while (k < c.items().size() && c.items().get(k) instanceof LookAhead l && !referencesIn(l.body())) {
                k++;
            }
            if (k == 1) {
                return root;
            }
            List<RegexNode> rest = new ArrayList<>();
            rest.add(c.items().get(0));
            rest.addAll(c.items().subList(k, c.items().size()));
            return new Concat(rest);
        }

        private boolean referencesIn(RegexNode node) {
            if (node instanceof Group g) {
                return g.number() > 0 && partOfGroup.containsKey(g.number()) || referencesIn(g.body());
            } else if (node instanceof Concat c) {
                return c.items().stream().anyMatch(this::referencesIn);
            } else if (node instanceof Alternation a) {
                return a.alternatives().stream().anyMatch(this::referencesIn);
            } else if (node instanceof Repeat r) {
                return referencesIn(r.body());
            } else if (node instanceof LookAhead l) {
                return referencesIn(l.body());
            }
            return false;
        }

        @Override
        boolean referenced(int number) {
            return partOfGroup.containsKey(number);
        }

        @Override
        void grow(int size) {
            copies = Arrays.copyOf(copies, size);
        }

        @Override
        int chars(Chars c, int next, boolean copying) {
            int s = super.chars(c, next, copying);
            copies[s] = copying;
            return s;
        }

        @Override
        int group(Group g, int next) {
            int body = compile(g.body(), next, true);
            return emit(EMIT, body, partOfGroup.get(g.number()));
        }
    }

    // ------------------------------------------------------------------ the product walk

    /**
     * Breadth-first walk of (domain state, Pike configuration). A configuration is the ordered list of live
     * threads (instruction, output state, translation cursor), parked at CHAR or END instructions, plus the
     * outcome of the best match recorded so far and whether new match starts are still tried.
     *
     * <p>Output states: {@code q >= 0} a state of the target automaton on the output so far (before any
     * {@code ;}), {@link #DEAD} when the output can no longer be in the target, {@link #FROZEN} when a
     * {@code ;} ended the part that counts while it was in the target.
     */
    private static final class Search {
        static final int DEAD = -1;
        static final int FROZEN = -2;
        static final int NO_MATCH = -3;
        static final int MATCH_IN = -4;
        static final int MATCH_OUT = -5;

        final Program p;
        final NumberDfa domain;
        final NumberDfa target;
        final int limit;
        final Map<NumberDfa.IntArrayKey, Integer> configIds = new HashMap<>();
        final List<int[]> configs = new ArrayList<>();
        /** Per configuration: 1 when the input may end there with a match in the target, 0 when not, -1 unknown. */
        final NumberDfa.IntList finals = new NumberDfa.IntList();
        /** (configuration, symbol) to 1 + successor configuration (0: none). */
        final LongIntMap stepCache = new LongIntMap(256);
        /** The instructions the current step has reached. */
        final StampSet reached;
        // the closure's scratch
        final ThreadList entries = new ThreadList(2);
        final ThreadStack stack = new ThreadStack();

        Search(Program p, NumberDfa domain, NumberDfa target, int limit) {
            this.p = p;
            this.domain = domain;
            this.target = target;
            this.limit = limit;
            this.reached = new StampSet(p.n);
        }

        int feed(int out, char c) {
            if (out < 0) {
                return out;
            }
            if (c == ';') {
                return target.accepts(out) ? FROZEN : DEAD;
            }
            int a = NumberDfa.symbol(c);
            if (a < 0) {
                return DEAD;
            }
            int t = target.next(out, a);
            return t < 0 ? DEAD : t;
        }

        int feed(int out, int fromPart, int toPart) {
            for (int k = fromPart; k < toPart && out >= 0; k++) {
                String lit = p.literal[k];
                if (lit != null) {
                    for (int i = 0; i < lit.length() && out >= 0; i++) {
                        out = feed(out, lit.charAt(i));
                    }
                }
            }
            return out;
        }

        boolean inTarget(int out) {
            return out == FROZEN || out >= 0 && target.accepts(out);
        }

        /**
         * Adds the threads reached from {@code pc} by empty moves, in priority order, to {@link #entries};
         * returns {@link #MATCH_IN} or {@link #MATCH_OUT} when a match is reached (the threads below it are
         * cut: the caller stops), {@link #NO_MATCH} otherwise.
         */
        int closure(int pc, int out, int cur, boolean atStart, boolean atEnd) {
            stack.clear();
            stack.push(pc, out, cur);
            while (!stack.isEmpty()) {
                stack.pop();
                int s = stack.pc;
                int o = stack.a;
                int c = stack.b;
                if (!reached.add(s)) {
                    continue;
                }
                switch (p.op[s]) {
                    case Program.CHAR -> {
                        entries.add(s, o, c);
                    }
                    case Program.SPLIT -> {
                        stack.push(p.y[s], o, c);
                        stack.push(p.x[s], o, c);
                    }
                    case Program.EMIT -> {
                        int part = p.y[s];
                        stack.push(p.x[s], feed(o, c, part), part + 1);
                    }
                    case Program.BEGIN -> {
                        if (atStart) {
                            stack.push(p.x[s], o, c);
                        }
                    }
                    case Program.END -> {
                        if (atEnd) {
                            stack.push(p.x[s], o, c);
                        } else {
                            entries.add(s, o, c);
                        }
                    }
                    case Program.MATCH -> {
                        return inTarget(feed(o, c, p.literal.length)) ? MATCH_IN : MATCH_OUT;
                    }
                    default -> throw new IllegalStateException();
                }
            }
            return NO_MATCH;
        }

        /** Interns the configuration made of {@link #entries}; -1 when no continuation can end in the target. */
        int intern(int match, boolean starts) {
            boolean hope = starts || match == MATCH_IN;
            for (int k = 0; k < entries.size && !hope; k++) {
                hope = entries.get(k, 0) != DEAD;
            }
            if (!hope) {
                return -1;
            }
            int[] config = new int[3 * entries.size + 2];
            config[0] = match;
            config[1] = starts ? 1 : 0;
            for (int k = 0; k < entries.size; k++) {
                config[3 * k + 2] = entries.pc[k];
                config[3 * k + 3] = entries.get(k, 0);
                config[3 * k + 4] = entries.get(k, 1);
            }
            NumberDfa.IntArrayKey key = new NumberDfa.IntArrayKey(config);
            Integer id = configIds.get(key);
            if (id == null) {
                id = configs.size();
                configIds.put(key, id);
                configs.add(config);
                finals.add(-1);
            }
            return id;
        }

        int initial() {
            entries.clear();
            reached.clear();
            int m = closure(p.start, 0, 0, true, false);
            return intern(m == NO_MATCH ? NO_MATCH : m, m == NO_MATCH);
        }

        int step(int id, int a) {
            long key = ((long) id << 4) | a;
            int known = stepCache.get(key);
            if (known >= 0) {
                return known - 1;
            }
            int[] config = configs.get(id);
            entries.clear();
            reached.clear();
            int match = config[0];
            boolean starts = config[1] == 1;
            int found = NO_MATCH;
            char c = NumberDfa.SYMBOLS.charAt(a);
            for (int k = 2; k < config.length && found == NO_MATCH; k += 3) {
                int pc = config[k];
                if (p.op[pc] == Program.CHAR && (p.mask[pc] & (1 << a)) != 0) {
                    int out = p.copies[pc] ? feed(config[k + 1], c) : config[k + 1];
                    found = closure(p.x[pc], out, config[k + 2], false, false);
                }
            }
            if (found == NO_MATCH && starts) {
                found = closure(p.start, 0, 0, false, false);
            }
            if (found != NO_MATCH) {
                match = found;
                starts = false;
            }
            int result = intern(match, starts);
            stepCache.putNew(key, result + 1);
            return result;
        }

        /** Whether the input may end in configuration {@code id} with its match in the target. */
        boolean endsInTarget(int id) {
            int known = finals.get(id);
            if (known >= 0) {
                return known == 1;
            }
            int[] config = configs.get(id);
            int result = config[0];
            reached.clear();
            for (int k = 2; k < config.length; k += 3) {
                int pc = config[k];
                if (p.op[pc] == Program.END) {
                    entries.clear();
                    int m = closure(p.x[pc], config[k + 1], config[k + 2], false, true);
                    if (m != NO_MATCH) {
                        result = m;
                        break;
                    }
                }
            }
            boolean in = result == MATCH_IN;
            finals.set(id, in ? 1 : 0);
            return in;
        }

        /** The shortest, then smallest, number of the domain whose result is in the target; null if none. */
        String run() {
            int c0 = initial();
            if (c0 < 0) {
                return null;
            }
            LongIntMap ids = new LongIntMap(256);
            NumberDfa.IntList dState = new NumberDfa.IntList();
            NumberDfa.IntList cState = new NumberDfa.IntList();
            NumberDfa.IntList parent = new NumberDfa.IntList();
            NumberDfa.IntList via = new NumberDfa.IntList();
            NumberDfa.IntList depth = new NumberDfa.IntList();
            ids.putNew(NumberDfa.pairKey(0, c0), 0);
            dState.add(0);
            cState.add(c0);
            parent.add(-1);
            via.add(-1);
            depth.add(0);
            for (int s = 0; s < dState.size(); s++) {
                int d = dState.get(s);
                int c = cState.get(s);
                if (domain.accepts(d) && endsInTarget(c)) {
                    StringBuilder sb = new StringBuilder();
                    for (int q = s; parent.get(q) >= 0; q = parent.get(q)) {
                        sb.append(NumberDfa.SYMBOLS.charAt(via.get(q)));
                    }
                    return sb.reverse().toString();
                }
                if (depth.get(s) >= limit) {
                    continue;
                }
                for (int a : CHAR_ORDER) {
                    int d2 = domain.next(d, a);
                    if (d2 < 0) {
                        continue;
                    }
                    int c2 = step(c, a);
                    if (c2 < 0) {
                        continue;
                    }
                    long key = NumberDfa.pairKey(d2, c2);
                    if (ids.get(key) < 0) {
                        if (dState.size() >= MAX_PRODUCT) {
                            throw new TooLarge();
                        }
                        ids.putNew(key, dState.size());
                        dState.add(d2);
                        cState.add(c2);
                        parent.add(s);
                        via.add(a);
                        depth.add(depth.get(s) + 1);
                    }
                }
            }
            return null;
        }
    }
}
