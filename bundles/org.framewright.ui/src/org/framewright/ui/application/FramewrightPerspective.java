package org.framewright.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.results.ScoringView;
import org.framewright.ui.simulation.SimulationView;

/**
 * The Framewright perspective: model explorer left, editors centre (the Getting Started page on first start),
 * Properties, Scoring and Problems below. Window > Show View's short list holds every view of the Framewright view
 * category, whichever bundle contributes it, and the workbench views a Framewright user needs.
 */
public final class FramewrightPerspective implements IPerspectiveFactory {

    /** The perspective id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.perspective";

    /** The folder below the editors holding Properties, Problems and the results views. */
    public static final String BOTTOM_FOLDER = "org.framewright.ui.perspective.bottom";

    /** The view category every Framewright view is declared in. */
    public static final String VIEW_CATEGORY = "org.framewright.ui.views";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.24f, editors);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ScoringView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addPlaceholder(SimulationView.ID);
        bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
        for (IViewDescriptor view : framewrightViews()) {
            layout.addShowViewShortcut(view.getId());
        }
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }

    /** The views declared in the Framewright category, by every installed bundle. */
    static IViewDescriptor[] framewrightViews() {
        for (IViewCategory category : PlatformUI.getWorkbench().getViewRegistry().getCategories()) {
            if (VIEW_CATEGORY.equals(category.getId())) {
                return category.getViews();
            }
        }
        return new IViewDescriptor[] {PlatformUI.getWorkbench().getViewRegistry().find(ModelExplorerView.ID)};
    }
}
