package io.dialscape.dsl.ui.editor;

import com.google.inject.Inject;
import io.dialscape.dsl.dialscape.Platform;
import io.dialscape.dsl.dialscape.Product;
import io.dialscape.dsl.dialscape.Role;
import io.dialscape.dsl.services.DialscapeGrammarAccess;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Content assist of the .ucm language, through Xtext's ide services (the same the language
 * server uses). Keywords are soft (a keyword is also accepted as a name), so where a name is
 * expected the grammar would offer every keyword: those are left out. Roles and products
 * come with their labels.
 */
public class DialscapeProposalProvider extends IdeContentProposalProvider {

    @Inject
    private DialscapeGrammarAccess grammar;

    @Override
    protected boolean filterKeyword(Keyword keyword, ContentAssistContext context) {
        if (GrammarUtil.containingRule(keyword) == grammar.getNameRule()) {
            return false;
        }
        return super.filterKeyword(keyword, context);
    }

    /** Cross-reference proposals labelled with what they name: "FrontEnd — Front End Server". */
    public static class LabelledCrossrefs extends IdeCrossrefProposalProvider {
        @Override
        protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef, ContentAssistContext context) {
            ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
            if (entry != null) {
                String label = label(candidate.getEObjectOrProxy());
                if (label != null) {
                    entry.setDescription(label);
                }
            }
            return entry;
        }

        private static String label(EObject object) {
            if (object == null || object.eIsProxy()) {
                return null;
            }
            if (object instanceof Role role) {
                return role.getLabel() + (role.isEdge() ? " (edge)" : role.isInternal() ? " (internal)" : "");
            }
            if (object instanceof Product product) {
                return product.getLabel();
            }
            if (object instanceof Platform platform) {
                return platform.getLabel();
            }
            return null;
        }
    }
}
