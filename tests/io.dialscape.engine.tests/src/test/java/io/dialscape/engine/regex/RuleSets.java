package io.dialscape.engine.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generated normalization tables that look like real location profiles: per site, extension ranges,
 * national area codes, mobile and service numbers, international prefixes with country-code alternations,
 * emergency numbers, and a few of the usual mistakes (a rule repeated, repeated with another result, a
 * specific rule after a broad one, an unanchored pattern, a pattern no number matches).
 */
final class RuleSets {

    private static final String[] COUNTRY_CODES = {"1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40",
        "41", "43", "44", "45", "46", "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62",
        "63", "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98", "212", "213", "216",
        "218", "220", "221", "234", "254", "255", "351", "352", "353", "354", "355", "356", "357", "358", "359", "370",
        "371", "372", "380", "381", "385", "386", "420", "421", "852", "853", "855", "880", "886", "960", "961", "962",
        "963", "964", "965", "966", "971", "972", "973", "974", "975", "976", "977"};

    private RuleSets() {
    }

    static List<NormalizationRule> realistic(int size, long seed) {
        Random rnd = new Random(seed);
        List<NormalizationRule> rules = new ArrayList<>();
        int site = 0;
        while (rules.size() < size) {
            site++;
            String cc = COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)];
            String area = String.valueOf(10 + rnd.nextInt(89));
            int kind = rnd.nextInt(20);
            String name = "Site " + site + " ";
            switch (kind) {
                case 0, 1, 2 -> {
                    int first = 2 + rnd.nextInt(8);
                    int len = 3 + rnd.nextInt(3);
                    rules.add(new NormalizationRule(name + "extensions", "^(" + first + "\\d{" + (len - 1) + "})$",
                            "+" + cc + area + first + "$1"));
                }
                case 3, 4, 5 -> rules.add(new NormalizationRule(name + "area " + area, "^0(" + area + "\\d{" + (5 + rnd.nextInt(4))
                        + "})$", "+" + cc + "$1"));
                case 6 -> rules.add(new NormalizationRule(name + "mobile", "^0(6[1-5]\\d{7})$", "+" + cc + "$1"));
                case 7 -> rules.add(new NormalizationRule(name + "service", "^(1[48]\\d{1," + (2 + rnd.nextInt(2)) + "})$", "$1"));
                case 8, 9 -> {
                    StringBuilder alt = new StringBuilder();
                    int count = 3 + rnd.nextInt(12);
                    for (int i = 0; i < count; i++) {
                        if (i > 0) {
                            alt.append('|');
                        }
                        alt.append(COUNTRY_CODES[rnd.nextInt(COUNTRY_CODES.length)]);
                    }
                    rules.add(new NormalizationRule(name + "international", "^(?:\\+|00)(" + alt + ")(\\d{4,12})$", "+$1$2"));
                }
                case 10, 11 -> rules.add(new NormalizationRule(name + "country " + cc, "^(?:00|\\+)" + cc + "(\\d{"
                        + (6 + rnd.nextInt(4)) + ",12})$", "+" + cc + "$1"));
                case 12 -> rules.add(new NormalizationRule(name + "emergency", "^(112|911|999)$", "112"));
                case 13 -> rules.add(new NormalizationRule(name + "operator", "^0{" + (1 + rnd.nextInt(2)) + "}" + area
                        + "\\*" + rnd.nextInt(10) + "#$", "*" + area + "#"));
                case 14 -> {
                    // mistakes
                    int m = rnd.nextInt(5);
                    if (m == 0 && !rules.isEmpty()) {
                        rules.add(rules.get(rnd.nextInt(rules.size())));
                    } else if (m == 1 && !rules.isEmpty()) {
                        NormalizationRule r = rules.get(rnd.nextInt(rules.size()));
                        rules.add(new NormalizationRule(name + "conflicting copy", r.pattern(), r.translation() + "0"));
                    } else if (m == 2) {
                        rules.add(new NormalizationRule(name + "unanchored", "0(" + area + "\\d{7})", "+" + cc + "$1"));
                    } else if (m == 3) {
                        rules.add(new NormalizationRule(name + "literal brace", "^\\d{*}$", "+" + cc));
                    } else {
                        rules.add(new NormalizationRule(name + "too late", "^0(" + area + "1\\d{6})$", "+" + cc + "$1"));
                    }
                }
                default -> {
                    int first = 2 + rnd.nextInt(8);
                    rules.add(new NormalizationRule(name + "range " + first, "^(" + first + rnd.nextInt(10) + "\\d{2})$",
                            "+" + cc + area + "$1"));
                }
            }
        }
        while (rules.size() > size) {
            rules.remove(rules.size() - 1);
        }
        if (size >= 2) {
            rules.set(size - 2, new NormalizationRule("Catch-all international", "^\\+(\\d+)$", "+$1"));
            rules.set(size - 1, new NormalizationRule("Catch-all", "^(\\d+)$", "$1"));
        }
        return rules;
    }
}
