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
                        role FrontEnd        "Front End Server"
                        role WebComponents   "Web Components Server"
                        role Mediation       "Mediation Server"
                        role AccessEdge      "Access Edge Server"        edge
                        role AVConferencing "A/V" role WebConferencing "Web" role ApplicationSharing "AS"
                        role Archiving "Archiving" role Monitoring "Monitoring" role ExchangeUM "UM"
                        role WebConferencingEdge "WCE" edge role AVEdge "AVE" edge
                        // ... the other roles
                        allow FrontEnd, WebComponents, AVConferencing, WebConferencing, ApplicationSharing
                        allow FrontEnd, WebComponents, AVConferencing, WebConferencing, ApplicationSharing,
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
