package io.dialscape.dsl.library;

import io.dialscape.dsl.dialscape.DialscapePackage;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.persistence.SerializableEObjectDescription;
import org.eclipse.xtext.resource.persistence.SerializableResourceDescription;

/**
 * The names the bundled library exports (its platforms and products), written at build time into the
 * command-line jar, so a run sees the whole library without parsing it: a library file is parsed only
 * when a model refers to one of its elements (through EMF's proxy resolution, from {@link #SCHEME_HANDLER}).
 * <p>
 * The index carries a checksum of the library texts it was made from; an index that does not match the
 * library on the class path is ignored and the library is parsed, as without an index.
 */
public final class LibraryIndex {

    /** Class-path location of the index (only the command-line jar has one). */
    public static final String RESOURCE = "/dialscape-library.index";

    private static final String HEADER = "dialscape-library-index 1 ";

    private static volatile List<IResourceDescription> cached;
    private static volatile boolean looked;

    /** Opens library files for {@code dialscape-library:/} URIs, for resources loaded on demand. */
    public static final URIHandlerImpl SCHEME_HANDLER = new URIHandlerImpl() {
        @Override
        public boolean canHandle(URI uri) {
            return DialscapeLibrary.isLibrary(uri);
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            InputStream in = DialscapeLibrary.class.getResourceAsStream("/library/" + uri.lastSegment());
            if (in == null || !DialscapeLibrary.FILES.contains(uri.lastSegment())) {
                throw new FileNotFoundException("No Dialscape library file " + uri.lastSegment());
            }
            return in;
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return DialscapeLibrary.FILES.contains(uri.lastSegment());
        }
    };

    private LibraryIndex() {
    }

    /** The library's resource descriptions from the class path's index, or null when there is none or it is stale. */
    public static List<IResourceDescription> descriptions() {
        if (!looked) {
            synchronized (LibraryIndex.class) {
                if (!looked) {
                    cached = read();
                    looked = true;
                }
            }
        }
        return cached;
    }

    private static List<IResourceDescription> read() {
        try (InputStream in = LibraryIndex.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            return null;
        }
    }

    /** The descriptions an index text holds, or null when it is malformed or made from other library texts. */
    public static List<IResourceDescription> read(InputStream in) {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            if (header == null || !header.equals(HEADER + checksum())) {
                return null;
            }
            Map<String, List<SerializableEObjectDescription>> exported = new LinkedHashMap<>();
            for (String file : DialscapeLibrary.FILES) {
                exported.put(file, new ArrayList<>());
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    return null;
                }
                EClassifier type = DialscapePackage.eINSTANCE.getEClassifier(fields[2]);
                List<SerializableEObjectDescription> objects = exported.get(fields[0]);
                if (objects == null || !(type instanceof EClass eClass) || fields[1].isEmpty()) {
                    return null;
                }
                SerializableEObjectDescription object = new SerializableEObjectDescription();
                object.setEObjectURI(DialscapeLibrary.uri(fields[0]).appendFragment(fields[3]));
                object.setQualifiedName(QualifiedName.create(fields[1]));
                object.setEClass(eClass);
                object.setUserData(new java.util.HashMap<>());
                objects.add(object);
            }
            List<IResourceDescription> descriptions = new ArrayList<>();
            for (Map.Entry<String, List<SerializableEObjectDescription>> entry : exported.entrySet()) {
                SerializableResourceDescription description = new SerializableResourceDescription();
                description.setURI(DialscapeLibrary.uri(entry.getKey()));
                description.setDescriptions(entry.getValue());
                description.setReferences(List.of());
                description.setImportedNames(List.of());
                descriptions.add(description);
            }
            return List.copyOf(descriptions);
        } catch (IOException | RuntimeException e) {
            return null; // no usable index: the library is parsed instead
        }
    }

    /** CRC-32 of the library texts on the class path, in {@link DialscapeLibrary#FILES} order. */
    static String checksum() {
        CRC32 crc = new CRC32();
        for (String file : DialscapeLibrary.FILES) {
            crc.update(file.getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            try (InputStream in = DialscapeLibrary.class.getResourceAsStream("/library/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("The Dialscape library file " + file + " is missing from the installation");
                }
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Long.toHexString(crc.getValue());
    }

    /** The index text of the library: every exported name of every library file, from the parsed files. */
    public static String text(XtextResourceSet resourceSet) {
        DialscapeLibrary.addTo(resourceSet);
        StringBuilder text = new StringBuilder(HEADER).append(checksum()).append('\n');
        for (String file : DialscapeLibrary.FILES) {
            Resource resource = resourceSet.getResource(DialscapeLibrary.uri(file), false);
            IResourceDescription description = IResourceServiceProvider.Registry.INSTANCE
                    .getResourceServiceProvider(resource.getURI()).getResourceDescriptionManager().getResourceDescription(resource);
            for (IEObjectDescription object : description.getExportedObjects()) {
                text.append(file).append('\t').append(object.getQualifiedName()).append('\t').append(object.getEClass().getName())
                        .append('\t').append(object.getEObjectURI().fragment()).append('\n');
            }
        }
        return text.toString();
    }

    /** Build step of the command line: writes the index of the library into the given class-output folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: LibraryIndex CLASS-OUTPUT-FOLDER");
        }
        String text = text(io.dialscape.dsl.batch.ModelSet.newResourceSet(io.dialscape.dsl.batch.ModelSet.injector()));
        Path target = Path.of(args[0], RESOURCE.substring(1));
        Files.createDirectories(target.getParent());
        Files.writeString(target, text, StandardCharsets.UTF_8);
    }
}
