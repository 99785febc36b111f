package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.ide.quickfix.Problem;
import io.dialscape.dsl.ide.quickfix.QuickFix;
import io.dialscape.dsl.ide.quickfix.Replacement;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A {@link QuickFix} as a marker resolution: reads the marker as a {@link Problem}, parses the model's
 * current text (with the other models of its project) and applies the fix's replacements through
 * {@link ModelEdit}.
 */
final class QuickFixResolution implements IMarkerResolution2 {

    private final QuickFix fix;

    QuickFixResolution(QuickFix fix) {
        this.fix = fix;
    }

    @Override
    public String getLabel() {
        return fix.label();
    }

    @Override
    public String getDescription() {
        return fix.description();
    }

    @Override
    public Image getImage() {
        return null;
    }

    @Override
    public void run(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return;
        }
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        if (start < 0) {
            return;
        }
        Problem problem = new Problem(ProblemMarkers.code(marker), start, Math.max(start, end), marker.getAttribute(IMarker.MESSAGE, ""),
                List.of(ProblemMarkers.data(marker)));
        ModelEdit.apply(file, document -> {
            String text = document.get();
            XtextResource resource = ModelChecker.parse(file, text);
            for (Replacement replacement : Replacement.latestFirst(fix.edits(problem, resource, text))) {
                document.replace(replacement.offset(), replacement.length(), replacement.text());
            }
        });
    }
}
