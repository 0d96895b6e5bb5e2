package org.framewright.diagram.server.logicmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.framewright.model.LogicElementKind;

/** Palette of the logic model: one tool per element kind, in column order, and the leads-to link. */
public class LogicModelToolPaletteItemProvider implements ToolPaletteItemProvider {

    @Override
    public List<PaletteItem> getItems(Map<String, String> args) {
        List<PaletteItem> elements = new ArrayList<>();
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            elements.add(new PaletteItem("create-" + kind.getName(), kind.getLiteral(),
                    new TriggerNodeCreationAction(LogicModelTypes.element(kind)), "symbol-class",
                    String.valueOf((char) ('a' + kind.getValue()))));
        }
        PaletteItem link = new PaletteItem("create-leads-to", "Leads to",
                new TriggerEdgeCreationAction(LogicModelTypes.LEADS_TO), "arrow-right", "a");
        return List.of(PaletteItem.createPaletteGroup("logic-elements", "Elements", elements, "symbol-property", "a"),
                PaletteItem.createPaletteGroup("links", "Links", List.of(link), "type-hierarchy", "b"));
    }
}
