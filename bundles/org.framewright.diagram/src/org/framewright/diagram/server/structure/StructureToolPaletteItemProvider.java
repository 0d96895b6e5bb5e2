package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/**
 * Palette of the structure diagram, in sections: Elements (an area; a statement, dropped on its area; a
 * classification group) and Links (classifies: from a group to a member area).
 */
public class StructureToolPaletteItemProvider implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        PaletteItem area = new PaletteItem("create-area", "Area", new TriggerNodeCreationAction(StructureTypes.AREA),
                "symbol-namespace", "a");
        PaletteItem statement = new PaletteItem("create-statement", "Statement",
                new TriggerNodeCreationAction(StructureTypes.STATEMENT), "quote", "b");
        PaletteItem group = new PaletteItem("create-classification-group", "Classification group",
                new TriggerNodeCreationAction(StructureTypes.CLASSIFICATION_GROUP), "tag", "c");
        PaletteItem classifies = new PaletteItem("create-classifies", "Classifies",
                new TriggerEdgeCreationAction(StructureTypes.CLASSIFIES), "arrow-right", "a");
        return List.of(PaletteItem.createPaletteGroup("elements", "Elements", List.of(area, statement, group),
                "symbol-property", "a"),
                PaletteItem.createPaletteGroup("links", "Links", List.of(classifies), "type-hierarchy", "b"));
    }
}
