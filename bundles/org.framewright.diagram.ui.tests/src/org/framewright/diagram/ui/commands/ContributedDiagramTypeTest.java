package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.child;
import static org.framewright.diagram.ui.commands.Gestures.expand;
import static org.framewright.diagram.ui.commands.Gestures.item;
import static org.framewright.diagram.ui.commands.Gestures.labels;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.show;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.diagram.ui.editor.DiagramEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A diagram type contributed by a plugin (the example plugin's indicator lineage, through
 * {@code org.framewright.diagram.types}) is reached as a person reaches the built-in ones: the explorer's Open Diagram
 * submenu of a framework file lists it after the structure and the logic models, and choosing it opens a diagram
 * editor named after it, in which the web client draws the lineage the server built.
 */
class ContributedDiagramTypeTest {

    static final String EXAMPLES = "org.framewright.examples";
    static final String LINEAGE = "Indicator lineage";
    private static final String OPTION_ONE = "adass-2020-option-one.framework";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(300);
    }

    @Test
    void theExplorersOpenDiagramMenuListsTheLineageDiagramAndOpensIt() throws Exception {
        assertNotNull(Platform.getBundle(EXAMPLES), "the example plugin is installed in this runtime");
        ModelExplorerView explorer = ReachingDiagramsTest.explorer();
        IFile file = ReachingDiagramsTest.freshSample(OPTION_ONE);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Menu menu = explorer.viewer().getTree().getMenu();
        show(menu);
        List<String> diagrams = labels(show(item(menu, "Open Diagram").getMenu()));
        assertEquals("Structure", diagrams.get(0), "the built-in structure comes first: " + diagrams);
        assertEquals(LINEAGE, diagrams.get(diagrams.size() - 1), "the plugin's diagram comes last: " + diagrams);
        screenshot("open-diagram-menu-with-lineage.png");
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());

        explorer.viewer().setSelection(new StructuredSelection(file), true);
        pick(menu, "Open Diagram", LINEAGE);
        waitFor(() -> page().getActiveEditor() instanceof DiagramEditor editor
            && "org.framewright.examples.lineage".equals(editor.diagramType()), 20_000,
            () -> "the lineage diagram is not the active editor");
        DiagramEditor editor = (DiagramEditor) page().getActiveEditor();
        assertEquals("adass-2020-option-one (" + LINEAGE + ")", editor.getTitle(), "the editor's tab names it");
        waitFor(() -> "ready".equals(editor.clientStatus()), 60_000,
            () -> "the lineage diagram did not render: client status '" + editor.clientStatus() + "'");
        // 63 indicators with a lineage, and the ASCOF 2019-20 ids they keep or revise (LineageDiagramTest)
        waitFor(() -> nodeCount(editor) >= 63, 20_000, () -> "boxes drawn: " + nodeCount(editor));
        assertTrue(nodeCount(editor) >= 63);
        screenshot("lineage-diagram.png");
    }

    @Test
    void thePluginsIconMarksItsDiagramInTheDiagramsNodeAndTheOpenDiagramSubmenu() throws Exception {
        ImageData contributed;
        try (InputStream png = Platform.getBundle(EXAMPLES).getEntry("icons/lineage.png").openStream()) {
            contributed = new ImageData(png);
        }
        ModelExplorerView explorer = ReachingDiagramsTest.explorer();
        IFile file = ReachingDiagramsTest.freshSample(OPTION_ONE);
        TreeItem diagrams = child(ReachingDiagramsTest.fileItem(explorer, file), "Diagrams");
        expand(diagrams);
        TreeItem lineage = child(diagrams, LINEAGE);
        assertSamePixels(contributed, lineage.getImage(), "the Diagrams node's " + LINEAGE + " row");
        TreeItem structure = child(diagrams, "Structure");
        assertTrue(structure.getImage() != null && !samePixels(contributed, structure.getImage().getImageData()),
            "a built-in diagram keeps the icon of the element it shows");

        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Menu menu = explorer.viewer().getTree().getMenu();
        show(menu);
        Menu submenu = item(menu, "Open Diagram").getMenu();
        show(submenu);
        MenuItem inSubmenu = item(submenu, LINEAGE);
        assertSamePixels(contributed, inSubmenu.getImage(), "the Open Diagram submenu's " + LINEAGE + " item");
        screenshot("open-diagram-menu-lineage-icon.png");
        menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
    }

    private static void assertSamePixels(ImageData expected, Image shown, String where) {
        assertNotNull(shown, where + " has no icon");
        assertTrue(samePixels(expected, shown.getImageData()), where + " does not show the plugin's icon");
    }

    /** Same size and the same colour wherever the contributed icon is opaque. */
    private static boolean samePixels(ImageData expected, ImageData shown) {
        if (expected.width != shown.width || expected.height != shown.height) {
            return false;
        }
        for (int y = 0; y < expected.height; y++) {
            for (int x = 0; x < expected.width; x++) {
                if (expected.getAlpha(x, y) < 255) {
                    continue;
                }
                if (!expected.palette.getRGB(expected.getPixel(x, y)).equals(shown.palette.getRGB(shown.getPixel(x, y)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int nodeCount(DiagramEditor editor) {
        Object count = editor.browser().evaluate("return window.fwNodeCount ? fwNodeCount() : 0;");
        return count instanceof Number number ? number.intValue() : 0;
    }
}
