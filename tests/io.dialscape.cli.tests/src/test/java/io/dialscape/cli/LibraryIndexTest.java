package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.library.DialscapeLibrary;
import io.dialscape.dsl.library.LibraryIndex;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line sees the bundled library through the index of its names made at build time, and parses a
 * library file only when a model refers to it.
 */
class LibraryIndexTest {

    @TempDir
    Path temp;

    private static String indexText() throws Exception {
        try (InputStream in = LibraryIndex.class.getResourceAsStream(LibraryIndex.RESOURCE)) {
            assertNotNull(in, "the command line's classes carry the library index");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(List<IResourceDescription> descriptions) {
        List<String> names = new ArrayList<>();
        for (IResourceDescription description : descriptions) {
            for (IEObjectDescription object : description.getExportedObjects()) {
                names.add(description.getURI().lastSegment() + " " + object.getEClass().getName() + " " + object.getName() + " "
                        + object.getEObjectURI());
            }
        }
        return names;
    }

    @Test
    void theIndexHoldsWhatParsingTheLibraryExports() throws Exception {
        assertEquals(LibraryIndex.text(ModelSet.newResourceSet(ModelSet.injector())), indexText());
        List<IResourceDescription> descriptions = LibraryIndex.descriptions();
        assertNotNull(descriptions);
        assertEquals(DialscapeLibrary.FILES.size(), descriptions.size());
        List<String> names = names(descriptions);
        assertEquals("products.ucm Product MitelICP dialscape-library:/products.ucm#//@elements.0", names.get(0));
        assertEquals("sfb2019.ucm Platform sfb2019 dialscape-library:/sfb2019.ucm#//@elements.0",
                names.stream().filter(n -> n.startsWith("sfb2019.ucm")).findFirst().orElseThrow());
    }

    @Test
    void anIndexOfOtherLibraryTextsOrMalformedIsIgnored() throws Exception {
        String text = indexText();
        String stale = text.replaceFirst("dialscape-library-index 1 [0-9a-f]+", "dialscape-library-index 1 0");
        assertNull(LibraryIndex.read(new ByteArrayInputStream(stale.getBytes(StandardCharsets.UTF_8))));
        String badType = text.replace("\tPlatform\t", "\tNoSuchType\t");
        assertNull(LibraryIndex.read(new ByteArrayInputStream(badType.getBytes(StandardCharsets.UTF_8))));
        String badFile = text.replace("teams.ucm\t", "nosuch.ucm\t");
        assertNull(LibraryIndex.read(new ByteArrayInputStream(badFile.getBytes(StandardCharsets.UTF_8))));
        String shortLine = text + "teams.ucm\tx\n";
        assertNull(LibraryIndex.read(new ByteArrayInputStream(shortLine.getBytes(StandardCharsets.UTF_8))));
        assertEquals(names(LibraryIndex.descriptions()),
                names(LibraryIndex.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
    }

    @Test
    void onlyTheLibraryFilesAModelRefersToAreParsed() throws Exception {
        Path model = temp.resolve("branch.ucm");
        Files.writeString(model, """
                topology branch platform sfb2019 {
                    site Ottawa region "CA" {
                        server fe01 "fe01.contoso.com" roles FrontEnd, Mediation
                    }
                }
                """);
        BatchValidator.Loaded loaded = new BatchValidator().load(List.of(model));
        List<String> uris = loaded.resourceSet().getResources().stream().map(Resource::getURI).map(Object::toString)
                .filter(uri -> uri.startsWith(DialscapeLibrary.SCHEME)).toList();
        assertEquals(List.of("dialscape-library:/sfb2019.ucm"), uris);

        Path plain = temp.resolve("plain");
        Files.createDirectories(plain);
        Files.writeString(plain.resolve("profile.ucm"), """
                normalization NL {
                    rule "Extensions" pattern "^(4\\d{3})$" translation "+3120710$1"
                }
                """);
        BatchValidator.Loaded none = new BatchValidator().load(List.of(plain));
        assertEquals(1, none.resourceSet().getResources().size(), "a model that names nothing of the library parses none of it");
    }
}
