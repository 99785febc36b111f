package io.dialscape.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.bridge.PowerShellExport;
import io.dialscape.dsl.bridge.PowerShellImport;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.ui.bridge.ExportPowerShellHandler;
import io.dialscape.dsl.ui.bridge.ImportDeploymentWizard;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.Test;

/**
 * Studio's bridges (issue 11): File &gt; Import &gt; "Lync/SfB topology or PowerShell script" creates the .ucm in the
 * selected project, and "Export as PowerShell" writes the open model's script beside it, both with the command line's
 * code (the same text as {@code dialscape import powershell} / {@code export powershell}).
 */
class BridgeUiTest {

    private static final long TIMEOUT = 30_000;

    private static final String SCRIPT = """
            New-CsDialPlan -Identity Site:Amsterdam
            New-CsVoiceNormalizationRule -Parent Site:Amsterdam -Name 'NL national' -Pattern '^0([1-9]\\d{8})$' -Translation '+31$1'
            Set-CsPstnUsage -Identity Global -Usage @{Add="Local"}
            New-CsVoiceRoute -Identity NL -NumberPattern '^\\+31' -PstnUsages @{Add="Local"} -PstnGatewayList @{Add="PstnGateway:gw01.contoso.com"}
            New-CsVoicePolicy -Identity Staff -PstnUsages @{Add="Local"}
            """;

    private static final String MODEL = """
            topology teamsBridge platform teams {
                gateway sbc "sbc.contoso.com" product GenericGateway version "0" translation toTrunk
                usages Local
                route NL pattern "^\\+31" usages Local gateways sbc
                policy Staff usages Local
            }
            normalization toTrunk { rule "national" pattern "^\\+31(\\d{9})$" translation "0$1" }
            """;

    private static String contents(IFile file) throws Exception {
        try (InputStream in = file.getContents(true)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void importWizardCreatesTheModelInTheSelectedProject() throws Exception {
        IProject project = Workbench.project("bridge-import");
        Path dir = Files.createTempDirectory("bridge");
        Path script = Files.writeString(dir.resolve("voice.ps1"), SCRIPT, StandardCharsets.UTF_8);

        IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportDeploymentWizard.ID);
        assertNotNull(descriptor, "the import wizard is registered");
        assertEquals("Lync/SfB topology or PowerShell script", descriptor.getLabel());
        ImportDeploymentWizard wizard = (ImportDeploymentWizard) descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertFalse(wizard.canFinish(), "no source chosen yet");
            wizard.page().setSource(script.toString());
            assertEquals("voice.ucm", wizard.page().getFileName());
            assertTrue(wizard.canFinish());
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        IFile file = project.getFile("voice.ucm");
        assertTrue(file.exists());
        assertEquals(PowerShellImport.read(script, "voice").text(), contents(file));
        assertTrue(contents(file).contains("route NL pattern \"^\\+31\" usages Local gateways gw01"), contents(file));
        IEditorPart editor = Workbench.waitFor("the imported model in an editor", () -> Workbench.page().getActiveEditor(), TIMEOUT);
        assertEquals("voice.ucm", editor.getEditorInput().getName());
        Workbench.page().closeAllEditors(false);
    }

    @Test
    void importWizardShowsWhyAFileCannotBeRead() throws Exception {
        IProject project = Workbench.project("bridge-import-missing");
        ImportDeploymentWizard wizard = (ImportDeploymentWizard) PlatformUI.getWorkbench().getImportWizardRegistry()
                .findWizard(ImportDeploymentWizard.ID).createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.page().setSource("/nowhere/gone.ps1");
            assertFalse(wizard.performFinish());
            assertEquals("gone.ps1: no such file", wizard.page().getErrorMessage());
        } finally {
            dialog.close();
        }
        assertFalse(project.getFile("gone.ucm").exists());
    }

    @Test
    void exportCommandWritesTheOpenModelsScriptBesideIt() throws Exception {
        IProject project = Workbench.project("bridge-export");
        IFile model = Workbench.file(project, "teamsBridge.ucm", MODEL);
        Workbench.open(model);
        Workbench.settle(200);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ExportPowerShellHandler.COMMAND, null);
        IFile script = project.getFile("teamsBridge.ps1");
        Workbench.waitUntil("the exported script", script::exists, TIMEOUT);
        String text = contents(script);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Windows PowerShell 5.1");

        BatchValidator.Loaded loaded = new BatchValidator().load(List.of(model.getLocation().toFile().toPath()));
        Model parsed = (Model) loaded.resources().values().iterator().next().getContents().get(0);
        String expected = PowerShellExport.export(List.of(parsed), PowerShellExport.Target.TEAMS, List.of("teamsBridge.ucm")).text();
        assertEquals(expected, text.substring(1), "the same script as 'dialscape export powershell --target teams'");
        assertTrue(text.contains("New-CsOnlineVoiceRoute -Identity 'NL' -Priority 0 -NumberPattern '^\\+31'"), text);
        Workbench.page().closeAllEditors(false);
    }
}
