package io.dialscape.dsl.ui.wizard;

import io.dialscape.dsl.ui.DialscapeUiPlugin;
import io.dialscape.dsl.ui.validation.DialscapeNature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File &gt; New &gt; Dialscape Model: a .ucm file with a commented starter topology, dial plan and test. */
public class NewModelWizard extends BasicNewResourceWizard {

    private WizardNewFileCreationPage page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle("New Dialscape Model");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new WizardNewFileCreationPage("model", getSelection()) {
            @Override
            protected InputStream getInitialContents() {
                return new ByteArrayInputStream(starter(modelName(getFileName())).getBytes(StandardCharsets.UTF_8));
            }
        };
        page.setTitle("Dialscape Model");
        page.setDescription("Create a .ucm model: a topology, a dial plan and a test to start from");
        page.setFileExtension("ucm");
        page.setFileName("deployment.ucm");
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            DialscapeNature.add(file.getProject(), null);
        } catch (CoreException e) {
            DialscapeUiPlugin.log("Cannot add the Dialscape builder to " + file.getProject().getName(), e);
        }
        selectAndReveal(file);
        IWorkbenchPage active = getWorkbench().getActiveWorkbenchWindow() == null ? null
                : getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (active != null) {
            try {
                IDE.openEditor(active, file, true);
            } catch (PartInitException e) {
                DialscapeUiPlugin.log("Cannot open " + file.getFullPath(), e);
            }
        }
        return true;
    }

    /** A name usable in the model, from the file name. */
    static String modelName(String fileName) {
        String base = fileName == null ? "" : fileName.replaceFirst("\\.ucm$", "");
        String name = base.replaceAll("[^A-Za-z0-9_]", "_");
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) && name.charAt(0) != '_') {
            name = "m_" + name;
        }
        return name;
    }

    /** The starter model: valid as it stands (no problems), commented so a new user knows what to change. */
    public static String starter(String name) {
        return """
                // A Dialscape model. Every construct is described in docs/language.md; Ctrl+Space
                // proposes what can come next, and problems show as you type.
                //
                // The topology: which servers run which roles. Roles come from the platform
                // (ocs2007, ocs2007r2, lync2010, lync2013, sfb2015, sfb2019), and Dialscape checks
                // that the roles on each server may share it.
                topology %1$s platform sfb2019 {
                    site Amsterdam region "NL" {
                        pool pool01 enterprise "pool01.contoso.local" {
                            server fe01 "fe01.contoso.local" roles FrontEnd, WebConferencing, AVConferencing
                            server fe02 "fe02.contoso.local" roles FrontEnd, WebConferencing, AVConferencing
                            server fe03 "fe03.contoso.local" roles FrontEnd, WebConferencing, AVConferencing
                        }
                        server sql01 "sql01.contoso.local" roles BackEndDatabase
                        server med01 "med01.contoso.local" roles Mediation
                    }
                }

                // A normalization table: rules are tried in order, the first whose pattern
                // matches translates the number. Dialscape reports rules that never apply.
                normalization %1$s_NL {
                    rule "NL national"      pattern "^0([1-9]\\d{8})$"  translation "+31$1"
                    rule "NL international" pattern "^00(\\d+)$"        translation "+$1"
                }

                // Tests: the number on the left must become the number on the right.
                test %1$s_NL {
                    "0201234567"   -> "+31201234567"
                    "003227402100" -> "+3227402100"
                }
                """.formatted(name);
    }
}
