package org.framewright.diagram.server.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.features.undoredo.UndoAction;
import org.framewright.diagram.server.DiagramSession;
import org.framewright.model.Area;
import org.framewright.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A label edit on the structure diagram renames what the node shows: an area's name, a statement's text (not its
 * name); a blank or unchanged text changes nothing and leaves nothing to undo.
 */
class RenameElementOperationHandlerTest {

    private static final String OPTION_TWO = "adass-2020-option-two.framework";

    @TempDir
    Path folder;

    @Test
    void aStatementsLabelEditSetsItsTextAndAnAreasItsName() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, null)) {
            Statement statement = (Statement) diagram.state().semanticElement("CA1-I").orElseThrow();
            String name = statement.getName();

            diagram.dispatch(new ApplyLabelEditOperation("CA1-I_name", "  I decide what wellbeing means for me "));

            assertEquals("I decide what wellbeing means for me", statement.getText());
            assertEquals(name, statement.getName(), "a statement's name is not what its node shows");
            diagram.dispatch(new UndoAction());
            assertEquals("I am supported to look at my overall wellbeing", statement.getText());

            Area area = diagram.state().framework().getAreas().get(0);
            diagram.dispatch(new ApplyLabelEditOperation(area.getId() + "_name", "Wellbeing"));
            assertEquals("Wellbeing", area.getName());
        }
    }

    @Test
    void aBlankOrUnchangedTextLeavesNothingToUndo() throws Exception {
        try (DiagramSession diagram = DiagramSession.openSample(OPTION_TWO, folder, null)) {
            Area area = diagram.state().framework().getAreas().get(0);
            String name = area.getName();

            diagram.dispatch(new ApplyLabelEditOperation(area.getId() + "_name", "   "));
            diagram.dispatch(new ApplyLabelEditOperation(area.getId() + "_name", name));

            assertEquals(name, area.getName());
            assertFalse(diagram.state().canUndo(), "no command was run");
            assertFalse(diagram.state().isDirty(), "nothing was changed");
        }
    }
}
