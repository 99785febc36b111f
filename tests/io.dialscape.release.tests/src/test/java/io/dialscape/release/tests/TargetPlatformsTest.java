package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two target definitions of releng/io.dialscape.target agree: the headless one, which the
 * engine, language, ide and pictures bundles (and so the command line's first-use build) resolve
 * against, is a part of the full one, which the editor, Studio, the features and the tests use.
 * Otherwise a version raised in one file only would build the command line and Studio from
 * different libraries.
 */
class TargetPlatformsTest {

    private static final Path TARGETS = Archives.root().resolve("releng/io.dialscape.target");

    /** One {@code <location>}: its attributes, its dependencies (groupId:artifactId -> version:type) and its bnd instructions. */
    record Location(Map<String, String> attributes, Map<String, String> dependencies, String instructions) {}

    @Test
    void everyHeadlessLocationIsTheFullTargetsLocationOfTheSameLabel() throws Exception {
        Map<String, Location> full = locations(TARGETS.resolve("io.dialscape.target.target"));
        Map<String, Location> headless = locations(TARGETS.resolve("headless.target"));
        assertEquals(List.of("Xtext", "ANTLR 3.2 runtime", "dk.brics.automaton", "AOP Alliance (Guice)", "Eclipse Layout Kernel"),
                List.copyOf(headless.keySet()));
        for (Map.Entry<String, Location> e : headless.entrySet()) {
            Location mine = e.getValue();
            Location theirs = full.get(e.getKey());
            assertNotNull(theirs, "the full target has a location labelled " + e.getKey());
            assertEquals(theirs.attributes(), mine.attributes(), e.getKey() + ": attributes");
            assertEquals(theirs.instructions(), mine.instructions(), e.getKey() + ": bnd instructions");
            if (e.getKey().equals("Xtext")) {
                // The full target's Xtext location adds xtext.testing (the tests' harness); the rest is the same.
                Map<String, String> expected = new TreeMap<>(theirs.dependencies());
                assertEquals("2.42.0:jar", expected.remove("org.eclipse.xtext:org.eclipse.xtext.testing"), "xtext.testing in the full target");
                assertEquals(expected, new TreeMap<>(mine.dependencies()), "Xtext: dependencies");
            } else {
                assertEquals(theirs.dependencies(), mine.dependencies(), e.getKey() + ": dependencies");
            }
        }
    }

    @Test
    void theHeadlessTargetNamesNoPartOfTheEclipsePlatformOrATestLibrary() throws Exception {
        for (Location location : locations(TARGETS.resolve("headless.target")).values()) {
            for (String dependency : location.dependencies().keySet()) {
                assertFalse(dependency.startsWith("org.eclipse.platform:") || dependency.startsWith("org.eclipse.jdt:")
                        || dependency.startsWith("com.ibm.icu:") || dependency.startsWith("org.junit")
                        || dependency.startsWith("junit:") || dependency.endsWith(".testing"), dependency);
            }
        }
    }

    private static Map<String, Location> locations(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        NodeList nodes = document.getElementsByTagName("location");
        Map<String, Location> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element location = (Element) nodes.item(i);
            Map<String, String> attributes = new TreeMap<>();
            for (int a = 0; a < location.getAttributes().getLength(); a++) {
                attributes.put(location.getAttributes().item(a).getNodeName(), location.getAttributes().item(a).getNodeValue());
            }
            Map<String, String> dependencies = new LinkedHashMap<>();
            NodeList deps = location.getElementsByTagName("dependency");
            for (int d = 0; d < deps.getLength(); d++) {
                Element dependency = (Element) deps.item(d);
                String key = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
                assertEquals(null, dependencies.put(key, text(dependency, "version") + ":" + text(dependency, "type")), file + ": " + key + " twice");
            }
            List<String> instructions = new ArrayList<>();
            NodeList bnd = location.getElementsByTagName("instructions");
            for (int b = 0; b < bnd.getLength(); b++) {
                instructions.add(bnd.item(b).getTextContent().strip());
            }
            String label = attributes.get("label");
            assertNotNull(label, file + ": a location without a label");
            assertTrue(byLabel.put(label, new Location(attributes, dependencies, String.join("\n", instructions))) == null,
                    file + ": two locations labelled " + label);
        }
        return byLabel;
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
