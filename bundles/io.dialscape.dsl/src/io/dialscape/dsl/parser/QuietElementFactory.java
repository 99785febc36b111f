package io.dialscape.dsl.parser;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Xtext's element factory, without EMF notifications nobody hears. The parser sets each feature of an element it has
 * just made, whose only adapter is its own node in the node model, which ignores every notification; EMF still makes
 * one notification object per feature set and per element added to a list (a million for a 100,000-rule table). While
 * the parser sets or adds, such an element does not deliver; an element with any other adapter (nothing else should
 * be listening yet, but if it is) is left as it is.
 */
public class QuietElementFactory extends DefaultEcoreElementFactory {

    @Override
    public void set(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
        boolean quiet = onlyItsNode(object);
        if (quiet) {
            object.eSetDeliver(false);
        }
        try {
            super.set(object, feature, value, ruleName, node);
        } finally {
            if (quiet) {
                object.eSetDeliver(true);
            }
        }
    }

    @Override
    public void add(EObject object, String feature, Object value, String ruleName, INode node) throws ValueConverterException {
        boolean quiet = onlyItsNode(object);
        EObject child = value instanceof EObject element && onlyItsNode(element) ? element : null;
        if (quiet) {
            object.eSetDeliver(false);
        }
        if (child != null) {
            child.eSetDeliver(false);
        }
        try {
            super.add(object, feature, value, ruleName, node);
        } finally {
            if (quiet) {
                object.eSetDeliver(true);
            }
            if (child != null) {
                child.eSetDeliver(true);
            }
        }
    }

    /** Whether the element delivers notifications to nobody but its node (which ignores them). */
    private static boolean onlyItsNode(EObject object) {
        if (!object.eDeliver()) {
            return false; // not ours to switch back on
        }
        EList<Adapter> adapters = object.eAdapters();
        return adapters.size() == 1 && adapters.get(0) instanceof INode;
    }
}
