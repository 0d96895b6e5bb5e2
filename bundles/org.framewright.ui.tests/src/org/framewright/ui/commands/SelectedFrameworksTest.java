package org.framewright.ui.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.StructuredSelection;
import org.framewright.model.Area;
import org.framewright.ui.diagrams.DiagramReference;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.DiagramsNode;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The framework files a command (Validate, Score, Simulate, Write Report...) works on are those the selection's
 * elements are or belong to: files, Diagrams nodes, diagrams, model elements of open documents; each once, in
 * selection order; anything else (a data file) is not a framework.
 */
class SelectedFrameworksTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theSelectionsElementsNameTheirFrameworkFilesOnceEachInOrder() throws Exception {
        IFile csci = Workbenches.freshSample("csci-2006.framework");
        IFile cqc = Workbenches.freshSample("cqc-la-2023.framework");
        IFile data = Workbenches.sampleData("csci-2006-councils.csv");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), cqc, null);
        Area area = editor.document().framework().getAreas().get(0);

        List<IFile> files = SelectedFrameworks.inSelection(new StructuredSelection(List.of(
            new DiagramsNode(csci), data, area, csci, DiagramReference.structure(cqc))));

        assertEquals(List.of(csci, cqc), files);
        assertNull(SelectedFrameworks.fileOf(data), "a data file is not a framework");
        assertEquals(cqc, SelectedFrameworks.fileOf(area), "a model element belongs to its open document's file");
        assertEquals(List.of(), SelectedFrameworks.inSelection(StructuredSelection.EMPTY));
    }
}
