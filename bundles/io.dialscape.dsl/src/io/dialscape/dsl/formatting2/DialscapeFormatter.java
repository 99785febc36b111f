package io.dialscape.dsl.formatting2;

import io.dialscape.dsl.dialscape.DigitTable;
import io.dialscape.dsl.dialscape.DualForking;
import io.dialscape.dsl.dialscape.Element;
import io.dialscape.dsl.dialscape.Gateway;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Normalization;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Pool;
import io.dialscape.dsl.dialscape.Site;
import io.dialscape.dsl.dialscape.Test;
import io.dialscape.dsl.dialscape.Topology;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.FormatterPreferenceKeys;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Formats .ucm models the way the examples are written: one element per line, blocks
 * indented, at most one blank line kept between lines. Spacing inside a line is left as
 * the modeller wrote it, so aligned columns of rules survive; comments are kept.
 */
public class DialscapeFormatter extends AbstractJavaFormatter {

    /** House style of .ucm files: four spaces (Xtext's default would be a tab). */
    public static final String INDENTATION = "    ";

    @Override
    protected void initialize(FormatterRequest request) {
        ITypedPreferenceValues preferences = request.getPreferences();
        if (preferences == null || "\t".equals(preferences.getPreference(FormatterPreferenceKeys.indentation))) {
            MapBasedPreferenceValues values = new MapBasedPreferenceValues(preferences, new java.util.HashMap<>());
            values.put(FormatterPreferenceKeys.indentation, INDENTATION);
            request.setPreferences(values);
        }
        super.initialize(request);
    }

    protected void format(Model model, IFormattableDocument doc) {
        List<Element> elements = model.getElements();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            if (i > 0) {
                doc.prepend(element, it -> it.setNewLines(2, 2, 2));
            }
            doc.format(element);
        }
    }

    protected void format(Platform platform, IFormattableDocument doc) {
        List<EObject> members = new ArrayList<>(platform.eContents());
        members.sort((a, b) -> Integer.compare(offset(a), offset(b)));
        block(platform, members, doc);
    }

    protected void format(Topology topology, IFormattableDocument doc) {
        block(topology, topology.getMembers(), doc);
    }

    protected void format(Site site, IFormattableDocument doc) {
        block(site, site.getMembers(), doc);
    }

    protected void format(Pool pool, IFormattableDocument doc) {
        block(pool, pool.getServers(), doc);
    }

    protected void format(Gateway gateway, IFormattableDocument doc) {
        if (!gateway.getBindings().isEmpty() || regionFor(gateway).keyword("{") != null) {
            block(gateway, gateway.getBindings(), doc);
        }
    }

    protected void format(DualForking dualForking, IFormattableDocument doc) {
        block(dualForking, dualForking.getSamples(), doc);
    }

    protected void format(DigitTable table, IFormattableDocument doc) {
        block(table, table.getRules(), doc);
    }

    protected void format(Normalization table, IFormattableDocument doc) {
        block(table, table.getRules(), doc);
    }

    protected void format(Test test, IFormattableDocument doc) {
        block(test, test.getCases(), doc);
    }

    private void block(EObject container, List<? extends EObject> members, IFormattableDocument doc) {
        ISemanticRegion open = regionFor(container).keyword("{");
        ISemanticRegion close = regionFor(container).keyword("}");
        if (open == null || close == null) {
            return;
        }
        doc.prepend(open, it -> it.oneSpace());
        doc.interior(open, close, it -> it.indent());
        for (int i = 0; i < members.size(); i++) {
            EObject member = members.get(i);
            doc.prepend(member, it -> it.setNewLines(1, 1, 2));
            doc.format(member);
        }
        if (members.isEmpty()) {
            doc.append(open, it -> it.setNewLines(0, 1, 1));
        } else {
            doc.prepend(close, it -> it.newLine());
        }
    }

    private static int offset(EObject object) {
        var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(object);
        return node == null ? 0 : node.getOffset();
    }
}
