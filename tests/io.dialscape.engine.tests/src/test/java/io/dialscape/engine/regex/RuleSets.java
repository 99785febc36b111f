package io.dialscape.engine.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated normalization tables that look like a large enterprise location profile: emergency, mobile,
 * toll-free and premium rules, then per site extension, DID and short-number ranges, national area codes,
 * service numbers, international prefixes with country-code alternations, country-specific rules, operator
 * codes; catch-alls at the end; and about 4% of the usual mistakes (a rule repeated, repeated with another result, a specific rule
 * after a broader one, a pattern no number matches, a pattern anchored at one end only, and
 * {@code unanchored} patterns without any anchor).
 */
final class RuleSets {

    static final String[] COUNTRY_CODES = {"1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
        "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62",
        "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "212", "213", "216",
        "218", "220", "221", "234", "254", "255", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370",
        "371", "372", "380", "381", "385", "386", "420", "421", "852", "853", "855", "880", "886", "960", "961", "962",
        "963", "964", "965", "966", "971", "972", "973", "974", "975", "976", "977"};

    private RuleSets() {
    }

    /** A table of {@code size} rules with two unanchored patterns among its mistakes. */
    static List<NormalizationRule> realistic(int size, long seed) {
        return realistic(size, seed, 2);
    }

    static List<NormalizationRule> realistic(int size, long seed, int unanchored) {
        Random rnd = new Random(seed);
        List<NormalizationRule> rules = new ArrayList<>();
        String home = "31";
        int site = 0;
        int nextRange = 200;
        int nextArea = 100;
        rules.add(new NormalizationRule("Emergency", "^(112|911|999)$", "112"));
        rules.add(new NormalizationRule("Mobile", "^0(6[1-5]\\d{7})$", "+" + home + "$1"));
        rules.add(new NormalizationRule("Toll free", "^0(800\\d{4,7})$", "+" + home + "$1"));
        rules.add(new NormalizationRule("Premium", "^0(90[069]\\d{4,7})$", "+" + home + "$1"));
        int placed = 0;
        while (rules.size() < size - 2) {
            if (placed < unanchored && rules.size() >= (long) (size - 2) * (placed + 1) / (unanchored + 1)) {
                placed++;
                String area = String.valueOf(nextArea++ % 900 + 100);
                rules.add(new NormalizationRule("Unanchored " + placed, "0(" + area + "\\d{5})", "+" + home + "$1"));
                continue;
            }
            site++;
            String s = "Site " + site + " ";
            String area = String.valueOf(nextArea++ % 900 + 100);
            int kind = rnd.nextInt(100);
            if (kind < 30) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                int digits = 1 + rnd.nextInt(2);
                rules.add(new NormalizationRule(s + "extensions " + range, "^(" + range + "\\d{" + digits + "})$",
                        "+" + home + area + "55" + "$1"));
            } else if (kind < 50) {
                rules.add(new NormalizationRule(s + "area " + area, "^0(" + area + "\\d{" + (9 - area.length()) + "})$",
                        "+" + home + "$1"));
            } else if (kind < 65) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                rules.add(new NormalizationRule(s + "DID " + range, "^(?:\\+?" + home + "|0)(" + area + range + "\\d{"
                        + (6 - area.length()) + "})$", "+" + home + "$1"));
            } else if (kind < 68) {
                StringBuilder alt = new StringBuilder();
                int count = 3 + rnd.nextInt(20);
                for (int i = 0; i < count; i++) {
                    alt.append(i > 0 ? "|" : "").append(COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)]);
                }
                rules.add(new NormalizationRule(s + "international", "^(?:\\+|00)(" + alt + ")(\\d{4,12})$", "+$1$2"));
            } else if (kind < 75) {
                String cc = COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)];
                rules.add(new NormalizationRule(s + "country " + cc, "^(?:00|\\+)" + cc + "(\\d{" + (6 + rnd.nextInt(4))
                        + ",12})$", "+" + cc + "$1"));
            } else if (kind < 80) {
                rules.add(new NormalizationRule(s + "service", "^(1[48]" + rnd.nextInt(10) + "\\d{0," + rnd.nextInt(3)
                        + "})$", "$1"));
            } else if (kind < 86) {
                rules.add(new NormalizationRule(s + "operator", "^\\*" + (10 + rnd.nextInt(80)) + "(\\d{2,4})#$", "*$1#"));
            } else if (kind < 96) {
                String range = String.valueOf(nextRange++ % 800 + 200);
                rules.add(new NormalizationRule(s + "short " + range, "^(" + range + ")$", "+" + home + area + range));
            } else {
                int m = rnd.nextInt(5);
                NormalizationRule earlier = rules.isEmpty() ? null : rules.get(rnd.nextInt(rules.size()));
                if (m == 0 && earlier != null) {
                    rules.add(earlier);
                } else if (m == 1 && earlier != null) {
                    rules.add(new NormalizationRule(s + "conflicting copy", earlier.pattern(), earlier.translation().startsWith("+31")
                            ? "+32" + earlier.translation().substring(3) : "+" + earlier.translation()));
                } else if (m == 2) {
                    rules.add(new NormalizationRule(s + "literal brace", "^\\d{*}$", "+" + home));
                } else if (m == 3) {
                    rules.add(new NormalizationRule(s + "too late", "^0(" + area + "1\\d{" + (8 - area.length()) + "})$",
                            "+" + home + "$1"));
                } else if (m == 4) {
                    rules.add(new NormalizationRule(s + "no end anchor", "^0" + area + "(\\d{4})", "+" + home + area + "$1"));
                }
            }
        }
        rules.add(new NormalizationRule("Catch-all international", "^\\+(\\d+)$", "+$1"));
        rules.add(new NormalizationRule("Catch-all", "^(\\d+)$", "$1"));
        return rules;
    }
}
