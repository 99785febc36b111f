package io.dialscape.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;

/**
 * LANGUAGE.md section 8: a diagnostic's line is the line where its element starts, even
 * when it is about one part of the element (the roles of a server that spans lines, the
 * pattern of a rule). The highlighted region (offset and length) stays on that part, so
 * the editor still underlines exactly what is wrong.
 */
public class ElementStartDiagnosticConverter extends DiagnosticConverterImpl {

    @Override
    protected IssueLocation getLocationData(EObject obj, EStructuralFeature structuralFeature, int index) {
        IssueLocation location = super.getLocationData(obj, structuralFeature, index);
        if (location == null || structuralFeature == null || obj == null) {
            return location;
        }
        ICompositeNode node = NodeModelUtils.findActualNodeFor(obj);
        if (node != null) {
            LineAndColumn start = NodeModelUtils.getLineAndColumn(node, node.getOffset());
            location.lineNumber = start.getLine();
            location.column = start.getColumn();
        }
        return location;
    }
}
