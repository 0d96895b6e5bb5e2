package org.framewright.diagram.server.logicmodel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.model.GModelState;
import org.framewright.diagram.server.DiagramTypes;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.model.Area;
import org.framewright.model.Indicator;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;

import com.google.inject.Inject;

/**
 * Palette of the logic model, in sections: Elements (one tool per kind, in column order), Links (leads to) and
 * Indicators (each indicator of the logic model's area, to drop on the element it measures).
 */
public class LogicModelToolPaletteItemProvider implements ToolPaletteItemProvider {

    @Inject
    protected GModelState modelState;

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
        List<PaletteItem> groups = new ArrayList<>(List.of(
                PaletteItem.createPaletteGroup("logic-elements", "Elements", elements, "symbol-property", "a"),
                PaletteItem.createPaletteGroup("links", "Links", List.of(link), "type-hierarchy", "b")));
        List<PaletteItem> indicators = indicatorTools();
        if (!indicators.isEmpty()) {
            groups.add(PaletteItem.createPaletteGroup("indicators", "Indicators", indicators, "graph", "c"));
        }
        return groups;
    }

    private List<PaletteItem> indicatorTools() {
        FramewrightModelState state = (FramewrightModelState) modelState;
        if (state.document() == null
                || !(state.semanticElement(state.shownElementId()).orElse(null) instanceof LogicModel logicModel)
                || !(logicModel.eContainer() instanceof Area area)) {
            return List.of();
        }
        List<PaletteItem> tools = new ArrayList<>();
        for (Indicator indicator : area.getIndicators()) {
            tools.add(new PaletteItem("attach-" + indicator.getId(), indicator.getId(),
                    new TriggerNodeCreationAction(DiagramTypes.INDICATOR_BADGE,
                            Map.of(AttachIndicatorHandler.INDICATOR_ARGUMENT, indicator.getId())),
                    "graph", String.format("%04d", tools.size())));
        }
        return tools;
    }
}
