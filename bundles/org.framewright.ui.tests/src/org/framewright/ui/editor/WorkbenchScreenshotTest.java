package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.framewright.model.AggregationRule;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.tests.Workbenches;
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

    /** Captures the workbench window as a PNG under target/screenshots. */
    static Path capture(String name) throws Exception {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 820);
        shell.forceActive();
        Display display = shell.getDisplay();
        long until = System.currentTimeMillis() + 800;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(image);
        try {
            if (!shell.print(gc)) {
                gc.dispose();
                gc = new GC(display);
                gc.copyArea(image, bounds.x, bounds.y);
            }
        } finally {
            gc.dispose();
        }
        Path folder = Workbenches.targetFolder().resolve("screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return png;
    }
}
