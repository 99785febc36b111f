package io.dialscape.dsl.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Finds and reads the model files a headless run was given: files and folders, recursively. */
public final class ModelFiles {

    /** Extension of model files. */
    public static final String EXTENSION = ".ucm";

    /** Largest model file read (a 100,000-rule digit table is about 6 MB). */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private ModelFiles() {
    }

    /**
     * The .ucm files under the given paths, absolute and normalized, each once, in a
     * stable order. A folder is searched recursively, following symbolic links but not
     * loops; a file given by name must be a .ucm file.
     */
    public static List<Path> collect(List<Path> paths) throws InputProblem {
        if (paths.isEmpty()) {
            throw new InputProblem("No path given: name the .ucm files or folders to validate");
        }
        Set<Path> files = new LinkedHashSet<>();
        for (Path given : paths) {
            Path path = given.toAbsolutePath().normalize();
            if (!Files.exists(path)) {
                throw new InputProblem(given + ": no such file or directory");
            }
            if (Files.isDirectory(path)) {
                List<Path> found = walk(given, path);
                if (found.isEmpty()) {
                    throw new InputProblem(given + ": no " + EXTENSION + " models in this folder");
                }
                files.addAll(found);
            } else {
                if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                    throw new InputProblem(given + ": not a " + EXTENSION + " model");
                }
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> walk(Path given, Path root) throws InputProblem {
        List<Path> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)) {
                        found.add(file.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        return FileVisitResult.CONTINUE; // a symbolic link back up the tree: already visited
                    }
                    if (file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(EXTENSION)
                            || e instanceof AccessDeniedException) {
                        problems.add(file + ": cannot be read (" + reason(e) + ")");
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputProblem(given + ": cannot be read (" + reason(e) + ")");
        }
        if (!problems.isEmpty()) {
            throw new InputProblem(problems.get(0));
        }
        found.sort(null);
        return found;
    }

    /** The text of a model file: strictly UTF-8 (a byte-order mark is dropped), at most {@link #MAX_FILE_BYTES}. */
    public static String read(Path file, Path shown) throws InputProblem {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new InputProblem(shown + ": " + (size / (1024 * 1024)) + " MB is more than the "
                        + (MAX_FILE_BYTES / (1024 * 1024)) + " MB a model file may have; split it into several files");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputProblem(shown + ": no such file");
        } catch (IOException e) {
            throw new InputProblem(shown + ": cannot be read (" + reason(e) + ")");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InputProblem(shown + ":" + line + ": not UTF-8 (byte 0x"
                    + String.format("%02X", bytes[offset] & 0xff) + " at offset " + offset + "); save the file as UTF-8");
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
