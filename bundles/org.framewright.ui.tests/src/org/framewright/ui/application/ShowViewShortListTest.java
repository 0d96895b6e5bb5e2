package org.framewright.ui.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Menus;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.Test;

/** Window > Show View lists every Framewright view, whichever bundle contributes it, and opens the one chosen. */
class ShowViewShortListTest {

    @Test
    void showViewsShortListHasEveryFramewrightViewAndOpensTheSimulationView() throws Exception {
        List<String> shortList = Menus.labels("Window", "Show View");

        IViewCategory framewright = List.of(PlatformUI.getWorkbench().getViewRegistry().getCategories()).stream()
            .filter(c -> c.getId().equals(FramewrightPerspective.VIEW_CATEGORY)).findFirst().orElseThrow();
        for (IViewDescriptor view : framewright.getViews()) {
            assertTrue(shortList.contains(view.getLabel()), view.getLabel() + " missing from " + shortList);
        }
        for (String expected : List.of("Model Explorer", "Scoring", "Simulation", "Framework Comparison",
                "Properties", "Problems", "Progress")) {
            assertTrue(shortList.contains(expected), expected + " missing from " + shortList);
        }

        Menus.select("Window", "Show View", "Simulation");
        assertEquals("Simulation", Workbenches.page().getActivePart().getTitle());
        assertNotNull(Workbenches.page().findView(ModelExplorerView.ID), "the perspective shows the Model Explorer");
        Workbenches.capture("show-view-simulation.png");
    }
}
