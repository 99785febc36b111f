package io.dialscape.dsl.tests;

import io.dialscape.dsl.library.DialscapeLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one shared set of sample documents that drives the parser, formatter and
 * serializer tests: the examples, the acceptance models, the bundled library and the
 * snippets of LANGUAGE.md.
 */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** LANGUAGE.md's own examples, verbatim. */
    public static final Map<String, String> LANGUAGE_SNIPPETS = Map.of(
            "language-platform.ucm", """
                    platform myocs "Office Communications Server 2007 R2 (site copy)" {
                        role FrontEnd        "Front End Server"          internal
                        role WebComponents   "Web Components Server"
                        role Mediation       "Mediation Server"          internal
                        role AccessEdge      "Access Edge Server"        edge
                        role AVConferencing "A/V" role WebConferencing "Web" role ApplicationSharing "AS"
                        role Archiving "Archiving" role Monitoring "Monitoring" role ExchangeUM "UM"
                        role WebConferencingEdge "WCE" edge role AVEdge "AVE" edge
                        // ... the other roles
                        allow FrontEnd with WebComponents, AVConferencing, WebConferencing, ApplicationSharing
                        allow FrontEnd with WebComponents, AVConferencing, WebConferencing, ApplicationSharing,
                              Archiving, Monitoring in standard
                        allow AccessEdge, WebConferencingEdge, AVEdge
                        allow Archiving, Monitoring
                        deny  Mediation with *              "Mediation Server needs a computer of its own in OCS 2007 R2"
                        deny  ExchangeUM with *             "Exchange UM is never collocated with OCS roles"
                        feature DualForking "Dual forking with remote call control"
                            requires MitelICP >= "8.0 UR3", MitelUCMobile >= "1.6", MitelLBG >= "3.1.1"
                    }
                    """,
            "language-digits.ucm", """
                    digits lbgOut2 outgoing ars "9" {
                        rule "Ottawa internal" leading "1613592" replace "" ignore-ars
                        rule "Long distance"   leading "1"       replace "1"
                        rule                   leading "16135"   replace "8"   // rule.shadowed: "Long distance" takes all of it
                    }
                    digits lbgIn2 incoming {
                        rule "Extensions" leading "5" length 4 replace "+16135925"
                        rule "National"   leading "1" length 11 add-plus
                    }
                    test lbgOut2 {
                        "tel:+16135925660" -> "5660"
                        "+14165551234"     -> "914165551234"
                    }
                    """,
            "language-normalization.ucm", """
                    normalization NL_Profile2 {
                        rule "NL international" pattern "^00(\\d+)$"       translation "+$1"
                        rule "NL national"      pattern "^0([1-9]\\d{8})$" translation "+31$1"
                    }
                    test NL_Profile2 { "0612345678" -> "+31612345678" }
                    """,
            "language-routing.ucm", """
                    product Mediant "AudioCodes Mediant 1000"
                    topology rideau2 platform ocs2007r2 {
                        pbx icp01 product MitelICP version "8.0 UR3"
                        gateway lbg01 product MitelLBG version "3.1.1" { icp icp01 outgoing lbgOut3 }
                        gateway gw01 "gw01.corp.rideau.local" product Mediant version "7.2" translation gw01Out

                        usages Internal, Local, National, International
                        route PBX      pattern "^\\+1613592\\d{4}$" usages Internal      gateways lbg01
                        route Local613 pattern "^\\+1613\\d{7}$"    usages Local         gateways gw01
                        route NANP     pattern "^\\+1\\d{10}$"      usages National      gateways gw01
                        route World    pattern "^\\+"              usages International gateways gw01
                        policy Staff usages Internal, Local, National
                        policy Execs usages Internal, Local, National, International
                        users OttawaStaff dialplan Ottawa2 policy Staff
                        users OttawaExecs dialplan Ottawa2 policy Execs
                    }
                    normalization gw01Out { rule "NANP to 10 digits" pattern "^\\+1(\\d{10})$" translation "$1" }
                    normalization Ottawa2 {
                        rule "Extensions" pattern "^(5\\d{3})$"     translation "+1613592$1"
                        rule "Local"      pattern "^([2-9]\\d{9})$" translation "+1$1"
                        rule "Intl"       pattern "^011(\\d+)$"     translation "+$1"
                    }
                    digits lbgOut3 outgoing ars "9" { rule "Ottawa internal" leading "1613592" replace "" ignore-ars }
                    test rideau2 {
                        "5660"            from OttawaStaff -> "+16135925660" route PBX sends "5660"
                        "6135551234"      from OttawaStaff -> "+16135551234" route Local613 sends "6135551234"
                        "011441234567890" from OttawaStaff -> "+441234567890" unroutable
                    }
                    """);

    /** Every sample as (name, text). */
    public static List<Arguments> all() {
        List<Arguments> samples = new ArrayList<>();
        for (Map.Entry<Path, String> e : examples().entrySet()) {
            samples.add(Arguments.of("examples/" + e.getKey().getFileName(), e.getValue()));
        }
        for (Map.Entry<Path, String> e : acceptance().entrySet()) {
            samples.add(Arguments.of("acceptance/" + e.getKey().getFileName(), e.getValue()));
        }
        for (String file : DialscapeLibrary.FILES) {
            samples.add(Arguments.of("library/" + file, DialscapeLibrary.text(file)));
        }
        LANGUAGE_SNIPPETS.forEach((name, text) -> samples.add(Arguments.of(name, text)));
        return samples;
    }

    public static Map<Path, String> examples() {
        return Models.folder(Models.root().resolve("examples"));
    }

    /** The acceptance models beside the repository (../shared/acceptance), when present. */
    public static Map<Path, String> acceptance() {
        return Models.folder(Models.root().resolve("../shared/acceptance").normalize());
    }

    public static Map<Path, String> snippets() {
        Map<Path, String> texts = new LinkedHashMap<>();
        LANGUAGE_SNIPPETS.forEach((name, text) -> texts.put(Path.of("/dialscape-test/" + name), text));
        return texts;
    }
}
