package io.dialscape.dsl.ui.quickfix;

import io.dialscape.dsl.dialscape.DigitRule;
import io.dialscape.dsl.dialscape.NormalizationRule;
import io.dialscape.dsl.dialscape.TestCase;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.validation.ModelChecker;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/** Finds the constructs a quick fix works on in the current text of a model. */
final class RuleLocator {

    /** The text range of a model element. */
    record Span(int offset, int end) {
    }

    private final XtextResource resource;

    RuleLocator(IFile file, IDocument document) {
        this.resource = ModelChecker.parse(file, document.get());
    }

    /** The digit or normalization rule at the offset (a marker's start), or null. */
    EObject ruleAt(int offset) {
        EObject element = DialscapeInjector.get().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
        EObject digit = EcoreUtil2.getContainerOfType(element, DigitRule.class);
        return digit != null ? digit : EcoreUtil2.getContainerOfType(element, NormalizationRule.class);
    }

    TestCase testCaseAt(int offset) {
        EObject element = DialscapeInjector.get().getInstance(EObjectAtOffsetHelper.class).resolveContainedElementAt(resource, offset);
        return EcoreUtil2.getContainerOfType(element, TestCase.class);
    }

    /** The element at a URI fragment of the validator's issue data, or null. */
    EObject byFragment(String fragment) {
        try {
            return resource.getEObject(fragment);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Span span(EObject object) {
        ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
        return node == null ? null : new Span(node.getOffset(), node.getEndOffset());
    }
}
