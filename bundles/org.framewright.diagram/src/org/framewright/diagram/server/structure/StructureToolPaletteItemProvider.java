package org.framewright.diagram.server.structure;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;

/** Palette of the structure diagram: a new area, and the link that classifies an area under a group. */
public class StructureToolPaletteItemProvider implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        PaletteItem area = new PaletteItem("create-area", "Area", new TriggerNodeCreationAction(StructureTypes.AREA),
                "symbol-namespace", "a");
        PaletteItem classifies = new PaletteItem("create-classifies", "Classifies",
                new TriggerEdgeCreationAction(StructureTypes.CLASSIFIES), "arrow-right", "b");
        return List.of(PaletteItem.createPaletteGroup("structure", "Structure", List.of(area, classifies),
                "symbol-property", "a"));
    }
}
