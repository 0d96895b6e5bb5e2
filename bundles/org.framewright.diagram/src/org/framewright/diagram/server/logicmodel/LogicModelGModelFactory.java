package org.framewright.diagram.server.logicmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;
import org.eclipse.glsp.graph.util.GraphUtil;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.LayoutStyle;
import org.framewright.diagram.server.model.FramewrightGModelFactory;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.diagram.server.model.IndicatorStyle;
import org.framewright.diagram.server.model.NodeShapes;
import org.framewright.diagram.server.model.ProvenanceMarks;
import org.framewright.diagram.server.validation.DiagramDiagnostics;
import org.framewright.model.Indicator;
import org.framewright.model.LeadsTo;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicElementKind;
import org.framewright.model.LogicModel;

/**
 * The logic model of an area as a GModel: one lane per element kind (assumption/purpose, inputs, activities,
 * outputs, outcomes, impact, left to right), a typed box per element with its indicators as badges, a leads-to edge
 * per link. ELK orders the boxes within their lanes (layered, left to right); the lanes fix the columns.
 */
public class LogicModelGModelFactory extends FramewrightGModelFactory {

    private static final double LEFT = 40;
    private static final double TOP = 76;
    private static final double LANE_PADDING = 14;
    private static final double LANE_GAP = 46;
    private static final double NODE_GAP = 18;

    private final Map<String, LogicElementKind> kinds = new HashMap<>();

    @Override
    protected LayoutStyle layoutStyle() {
        return LayoutStyle.CHAINS_LEFT_TO_RIGHT;
    }

    /** The logic model shown. */
    protected LogicModel logicModel(FramewrightModelState state) {
        return state.semanticElement(state.shownElementId()).filter(LogicModel.class::isInstance)
                .map(LogicModel.class::cast).orElseThrow(() -> new IllegalStateException(
                        state.document().file() + ": no logic model with id '" + state.shownElementId() + "'"));
    }

    @Override
    protected Content build(FramewrightModelState state) {
        LogicModel logicModel = logicModel(state);
        boolean hideAssumptions = state.filters().contains(DiagramFilter.HIDE_ASSUMPTIONS);
        boolean hideIndicators = state.filters().contains(DiagramFilter.HIDE_INDICATORS);
        boolean hideRetired = state.filters().contains(DiagramFilter.HIDE_RETIRED_INDICATORS);
        DiagramDiagnostics diagnostics = DiagramDiagnostics.of(state.framework());
        ProvenanceMarks marks = ProvenanceMarks.of(state);
        Content content = new Content();
        kinds.clear();
        for (LogicElement element : logicModel.getElements()) {
            if (hideAssumptions && element.getKind() == LogicElementKind.ASSUMPTION) {
                continue;
            }
            List<Indicator> indicators = hideIndicators ? List.of() : element.getIndicators().stream()
                    .filter(indicator -> !hideRetired || !IndicatorStyle.isRetired(indicator)).toList();
            GNode box = NodeShapes.box(element, LogicModelTypes.element(element.getKind()),
                    List.of("fw-logic-element", "fw-" + element.getKind().getName()), indicators);
            diagnostics.decorate(box, element);
            marks.decorate(box, element);
            marks.decorateBadges(box, indicators);
            content.nodes().add(box);
            kinds.put(element.getId(), element.getKind());
        }
        for (LeadsTo link : logicModel.getLinks()) {
            if (link.getSource() != null && link.getTarget() != null && kinds.containsKey(link.getSource().getId())
                    && kinds.containsKey(link.getTarget().getId())) {
                content.edges().add(new GEdgeBuilder(LogicModelTypes.LEADS_TO).id(link.getId())
                        .addCssClass("fw-leads-to").sourceId(link.getSource().getId())
                        .targetId(link.getTarget().getId()).build());
            }
        }
        return content;
    }

    @Override
    protected Set<String> hiddenEdgeTypes(FramewrightModelState state) {
        return state.filters().contains(DiagramFilter.HIDE_LEADS_TO) ? Set.of(LogicModelTypes.LEADS_TO) : Set.of();
    }

    /** Snaps each box into its kind's lane, keeping ELK's vertical order and removing overlaps. */
    @Override
    protected void arrangeAutomatically(List<GNode> nodes) {
        Map<LogicElementKind, List<GNode>> lanes = new EnumMap<>(LogicElementKind.class);
        nodes.forEach(node -> lanes.computeIfAbsent(kinds.get(node.getId()), kind -> new ArrayList<>()).add(node));
        lanes.forEach((kind, laneNodes) -> {
            laneNodes.sort(Comparator.comparingDouble((GNode node) -> node.getPosition().getY())
                    .thenComparingDouble(node -> node.getPosition().getX()));
            double bottom = TOP;
            for (GNode node : laneNodes) {
                double y = Math.max(node.getPosition().getY() + TOP - 40, bottom);
                node.setPosition(GraphUtil.point(laneX(kind) + LANE_PADDING, y));
                bottom = y + node.getSize().getHeight() + NODE_GAP;
            }
        });
    }

    private static double laneX(LogicElementKind kind) {
        return LEFT + kind.getValue() * (NodeShapes.WIDTH + 2 * LANE_PADDING + LANE_GAP);
    }

    /** One lane per kind, as tall as the lowest box, drawn behind the boxes. */
    @Override
    protected List<GModelElement> decorate(List<GNode> placedNodes) {
        double bottom = TOP + 60;
        for (GNode node : placedNodes) {
            bottom = Math.max(bottom, node.getPosition().getY() + node.getSize().getHeight() + LANE_PADDING);
        }
        List<GModelElement> lanes = new ArrayList<>();
        for (LogicElementKind kind : LogicElementKind.VALUES) {
            if (kind == LogicElementKind.ASSUMPTION && state().filters().contains(DiagramFilter.HIDE_ASSUMPTIONS)) {
                continue;
            }
            String id = "lane_" + kind.getName();
            lanes.add(new GNodeBuilder(LogicModelTypes.LANE).id(id).addCssClass("fw-lane")
                    .addCssClass("fw-lane-" + kind.getName()).position(laneX(kind), 20)
                    .size(NodeShapes.WIDTH + 2 * LANE_PADDING, bottom - 20)
                    .add(NodeShapes.label(id + "_label", LogicModelTypes.LANE_LABEL, kind.getLiteral(), LANE_PADDING,
                            30))
                    .build());
        }
        return lanes;
    }
}
