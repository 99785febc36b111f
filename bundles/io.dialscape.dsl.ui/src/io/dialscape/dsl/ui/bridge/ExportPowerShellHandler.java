package io.dialscape.dsl.ui.bridge;

import io.dialscape.dsl.batch.BatchValidator;
import io.dialscape.dsl.batch.InputProblem;
import io.dialscape.dsl.batch.ModelSet;
import io.dialscape.dsl.bridge.PowerShellExport;
import io.dialscape.dsl.dialscape.Model;
import io.dialscape.dsl.dialscape.Topology;
import io.dialscape.dsl.ui.DialscapeInjector;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * File &gt; Export as PowerShell: the open model's dial plans, usages, routes, policies and trunk translation rules as
 * the script {@code dialscape export powershell} writes (the same code), beside the model as {@code NAME.ps1}. The
 * target is Teams when a topology of the model is on platform {@code teams}, else Lync/Skype for Business.
 */
public class ExportPowerShellHandler extends AbstractHandler {

    /** The command's id in plugin.xml. */
    public static final String COMMAND = "io.dialscape.dsl.ui.exportPowerShell";

    /** What an export did: the script written, or why not, and what was not exported. */
    public record Outcome(IFile script, String problem, List<String> warnings) {
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof ITextEditor editor)) {
            return null;
        }
        IFile file = editor.getEditorInput().getAdapter(IFile.class);
        var status = editor.getEditorSite().getActionBars().getStatusLineManager();
        if (file == null) {
            return null;
        }
        if (editor.isDirty()) {
            status.setErrorMessage("Save the model before exporting it as PowerShell");
            return null;
        }
        Outcome outcome = export(file);
        if (outcome.problem() != null) {
            status.setErrorMessage(outcome.problem());
            return null;
        }
        status.setMessage("Exported to " + outcome.script().getName() + (outcome.warnings().isEmpty() ? ""
                : " (" + outcome.warnings().size() + " not exported: see the comments at its top)"));
        try {
            IDE.openEditor(editor.getSite().getPage(), outcome.script(), "org.eclipse.ui.DefaultTextEditor", true);
        } catch (PartInitException e) {
            status.setErrorMessage("Cannot open " + outcome.script().getName() + ": " + e.getMessage());
        }
        return null;
    }

    /** Exports the saved model in {@code file} (read with the other models of its project) to {@code NAME.ps1} beside it. */
    public static Outcome export(IFile file) {
        ModelSet.share(DialscapeInjector.get());
        if (file.getProject().getLocation() == null || file.getLocation() == null) {
            return new Outcome(null, "The model is not in a local folder", List.of());
        }
        Path projectFolder = file.getProject().getLocation().toFile().toPath();
        Path modelPath = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
        BatchValidator.Loaded loaded;
        try {
            loaded = new BatchValidator().load(List.of(projectFolder));
        } catch (InputProblem e) {
            return new Outcome(null, e.getMessage(), List.of());
        }
        Resource resource = loaded.resources().get(modelPath);
        if (resource == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
            return new Outcome(null, file.getName() + " holds no model", List.of());
        }
        String broken = PowerShellExport.brokenReason(resource);
        if (broken != null) {
            return new Outcome(null, file.getName() + ":" + broken + ": fix it before exporting", List.of());
        }
        boolean teams = model.getElements().stream().anyMatch(e -> e instanceof Topology t && t.getPlatform() != null
                && !t.getPlatform().eIsProxy() && "teams".equals(t.getPlatform().getName()));
        PowerShellExport.Result result = PowerShellExport.export(List.of(model),
                teams ? PowerShellExport.Target.TEAMS : PowerShellExport.Target.LYNC, List.of(file.getName()));
        IFile script = file.getParent().getFile(new org.eclipse.core.runtime.Path(file.getName().replaceFirst("\\.ucm$", "") + ".ps1"));
        try {
            // a byte-order mark: Windows PowerShell 5.1 reads a script without one as ANSI
            ByteArrayInputStream bytes = new ByteArrayInputStream(("\uFEFF" + result.text()).getBytes(StandardCharsets.UTF_8));
            if (script.exists()) {
                script.setContents(bytes, true, true, null);
            } else {
                script.create(bytes, true, null);
                script.setCharset("UTF-8", null);
            }
        } catch (CoreException e) {
            return new Outcome(null, "Cannot write " + script.getFullPath() + ": " + e.getMessage(), List.of());
        }
        return new Outcome(script, null, result.warnings());
    }
}
