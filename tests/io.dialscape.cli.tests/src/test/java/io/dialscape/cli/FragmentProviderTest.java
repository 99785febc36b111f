package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.DialscapeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/** The language's URI fragments are EMF's, also in long lists and after the lists change. */
class FragmentProviderTest {

    private static String model(Random random, int tables, int rules) {
        StringBuilder text = new StringBuilder();
        for (int t = 0; t < tables; t++) {
            text.append("digits t").append(t).append(" outgoing {\n");
            int count = random.nextInt(rules);
            for (int r = 0; r < count; r++) {
                text.append("    rule \"r").append(r).append("\" leading \"").append(1 + random.nextInt(9)).append(random.nextInt(1000))
                        .append("\" replace \"1\"\n");
            }
            text.append("}\n");
        }
        return text.toString();
    }

    /** Every object's fragment from the language's resource against EMF's own on a copy of the same tree. */
    private static void assertSameFragmentsAsEmf(XtextResource resource) {
        Resource plain = new ResourceImpl(URI.createURI("plain:/copy.ucm"));
        plain.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
        List<EObject> ours = new ArrayList<>();
        List<EObject> theirs = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            ours.add(it.next());
        }
        for (TreeIterator<EObject> it = plain.getAllContents(); it.hasNext();) {
            theirs.add(it.next());
        }
        assertEquals(theirs.size(), ours.size());
        for (int i = 0; i < ours.size(); i++) {
            String fragment = resource.getURIFragment(ours.get(i));
            assertEquals(plain.getURIFragment(theirs.get(i)), fragment);
            assertSame(ours.get(i), resource.getEObject(fragment));
        }
    }

    /** Nested short lists (topologies: sites, pools, servers; platforms; tests), every example and library file. */
    @Test
    void fragmentsAreEmfsInEveryExampleAndLibraryFile() throws java.io.IOException {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (String folder : List.of("examples", "bundles/io.dialscape.dsl/library")) {
            try (java.util.stream.Stream<java.nio.file.Path> listed = java.nio.file.Files.list(Cli.root().resolve(folder))) {
                listed.filter(file -> file.toString().endsWith(".ucm")).sorted().forEach(files::add);
            }
        }
        assertEquals(true, files.size() >= 12, files.toString());
        for (java.nio.file.Path file : files) {
            XtextResource resource = ModelSet.load(ModelSet.newResourceSet(ModelSet.injector()),
                    URI.createURI("test:/" + file.getFileName()), java.nio.file.Files.readString(file));
            assertEquals(List.of(), resource.getErrors(), file.toString());
            assertSameFragmentsAsEmf(resource);
        }
    }

    @Test
    void fragmentsAreEmfsInLongAndShortListsAndAfterChanges() {
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            XtextResource resource = ModelSet.load(ModelSet.newResourceSet(ModelSet.injector()),
                    URI.createURI("test:/m" + round + ".ucm"), model(random, 1 + random.nextInt(80), 300));
            assertSameFragmentsAsEmf(resource);
            // change long lists: remove, insert, move; the remembered positions must not be used stale
            for (EObject element : List.copyOf(((io.dialscape.dsl.dialscape.Model) resource.getContents().get(0)).getElements())) {
                DigitTable table = (DigitTable) element;
                if (table.getRules().size() > 2) {
                    resource.getURIFragment(table.getRules().get(table.getRules().size() - 1));
                    table.getRules().remove(random.nextInt(table.getRules().size()));
                    DigitRule fresh = DialscapeFactory.eINSTANCE.createDigitRule();
                    fresh.setLeading("42");
                    table.getRules().add(random.nextInt(table.getRules().size()), fresh);
                    table.getRules().move(0, table.getRules().size() - 1);
                }
            }
            assertSameFragmentsAsEmf(resource);
        }
    }
}
