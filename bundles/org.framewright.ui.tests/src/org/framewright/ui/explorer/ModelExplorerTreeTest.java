package org.framewright.ui.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.framewright.testing.ui.Person;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a person sees on expanding a framework file in the Model Explorer: the framework (by its name) and a
 * Diagrams node, which lists the structure diagram first and then every logic model's diagram by the model's name.
 */
class ModelExplorerTreeTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void aFrameworkFileShowsItsFrameworkAndItsDiagrams() throws Exception {
        IFile file = Workbenches.freshSample("adass-2020-option-two.framework");
        ModelExplorerView explorer = (ModelExplorerView) Workbenches.page().showView(ModelExplorerView.ID);
        explorer.viewer().reveal(file);
        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Workbenches.processEvents();
        TreeItem fileRow = explorer.viewer().getTree().getSelection()[0];
        assertEquals("adass-2020-option-two.framework", fileRow.getText());

        Person.expand(fileRow);
        assertEquals(2, fileRow.getItemCount(), labels(fileRow).toString());
        assertTrue(fileRow.getItem(0).getText().contains("Option Two - a performance framework based on the Care Act"),
            fileRow.getItem(0).getText());
        TreeItem diagrams = Person.row(fileRow, "Diagrams");

        Person.expand(diagrams);
        List<String> shown = labels(diagrams);
        assertEquals(13, shown.size(), "the structure and the 12 Care Act areas' logic models: " + shown);
        assertEquals("Structure", shown.get(0));
        assertEquals("Logic model: Promote well-being of the population", shown.get(1));
        assertEquals("Logic model: Provide information and advice", shown.get(2));
    }

    private static List<String> labels(TreeItem item) {
        return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
    }
}
