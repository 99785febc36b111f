package io.dialscape.dsl.tests;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Validates models the way every surface does (the batch validator) and renders findings for exact assertions. */
public final class Models {

    private Models() {
    }

    /** Path under which a test model is validated. */
    public static final Path MODEL = Path.of("/dialscape-test/model.ucm");

    /** Validates one model text; returns {@code "line code: message"} for every error, warning and info. */
    public static List<String> validate(String text) {
        return render(new BatchValidator().validateTexts(Map.of(MODEL, text)).findings());
    }

    /** Validates several model texts together (cross-file references). */
    public static List<Finding> validateTogether(Map<Path, String> texts) {
        return new BatchValidator().validateTexts(texts).findings();
    }

    public static List<String> render(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.line() + " " + f.code() + ": " + f.message());
        }
        return lines;
    }

    /** Only the findings with one of the given codes, rendered. */
    public static List<String> only(List<String> rendered, String... codes) {
        List<String> kept = new ArrayList<>();
        for (String line : rendered) {
            for (String code : codes) {
                if (line.contains(" " + code + ": ")) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    /** The repository root (set by the build). */
    public static Path root() {
        String root = System.getProperty("dialscape.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve("dialscape"))) {
            here = here.getParent();
        }
        return here == null ? Path.of("").toAbsolutePath() : here;
    }

    /** The .ucm files of a folder of the repository (or beside it, for ../shared/acceptance), by path. */
    public static Map<Path, String> folder(Path folder) {
        Map<Path, String> texts = new LinkedHashMap<>();
        if (!Files.isDirectory(folder)) {
            return texts;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ucm")).sorted().toList()) {
                texts.put(file, Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
