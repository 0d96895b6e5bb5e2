package org.framewright.diagram.ui.commands;

import static org.framewright.diagram.ui.commands.Gestures.answering;
import static org.framewright.diagram.ui.commands.Gestures.find;
import static org.framewright.diagram.ui.commands.Gestures.page;
import static org.framewright.diagram.ui.commands.Gestures.pick;
import static org.framewright.diagram.ui.commands.Gestures.press;
import static org.framewright.diagram.ui.commands.Gestures.processEvents;
import static org.framewright.diagram.ui.commands.Gestures.screenshot;
import static org.framewright.diagram.ui.commands.Gestures.waitFor;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.explorer;
import static org.framewright.diagram.ui.commands.ReachingDiagramsTest.freshSample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Text;
import org.framewright.compare.ui.FrameworkDiffView;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.Test;

/** The file commands of the Model Explorer's context menu, as a person uses them on framework files. */
class ExplorerFileCommandsTest {

    @Test
    void copyPasteRenameDeleteAndCompareWithEachOther() throws Exception {
        ModelExplorerView explorer = explorer();
        Menu menu = explorer.viewer().getTree().getMenu();
        IFile csci = freshSample("csci-2006.framework");
        IFolder data = csci.getProject().getFolder("data");
        IFile copy = data.getFile(csci.getName());
        IFile renamed = data.getFile("csci-2006-draft.framework");
        for (IFile leftOver : List.of(copy, renamed)) {
            if (leftOver.exists()) {
                leftOver.delete(true, null);
            }
        }

        select(explorer, csci);
        pick(menu, "Copy");
        select(explorer, data);
        pick(menu, "Paste");
        waitFor(copy::exists, 10_000, () -> "Paste copies the file into " + data.getFullPath());

        select(explorer, copy);
        assertEquals(List.of("Rename Resource"), answering(() -> pick(menu, "Rename..."), dialog -> {
            find(dialog, Text.class).setText(renamed.getName());
            press(dialog, "OK");
        }), "Rename... asks for the new name");
        waitFor(renamed::exists, 10_000, () -> "the file is renamed");
        assertTrue(!copy.exists(), "under its new name only");

        select(explorer, renamed);
        assertEquals(List.of("Delete Resources"), answering(() -> pick(menu, "Delete"), dialog -> press(dialog, "OK")),
            "Delete asks first");
        waitFor(() -> !renamed.exists(), 10_000, () -> "Delete removes the file");

        select(explorer, freshSample("ascof-2019-20.framework"), freshSample("ascof-2023-24.framework"));
        pick(menu, "Compare With Each Other");
        assertTrue(page().isPartVisible(page().findView(FrameworkDiffView.ID)), "the comparison is shown");
        screenshot("explorer-compare-with-each-other.png");
    }

    private static void select(ModelExplorerView explorer, Object... elements) {
        page().activate(explorer);
        explorer.viewer().setSelection(new StructuredSelection(elements), true);
        processEvents(100);
    }
}
