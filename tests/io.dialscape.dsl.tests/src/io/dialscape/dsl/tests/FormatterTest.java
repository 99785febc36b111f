package io.dialscape.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Inject;
import com.google.inject.Injector;
import io.dialscape.dsl.library.DialscapeLibrary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Formatter and serializer round trips over the shared sample documents. */
@ExtendWith(InjectionExtension.class)
@InjectWith(DialscapeInjectorProvider.class)
class FormatterTest {

    @Inject
    private Injector injector;

    static Stream<Arguments> samples() {
        return SampleDocuments.all().stream();
    }

    private XtextResource parse(String text) throws IOException {
        XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
        DialscapeLibrary.addTo(resourceSet);
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("dummy:/sample.ucm"));
        resource.load(new LazyStringInputStream(text, "UTF-8"), null);
        assertEquals(List.of(), resource.getErrors().stream().map(Object::toString).toList());
        return resource;
    }

    private String format(String text) throws IOException {
        XtextResource resource = parse(text);
        FormatterRequest request = injector.getInstance(FormatterRequest.class);
        request.setTextRegionAccess(injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource).create());
        List<ITextReplacement> replacements = new ArrayList<>(injector.getInstance(IFormatter2.class).format(request));
        replacements.sort(Comparator.comparingInt(ITextReplacement::getOffset).reversed());
        StringBuilder formatted = new StringBuilder(text);
        for (ITextReplacement r : replacements) {
            formatted.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText());
        }
        return formatted.toString();
    }

    private static long comments(String text) {
        return text.lines().filter(l -> l.contains("//")).count();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void formatKeepsModelAndComments(String name, String text) throws IOException {
        String formatted = format(text);
        EObject before = parse(text).getContents().get(0);
        EObject after = parse(formatted).getContents().get(0);
        assertTrue(EcoreUtil.equals(before, after), name + ": formatting changed the model");
        assertEquals(comments(text), comments(formatted), name + ": comments lost");
        assertEquals(formatted, format(formatted), name + ": formatting is not idempotent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void serializerRoundTrip(String name, String text) throws IOException {
        XtextResource resource = parse(text);
        String serialized = injector.getInstance(ISerializer.class).serialize(resource.getContents().get(0),
                SaveOptions.newBuilder().getOptions());
        EObject again = parse(serialized).getContents().get(0);
        assertTrue(EcoreUtil.equals(resource.getContents().get(0), again), name + ": serializing changed the model");
    }

    @Test
    void indentsBlocksAndKeepsAlignedColumns() throws IOException {
        String text = """
                digits t outgoing ars "9"{
                rule "A"   leading "1" replace "91"
                      rule "BB"  leading "2" replace "92"
                }
                test t { "1" -> "991" }
                """;
        assertEquals("""
                digits t outgoing ars "9" {
                    rule "A"   leading "1" replace "91"
                    rule "BB"  leading "2" replace "92"
                }

                test t {
                    "1" -> "991"
                }
                """, format(text));
    }
}
