package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.ui.validation.ProblemMarkers;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * Quick fixes, keyed on the diagnostic code of the marker ({@link DialscapeIssueCodes}); the
 * same in the editor (Ctrl+1 on the annotation) and in the Problems view.
 */
public class DialscapeMarkerResolutions implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return switch (ProblemMarkers.code(marker)) {
            case DialscapeIssueCodes.RULE_DUPLICATE, DialscapeIssueCodes.RULE_SHADOWED, DialscapeIssueCodes.RULE_REDUNDANT,
                    DialscapeIssueCodes.RULE_FLAG_DIRECTION, DialscapeIssueCodes.TEST_FAILED, DialscapeIssueCodes.CALL_FAILED,
                    DialscapeIssueCodes.COLLOCATION_UNSUPPORTED, DialscapeIssueCodes.COLLOCATION_DENIED -> true;
            default -> false;
        };
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return switch (ProblemMarkers.code(marker)) {
            case DialscapeIssueCodes.RULE_DUPLICATE -> new IMarkerResolution[] {new RuleFixes.DeleteRule("Delete the duplicate rule")};
            case DialscapeIssueCodes.RULE_REDUNDANT -> new IMarkerResolution[] {new RuleFixes.DeleteRule("Delete the redundant rule")};
            case DialscapeIssueCodes.RULE_SHADOWED -> ProblemMarkers.data(marker).length == 0
                    ? new IMarkerResolution[] {new RuleFixes.DeleteRule("Delete the rule that never applies")}
                    : new IMarkerResolution[] {new RuleFixes.MoveRuleAbove(), new RuleFixes.DeleteRule("Delete the rule that never applies")};
            case DialscapeIssueCodes.RULE_FLAG_DIRECTION -> new IMarkerResolution[] {new RuleFixes.RemoveFlag()};
            case DialscapeIssueCodes.TEST_FAILED -> new IMarkerResolution[] {new RuleFixes.UpdateExpectation()};
            case DialscapeIssueCodes.CALL_FAILED -> new IMarkerResolution[] {new RuleFixes.UpdateCallExpectation()};
            case DialscapeIssueCodes.COLLOCATION_UNSUPPORTED, DialscapeIssueCodes.COLLOCATION_DENIED ->
                    new IMarkerResolution[] {new MoveRolesToNewServer()};
            default -> new IMarkerResolution[0];
        };
    }
}
