package io.dialscape.diagram.ui;

import io.dialscape.diagram.Diagram;
import io.dialscape.diagram.DiagramGraph.Kind;
import io.dialscape.diagram.DiagramGraph.Severity;
import io.dialscape.diagram.DiagramGraph.Source;
import io.dialscape.dsl.ui.validation.ModelChecker;
import io.dialscape.dsl.ui.validation.ValidationStrategy;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The "Topology Diagram" view: the topology of the active .ucm editor, drawn on a canvas from the same layout and
 * colours as {@code dialscape diagram}'s SVG. It follows the active editor, redraws after each of its
 * re-validations (layout in a background job, painting on the UI thread), shows each element's problems as its
 * tooltip, and a click on an element selects it in the editor. Zoom to fit (the default, kept on resize), in and out
 * (toolbar, Ctrl + wheel, or + - 0 on the canvas).
 */
public class TopologyDiagramView extends ViewPart {

    public static final String ID = "io.dialscape.diagram.ui.topologyDiagram";

    /** Smallest and largest zoom. */
    static final double MIN_ZOOM = 0.05;
    static final double MAX_ZOOM = 4;
    /** Fitting never enlarges beyond this, so a small topology is not blown up. */
    static final double MAX_FIT_ZOOM = 1;
    static final double ZOOM_STEP = 1.25;
    /** How far from a link, in canvas pixels, the pointer still touches it. */
    static final double LINK_TOLERANCE = 4;

    /**
     * A box as drawn: its diagram id, kind and title, its bounds on the canvas (after zoom and scrolling), its
     * severity and the colours (0xRRGGBB) its border and fill are painted in.
     */
    public record DrawnBox(String id, Kind kind, String title, Rectangle bounds, Severity severity, int stroke, int fill) {
    }

