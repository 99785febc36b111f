package io.dialscape.studio;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Dialscape Studio's workbench: Project Explorer, the model editor, the Outline, the Problems view and the Topology Diagram beside it. */
public class StudioPerspective implements IPerspectiveFactory {

    public static final String ID = "io.dialscape.studio.perspective";
    /** The Topology Diagram view (bundle io.dialscape.diagram.ui). */
    public static final String TOPOLOGY_DIAGRAM = "io.dialscape.diagram.ui.topologyDiagram";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.2f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.64f, editorArea);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        // topologies are laid out left to right: the diagram gets the wide half of the band under the editor
        IFolderLayout diagram = layout.createFolder("diagram", IPageLayout.RIGHT, 0.42f, "bottom");
        diagram.addView(TOPOLOGY_DIAGRAM);
        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editorArea);
        right.addView(IPageLayout.ID_OUTLINE);

        layout.addNewWizardShortcut("io.dialscape.dsl.ui.newModel");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        layout.addShowViewShortcut(TOPOLOGY_DIAGRAM);
    }
}
