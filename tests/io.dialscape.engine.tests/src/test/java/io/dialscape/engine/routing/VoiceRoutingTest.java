package io.dialscape.engine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.engine.InvalidNumberException;
import io.dialscape.engine.RuleNamer;
import io.dialscape.engine.digits.DigitRule;
import io.dialscape.engine.digits.DigitTable;
import io.dialscape.engine.digits.Direction;
import io.dialscape.engine.regex.NetRegex;
import io.dialscape.engine.regex.NormalizationRule;
import io.dialscape.engine.regex.NormalizationTable;
import io.dialscape.engine.regex.RegexSyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Voice routing (LANGUAGE.md section 10) on the scenario of acceptance-next/seattle-routing.ucm: its call
 * cases, its {@code users.unroutable} finding, and the messages.
 */
class VoiceRoutingTest {

    /** nwSeattleDial, lines 29 to 33 of seattle-routing.ucm. */
    static final NormalizationTable SEATTLE_DIAL = table(
            rule("Extensions", "^(2\\d{3})$", "+1206386$1"),
            rule("Local 7", "^([2-9]\\d{6})$", "+1206$1"),
            rule("NANP 10", "^([2-9]\\d{9})$", "+1$1"),
            rule("NANP 11", "^1([2-9]\\d{9})$", "+1$1"),
            rule("Intl", "^011([2-9]\\d{6,13})$", "+$1"));
    static final int[] DIAL_LINES = {29, 30, 31, 32, 33};

    /** nwTrunkOut, lines 37 and 38. */
    static final NormalizationTable TRUNK_OUT = table(
            rule("NANP", "^\\+1(\\d{10})$", "$1"),
            rule("World", "^\\+(\\d+)$", "011$1"));
    static final int[] TRUNK_LINES = {37, 38};

    static final VoiceRouting SEATTLE = new VoiceRouting(List.of(
            new Route("Local206", re("^\\+1206\\d{7}$"), List.of("Seattle"), List.of("nwsbc1", "nwsbc2")),
            new Route("NANP", re("^\\+1[2-9]\\d{9}$"), List.of("National"), List.of("nwsbc1")),
            new Route("NotNANP", re("^\\+(?!1)\\d+$"), List.of("International"), List.of("nwsbc2")),
            new Route("Canada", re("^\\+1(416|604|613)\\d{7}$"), List.of("Canada"), List.of("nwsbc1"))),
            List.of(new TrunkGateway("nwsbc1", TRUNK_OUT, null), new TrunkGateway("nwsbc2", TRUNK_OUT, null)));
    static final Map<String, Integer> ROUTE_LINES = Map.of("Local206", 16, "NANP", 17, "NotNANP", 18, "Canada", 19);

    static final VoicePolicy DOMESTIC = new VoicePolicy("Domestic", List.of("Seattle", "National"));
    /** Overseas has no route (usage.no-route): it plays no part. */
    static final VoicePolicy GLOBAL = new VoicePolicy("Global", List.of("Seattle", "National", "International", "Overseas"));

    /** Names as the validator gives them: names quoted, lines of seattle-routing.ucm. */
    static final RoutingNames NAMES = new RoutingNames() {
        @Override
        public String dialPlanRule(int index) {
            return "rule '" + SEATTLE_DIAL.rules().get(index).label() + "' (line " + DIAL_LINES[index] + ")";
        }

        @Override
        public String route(Route route) {
            return "'" + route.name() + "' (line " + ROUTE_LINES.get(route.name()) + ")";
        }

        @Override
        public String translationRule(TrunkGateway gateway, int index) {
            return "rule '" + gateway.translation().rules().get(index).label() + "' (line " + TRUNK_LINES[index] + ")";
        }
    };

    static NormalizationRule rule(String label, String pattern, String translation) {
        return new NormalizationRule(label, pattern, translation);
    }

    static NormalizationTable table(NormalizationRule... rules) {
        return new NormalizationTable(List.of(rules), Set.of());
    }

