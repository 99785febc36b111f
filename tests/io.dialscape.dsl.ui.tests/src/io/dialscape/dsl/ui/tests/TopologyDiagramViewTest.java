package io.dialscape.dsl.ui.tests;

import static io.dialscape.dsl.ui.tests.Workbench.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.Severity;
import io.dialscape.diagram.DiagramStyle;
import io.dialscape.diagram.ui.TopologyDiagramView;
import io.dialscape.diagram.ui.TopologyDiagramView.DrawnBox;
import io.dialscape.dsl.validation.DialscapeIssueCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Topology Diagram view in a real workbench: what it draws, how it follows typing, a click into the editor, empty states. */
class TopologyDiagramViewTest {

    private static final long TIMEOUT = 30_000;
    private static final String EXAMPLE = "ottawa-ocs2007r2.ucm";

    private static IProject project;
    private static String ottawa;

    @BeforeAll
    static void setUp() throws Exception {
        Path root = Path.of(System.getProperty("dialscape.root", "../..")).toAbsolutePath().normalize();
        ottawa = Files.readString(root.resolve("examples").resolve(EXAMPLE));
        project = project("diagram-view");
        IWorkbenchPage page = page();
        var studio = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(StudioScreenshotTest.STUDIO_PERSPECTIVE);
        assertNotNull(studio, "Studio's perspective");
        page.setPerspective(studio);
        page.getWorkbenchWindow().getShell().setMaximized(false);
        page.getWorkbenchWindow().getShell().setBounds(0, 0, 1440, 900);
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle(100);
    }

    @Test
    void drawsTheExamplesServersTurnsATypedCollocationRedAndSelectsAClickedServerInTheEditor() throws Exception {
        IFile file = file(project, EXAMPLE, ottawa);
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        TopologyDiagramView view = (TopologyDiagramView) page().showView(TopologyDiagramView.ID);
        // the view outlives test classes: StudioScreenshotTest leaves it zoomed onto one server; start from fitting
        view.zoomToFit();
        page().activate(editor);

        // every server of the example, as written, and nothing else drawn as a server
        TreeSet<String> servers = new TreeSet<>();
        Matcher declared = Pattern.compile("(?m)^\\s*server (\\w+)").matcher(ottawa);
        while (declared.find()) {
            servers.add("server " + declared.group(1));
        }
        assertEquals(8, servers.size(), "servers of " + EXAMPLE + ": " + servers);
        waitUntil("the view to draw the example's servers", () -> servers.equals(titles(view, Kind.SERVER)), TIMEOUT);
        assertNull(view.message(), "no sentence over a current picture");
        assertFalse(view.stale());
        assertEquals(List.of("rideau"), view.topologies());
        assertEquals(new TreeSet<>(List.of("site Ottawa (CA)")), titles(view, Kind.SITE));
        assertEquals(new TreeSet<>(List.of("gateway ottlbg01")), titles(view, Kind.GATEWAY));
        assertEquals(new TreeSet<>(List.of("pbx otticp01")), titles(view, Kind.PBX));
        for (DrawnBox server : boxes(view, Kind.SERVER)) {
            assertEquals(Severity.NONE, server.severity(), server.title());
            assertEquals(DiagramStyle.stroke(Kind.SERVER, Severity.NONE), server.stroke(), server.title());
            assertTrue(server.bounds().width > 10 && server.bounds().height > 5, server.title() + " is drawn large enough to see: " + server.bounds());
            assertTrue(view.canvas().getClientArea().contains(server.bounds().x, server.bounds().y), server.title() + " fits in the view");
        }
        double fitted = view.zoom();
        assertTrue(fitted > 0.05 && fitted <= 1, "zoomed to fit: " + fitted);

        // type an unsupported collocation: Archiving may share a server with Monitoring only
        int pictures = view.pictures();
        int at = document.get().indexOf("roles Archiving, Monitoring") + "roles Archiving, Monitoring".length();
        for (char c : ", FrontEnd".toCharArray()) {
            document.replace(at++, 0, String.valueOf(c));
            settle(2);
        }
        IMarker marker = waitFor("the collocation marker", () -> marker(file, DialscapeIssueCodes.COLLOCATION_UNSUPPORTED), TIMEOUT);
        waitUntil("the view to redraw ottarc01 in the error colour",
                () -> byTitle(view).get("server ottarc01").severity() == Severity.ERROR, TIMEOUT);
        assertTrue(view.pictures() > pictures, "redrawn after the re-validation");
        DrawnBox archive = byTitle(view).get("server ottarc01");
        assertEquals(DiagramStyle.ERROR, archive.stroke(), "border in the SVG's error colour");
        assertEquals(DiagramStyle.ERROR_FILL, archive.fill(), "fill in the SVG's error colour");
        for (DrawnBox server : boxes(view, Kind.SERVER)) {
            if (!server.title().equals(archive.title())) {
                assertEquals(Severity.NONE, server.severity(), server.title() + " stays as it was");
            }
        }
        // its tooltip names it and carries the marker's message
        Diagram.Box box = view.diagram().boxes().stream().filter(b -> b.title().equals("server ottarc01")).findFirst().orElseThrow();
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        assertEquals("server ottarc01\nottarc01.corp.rideau.local\nroles Archiving, Monitoring, FrontEnd\nerror: " + message + " ["
                + DialscapeIssueCodes.COLLOCATION_UNSUPPORTED + "]", box.tooltip());
        Canvas canvas = view.canvas();
        mouse(canvas, SWT.MouseMove, archive.bounds());
        assertEquals(box.tooltip(), canvas.getToolTipText(), "the tooltip under the pointer");

        // a click on a server selects its declaration in the editor
        DrawnBox mediation = byTitle(view).get("server ottmed01");
        mouse(canvas, SWT.MouseDown, mediation.bounds());
        mouse(canvas, SWT.MouseUp, mediation.bounds());
        String declaration = "server ottmed01  \"ottmed01.corp.rideau.local\" roles Mediation";
        ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
        assertEquals(document.get().indexOf(declaration), selection.getOffset(), "selection starts at the declaration");
        assertEquals(declaration, selection.getText());

        // zoom in and out from the fitted zoom, then fit again
        view.zoomIn();
        assertEquals(fitted * 1.25, view.zoom(), 1e-9);
        DrawnBox larger = byTitle(view).get("server ottmed01");
        assertEquals(mediation.bounds().width * 1.25, larger.bounds().width, 2.0, "boxes grow with the zoom");
        view.zoomOut();
        view.zoomOut();
        assertEquals(fitted / 1.25, view.zoom(), 1e-9);
        view.zoomToFit();
        assertEquals(fitted, view.zoom(), 1e-9);
        key(canvas, '+');
        assertEquals(fitted * 1.25, view.zoom(), 1e-9, "+ on the canvas zooms in");
        key(canvas, '0');
        assertEquals(fitted, view.zoom(), 1e-9, "0 fits again");
    }

