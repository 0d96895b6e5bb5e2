package org.framewright.ui.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.results.ScoringView;

/** The Framewright perspective: model explorer left, editors centre, Properties, Scoring and Problems below. */
public final class FramewrightPerspective implements IPerspectiveFactory {

    /** The perspective id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.perspective";

    /** The folder below the editors holding Properties, Problems and the results views. */
    public static final String BOTTOM_FOLDER = "org.framewright.ui.perspective.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        layout.addView(ModelExplorerView.ID, IPageLayout.LEFT, 0.24f, editors);
        IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.55f, editors);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(ScoringView.ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(ModelExplorerView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(ScoringView.ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROGRESS_VIEW);
    }
}
