package io.dialscape.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.dialscape.DialscapePackage;
import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.validation.EngineModels;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;

/**
 * {@link EngineModels#hasLength} (a rule has a length clause) looks at the rule node's own children only; it answers
 * as before, when it searched the whole node model for the minimum's node, also on rules the parser had to recover.
 */
class LengthClauseTest {

    @Test
    void aLengthClauseIsFoundAsTheNodeModelSearchFindsIt() {
        String text = """
                digits d outgoing ars "9" {
                    rule "none" leading "1"
                    rule "zero" leading "2" length 0
                    rule "zero range" leading "3" length 0..0
                    rule "four" leading "4" length 4
                    rule "range" leading "5" length 2..6 replace "7"
                    rule "huge" leading "6" length 99999999999 ignore-ars
                    rule "keyword only" leading "7" length
                    rule "dots only" leading "8" length ..
                    rule "zero then junk" leading "9" length 0 %% replace "1"
                    rule leading "0" length 00
                    rule "no leading" length 0
                    rule "flags" leading "1" add-plus length 0
                }
                digits e incoming {
                    rule "in" leading "2" length 0 add-plus
                    rule "in none" leading "3" add-plus
                """;
        XtextResource resource = ModelSet.load(ModelSet.newResourceSet(ModelSet.injector()), URI.createURI("test:/length.ucm"), text);
        List<Boolean> expected = new ArrayList<>();
        List<Boolean> actual = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof DigitRule rule) {
                expected.add(rule.getMinLength() != 0 || rule.isRange()
                        || !NodeModelUtils.findNodesForFeature(rule, DialscapePackage.Literals.DIGIT_RULE__MIN_LENGTH).isEmpty());
                actual.add(EngineModels.hasLength(rule));
            }
        }
        // the parser recovers 11 rules; "dots only" is a range without numbers, "keyword only" has no minimum
        assertEquals(List.of(false, true, true, true, true, true, false, true, true, true, false), expected);
        assertEquals(expected, actual);
    }
}
