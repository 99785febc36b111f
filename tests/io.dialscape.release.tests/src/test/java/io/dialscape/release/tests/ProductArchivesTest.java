package io.dialscape.release.tests;

import static io.dialscape.release.tests.Archives.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.release.tests.Archives.Entry;
import io.dialscape.release.tests.Archives.Platform;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each Dialscape Studio archive holds: one root folder, its own platform's
 * SWT and no other's, the Equinox launcher jar and its start scripts, and a configuration
 * that starts every bundle it carries.
 */
class ProductArchivesTest {

    private static final Map<Platform, Map<String, Entry>> CONTENT = new EnumMap<>(Platform.class);

    private static synchronized Map<String, Entry> content(Platform platform) throws IOException {
        Map<String, Entry> entries = CONTENT.get(platform);
        if (entries == null) {
            entries = Archives.read(Archives.archive(platform));
            CONTENT.put(platform, entries);
        }
        return entries;
    }

    private static final Pattern SWT_FRAGMENT = Pattern.compile("plugins/(org\\.eclipse\\.swt\\.(?:gtk|win32|cocoa)\\.[a-z0-9]+\\.[a-z0-9_]+?)_(\\d+\\.\\d+\\.\\d+[^/]*)\\.jar");

    @ParameterizedTest
    @EnumSource(Platform.class)
    void unpacksIntoOneFolder(Platform platform) throws IOException {
        List<String> outside = content(platform).keySet().stream().filter(name -> !name.startsWith(ROOT)).toList();
        assertEquals(List.of(), outside, "entries outside " + ROOT);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void carriesItsOwnSwtFragmentAndNoOtherPlatformsOne(Platform platform) throws IOException {
        Map<String, String> fragments = new TreeMap<>();
        for (String plugin : Archives.pluginLocations(content(platform))) {
            Matcher m = SWT_FRAGMENT.matcher(plugin);
            if (m.matches()) {
                fragments.put(m.group(1), m.group(2));
            }
        }
        assertEquals(List.of(platform.swtFragment), new ArrayList<>(fragments.keySet()), "SWT fragments");
        String host = Archives.pluginLocations(content(platform)).stream()
                .filter(p -> p.startsWith("plugins/org.eclipse.swt_")).findFirst().orElse(null);
        assertNotNull(host, "the SWT host bundle");
        // The host asks for exactly its own version of the fragment (its p2.inf): the same build.
        assertEquals("plugins/org.eclipse.swt_" + fragments.get(platform.swtFragment) + ".jar", host);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void carriesTheLauncherJarAndItsOwnStartScriptsOnly(Platform platform) throws IOException {
        Map<String, Entry> entries = content(platform);
        assertEquals(1, Archives.pluginLocations(entries).stream()
                .filter(p -> p.matches("plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar")).count(), "the Equinox launcher jar");
        List<String> scripts = new ArrayList<>();
        for (String name : entries.keySet()) {
            String file = name.substring(ROOT.length());
            if (file.matches("[^/]+\\.(cmd|ps1|command|sh)") || file.equals("dialscape-studio")) {
                scripts.add(file);
            }
        }
        assertEquals(new TreeSet<>(platform.scripts), new TreeSet<>(scripts), "start scripts at the root");
        for (String script : platform.scripts) {
            Entry entry = entries.get(ROOT + script);
            assertTrue(entry.content().length > 500, script + " has its content");
            if (platform == Platform.WINDOWS) {
                String text = entry.text();
                assertEquals(text.split("\n", -1).length - 1, text.split("\r\n", -1).length - 1, script + ": every line ends in CRLF");
            } else {
                assertTrue(entry.executable(), script + " is executable for everyone, mode " + Integer.toOctalString(entry.mode()));
                assertTrue(entry.text().startsWith("#!/bin/sh\n"), script + " is a POSIX shell script");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void configurationStartsEveryBundleItCarries(Platform platform) throws IOException {
        Map<String, Entry> entries = content(platform);
        Entry configIni = entries.get(ROOT + "configuration/config.ini");
        assertNotNull(configIni, "configuration/config.ini");
        Properties config = new Properties();
        config.load(new StringReader(configIni.text()));
        assertEquals("io.dialscape.studio.product", config.getProperty("eclipse.product"));
        assertEquals("org.eclipse.ui.ide.workbench", config.getProperty("eclipse.application"));
        assertEquals("file:org.eclipse.equinox.simpleconfigurator/bundles.info",
                config.getProperty("org.eclipse.equinox.simpleconfigurator.configUrl"));
        assertTrue(config.getProperty("osgi.bundles", "").matches("reference:file:org\\.eclipse\\.equinox\\.simpleconfigurator_[^,]+\\.jar@1:start"),
                "osgi.bundles starts the simple configurator: " + config.getProperty("osgi.bundles"));
        assertTrue(entries.containsKey(ROOT + config.getProperty("osgi.framework").substring("file:".length())),
                "the framework " + config.getProperty("osgi.framework"));

        Entry bundlesInfo = entries.get(ROOT + "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        assertNotNull(bundlesInfo, "bundles.info");
        SortedSet<String> listed = new TreeSet<>();
        Map<String, String> startOf = new TreeMap<>();
        for (String line : bundlesInfo.text().split("\r?\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",");
            assertEquals(5, fields.length, "bundles.info line: " + line);
            listed.add(fields[2]);
            startOf.put(fields[0], fields[3] + "," + fields[4]);
        }
        assertEquals(Archives.pluginLocations(entries), listed, "bundles.info lists exactly the plug-ins the archive carries");
        for (String bundle : List.of("io.dialscape.engine", "io.dialscape.dsl", "io.dialscape.dsl.ide", "io.dialscape.dsl.ui",
                "io.dialscape.diagram", "io.dialscape.diagram.ui", "org.eclipse.elk.alg.layered", "io.dialscape.studio", "org.eclipse.xtext", "org.eclipse.ui.ide.application", platform.swtFragment)) {
            assertTrue(startOf.containsKey(bundle), bundle + " in bundles.info");
        }
        assertEquals("1,true", startOf.get("org.eclipse.equinox.simpleconfigurator"));
        assertEquals("2,true", startOf.get("org.apache.felix.scr"));
        assertEquals("4,true", startOf.get("org.eclipse.core.runtime"), "started at the default level");
        for (Platform other : Platform.values()) {
            if (other.swtFragment.equals(platform.swtFragment)) {
                continue;
            }
            assertFalse(startOf.containsKey(other.swtFragment), other.swtFragment + " is not for " + platform);
        }
    }
}
