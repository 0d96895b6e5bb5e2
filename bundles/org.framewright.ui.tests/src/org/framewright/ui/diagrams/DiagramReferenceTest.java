package org.framewright.ui.diagrams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.LogicModel;
import org.framewright.testing.ui.Workbenches;
import org.framewright.ui.editor.FrameworkEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A framework file's diagrams as the explorer, the Open Diagram menus and the Overview page list them (the structure,
 * then each logic model by its name, or its id when it has none), and the diagram that shows an element of an open
 * document (the framework: the structure; an area: its logic model's; anything else: none).
 */
class DiagramReferenceTest {

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void theStructureComesFirstThenEachLogicModelByNameOrId() throws Exception {
        IFile file = Workbenches.freshSample("adass-2020-option-two.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        LogicModel second = framework.getAreas().get(1).getLogicModel();
        String name = second.getName();
        second.setName(" ");
        try {
            List<DiagramReference> diagrams = DiagramReference.of(file, framework);

            assertEquals(13, diagrams.size());
            assertEquals(new DiagramReference(file, null, "Structure"), diagrams.get(0));
            assertEquals(new DiagramReference(file, "CA1-LM", "Logic model: Promote well-being of the population"),
                diagrams.get(1));
            assertEquals(new DiagramReference(file, "CA2-LM", "CA2-LM"), diagrams.get(2),
                "a blank name reads as the id");
        } finally {
            second.setName(name); // the document is shared (the explorer may hold it): leave it as read
        }
    }

    @Test
    void anElementIsShownByTheStructureOrItsAreasLogicModel() throws Exception {
        IFile file = Workbenches.freshSample("adass-2020-option-two.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        Area area = framework.getAreas().get(0);

        assertEquals(DiagramReference.structure(file), DiagramReference.ofElement(framework));
        assertEquals("CA1-LM", DiagramReference.ofElement(area).logicModelId());
        assertEquals("CA1-LM", DiagramReference.ofElement(area.getLogicModel()).logicModelId());
        assertNull(DiagramReference.ofElement(framework.getIndicators().get(0)));
        assertNull(DiagramReference.ofElement("not a model element"));
    }
}
