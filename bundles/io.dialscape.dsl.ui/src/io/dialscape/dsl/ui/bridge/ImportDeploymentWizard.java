package io.dialscape.dsl.ui.bridge;

import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.bridge.ImportProblem;
import io.dialscape.dsl.bridge.PowerShellImport;
import io.dialscape.dsl.bridge.TopologyImport;
import io.dialscape.dsl.ui.DialscapeInjector;
import io.dialscape.dsl.ui.DialscapeUiPlugin;
import io.dialscape.dsl.ui.validation.DialscapeNature;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/**
 * File &gt; Import &gt; Dialscape &gt; Lync/SfB topology or PowerShell script: runs the same importers as
 * {@code dialscape import topology} and {@code dialscape import powershell} (a {@code .xml} file is a topology
 * document, anything else a script) and creates the {@code .ucm} in the chosen project folder.
 */
public class ImportDeploymentWizard extends BasicNewResourceWizard implements IImportWizard {

    /** The wizard's id in plugin.xml. */
    public static final String ID = "io.dialscape.dsl.ui.importDeployment";

    private Page page;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        super.init(workbench, selection);
        setWindowTitle("Import Lync/SfB Topology or PowerShell Script");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        page = new Page(getSelection());
        addPage(page);
    }

    /** The page: the source file, then where the .ucm goes. */
    public static final class Page extends WizardNewFileCreationPage {
        private Text source;
        private String sourcePath = "";
        private String imported;
        private List<String> messages = List.of();

        Page(IStructuredSelection selection) {
            super("import", selection);
            setTitle("Lync/SfB topology or PowerShell script");
            setDescription("A topology document (Get-CsTopology -AsXml, Topology Builder) or a script of voice cmdlets"
                    + " becomes a .ucm model");
            setFileExtension("ucm");
        }

        @Override
        protected void createAdvancedControls(Composite parent) {
            Composite group = new Composite(parent, SWT.NONE);
            group.setLayout(new GridLayout(3, false));
            group.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
            new Label(group, SWT.NONE).setText("&Import from:");
            source = new Text(group, SWT.BORDER);
            source.setLayoutData(new GridData(GridData.FILL_HORIZONTAL));
            source.setText(sourcePath);
            source.addModifyListener(e -> setSource(source.getText()));
            Button browse = new Button(group, SWT.PUSH);
            browse.setText("B&rowse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.xml;*.ps1", "*.*" });
                dialog.setFilterNames(new String[] { "Topology documents and PowerShell scripts", "All files" });
                String chosen = dialog.open();
                if (chosen != null) {
                    source.setText(chosen);
                }
            });
        }

        @Override
        protected void createLinkTarget() {
            // no linked resources: the .ucm is a new file in the workspace
        }

        @Override
        protected org.eclipse.core.runtime.IStatus validateLinkedResource() {
            return org.eclipse.core.runtime.Status.OK_STATUS;
        }

        /** The file to import; the .ucm is named after it unless a name was typed. */
        public void setSource(String path) {
            sourcePath = path == null ? "" : path.strip();
            if (source != null && !source.getText().equals(sourcePath)) {
                source.setText(sourcePath);
            }
            if (!sourcePath.isEmpty()) {
                String name = Path.of(sourcePath).getFileName() == null ? "" : Path.of(sourcePath).getFileName().toString();
                String stem = name.replaceFirst("\\.[^.]*$", "");
                if (!stem.isEmpty() && (getFileName() == null || getFileName().isEmpty())) {
                    setFileName(stem + ".ucm");
                }
            }
            setPageComplete(validatePage());
        }

        @Override
        protected boolean validatePage() {
            if (!super.validatePage()) {
                return false;
            }
            if (sourcePath.isEmpty()) {
                setErrorMessage(null);
                setMessage("Choose the topology document or script to import");
                return false;
            }
            return true;
        }

        /** Runs the importer; false with the one-line reason shown when the file cannot be read. */
        boolean runImport() {
            ModelSet.share(DialscapeInjector.get());
            Path file = Path.of(sourcePath);
            String stem = getFileName().replaceFirst("\\.ucm$", "");
            try {
                if (sourcePath.toLowerCase(Locale.ROOT).endsWith(".xml")) {
                    TopologyImport.Result result = TopologyImport.read(file, null);
                    imported = result.text();
                    messages = result.warnings();
                } else {
                    PowerShellImport.Result result = PowerShellImport.read(file, stem);
                    imported = result.text();
                    messages = result.messages();
                }
                return true;
            } catch (ImportProblem e) {
                setErrorMessage(e.getMessage());
                return false;
            }
        }

        /** The importer's warnings and skipped statements of the last import, one line each. */
        public List<String> messages() {
            return messages;
        }

        @Override
        protected InputStream getInitialContents() {
            return new ByteArrayInputStream((imported == null ? "" : imported).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The page, for tests that drive the wizard. */
    public Page page() {
        return page;
    }

    @Override
    public boolean performFinish() {
        if (!page.runImport()) {
            return false;
        }
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            DialscapeNature.add(file.getProject(), null);
        } catch (CoreException e) {
            DialscapeUiPlugin.log("Cannot add the Dialscape builder to " + file.getProject().getName(), e);
        }
        if (!page.messages().isEmpty() && DialscapeUiPlugin.getDefault() != null) {
            DialscapeUiPlugin.getDefault().getLog().log(new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.WARNING,
                    DialscapeUiPlugin.ID, file.getFullPath() + ": imported with " + page.messages().size() + " warning(s):\n"
                            + String.join("\n", page.messages())));
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
}
