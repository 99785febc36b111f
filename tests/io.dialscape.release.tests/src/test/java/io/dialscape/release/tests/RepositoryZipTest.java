package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.release.tests.Archives.Entry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarInputStream;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The update site as a download, dialscape-repository-VERSION.zip: a p2 repository with its
 * metadata at the root of the zip (what Eclipse's Add... > Archive expects), the Dialscape
 * category, and everything the feature needs, so that it installs offline. The repository
 * module's build installs the feature from the zip alone into target/installed-from-archive
 * (p2's director, as Eclipse does); this test checks what that put there.
 */
class RepositoryZipTest {

    @Test
    void isAP2RepositoryWithItsMetadataAtTheRoot() throws IOException {
        Map<String, Entry> entries = Archives.read(Archives.repositoryZip());
        assertTrue(entries.containsKey("content.jar") || entries.containsKey("content.xml.xz"), "content metadata at the root: " + entries.keySet().stream().limit(8).toList());
        assertTrue(entries.containsKey("artifacts.jar") || entries.containsKey("artifacts.xml.xz"), "artifact metadata at the root");
        assertTrue(entries.keySet().stream().anyMatch(n -> n.matches("features/io\\.dialscape\\.feature_[^/]+\\.jar")), "the feature");
        for (String bundle : List.of("io.dialscape.engine", "io.dialscape.dsl", "io.dialscape.dsl.ide", "io.dialscape.dsl.ui",
                "io.dialscape.diagram", "io.dialscape.diagram.ui", "org.eclipse.elk.alg.layered", "org.eclipse.xtext", "org.antlr.runtime")) {
            assertTrue(entries.keySet().stream().anyMatch(n -> n.matches("plugins/" + Pattern.quote(bundle) + "_[^/]+\\.jar")), bundle + " in plugins/");
        }
        assertTrue(entries.keySet().stream().noneMatch(n -> n.startsWith("plugins/io.dialscape.studio_")),
                "Studio's branding bundle is not for an existing Eclipse");
    }

    @Test
    void offersTheFeatureInTheDialscapeCategory() throws IOException {
        Map<String, Entry> entries = Archives.read(Archives.repositoryZip());
        Entry contentJar = entries.get("content.jar");
        assertNotNull(contentJar, "content.jar");
        String content = null;
        try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(contentJar.content()))) {
            for (var e = jar.getNextJarEntry(); e != null; e = jar.getNextJarEntry()) {
                if (e.getName().equals("content.xml")) {
                    content = new String(jar.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertNotNull(content, "content.xml inside content.jar");
        assertTrue(content.contains("<repository name='Dialscape'"), "the repository's name");
        // Tycho names a category unit QUALIFIER.NAME, e.g. 202612012027.io.dialscape.
        java.util.regex.Matcher unit = Pattern.compile("<unit id='(?:\\d+\\.)?io\\.dialscape'").matcher(content);
        assertTrue(unit.find(), "the category unit");
        int category = unit.start();
        String categoryUnit = content.substring(category, content.indexOf("</unit>", category));
        assertTrue(categoryUnit.contains("<property name='org.eclipse.equinox.p2.type.category' value='true'/>"), categoryUnit);
        assertTrue(categoryUnit.contains("<property name='org.eclipse.equinox.p2.name' value='Dialscape'/>"), categoryUnit);
        assertTrue(categoryUnit.contains("name='io.dialscape.feature.feature.group'"), "the category holds the feature");
    }

    @Test
    void theFeatureInstalledFromTheZipAlone() throws IOException {
        Path installed = Archives.root().resolve("releng/io.dialscape.repository/target/installed-from-archive");
        Path plugins = installed.resolve("plugins");
        assertTrue(Files.isDirectory(plugins), plugins + " (the repository module's director run)");
        List<String> names;
        try (Stream<Path> files = Files.list(plugins)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        for (String bundle : List.of("io.dialscape.engine", "io.dialscape.dsl", "io.dialscape.dsl.ide", "io.dialscape.dsl.ui",
                "io.dialscape.diagram", "io.dialscape.diagram.ui", "org.eclipse.elk.alg.layered", "org.eclipse.xtext",
                "org.eclipse.ui.genericeditor", "org.antlr.runtime")) {
            assertEquals(1, names.stream().filter(n -> n.startsWith(bundle + "_")).count(), bundle + " installed: " + names.size() + " plug-ins");
        }
        try (Stream<Path> features = Files.list(installed.resolve("features"))) {
            assertTrue(features.anyMatch(p -> p.getFileName().toString().startsWith("io.dialscape.feature_")), "the feature installed");
        }
    }
}
