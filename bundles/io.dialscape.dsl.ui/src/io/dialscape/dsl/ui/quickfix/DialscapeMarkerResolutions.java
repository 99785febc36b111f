package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.ide.quickfix.QuickFixes;
import io.dialscape.dsl.ui.validation.ProblemMarkers;
import java.util.List;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes on Dialscape markers, keyed on their diagnostic code: the fixes of {@link QuickFixes}
 * (shared with the language server's code actions), each as a {@link QuickFixResolution}. The same in
 * the editor (Ctrl+1 on the annotation) and in the Problems view.
 */
public class DialscapeMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return !QuickFixes.of(ProblemMarkers.code(marker), List.of(ProblemMarkers.data(marker))).isEmpty();
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return QuickFixes.of(ProblemMarkers.code(marker), List.of(ProblemMarkers.data(marker))).stream()
                .map(QuickFixResolution::new).toArray(IMarkerResolution[]::new);
    }
}
