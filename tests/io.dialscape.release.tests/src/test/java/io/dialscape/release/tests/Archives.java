package io.dialscape.release.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The build's Dialscape Studio archives and the update-site zip, read as a user unpacks them. */
final class Archives {

    /** The folder every product archive unpacks into. */
    static final String ROOT = "dialscape-studio/";

    /**
     * The platforms Dialscape Studio is built for. Not Intel Macs: their SWT on Maven Central
     * stops at 3.133.0, which the workbench cannot run (docs/decisions.md).
     */
    enum Platform {
        WINDOWS("win32.win32.x86_64", "zip", "org.eclipse.swt.win32.win32.x86_64", "Dialscape Studio.cmd", "Dialscape Studio.ps1"),
        MACOS_ARM("macosx.cocoa.aarch64", "tar.gz", "org.eclipse.swt.cocoa.macosx.aarch64", "Dialscape Studio.command"),
        LINUX("linux.gtk.x86_64", "tar.gz", "org.eclipse.swt.gtk.linux.x86_64", "dialscape-studio");

        final String osWsArch;
        final String extension;
        final String swtFragment;
        final List<String> scripts;

        Platform(String osWsArch, String extension, String swtFragment, String... scripts) {
            this.osWsArch = osWsArch;
            this.extension = extension;
            this.swtFragment = swtFragment;
            this.scripts = List.of(scripts);
        }
    }

    /** One file or folder of an archive: its path, Unix mode (0 when the archive has none) and bytes. */
    record Entry(String name, boolean directory, int mode, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        boolean executable() {
            return (mode & 0111) == 0111;
        }
    }

    private Archives() {
    }

    static Path root() {
        return Path.of(System.getProperty("dialscape.root", "../..")).toAbsolutePath().normalize();
    }

    static Path productsDirectory() {
        return root().resolve("releng/io.dialscape.product/target/products");
    }

    /** The one archive of the platform, e.g. dialscape-studio-0.1.0-linux.gtk.x86_64.tar.gz. */
    static Path archive(Platform platform) throws IOException {
        Pattern name = Pattern.compile("dialscape-studio-\\d+\\.\\d+\\.\\d+-" + Pattern.quote(platform.osWsArch + "." + platform.extension));
        return single(productsDirectory(), name, "the " + platform + " archive");
    }

    /** The update site as one zip: releng/io.dialscape.repository/target/dialscape-repository-0.1.0.zip. */
    static Path repositoryZip() throws IOException {
        return single(root().resolve("releng/io.dialscape.repository/target"),
                Pattern.compile("dialscape-repository-\\d+\\.\\d+\\.\\d+\\.zip"), "the update-site zip");
    }

    private static Path single(Path directory, Pattern name, String what) throws IOException {
        if (!Files.isDirectory(directory)) {
            fail(directory + " is missing: build with ./mvnw verify (" + what + ")");
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(directory)) {
            found = files.filter(p -> name.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        assertEquals(1, found.size(), what + " in " + directory + ": " + found);
        return found.get(0);
    }

    /** Every entry, in archive order; contents are kept for files under 1 MB. */
    static Map<String, Entry> read(Path archive) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        if (archive.toString().endsWith(".zip")) {
            try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
                for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                    byte[] content = e.isDirectory() || e.getSize() > 1 << 20 ? new byte[0] : zip.getInputStream(e).readAllBytes();
                    entries.put(e.getName(), new Entry(e.getName(), e.isDirectory(), e.getUnixMode(), content));
                }
            }
        } else {
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
                 TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    byte[] content = e.isDirectory() || e.getSize() > 1 << 20 ? new byte[0] : tar.readAllBytes();
                    String name = e.isDirectory() && !e.getName().endsWith("/") ? e.getName() + "/" : e.getName();
                    entries.put(name, new Entry(name, e.isDirectory(), e.getMode() & 07777, content));
                }
            }
        }
        return entries;
    }

    /** Unpacks a tar.gz as tar does, file modes included, into an existing folder. */
    static void unpack(Path archive, Path into) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                Path target = into.resolve(e.getName()).normalize();
                if (!target.startsWith(into)) {
                    fail("archive entry outside its folder: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                Files.copy(tar, target);
                Files.setPosixFilePermissions(target, permissions(e.getMode()));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }

    /**
     * The plug-ins of an archive as bundles.info names them: "plugins/x_1.0.jar" for a jar,
     * "plugins/x_1.0/" for a bundle unpacked into a folder.
     */
    static java.util.SortedSet<String> pluginLocations(Map<String, Entry> entries) {
        java.util.SortedSet<String> plugins = new java.util.TreeSet<>();
        String prefix = ROOT + "plugins/";
        for (String name : entries.keySet()) {
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                String rest = name.substring(prefix.length());
                int slash = rest.indexOf('/');
                plugins.add("plugins/" + (slash < 0 ? rest : rest.substring(0, slash + 1)));
            }
        }
        return plugins;
    }
}