    private final Consumer<ModelChecker.Checked> validated = this::validated;
    private final PictureJob job = new PictureJob(picture -> Display.getDefault().asyncExec(() -> show(picture)));
    private final IPartListener2 parts = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor) {
                follow(editor);
            }
        }

        @Override
        public void partBroughtToTop(IWorkbenchPartReference reference) {
            if (reference.getPart(false) instanceof IEditorPart editor && editor == getSite().getPage().getActiveEditor()) {
                follow(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor && editor != null) {
                job.forget(file);
                editor = null;
                file = null;
                follow(getSite().getPage().getActiveEditor());
            }
        }

        @Override
        public void partInputChanged(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor && editor != null) {
                ITextEditor same = editor;
                editor = null;
                follow(same);
            }
        }
    };

    private Composite bar;
    private Combo topologies;
    private Canvas canvas;
    private DiagramPainter painter;

    /** The editor followed and its file (UI thread); the file also read by the reconciler's listener. */
    private ITextEditor editor;
    private volatile IFile file;
    private Picture picture = Picture.noEditor();
    private Diagram diagram;
    private int pictures;

    private boolean fit = true;
    private double zoom = 1;
    private double originX;
    private double originY;
    private String tooltip;
    private Diagram.Element pressed;
    private Point pressedAt;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        rootLayout.verticalSpacing = 0;
        root.setLayout(rootLayout);

        bar = new Composite(root, SWT.NONE);
        GridLayout barLayout = new GridLayout(2, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(bar, SWT.NONE).setText("Topology:");
        topologies = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        topologies.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        topologies.addListener(SWT.Selection, e -> showTopology(topologies.getText()));

        canvas = new Canvas(root, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
        canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        painter = new DiagramPainter(canvas.getDisplay());
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> relayout());
        canvas.addListener(SWT.MouseMove, this::hover);
        canvas.addListener(SWT.MouseDown, this::press);
        canvas.addListener(SWT.MouseUp, this::release);
        canvas.addListener(SWT.MouseWheel, this::wheel);
        canvas.addListener(SWT.KeyDown, this::key);
        canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.getVerticalBar().addListener(SWT.Selection, e -> scrolled());
        canvas.addListener(SWT.Dispose, e -> painter.dispose());
        showBar(false);

        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(action("Zoom to Fit", "icons/zoom-fit.png", this::zoomToFit));
        toolbar.add(action("Zoom In", "icons/zoom-in.png", this::zoomIn));
        toolbar.add(action("Zoom Out", "icons/zoom-out.png", this::zoomOut));

        ValidationStrategy.addListener(validated);
        getSite().getPage().addPartListener(parts);
        follow(getSite().getPage().getActiveEditor());
    }

    private Action action(String text, String icon, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(ImageDescriptor.createFromURL(getClass().getResource("/" + icon)));
        return action;
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }

    @Override
    public void dispose() {
        ValidationStrategy.removeListener(validated);
        getSite().getPage().removePartListener(parts);
        job.cancel();
        super.dispose();
    }

    // --- following the editor -------------------------------------------------------------------------------

    /** Shows the topology of this editor if it edits a model, else the empty state. */
    private void follow(IEditorPart part) {
        IFile target = part instanceof ITextEditor text && text.getEditorInput() != null ? text.getEditorInput().getAdapter(IFile.class) : null;
        if (target == null || !"ucm".equals(target.getFileExtension())) {
            editor = null; // another kind of editor, or none: nothing to draw
            file = null;
            fit = true;
            show(Picture.noEditor());
            return;
        }
        if (part == editor && target.equals(file)) {
            return;
        }
        if (!target.equals(file)) {
            fit = true; // another model: the whole of it first
        }
        editor = (ITextEditor) part;
        file = target;
        IDocument document = editor.getDocumentProvider() == null ? null : editor.getDocumentProvider().getDocument(editor.getEditorInput());
        show(Picture.drawing(target));
        if (document != null) {
            job.request(new PictureJob.Text(target, document.get()));
        }
    }

    /** The reconciler's listener (its own thread): draw the followed model's new state. */
    private void validated(ModelChecker.Checked checked) {
        if (checked.file() != null && checked.file().equals(file)) {
            job.request(new PictureJob.Validated(checked));
        }
    }

    /** Shows a picture made in the background, if it is still of the followed model. */
    private void show(Picture next) {
        if (canvas == null || canvas.isDisposed() || next.file() != null && !next.file().equals(file)) {
            return;
        }
        String selected = diagram == null ? null : diagram.name();
        picture = next;
        pictures++;
        String[] names = next.diagrams().stream().map(Diagram::name).toArray(String[]::new);
        if (!List.of(names).equals(List.of(topologies.getItems()))) {
            topologies.setItems(names);
        }
        showBar(names.length > 1);
        Diagram chosen = next.diagrams().stream().filter(d -> d.name().equals(selected)).findFirst()
                .orElse(next.diagrams().isEmpty() ? null : next.diagrams().get(0));
        if (chosen != null) {
            topologies.select(next.diagrams().indexOf(chosen));
        }
        boolean sameSize = chosen != null && diagram != null && chosen.width() == diagram.width() && chosen.height() == diagram.height();
        diagram = chosen;
        if (!sameSize) {
            relayout();
        }
        tooltip = null;
        canvas.setToolTipText(null);
        canvas.redraw();
    }

    private void showBar(boolean visible) {
        GridData data = (GridData) bar.getLayoutData();
        if (data.exclude == visible || bar.getVisible() != visible) {
            data.exclude = !visible;
            bar.setVisible(visible);
            bar.getParent().layout(true, true);
        }
    }

    // --- painting, zoom and scrolling ------------------------------------------------------------------------

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(painter.color(0xffffff));
        gc.fillRectangle(area);
        if (diagram != null) {
            painter.paint(gc, diagram, zoom, originX, originY, picture.stale());
        }
        if (picture.message() != null) {
            message(gc, area, picture.message(), diagram == null);
        }
    }

    /** The empty state's sentence in the middle of the canvas, or a stale picture's banner at its top. */
    private void message(GC gc, Rectangle area, String text, boolean centred) {
        gc.setFont(canvas.getFont());
        int width = Math.max(80, Math.min(area.width - 24, 520));
        List<String> lines = wrap(gc, text, width);
        int lineHeight = gc.getFontMetrics().getHeight();
        int height = lines.size() * lineHeight;
        int y = centred ? Math.max(8, (area.height - height) / 2) : 0;
        if (!centred) {
            gc.setBackground(painter.color(0xfff8e1));
            gc.fillRectangle(0, 0, area.width, height + 8);
            gc.setForeground(painter.color(0x8d6e63));
            gc.drawLine(0, height + 8, area.width, height + 8);
            y = 4;
        }
        gc.setForeground(painter.color(centred ? 0x455a64 : 0x5d4037));
        for (String line : lines) {
            int x = centred ? Math.max(8, (area.width - gc.textExtent(line).x) / 2) : 8;
            gc.drawText(line, x, y, true);
            y += lineHeight;
        }
    }

    private static List<String> wrap(GC gc, String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && gc.textExtent(candidate).x > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** After a resize or a new picture: fit again when fitting, else keep the origin within the picture; then the scroll bars. */
    private void relayout() {
        if (canvas == null || canvas.isDisposed()) {
            return;
        }
        Rectangle area = canvas.getClientArea();
        if (diagram != null && fit && area.width > 0 && area.height > 0) {
            zoom = clamp(Math.min(area.width / diagram.width(), area.height / diagram.height()), MIN_ZOOM, MAX_FIT_ZOOM);
        }
        clampOrigin();
        canvas.redraw();
    }

    /** Keeps the picture inside the canvas: centred along an axis where it is smaller, else scrolled at most to its edge. */
    private void clampOrigin() {
        Rectangle area = canvas.getClientArea();
        double width = diagram == null ? 0 : diagram.width() * zoom;
        double height = diagram == null ? 0 : diagram.height() * zoom;
        originX = width <= area.width ? -(area.width - width) / 2 : clamp(originX, 0, width - area.width);
        originY = height <= area.height ? -(area.height - height) / 2 : clamp(originY, 0, height - area.height);
        bar(canvas.getHorizontalBar(), width, area.width, originX);
        bar(canvas.getVerticalBar(), height, area.height, originY);
    }

    private static void bar(ScrollBar bar, double content, int visible, double origin) {
        if (bar == null) {
            return;
        }
        int max = (int) Math.ceil(content);
        if (max <= visible) {
            bar.setValues(0, 0, Math.max(1, visible), Math.max(1, visible), 1, 1);
            bar.setEnabled(false);
        } else {
            bar.setEnabled(true);
            bar.setValues((int) Math.round(origin), 0, max, visible, 16, Math.max(16, visible - 16));
        }
    }

    private void scrolled() {
        ScrollBar horizontal = canvas.getHorizontalBar();
        ScrollBar vertical = canvas.getVerticalBar();
        if (horizontal.getEnabled()) {
            originX = horizontal.getSelection();
        }
        if (vertical.getEnabled()) {
            originY = vertical.getSelection();
        }
        canvas.redraw();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Zoom to fit the whole picture, and keep fitting on resize. */
    public void zoomToFit() {
        fit = true;
        relayout();
    }

    public void zoomIn() {
        zoomAt(zoom * ZOOM_STEP, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0);
    }

    public void zoomOut() {
        zoomAt(zoom / ZOOM_STEP, canvas.getClientArea().width / 2.0, canvas.getClientArea().height / 2.0);
    }

    /** Zooms to a zoom (fitting stops) with a box in the middle of the canvas, as far as scrolling allows. */
    public void zoomOnto(String boxId, double next) {
        if (diagram == null) {
            return;
        }
        diagram.boxes().stream().filter(b -> b.id().equals(boxId)).findFirst().ifPresent(box -> {
            Rectangle area = canvas.getClientArea();
            fit = false;
            zoom = clamp(next, MIN_ZOOM, MAX_ZOOM);
            originX = (box.x() + box.width() / 2) * zoom - area.width / 2.0;
            originY = (box.y() + box.height() / 2) * zoom - area.height / 2.0;
            clampOrigin();
            canvas.redraw();
        });
    }

    /** Zooms keeping the diagram point under (x, y) of the canvas where it is. */
    private void zoomAt(double next, double x, double y) {
        next = clamp(next, MIN_ZOOM, MAX_ZOOM);
        double diagramX = (x + originX) / zoom;
        double diagramY = (y + originY) / zoom;
        fit = false;
        zoom = next;
        originX = diagramX * zoom - x;
        originY = diagramY * zoom - y;
        clampOrigin();
        canvas.redraw();
    }

    private void wheel(Event event) {
        if ((event.stateMask & SWT.MOD1) != 0 && event.count != 0) {
            zoomAt(event.count > 0 ? zoom * ZOOM_STEP : zoom / ZOOM_STEP, event.x, event.y);
            event.doit = false;
        }
    }

    /** Keys on the focused canvas: + and - zoom, 0 fits. */
    private void key(Event event) {
        switch (event.character) {
            case '+', '=' -> zoomIn();
            case '-' -> zoomOut();
            case '0' -> zoomToFit();
            default -> {
                return;
            }
        }
        event.doit = false;
    }

    // --- pointer: tooltips and selection in the editor --------------------------------------------------------

    /** The element under a canvas point: the innermost box, or a link near it; {@code null} for none. */
    private Diagram.Element elementAt(int x, int y) {
        if (diagram == null) {
            return null;
        }
        return diagram.elementAt((x + originX) / zoom, (y + originY) / zoom, LINK_TOLERANCE / zoom);
    }

    private void hover(Event event) {
        Diagram.Element element = elementAt(event.x, event.y);
        String text = null;
        if (element != null) {
            text = element.tooltip();
        } else if (diagram != null && (event.y + originY) / zoom < Diagram.MARGIN + Diagram.HEADING) {
            text = diagram.tooltip();
        }
        if (text != null && picture.stale()) {
            text = text + "\n(" + picture.message() + ")";
        }
        if (!java.util.Objects.equals(text, tooltip)) {
            tooltip = text;
            canvas.setToolTipText(text);
        }
    }

    private void press(Event event) {
        pressed = event.button == 1 ? elementAt(event.x, event.y) : null;
        pressedAt = new Point(event.x, event.y);
    }

    private void release(Event event) {
        if (event.button != 1 || pressed == null || pressedAt == null || Math.abs(event.x - pressedAt.x) > 3
                || Math.abs(event.y - pressedAt.y) > 3 || elementAt(event.x, event.y) != pressed) {
            pressed = null;
            return;
        }
        Diagram.Element element = pressed;
        pressed = null;
        reveal(element);
    }

    /** Selects the element's text in the editor and brings the editor to the top. */
    private void reveal(Diagram.Element element) {
        Source source = element.source();
        ITextEditor target = editor;
        if (source == null || target == null) {
            return;
        }
        IDocument document = target.getDocumentProvider().getDocument(target.getEditorInput());
        int length = document == null ? 0 : document.getLength();
        int offset = Math.min(source.offset(), length);
        target.selectAndReveal(offset, Math.min(source.length(), length - offset));
        getSite().getPage().bringToTop(target);
    }

    // --- what tests may read -----------------------------------------------------------------------------------

    /** The boxes drawn now (the selected topology's), in drawing order; empty in an empty state. */
    public List<DrawnBox> drawn() {
        return diagram == null ? List.of() : DiagramPainter.boxes(diagram, zoom, originX, originY, picture.stale());
    }

    /** The sentence shown: the empty state's or the stale picture's; {@code null} when the picture is current. */
    public String message() {
        return picture.message();
    }

    /** Whether the picture shown is the last one without syntax errors, greyed. */
    public boolean stale() {
        return picture.stale();
    }

    /** The names of the model's topologies, as the selector lists them. */
    public List<String> topologies() {
        return picture.diagrams().stream().map(Diagram::name).toList();
    }

    /** The diagram shown, or {@code null}. */
    public Diagram diagram() {
        return diagram;
    }

    /** Shows another topology of the model. */
    public void showTopology(String name) {
        picture.diagrams().stream().filter(d -> d.name().equals(name)).findFirst().ifPresent(d -> {
            if (diagram == null || !diagram.name().equals(name)) {
                fit = true;
            }
            diagram = d;
            topologies.select(picture.diagrams().indexOf(d));
            relayout();
        });
    }

    /** How many pictures the view has shown since it opened (each redraw after a re-validation counts one). */
    public int pictures() {
        return pictures;
    }

    public double zoom() {
        return zoom;
    }

    /** The canvas the diagram is painted on. */
    public Canvas canvas() {
        return canvas;
    }
}
