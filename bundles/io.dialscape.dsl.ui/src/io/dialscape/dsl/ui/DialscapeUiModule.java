package io.dialscape.dsl.ui;

import com.google.inject.AbstractModule;
import io.dialscape.dsl.ui.editor.DialscapeProposalProvider;
import io.dialscape.dsl.ui.preferences.SeverityPreferences;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;

/** Bindings the editor adds to the runtime and ide modules. */
public class DialscapeUiModule extends AbstractModule {

    @Override
    protected void configure() {
        // severities per diagnostic code come from the workspace preferences (Preferences > Dialscape)
        bind(IPreferenceValuesProvider.class).to(SeverityPreferences.ValuesProvider.class);
        bind(IdeContentProposalProvider.class).to(DialscapeProposalProvider.class);
        bind(IdeCrossrefProposalProvider.class).to(DialscapeProposalProvider.LabelledCrossrefs.class);
    }
}
