package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.bridge.PowerShellExport;
import io.dialscape.dsl.bridge.PowerShellImport;
import io.dialscape.dsl.bridge.PowerShellLexer;
import io.dialscape.dsl.bridge.VoiceModel;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.engine.PropertyCheck;
import io.dialscape.engine.PropertyCheck.Gen;
import io.dialscape.engine.PropertyCheck.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * The round trip of LANGUAGE.md section 11: {@code import(export(model))} gives back the model's dial plans and
 * translation tables (rules in order), usages, routes in order, policies and gateways by FQDN, for generated models
 * and the examples, for both targets; {@code export(import(script))} re-imports to the same model; and the exported
 * script is re-runnable: run twice (as the importer runs PowerShell, the second time every object exists) it gives
 * the same model, with no statement skipped.
 */
class PowerShellRoundTripTest {

    private static final PowerShellExport.Target[] TARGETS = PowerShellExport.Target.values();

    // ------------------------------------------------------------ models

    /** Parses a model text with the bundled library; fails on a syntax or linking error. */
    static Model parse(String text) {
        XtextResourceSet set = ModelSet.newResourceSet(ModelSet.injector());
        XtextResource resource = ModelSet.load(set, URI.createURI("roundtrip:/model.ucm"), text);
        EcoreUtil.resolveAll(set);
        assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors() + "\n" + text);
        return resource.getContents().isEmpty() ? io.dialscape.dsl.dialscape.DialscapeFactory.eINSTANCE.createModel() // comments only
                : (Model) resource.getContents().get(0);
    }

    static VoiceModel voice(String text, PowerShellExport.Target target) {
        return VoiceModel.of(List.of(parse(text)), target == PowerShellExport.Target.LYNC);
    }

    static String export(String text, PowerShellExport.Target target) {
        return PowerShellExport.export(List.of(parse(text)), target, List.of("model.ucm")).text();
    }

    static PowerShellImport.Result importScript(String script) {
        return PowerShellImport.convert(script, "script.ps1", "roundtrip");
    }

    /**
     * The model as PowerShell compares it: tables by name (each rule's pattern and translation, and its label where
     * the original has one), usages, routes, policies, and gateways by FQDN with their translation table.
     */
    static void assertEquivalent(VoiceModel expected, VoiceModel actual, String context) {
        assertEquals(expected.tables().keySet(), actual.tables().keySet(), context);
        for (Map.Entry<String, List<VoiceModel.Rule>> e : expected.tables().entrySet()) {
            List<VoiceModel.Rule> a = actual.tables().get(e.getKey());
            assertEquals(e.getValue().size(), a.size(), e.getKey() + "\n" + context);
            for (int i = 0; i < a.size(); i++) {
                VoiceModel.Rule x = e.getValue().get(i);
                VoiceModel.Rule y = a.get(i);
                assertEquals(x.pattern(), y.pattern(), e.getKey() + " rule " + i + "\n" + context);
                assertEquals(x.translation(), y.translation(), e.getKey() + " rule " + i + "\n" + context);
                if (x.label() != null) {
                    assertEquals(x.label(), y.label(), e.getKey() + " rule " + i + "\n" + context);
                }
            }
        }
        assertEquals(expected.usages(), actual.usages(), context);
        assertEquals(expected.routes(), actual.routes(), context);
        assertEquals(expected.policies(), actual.policies(), context);
        assertEquals(gatewaysByFqdn(expected), gatewaysByFqdn(actual), context);
    }

    static Map<String, String> gatewaysByFqdn(VoiceModel voice) {
        Map<String, String> map = new TreeMap<>();
        for (VoiceModel.Gateway g : voice.gateways()) {
            map.put(g.fqdn().toLowerCase(Locale.ROOT), String.valueOf(g.translation()));
        }
        return map;
    }

    /** import(export(model)) is the model, and running the script twice changes nothing. */
    static void checkRoundTrip(String modelText, PowerShellExport.Target target) {
        VoiceModel expected = voice(modelText, target);
        String script = export(modelText, target);
        assertTrue(PowerShellLexer.tokens(script).stream().noneMatch(t -> t.is(PowerShellLexer.Kind.ERROR)), script);
        PowerShellImport.Result once = importScript(script);
        assertEquals(List.of(), once.messages(), script);
        String context = "model:\n" + modelText + "\nscript:\n" + script + "\nimported:\n" + once.text();
        assertEquivalent(expected, voice(once.text(), target), context);

        PowerShellImport.Result twice = importScript(script + "\n" + script);
        assertEquals(List.of(), twice.messages(), "second run of\n" + script);
        assertEquals(once.text(), twice.text(), "second run of\n" + script);

        // export(import(script)) re-imports to the same model
        String again = export(once.text(), target);
        assertEquivalent(voice(once.text(), target), voice(importScript(again).text(), target), "re-export of\n" + once.text());
    }

    // ------------------------------------------------------------ generated models

    private static final String[] NAME_POOL = { "Local", "National", "Intl", "route", "usages", "policy", "Global", "test", "in", "internal", "edge", "with",
        "gateway", "from", "NL", "BE", "x1", "Emergency", "Mobile" };
    private static final String[] PATTERN_TOKENS = { "^", "$", "\\d", "\\+", "(", ")", "[0-9]", "{3}", "?", "$1", "'", "''", "\u2019",
        "`", "\"", "#", "@{", "+31", "0", "9", "|", ".", "\u00e9", " ", "$(x)", "${y}", "-" };
    private static final String[] LABEL_TOKENS = { "NL", " ", "national", "'", "$1", "\"", "`", "\u2018", "#", "@", "{", "}",
        "\u00e9", "x", "Rule 1", ",", ";", "(", "$" };

    static String pick(Source s, String[] pool) {
        return pool[s.between(0, pool.length - 1)];
    }

    static String string(Source s, String[] tokens, int min, int max) {
        StringBuilder b = new StringBuilder();
        for (int n = s.between(min, max), i = 0; i < n; i++) {
            b.append(pick(s, tokens));
        }
        return b.toString();
    }

    static String ucm(String value) {
        return io.dialscape.dsl.conversion.DialscapeValueConverters.RawStringConverter.quote(value);
    }

    /** Distinct names from the pool, 1 to max of them (at least min). */
    static List<String> names(Source s, String prefix, int min, int max) {
        Set<String> names = new LinkedHashSet<>();
        for (int n = s.between(min, max), i = 0; i < n; i++) {
            names.add(prefix + pick(s, NAME_POOL));
        }
        return new ArrayList<>(names);
    }

    static List<String> subset(Source s, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String x : from) {
            if (s.between(0, 1) == 1) {
                out.add(x);
            }
        }
        if (out.isEmpty()) {
            out.add(from.get(s.between(0, from.size() - 1)));
        }
        return out;
    }

    /** A model with tables (rules in order), one topology's gateways, usages, routes, policies and user groups. */
    static final Gen<String> MODELS = s -> {
        StringBuilder text = new StringBuilder();
        List<String> tables = names(s, "T_", 1, 4);
        for (String table : tables) {
            text.append("normalization ").append(table).append(" {\n");
            Set<String> labels = new LinkedHashSet<>();
            for (int n = s.between(0, 4), i = 0; i < n; i++) {
                text.append("    rule ");
                String label = s.between(0, 3) == 0 ? null : string(s, LABEL_TOKENS, 1, 4);
                if (label != null && labels.add(label.toLowerCase(Locale.ROOT))) {
                    text.append(ucm(label)).append(' ');
                }
                text.append("pattern ").append(ucm(string(s, PATTERN_TOKENS, 1, 8))).append(" translation ")
                        .append(ucm(string(s, PATTERN_TOKENS, 0, 4))).append('\n');
            }
            text.append("}\n");
        }
        text.append("topology rt platform ").append(s.between(0, 1) == 0 ? "sfb2019" : "teams").append(" {\n");
        int gateways = s.between(1, 3);
        List<String> gatewayNames = new ArrayList<>();
        for (int i = 0; i < gateways; i++) {
            gatewayNames.add("g" + i);
            text.append("    gateway g").append(i).append(" \"sbc").append(i).append(".example.com\" product GenericGateway version \"0\"");
            if (s.between(0, 1) == 1) {
                text.append(" translation ").append(tables.get(s.between(0, tables.size() - 1)));
            }
            text.append('\n');
        }
        List<String> usages = names(s, "", 1, 4);
        text.append("    usages ").append(String.join(", ", usages)).append('\n');
        for (String route : names(s, "R", 0, 4)) {
            text.append("    route ").append(route).append(" pattern ").append(ucm(string(s, PATTERN_TOKENS, 1, 6)))
                    .append(" usages ").append(String.join(", ", subset(s, usages))).append(" gateways ")
                    .append(String.join(", ", subset(s, gatewayNames))).append('\n');
        }
        List<String> policies = names(s, "P", 0, 3);
        for (String policy : policies) {
            text.append("    policy ").append(policy).append(" usages ").append(String.join(", ", subset(s, usages))).append('\n');
        }
        if (!policies.isEmpty() && s.between(0, 1) == 1) {
            text.append("    users staff dialplan ").append(tables.get(0)).append(" policy ").append(policies.get(0)).append('\n');
        }
        text.append("}\n");
        return text.toString();
    };

    @Test
    void importOfExportIsTheModelForGeneratedModels() {
        PropertyCheck.tries(150).forAll(MODELS, model -> {
            for (PowerShellExport.Target target : TARGETS) {
                checkRoundTrip(model, target);
            }
        });
    }

    // ------------------------------------------------------------ examples and fixtures

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Cli.root().resolve("examples"))) {
            return files.filter(p -> p.toString().endsWith(".ucm")).sorted().toList();
        }
    }

    @Test
    void importOfExportIsTheModelForTheExamples() throws IOException {
        List<Path> examples = examples();
        assertFalse(examples.isEmpty());
        for (Path example : examples) {
            for (PowerShellExport.Target target : TARGETS) {
                checkRoundTrip(Files.readString(example), target);
            }
        }
    }

    @Test
    void exportOfImportReimportsToTheSameModelForTheFixtures() throws IOException {
        for (String name : List.of("lync-voice", "teams-voice")) {
            String imported = importScript(Files.readString(ImportPowerShellTest.fixture(name + ".ps1"))).text();
            for (PowerShellExport.Target target : TARGETS) {
                checkRoundTrip(imported, target);
            }
        }
    }

    @Test
    void theRideauExampleKeepsWhatPowerShellCanHold() throws IOException {
        String text = Files.readString(Cli.root().resolve("examples/ottawa-ocs2007r2.ucm"));
        VoiceModel voice = voice(text, PowerShellExport.Target.LYNC);
        assertEquals(List.of(), voice.routes(), "every route of the example goes through the LBG, which has no FQDN");
        assertTrue(voice.notExported().stream().anyMatch(n -> n.startsWith("gateway ottlbg01 (line 33): it has no FQDN")),
                voice.notExported().toString());
        assertTrue(voice.dialPlans().contains("Ottawa"), voice.dialPlans().toString());
    }
}