    private static void key(Canvas canvas, char character) {
        Event event = new Event();
        event.character = character;
        canvas.notifyListeners(SWT.KeyDown, event);
    }

    @Test
    void saysWhyThereIsNoPictureAndGreysTheLastOneWhileTheTextHasSyntaxErrors() throws Exception {
        TopologyDiagramView view = (TopologyDiagramView) page().showView(TopologyDiagramView.ID);
        waitUntil("the no-editor sentence", () -> view.message() != null && view.message().startsWith("Open a Dialscape model"), TIMEOUT);
        assertEquals("Open a Dialscape model (.ucm) in an editor to see its topology here.", view.message());
        assertEquals(List.of(), view.drawn());

        IFile tables = file(project, "tables.ucm", """
                digits plain outgoing {
                    rule "Extensions" leading "5" length 4
                }
                """);
        open(tables);
        waitUntil("the no-topology sentence", () -> view.message() != null && view.message().startsWith("'tables.ucm'"), TIMEOUT);
        assertEquals("'tables.ucm' has no topology. Add one (topology NAME platform PLATFORM { site ... }) to see it drawn here.",
                view.message());
        assertEquals(List.of(), view.drawn());

        IFile two = file(project, "two.ucm", """
                topology north platform ocs2007r2 {
                    site Oslo region "NO" {
                        server osl01 "osl01.north.local" roles FrontEnd
                    }
                }
                topology south platform ocs2007r2 {
                    site Rome region "IT" {
                        server rom01 "rom01.south.local" roles FrontEnd
                        server rom02 "rom02.south.local" roles Mediation
                    }
                }
                """);
        ITextEditor editor = open(two);
        waitUntil("both topologies", () -> view.topologies().equals(List.of("north", "south")), TIMEOUT);
        assertEquals(new TreeSet<>(List.of("server osl01")), titles(view, Kind.SERVER), "the first topology to begin with");
        view.showTopology("south");
        assertEquals("south", view.diagram().name());
        assertEquals(new TreeSet<>(List.of("server rom01", "server rom02")), titles(view, Kind.SERVER));

        // a syntax error: the last good picture stays, greyed, with its sentence
        IDocument document = document(editor);
        int pictures = view.pictures();
        document.replace(document.get().indexOf("roles Mediation"), "roles".length(), "rolls");
        waitUntil("the stale picture", view::stale, TIMEOUT);
        assertTrue(view.pictures() > pictures);
        assertEquals("'two.ucm' has syntax errors: this is the picture of its last text without them, greyed until they are fixed.",
                view.message());
        assertEquals("south", view.diagram().name(), "the topology chosen stays chosen");
        DrawnBox rome = byTitle(view).get("server rom02");
        assertEquals(DiagramStyle.faded(DiagramStyle.stroke(Kind.SERVER, Severity.NONE)), rome.stroke(), "greyed");
        document.replace(document.get().indexOf("rolls Mediation"), "rolls".length(), "roles");
        waitUntil("the current picture again", () -> !view.stale(), TIMEOUT);
        assertNull(view.message());
        assertEquals(DiagramStyle.stroke(Kind.SERVER, Severity.NONE), byTitle(view).get("server rom02").stroke());

        // closing the last model editor empties the view
        page().closeAllEditors(false);
        waitUntil("the no-editor sentence again", () -> view.message() != null && view.message().startsWith("Open a Dialscape model"), TIMEOUT);
        assertEquals(List.of(), view.drawn());
    }

    private static List<DrawnBox> boxes(TopologyDiagramView view, Kind kind) {
        return view.drawn().stream().filter(b -> b.kind() == kind).toList();
    }

    private static TreeSet<String> titles(TopologyDiagramView view, Kind kind) {
        return boxes(view, kind).stream().map(DrawnBox::title).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, DrawnBox> byTitle(TopologyDiagramView view) {
        return view.drawn().stream().collect(Collectors.toMap(DrawnBox::title, Function.identity()));
    }

    /** A mouse event of the first button in the middle of the bounds. */
    private static void mouse(Canvas canvas, int type, Rectangle bounds) {
        Event event = new Event();
        event.button = type == SWT.MouseMove ? 0 : 1;
        event.x = bounds.x + bounds.width / 2;
        event.y = bounds.y + bounds.height / 2;
        canvas.notifyListeners(type, event);
    }
}
