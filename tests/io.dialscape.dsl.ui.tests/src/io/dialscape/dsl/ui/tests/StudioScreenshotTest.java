package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.diagram.DiagramGraph.Severity;
import io.dialscape.diagram.ui.TopologyDiagramView;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;

/**
 * The picture in the README: the workbench with an example model open, a problem typed
 * into it, and the Problems view. Saved to target/studio.png on every run, and to
 * docs/images/studio.png when that is missing or -Ddialscape.screenshot.update=true.
 */
class StudioScreenshotTest {

    static final String STUDIO_PERSPECTIVE = "io.dialscape.studio.perspective";

    @Test
    void screenshotOfAnOpenModelAndItsProblems() throws Exception {
        Path root = Path.of(System.getProperty("dialscape.root", "../..")).toAbsolutePath().normalize();
        IProject project = project("examples");
        IFile ottawa = null;
        try (var files = Files.list(root.resolve("examples"))) {
            for (Path example : files.filter(p -> p.toString().endsWith(".ucm")).sorted().toList()) {
                IFile file = file(project, example.getFileName().toString(), Files.readString(example));
                if (example.getFileName().toString().startsWith("ottawa")) {
                    ottawa = file;
                }
            }
        }
        assertNotNull(ottawa, "examples/ottawa-ocs2007r2.ucm");

        IWorkbenchPage page = page();
        if (PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(STUDIO_PERSPECTIVE) != null) {
            page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(STUDIO_PERSPECTIVE));
        }
        page.showView("org.eclipse.ui.navigator.ProjectExplorer");
        page.showView("org.eclipse.ui.views.ContentOutline");
        page.showView("org.eclipse.ui.views.ProblemView");
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1440, 900);

        ITextEditor editor = open(ottawa);
        IDocument document = document(editor);
        int at = document.get().indexOf("server ottarc01");
        int line = document.getLineOfOffset(at);
        String typed = "        server ottmon02  \"ottmon02.corp.rideau.local\" roles FrontEnd, Monitoring   // typed: not supported\n";
        document.replace(document.getLineOffset(line), 0, typed);
        IFile file = ottawa;
        IMarker marker = waitFor("the collocation problem", () -> marker(file, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED), 30_000);
        if (page.findView("org.eclipse.ui.navigator.ProjectExplorer") instanceof ISetSelectionTarget explorer) {
            explorer.selectReveal(new StructuredSelection(ottawa));
        }
        editor.selectAndReveal(marker.getAttribute(IMarker.CHAR_START, 0), 0);
        page.activate(editor);
        settle(2_000); // the Problems view and the outline refresh after a short delay
        expandProblems(page);
        page.activate(editor);
        settle(500);

        capture(shell, root, "studio.png");
        editor.close(false);
    }

    /**
     * The picture in the README's "See it": Studio with the Topology Diagram view beside the Problems view, the
     * typed collocation drawn in the error colour. Saved to target/studio-diagram.png on every run, and to
     * docs/images/studio-diagram.png when that is missing or -Ddialscape.screenshot.update=true.
     */
    @Test
    void screenshotOfTheTopologyDiagramView() throws Exception {
        Path root = Path.of(System.getProperty("dialscape.root", "../..")).toAbsolutePath().normalize();
        IProject project = project("examples");
        Path example = root.resolve("examples/ottawa-ocs2007r2.ucm");
        IFile ottawa = file(project, example.getFileName().toString(), Files.readString(example));
        IWorkbenchPage page = page();
        settle(200); // an editor's close(false) is asynchronous: let an earlier test's close happen first
        page.closeAllEditors(false);
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(STUDIO_PERSPECTIVE));
        Shell shell = page.getWorkbenchWindow().getShell();
        shell.setMaximized(false);
        shell.setBounds(0, 0, 1440, 900);
        ITextEditor editor = open(ottawa);
        TopologyDiagramView view = (TopologyDiagramView) page.showView(TopologyDiagramView.ID);
        page.showView("org.eclipse.ui.views.ProblemView", null, IWorkbenchPage.VIEW_VISIBLE);
        page.activate(editor);
        IDocument document = document(editor);
        int at = document.get().indexOf("roles Archiving, Monitoring") + "roles Archiving, Monitoring".length();
        document.replace(at, 0, ", FrontEnd");
        waitUntil("ottarc01 in the error colour", () -> view.drawn().stream()
                .anyMatch(b -> b.title().equals("server ottarc01") && b.severity() == Severity.ERROR), 30_000);
        editor.selectAndReveal(at, 0);
        // at full size, around the server in error (the whole example fits only at about a third of it)
        view.zoomOnto(view.drawn().stream().filter(b -> b.title().equals("server ottarc01")).findFirst().orElseThrow().id(), 1);
        settle(1_500);
        expandProblems(page);
        page.activate(editor);
        settle(500);
        capture(shell, root, "studio-diagram.png");
        page.closeEditor(editor, false);
    }

    /** Saves the window's client area as target/NAME, and as docs/images/NAME when missing or asked to update. */
    private static void capture(Shell shell, Path root, String name) throws Exception {
        Display display = shell.getDisplay();
        Rectangle client = shell.getClientArea();
        Point origin = shell.toDisplay(0, 0);
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(display);
        gc.copyArea(image, origin.x, origin.y);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        assertTrue(colours(data) > 20, "the screenshot shows something (not one flat colour)");

        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {data};
        Path target = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(target.getParent());
        loader.save(target.toString(), SWT.IMAGE_PNG);
        Path docs = root.resolve("docs/images").resolve(name);
        if (!Files.exists(docs) || Boolean.getBoolean("dialscape.screenshot.update")) {
            Files.createDirectories(docs.getParent());
            Files.copy(target, docs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println("[ui-test] screenshot saved to " + target);
    }

    /** Opens the groups of the Problems view, as a user would, so the picture shows the problem itself. */
    private static void expandProblems(IWorkbenchPage page) {
        IViewPart problems = page.findView("org.eclipse.ui.views.ProblemView");
        if (problems == null) {
            return;
        }
        Control control = problems.getAdapter(Control.class);
        Tree tree = control == null ? findTree(page.getWorkbenchWindow().getShell(), problems) : findTree(control, problems);
        if (tree == null) {
            return;
        }
        if (tree.getColumnCount() > 0) {
            tree.getColumn(0).setWidth(560);
        }
        for (TreeItem item : tree.getItems()) {
            Event event = new Event();
            event.item = item;
            tree.notifyListeners(SWT.Expand, event);
            item.setExpanded(true);
        }
        settle(300);
    }

    private static Tree findTree(Control control, IViewPart view) {
        if (control instanceof Tree tree && tree.getItemCount() > 0 && tree.getItem(0).getText().startsWith("Errors")) {
            return tree;
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Tree found = findTree(child, view);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static int colours(ImageData data) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        return colours.size();
    }
}
