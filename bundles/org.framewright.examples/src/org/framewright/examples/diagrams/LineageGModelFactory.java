package org.framewright.examples.diagrams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.framewright.diagram.server.layout.LayoutStyle;
import org.framewright.diagram.server.logicmodel.LogicModelTypes;
import org.framewright.diagram.server.model.FramewrightGModelFactory;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.diagram.server.model.IndicatorStyle;
import org.framewright.diagram.server.model.NodeShapes;
import org.framewright.diagram.server.structure.StructureTypes;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.LineageKind;

/**
 * The indicator lineage diagram ({@value #DIAGRAM_TYPE}), opened on a framework: old ids on the left, new ids on the
 * right. Every indicator with a stated lineage (keep, revised, new, retired) is a box styled by its lineage; every id
 * it keeps or revises ({@code predecessorIds}, ids of the {@code basedOn} framework) is a box of its own, named from
 * the basedOn framework when that file is loaded, linked old -&gt; new. A retired indicator (which names its own old
 * id) has no successor; a new one no predecessor. Read-only: built with the node and edge types of Framewright's own diagrams, so the web client
 * draws it unchanged.
 */
public class LineageGModelFactory extends FramewrightGModelFactory {

    /** The diagram type id, as contributed in plugin.xml. */
    public static final String DIAGRAM_TYPE = "org.framewright.examples.lineage";
    /** GModel id prefix of the box of an old id. */
    public static final String PREDECESSOR_PREFIX = "was_";
    /** GModel id prefix of a lineage link ({@code lineage_<old id>_<new id>}). */
    public static final String LINK_PREFIX = "lineage_";

    @Override
    protected LayoutStyle layoutStyle() {
        return LayoutStyle.CHAINS_LEFT_TO_RIGHT;
    }

    @Override
    protected Content build(FramewrightModelState state) {
        Content content = new Content();
        Framework framework = state.framework();
        Map<String, String> oldNames = namesOf(framework.getBasedOn());
        Map<String, String> predecessors = new LinkedHashMap<>();
        for (Indicator indicator : framework.getIndicators()) {
            if (indicator.getLineage() == null || indicator.getLineage() == LineageKind.UNSPECIFIED) {
                continue;
            }
            List<String> classes = new ArrayList<>(List.of("fw-indicator"));
            classes.addAll(IndicatorStyle.cssClasses(indicator));
            content.nodes().add(NodeShapes.box(indicator, IndicatorStyle.idWithPolarity(indicator) + " "
                + indicator.getName(), StructureTypes.INDICATOR, classes, List.of()));
            for (String oldId : indicator.getPredecessorIds()) {
                if (indicator.getLineage() == LineageKind.RETIRED && oldId.equals(indicator.getId())) {
                    continue; // a retired indicator names its own old id: it is the old box, with no successor
                }
                String name = oldNames.get(oldId);
                predecessors.putIfAbsent(oldId, name == null ? oldId : oldId + " " + name);
                content.edges().add(new GEdgeBuilder(LogicModelTypes.LEADS_TO)
                    .id(LINK_PREFIX + oldId + "_" + indicator.getId()).addCssClass("fw-lineage")
                    .sourceId(PREDECESSOR_PREFIX + oldId).targetId(indicator.getId()).build());
            }
        }
        predecessors.forEach((oldId, text) -> content.nodes().add(NodeShapes.box(PREDECESSOR_PREFIX + oldId, text,
            StructureTypes.INDICATOR, List.of("fw-indicator", "fw-predecessor"), List.of())));
        return content;
    }

    /** Indicator names by id of the framework revised, when its file is loaded; else none. */
    private static Map<String, String> namesOf(Framework basedOn) {
        Map<String, String> names = new HashMap<>();
        if (basedOn != null && !basedOn.eIsProxy()) {
            basedOn.getIndicators().forEach(indicator -> names.put(indicator.getId(), indicator.getName()));
        }
        return names;
    }
}
