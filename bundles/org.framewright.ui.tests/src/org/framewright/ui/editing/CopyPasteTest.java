package org.framewright.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.framewright.validation.FrameworkValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl+C / Ctrl+V of model elements: a copy with a fresh id right after the original, undone in one step. */
class CopyPasteTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void ctrlCCtrlVCopiesAnIndicatorWithAFreshIdAndOneUndoRemovesIt() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
        Framework framework = editor.document().framework();
        Gestures.clickTab(editor, "Indicators");
        Table indicators = Gestures.find(editor.getSite().getShell(), Table.class, t -> t.getItemCount() > 0
            && t.getItem(0).getData() instanceof Indicator);
        TableItem first = indicators.getItem(0);
        Indicator original = (Indicator) first.getData();
        Gestures.select(first);
        int count = framework.getIndicators().size();
        int at = framework.getIndicators().indexOf(original);

        Gestures.press("M1+C");
        Gestures.press("M1+V");

        assertEquals(count + 1, framework.getIndicators().size(), "Ctrl+V pasted one indicator");
        Indicator copy = framework.getIndicators().get(at + 1);
        assertNotEquals(original.getId(), copy.getId(), "the copy has its own id");
        assertTrue(copy.getId().matches("indicator-\\d+"), copy.getId());
        assertEquals(original.getName(), copy.getName());
        assertEquals(original.getDefinition(), copy.getDefinition());
        assertIdsUnique(framework);
        assertTrue(FrameworkValidation.validate(framework).stream().noneMatch(d -> d.code().startsWith("FW-ID")
            || d.code().startsWith("FW-EMF")), "the pasted ids are valid and unique");
        Workbenches.capture("copy-paste-indicator.png");

        Gestures.press("M1+Z");
        assertEquals(count, framework.getIndicators().size(), "one Ctrl+Z removes the pasted indicator");
        assertFalse(framework.getIndicators().contains(copy));
        assertFalse(editor.isDirty());
    }

    @Test
    void theExplorersContextMenuCopiesAndPastesAnAreaIntoItselfAndEditUndoRemovesIt() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(file);
        explorer.viewer().expandToLevel(file, 2);
        Workbenches.processEvents();
        Framework framework = frameworkUnder(explorer, file);
        Area area = framework.getAreas().get(0);
        int children = area.getChildren().size();
        explorer.viewer().setSelection(new StructuredSelection(area), true);
        Workbenches.processEvents();
        Menu menu = explorer.viewer().getTree().getMenu();

        Gestures.choose(menu, "Copy");
        Gestures.choose(menu, "Paste");

        assertEquals(children + 1, area.getChildren().size(), "the copy of the area became its child");
        Area copy = area.getChildren().get(children);
        assertEquals(area.getName(), copy.getName());
        assertNotEquals(area.getId(), copy.getId());
        assertIdsUnique(framework);
        Menu edit = editMenu();
        Gestures.choose(edit, "Undo Paste");
        assertEquals(children, area.getChildren().size(), "Edit > Undo Paste removes it");
    }

    private static Framework frameworkUnder(ModelExplorerView explorer, IFile file) {
        Object[] children = ((org.eclipse.jface.viewers.ITreeContentProvider) explorer.viewer().getContentProvider())
            .getChildren(file);
        return (Framework) children[0];
    }

    private static Menu editMenu() {
        Menu bar = Workbenches.page().getWorkbenchWindow().getShell().getMenuBar();
        for (MenuItem item : bar.getItems()) {
            if (item.getText().replace("&", "").equals("Edit")) {
                return item.getMenu();
            }
        }
        throw new AssertionError("no Edit menu");
    }

    private static void assertIdsUnique(Framework framework) {
        Set<String> ids = new HashSet<>();
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof ModelElement named) {
                assertTrue(ids.add(named.getId()), "id used twice: " + named.getId());
            }
        }
        assertFalse(ids.isEmpty(), List.of(framework.getId()).toString());
    }
}
