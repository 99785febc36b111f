package io.dialscape.engine.collocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the files the collocation tests read, whether they run from the test bundle (Tycho), from the
 * repository root, or by hand: the bundled platform library of {@code io.dialscape.dsl} and the
 * {@code .pairs} tables of this bundle.
 */
final class TestFiles {

    private static final String LIBRARY = "bundles/io.dialscape.dsl/library";
    private static final String PAIRS = "tests/io.dialscape.engine.tests/src/test/resources/collocation";

    private TestFiles() {
    }

    /** The library folder: system property {@code dialscape.library}, else found above the working folder. */
    static Path library() {
        String property = System.getProperty("dialscape.library");
        return property != null ? Paths.get(property) : findUpwards(LIBRARY);
    }

    /** The text of {@code collocation/NAME}: from the class path, else from the source folder. */
    static String pairs(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream("/collocation/" + name)) {
            if (in != null) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(findUpwards(PAIRS).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path findUpwards(String relative) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find " + relative + " above " + Paths.get("").toAbsolutePath());
    }
}
