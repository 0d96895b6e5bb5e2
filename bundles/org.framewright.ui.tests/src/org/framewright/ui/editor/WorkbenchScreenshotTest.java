package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.framewright.model.AggregationRule;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writes screenshots of the workbench to target/screenshots/ for people to inspect. */
class WorkbenchScreenshotTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void schemesPageScreenshot() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().expandToLevel(file, 2);
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        AggregationRule weighted = editor.document().framework().getSchemes().get(0).getAggregations().stream()
            .filter(r -> !r.getWeights().isEmpty()).findFirst().orElseThrow();
        editor.selectElement(weighted);
        Workbenches.page().activate(editor);
        System.out.println("screenshot: editors open: " + Workbenches.page().getEditorReferences().length
            + ", active: " + Workbenches.page().getActiveEditor());
        Path png = capture("workbench-schemes.png");
        assertTrue(Files.size(png) > 10_000, "the screenshot shows a window, not an empty image");
    }

    private static Path capture(String name) throws Exception {
        return Workbenches.capture(name);
    }
}
