package io.dialscape.dsl.bridge;

import com.google.inject.Injector;
import io.dialscape.dsl.DialscapeStandaloneSetup;
import io.dialscape.dsl.batch.ModelSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/** Runs generated .ucm text through the project's formatter (DialscapeFormatter), as the editor's Format does. */
public final class UcmFormatter {

    private static volatile Injector injector;

    private UcmFormatter() {
    }

    private static Injector injector() {
        Injector result = injector;
        if (result == null) {
            synchronized (UcmFormatter.class) {
                result = injector;
                if (result == null) {
                    result = new DialscapeStandaloneSetup().createInjectorAndDoEMFRegistration();
                    injector = result;
                }
            }
        }
        return result;
    }

    /** The formatted text; the text unchanged when it does not parse (then the validator will say why). */
    public static String format(String text) {
        Injector injector = injector();
        XtextResourceSet resourceSet = ModelSet.newResourceSet(injector);
        XtextResource resource = ModelSet.load(resourceSet, URI.createURI("dialscape-import:/imported.ucm"), text);
        if (!resource.getErrors().isEmpty()) {
            return text;
        }
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
}