    static NetRegex re(String pattern) {
        try {
            return NetRegex.compile(pattern);
        } catch (RegexSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static CallPath call(VoicePolicy policy, String dialed) throws InvalidNumberException {
        return SEATTLE.call(SEATTLE_DIAL, policy, dialed);
    }

    // ------------------------------------------------------------------ the file's call cases

    @Test
    void extensionFromStaffGoesLocal() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "2000");
        assertEquals(Optional.empty(), p.check(new CallExpectation("+12063862000", "Local206", "2063862000", false), NAMES));
        assertEquals("Seattle", p.usage());
        assertEquals("nwsbc1", p.gateway().name());
        assertEquals(0, p.normalizationRule());
        assertEquals(0, p.translationRule());
    }

    @Test
    void nationalFromInterns() throws InvalidNumberException {
        CallPath p = call(DOMESTIC, "14255550100");
        assertEquals(Optional.empty(), p.check(new CallExpectation("+14255550100", "NANP", "4255550100", false), NAMES));
        assertEquals("National", p.usage());
        assertEquals(3, p.normalizationRule());
    }

    @Test
    void internationalFromStaffGoesOverNotNanp() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "01133123456789");
        assertEquals(Optional.empty(), p.check(new CallExpectation("+33123456789", "NotNANP", "01133123456789", false), NAMES));
        assertEquals("nwsbc2", p.gateway().name());
        assertEquals(1, p.translationRule());
    }

    @Test
    void internationalFromInternsIsUnroutable() throws InvalidNumberException {
        CallPath p = call(DOMESTIC, "01133123456789");
        assertFalse(p.routed());
        assertEquals(Optional.empty(), p.check(new CallExpectation("+33123456789", null, null, true), NAMES));
        assertEquals("'01133123456789' normalizes to '+33123456789' by rule 'Intl' (line 33), and no route of policy"
                + " 'Domestic' matches it", p.describe(NAMES));
        assertEquals(null, p.sent());
    }

    @Test
    void localSevenDigitsTakeLocal206NotNanp() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "5551234");
        assertEquals("Local206", p.route().name());
        assertEquals("2065551234", p.sent());
        assertEquals(Optional.of("Expected route 'NANP', but '5551234' normalizes to '+12065551234' by rule 'Local 7'"
                + " (line 30), usage 'Seattle', route 'Local206' (line 16), gateway 'nwsbc1', trunk translation by rule"
                + " 'NANP' (line 37), sends '2065551234'"),
                p.check(new CallExpectation("+12065551234", "NANP", null, false), NAMES));
    }

    @Test
    void everyMismatchIsNamed() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "2000");
        String message = p.check(new CallExpectation("+12063862001", "NANP", "2000", true), NAMES).orElseThrow();
        assertTrue(message.startsWith("Expected normalized number '+12063862001', route 'NANP', sent number '2000'"
                + " and no route, but '2000' normalizes to '+12063862000'"), message);
        assertFalse(message.endsWith("."));
    }

    @Test
    void expectingUnroutableOfARoutedCallFails() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "01133123456789");
        assertEquals(Optional.of("Expected no route, but '01133123456789' normalizes to '+33123456789' by rule 'Intl'"
                + " (line 33), usage 'International', route 'NotNANP' (line 18), gateway 'nwsbc2', trunk translation by"
                + " rule 'World' (line 38), sends '01133123456789'"),
                p.check(new CallExpectation(null, null, null, true), NAMES));
    }

    @Test
    void unnormalizedNumberGoesOnAsDialed() throws InvalidNumberException {
        CallPath p = call(GLOBAL, "tel:+1-206-555-1234;phone-context=x");
        assertFalse(p.normalizedByRule());
        assertEquals("+12065551234", p.normalized());
        assertEquals("Local206", p.route().name());
        assertEquals("'tel:+1-206-555-1234;phone-context=x' matches no dial-plan rule and goes on as '+12065551234',"
                + " usage 'Seattle', route 'Local206' (line 16), gateway 'nwsbc1', trunk translation by rule 'NANP'"
                + " (line 37), sends '2065551234'", p.describe(NAMES));
    }

    // ------------------------------------------------------------------ users.unroutable

    @Test
    void internsCannotReachInternationalNumbers() {
        Unroutable u = SEATTLE.unroutable(SEATTLE_DIAL, DOMESTIC).orElseThrow();
        // 011 and the shortest of [2-9]\d{6,13}: no route of Seattle or National matches '+2000000'
        assertEquals(new Unroutable("0112000000", "+2000000", 4, "Domestic", true), u);
        assertEquals("Dialing '0112000000' gives '+2000000' (rule 'Intl' (line 33)), which no route of policy 'Domestic'"
                + " matches", u.message(NAMES::dialPlanRule));
    }

    @Test
    void staffReachEverythingTheirPlanNormalizes() {
        assertEquals(Optional.empty(), SEATTLE.unroutable(SEATTLE_DIAL, GLOBAL));
    }

    @Test
    void policyWithoutRoutesFindsTheShortestE164Result() {
        VoicePolicy none = new VoicePolicy("Nothing", List.of("Overseas"));
        assertEquals(new Unroutable("2000", "+12063862000", 0, "Nothing", true),
                SEATTLE.unroutable(SEATTLE_DIAL, none).orElseThrow());
    }

    @Test
    void onlySeattleMissesTheNationalNumbers() {
        VoicePolicy local = new VoicePolicy("Local", List.of("Seattle"));
        // "Local 7" and "Extensions" stay in 206; "NANP 10" gives +1200... which Local206 does not match, but
        // "Intl" has a 10-digit number too, and '0112000000' comes before '2000000000'
        assertEquals(new Unroutable("0112000000", "+2000000", 4, "Local", true),
                SEATTLE.unroutable(SEATTLE_DIAL, local).orElseThrow());
        NormalizationTable withoutIntl = new NormalizationTable(SEATTLE_DIAL.rules(), Set.of(4));
        assertEquals(new Unroutable("2000000000", "+12000000000", 2, "Local", true),
                SEATTLE.unroutable(withoutIntl, local).orElseThrow());
    }

    // ------------------------------------------------------------------ shapes and steps

    @Test
    void uriParametersStayInTheNormalizedNumberOnly() throws InvalidNumberException {
        NormalizationTable ext = table(rule("DID with extension", "^(206386\\d{4})#(\\d{1,5})$", "+1$1;ext=$2"));
        CallPath p = SEATTLE.call(ext, GLOBAL, "2063862000#55");
        assertEquals("+12063862000;ext=55", p.normalized());
        assertEquals("+12063862000", p.routingNumber());
        assertEquals("Local206", p.route().name());
        assertEquals("2063862000", p.sent());
        assertEquals(Optional.empty(), SEATTLE.unroutable(ext, DOMESTIC));
        VoicePolicy none = new VoicePolicy("Nothing", List.of());
        assertEquals(new Unroutable("2063860000#0", "+12063860000;ext=0", 0, "Nothing", true),
                SEATTLE.unroutable(ext, none).orElseThrow());
    }

    @Test
    void resultsThatAreNotE164AreNotConsidered() {
        NormalizationTable internal = table(rule("Internal", "^(\\d{4})$", "$1"), rule("Zero", "^0(\\d+)$", "+0$1"),
                rule("Long", "^9(\\d{15})$", "+1$1"));
        VoicePolicy none = new VoicePolicy("Nothing", List.of());
        assertEquals(Optional.empty(), SEATTLE.unroutable(internal, none));
    }

    @Test
    void erroneousRulesAndRoutesTakeNoPart() {
        NormalizationTable plan = new NormalizationTable(List.of(rule("Broken", "^(\\d+)$", "+9$1"),
                rule("Local", "^(\\d{7})$", "+1206$1")), Set.of(0));
        VoiceRouting routing = new VoiceRouting(List.of(new Route("Bad", null, List.of("Seattle"), List.of("gw")),
                new Route("Local", re("^\\+1206"), List.of("Seattle"), List.of("gw"))), List.of(TrunkGateway.plain("gw")));
        VoicePolicy p = new VoicePolicy("P", List.of("Seattle"));
        assertEquals(Optional.empty(), routing.unroutable(plan, p));
        VoiceRouting onlyBad = new VoiceRouting(List.of(new Route("Bad", null, List.of("Seattle"), List.of("gw"))),
                List.of(TrunkGateway.plain("gw")));
        assertEquals(new Unroutable("0000000", "+12060000000", 1, "P", true), onlyBad.unroutable(plan, p).orElseThrow());
    }

    @Test
    void greedyAndLazyCapturesDecideTheResult() {
        VoiceRouting routing = new VoiceRouting(List.of(new Route("OneDigit", re("^\\+[1-9]$"), List.of("U"), List.of())),
                List.of());
        VoicePolicy p = new VoicePolicy("P", List.of("U"));
        // greedy: $2 is the last digit only, so every E.164 result has one digit (any split would give '+12')
        assertEquals(Optional.empty(), routing.unroutable(table(rule("Greedy", "^(\\d+)(\\d+)$", "+$2")), p));
        // lazy: $1 is the first digit, $2 the rest
        assertEquals(new Unroutable("010", "+10", 0, "P", true),
                routing.unroutable(table(rule("Lazy", "^(\\d+?)(\\d+)$", "+$2")), p).orElseThrow());
    }

    @Test
    void unanchoredRoutesMatchAnywhere() {
        VoiceRouting routing = new VoiceRouting(List.of(new Route("Has5", re("5"), List.of("U"), List.of())), List.of());
        VoicePolicy p = new VoicePolicy("P", List.of("U"));
        assertEquals(new Unroutable("1", "+1", 0, "P", true), routing.unroutable(table(rule("All", "^(\\d+)$", "+$1")), p)
                .orElseThrow());
        assertEquals(Optional.empty(), routing.unroutable(table(rule("Fives", "^(\\d+)$", "+5$1")), p));
    }

    @Test
    void lbgOutgoingTableAppliesAfterTheTrunkTranslation() throws InvalidNumberException {
        DigitTable lbgOut = new DigitTable(Direction.OUTGOING, "9", List.of(
                new DigitRule("Ottawa internal", "1613592", 0, 0, "", false, true),
                new DigitRule("Long distance", "1", 0, 0, "1", false, false)));
        TrunkGateway lbg = new TrunkGateway("lbg01", null, lbgOut);
        VoiceRouting routing = new VoiceRouting(List.of(new Route("PBX", re("^\\+1613592\\d{4}$"), List.of("Internal"),
                List.of("lbg01")), new Route("Other", re("^\\+"), List.of("Internal"), List.of("lbg01"))), List.of(lbg));
        NormalizationTable ottawa = table(rule("Ext", "^(5\\d{3})$", "+1613592$1"));
        VoicePolicy p = new VoicePolicy("Staff", List.of("Internal"));
        CallPath ext = routing.call(ottawa, p, "5660");
        assertEquals("5660", ext.sent());
        assertEquals(0, ext.lbgRule());
        assertEquals("'5660' normalizes to '+16135925660' by rule 1, usage 'Internal', route 'PBX', gateway 'lbg01',"
                + " LBG outgoing rule 1, sends '5660'", ext.describe(RoutingNames.plain()));
        CallPath ld = routing.call(ottawa, p, "+14165551234");
        assertEquals("914165551234", ld.sent());
        CallPath other = routing.call(ottawa, p, "+4420");
        assertEquals(CallPath.LBG_DEFAULT, other.lbgRule());
        assertEquals("94420", other.sent());
    }

    @Test
    void usageOrderBeatsRouteOrder() throws InvalidNumberException {
        VoiceRouting routing = new VoiceRouting(List.of(
                new Route("Wide", re("^\\+1"), List.of("Second"), List.of("a")),
                new Route("Narrow", re("^\\+1206"), List.of("First"), List.of("b"))),
                List.of(TrunkGateway.plain("a"), TrunkGateway.plain("b")));
        CallPath p = routing.call(table(), new VoicePolicy("P", List.of("First", "Second")), "+12065551234");
        assertEquals("Narrow", p.route().name());
        assertEquals("First", p.usage());
        assertEquals("+12065551234", p.sent());
    }

    // ------------------------------------------------------------------ shapes of the exact analysis

    private static final VoiceRouting ONLY_PLUS_ONE = new VoiceRouting(
            List.of(new Route("NANP", re("^\\+1\\d{10}$"), List.of("U"), List.of())), List.of());
    private static final VoicePolicy U = new VoicePolicy("P", List.of("U"));

    @Test
    void unanchoredPatternsCaptureAtTheLeftmostMatch() throws InvalidNumberException {
        // .NET's leftmost match of 1(\d{3}) in '91234' starts at the '1': $1 = '234'
        NormalizationTable plan = table(rule("Inner", "1(\\d{3})", "+1206555$1"));
        assertEquals("+1206555234", SEATTLE.call(plan, GLOBAL, "91234").normalized());
        // every result is +1206555 and 3 digits, 9 digits after the 1: never NANP
        Unroutable u = ONLY_PLUS_ONE.unroutable(table(rule("Inner", "1(\\d{3})", "+1206555$1")), U).orElseThrow();
        assertEquals(new Unroutable("1000", "+1206555000", 0, "P", true), u);
    }

    @Test
    void optionalGroupsAndParametersAreExact() {
        NormalizationTable plan = table(rule("Ext", "^(\\d{10})(#(\\d+))?$", "+1$1;ext=$3"));
        assertTrue(io.dialscape.engine.regex.TableReach.of(plan).exact());
        assertEquals(Optional.empty(), ONLY_PLUS_ONE.unroutable(plan, U));
        NormalizationTable shortOnes = table(rule("Ext", "^(\\d{9,10})(#(\\d+))?$", "+1$1;ext=$3"));
        assertEquals(new Unroutable("000000000", "+1000000000;ext=", 0, "P", true),
                ONLY_PLUS_ONE.unroutable(shortOnes, U).orElseThrow());
    }

    @Test
    void wholeMatchAndConstantTranslations() {
        assertEquals(Optional.empty(), ONLY_PLUS_ONE.unroutable(table(rule("Whole", "^\\+1\\d{10}$", "$0")), U));
        assertEquals(new Unroutable("5", "+15", 0, "P", true),
                ONLY_PLUS_ONE.unroutable(table(rule("Prefix", "5", "+1$&")), U).orElseThrow());
        assertEquals(new Unroutable("#", "+44", 0, "P", true),
                ONLY_PLUS_ONE.unroutable(table(rule("Any", ".", "+44")), U).orElseThrow());
    }

    @Test
    void leadingLookAheadsAreExact() {
        NormalizationTable plan = table(rule("Not NANP", "^(?!1)(?=\\d{7})(\\d+)$", "+$1"),
                rule("NANP", "^(1\\d{10})$", "+$1"));
        assertTrue(io.dialscape.engine.regex.TableReach.of(plan).exact());
        // 7 digits not starting with 1: '0000000' gives '+0000000', not E.164; '2000000' is the first
        assertEquals(new Unroutable("2000000", "+2000000", 0, "P", true), ONLY_PLUS_ONE.unroutable(plan, U).orElseThrow());
        NormalizationTable inside = table(rule("Inside", "^0(?!0)(\\d+)$", "+$1"));
        assertFalse(io.dialscape.engine.regex.TableReach.of(inside).exact());
    }

    @Test
    void rulesOutsideTheShapeGiveVerifiedExamples() throws InvalidNumberException {
        NormalizationTable swapped = table(rule("Swap", "^(\\d{3})(\\d{7})$", "+1$2$1"));
        assertFalse(io.dialscape.engine.regex.TableReach.of(swapped).exact());
        assertEquals(Optional.empty(), ONLY_PLUS_ONE.unroutable(swapped, U));
        NormalizationTable twice = table(rule("Twice", "^(\\d{3})$", "+1$1$1"));
        Unroutable u = ONLY_PLUS_ONE.unroutable(twice, U).orElseThrow();
        assertFalse(u.exact());
        assertEquals(u.normalized(), ONLY_PLUS_ONE.call(twice, U, u.dialed()).normalized());
        assertFalse(ONLY_PLUS_ONE.call(twice, U, u.dialed()).routed());
    }

    @Test
    void messagesUseTheRuleNamer() {
        Unroutable u = new Unroutable("0112000000", "+2000000", 4, "Domestic", true);
        assertEquals("Dialing '0112000000' gives '+2000000' (rule 5), which no route of policy 'Domestic' matches",
                u.message(RuleNamer.byPosition()));
    }
}
