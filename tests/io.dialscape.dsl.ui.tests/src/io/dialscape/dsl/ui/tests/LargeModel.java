package io.dialscape.dsl.ui.tests;

/** A realistic model of about 5,000 lines: one topology of many sites, many digit tables, normalization tables with tests. */
final class LargeModel {

    private LargeModel() {
    }

    static String text(int targetLines) {
        StringBuilder text = new StringBuilder("// Generated for the re-validation benchmark\n");
        text.append("topology bigcorp platform sfb2019 {\n");
        int sites = targetLines * 27 / 100 / 8;
        for (int i = 0; i < sites; i++) {
            text.append("""
                        site Site%1$d region "NL" {
                            pool pool%1$d enterprise "pool%1$d.bigcorp.local" {
                                server fe%1$da "fe%1$da.bigcorp.local" roles FrontEnd, Mediation
                                server fe%1$db "fe%1$db.bigcorp.local" roles FrontEnd, Mediation
                                server fe%1$dc "fe%1$dc.bigcorp.local" roles FrontEnd, Mediation
                            }
                            server sql%1$d "sql%1$d.bigcorp.local" roles BackEndDatabase
                        }
                    """.formatted(i));
        }
        text.append("}\n");
        int tables = targetLines * 36 / 100 / 10;
        for (int i = 0; i < tables; i++) {
            text.append("""
                    digits out%1$d outgoing ars "9" {
                        rule "Extensions"       leading "5"        length 4                   ignore-ars
                        rule "Ottawa DID block" leading "16135925" length 11 replace "5"      ignore-ars
                        rule "Emergency"        leading "911"      length 3
                        rule "Ottawa local 613" leading "1613"     length 11 replace "613"
                        rule "Ottawa local 343" leading "1343"     length 11 replace "343"
                        rule "North America"    leading "1"        length 11 replace "1"
                        rule "International"    leading ""                   replace "011"
                    }

                    """.formatted(i));
        }
        int lines = text.toString().split("\n", -1).length;
        for (int i = 0; lines < targetLines; i++) {
            String block = """
                    normalization NL%1$d {
                        rule "Extensions"        pattern "^(4\\d{3})$"               translation "+3120710$1"
                        rule "Emergency"         pattern "^(112)$"                  translation "$1"
                        rule "Amsterdam local"   pattern "^([2-9]\\d{6})$"           translation "+3120$1"
                        rule "Mobile"            pattern "^0(6\\d{8})$"              translation "+31$1"
                        rule "National"          pattern "^0([1-57]\\d{8})$"         translation "+31$1"
                        rule "International"     pattern "^00([1-9]\\d{6,14})$"      translation "+$1"
                    }

                    test NL%1$d {
                        "4000"               -> "+31207104000"
                        "020 710 4000"       -> "+31207104000"
                        "06-12345678"        -> "+31612345678"
                        "112"                -> "112"
                    }

                    """.formatted(i);
            text.append(block);
            lines += block.split("\n", -1).length - 1;
        }
        return text.toString();
    }

    /**
     * File {@code i} of a project of {@code n} such files, about {@code targetLines} long: the model above with names
     * of its own ({@code corp3}, {@code p3out0}, {@code p3NL0}) and references into other files: the gateway's
     * translation table is file i-1's, the user group's dial plan and a test's table are file i+1's.
     */
    static String part(int i, int n, int targetLines) {
        String base = text(targetLines - 11)
                .replace("topology bigcorp", "topology corp" + i)
                .replaceAll("\\bout(\\d+)\\b", "p" + i + "out$1")
                .replaceAll("\\bNL(\\d+)\\b", "p" + i + "NL$1");
        int previous = (i + n - 1) % n;
        int next = (i + 1) % n;
        String voice = """
                    gateway gw product GenericGateway version "1.0" translation p%1$dNL0
                    usages U
                    route R pattern "^\\+31\\d{9}$" usages U gateways gw
                    policy P usages U
                    users Staff dialplan p%2$dNL1 policy P
                }
                """.formatted(previous, next);
        int topologyEnd = base.indexOf("\n}\n") + 1;
        return base.substring(0, topologyEnd) + voice + base.substring(topologyEnd + 2) + """
                test p%1$dNL0 {
                    "4000" -> "+31207104000"
                }
                """.formatted(next);
    }
}
