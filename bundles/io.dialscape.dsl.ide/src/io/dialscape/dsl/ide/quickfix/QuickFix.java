package io.dialscape.dsl.ide.quickfix;

import java.util.List;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One quick fix of a diagnostic: what it is called, what it does, and the changes it makes to the
 * model's text. The same for the Eclipse editor (a marker resolution) and the language server (a code
 * action); see {@link QuickFixes}.
 */
public abstract class QuickFix {

    private final String label;
    private final String description;

    QuickFix(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /**
     * The changes, in offsets of {@code text}, that fix the problem; empty when the text no longer
     * has it (it changed since the diagnostic was computed). {@code resource} is {@code text} parsed
     * with its cross-references (the library and the other models) resolvable.
     */
    public abstract List<Replacement> edits(Problem problem, XtextResource resource, String text);

    @Override
    public String toString() {
        return label;
    }
}
