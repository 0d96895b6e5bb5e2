package org.framewright.diagram.server.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GEdgeBuilder;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.LayoutStyle;
import org.framewright.diagram.server.model.FramewrightGModelFactory;
import org.framewright.diagram.server.model.FramewrightModelState;
import org.framewright.diagram.server.model.IndicatorStyle;
import org.framewright.diagram.server.model.NodeShapes;
import org.framewright.diagram.server.model.ProvenanceMarks;
import org.framewright.diagram.server.validation.DiagramDiagnostics;
import org.framewright.model.Area;
import org.framewright.model.Classification;
import org.framewright.model.EvidenceItem;
import org.framewright.model.ClassificationGroup;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.Statement;

/**
 * The framework structure as a GModel tree, top down: areas, their child areas, statements and indicators (an
 * indicator reported under several areas is one node with several parents). With {@link DiagramFilter#SHOW_CLASSIFICATIONS}
 * the classification groups (CQC key questions) are added as a layer linked to their member areas; with
 * {@link DiagramFilter#SHOW_EVIDENCE_ITEMS} each quality statement's evidence items hang below it; with
 * {@link DiagramFilter#SHOW_PROVENANCE} inferred or invented facts are marked ({@link ProvenanceMarks}). The children
 * of an area the user collapsed ({@link CollapseAction}, kept in the layout file) are not drawn; an indicator also
 * reported under an area that is shown is still drawn there.
 */
public class StructureGModelFactory extends FramewrightGModelFactory {

    @Override
    protected LayoutStyle layoutStyle() {
        return LayoutStyle.TREE_TOP_DOWN;
    }

    @Override
    protected Content build(FramewrightModelState state) {
        Content content = new Content();
        DiagramDiagnostics diagnostics = DiagramDiagnostics.of(state.framework());
        ProvenanceMarks marks = ProvenanceMarks.of(state);
        Set<String> shownIndicators = new HashSet<>();
        Set<String> collapsed = state.layout().collapsed(state.diagramKey());
        for (Area area : state.framework().getAreas()) {
            addArea(area, content, diagnostics, marks, state, shownIndicators, collapsed);
        }
        if (state.filters().contains(DiagramFilter.SHOW_CLASSIFICATIONS)) {
            Set<String> drawn = new HashSet<>();
            content.nodes().forEach(node -> drawn.add(node.getId()));
            for (Classification classification : state.framework().getClassifications()) {
                for (ClassificationGroup group : classification.getGroups()) {
                    GNode node = NodeShapes.box(group, StructureTypes.CLASSIFICATION_GROUP, List.of("fw-group"),
                            List.of());
                    content.nodes().add(node);
                    for (Area member : group.getMembers()) {
                        if (!drawn.contains(member.getId())) {
                            continue; // under a collapsed area
                        }
                        content.edges().add(edge(StructureTypes.CLASSIFIES, group.getId(), member.getId(),
                                "fw-classifies"));
                    }
                }
            }
        }
        return content;
    }

    /** Whether {@code area} has anything the structure diagram draws under it (child areas, statements, indicators). */
    public static boolean hasChildren(Area area) {
        return !area.getChildren().isEmpty() || !area.getStatements().isEmpty() || !area.getIndicators().isEmpty();
    }

    /** Every area of {@code framework}, parents before their children. */
    public static List<Area> allAreas(Framework framework) {
        List<Area> areas = new ArrayList<>();
        Deque<Area> todo = new ArrayDeque<>(framework.getAreas());
        while (!todo.isEmpty()) {
            Area area = todo.removeFirst();
            areas.add(area);
            for (int i = area.getChildren().size() - 1; i >= 0; i--) {
                todo.addFirst(area.getChildren().get(i));
            }
        }
        return areas;
    }

    private void addArea(Area area, Content content, DiagramDiagnostics diagnostics, ProvenanceMarks marks,
            FramewrightModelState state, Set<String> shownIndicators, Set<String> collapsed) {
        GNode node = NodeShapes.box(area, StructureTypes.AREA,
                List.of("fw-area", area.getLogicModel() != null ? "fw-has-logic-model" : "fw-no-logic-model"),
                List.of());
        if (area.getLogicModel() != null) {
            node.getArgs().put(StructureTypes.LOGIC_MODEL_ARGUMENT, area.getLogicModel().getId());
        }
        diagnostics.decorate(node, area);
        marks.decorate(node, area);
        content.nodes().add(node);
        if (hasChildren(area)) {
            boolean isCollapsed = collapsed.contains(area.getId());
            node.getArgs().put(StructureTypes.COLLAPSE_ARGUMENT,
                    isCollapsed ? StructureTypes.COLLAPSED : StructureTypes.EXPANDED);
            if (isCollapsed) {
                node.getCssClasses().add("fw-collapsed");
                return;
            }
        }
        for (Area child : area.getChildren()) {
            addArea(child, content, diagnostics, marks, state, shownIndicators, collapsed);
            content.edges().add(edge(StructureTypes.CONTAINS, area.getId(), child.getId(), "fw-contains"));
        }
        for (Statement statement : area.getStatements()) {
            String text = (statement.getKind() == null ? "" : statement.getKind().getLiteral() + ": ")
                    + statement.getText();
            GNode box = NodeShapes.box(statement, text, StructureTypes.STATEMENT, List.of("fw-statement"), List.of());
            diagnostics.decorate(box, statement);
            marks.decorate(box, statement);
            content.nodes().add(box);
            content.edges().add(edge(StructureTypes.CONTAINS, area.getId(), statement.getId(), "fw-contains"));
        }
        if (state.filters().contains(DiagramFilter.SHOW_EVIDENCE_ITEMS)) {
            for (EvidenceItem item : area.getEvidenceItems()) {
                String kind = item.getCategory() != null ? item.getCategory().getName() : item.getKind().getLiteral();
                GNode box = NodeShapes.box(item, kind + ": " + item.getText(), StructureTypes.EVIDENCE_ITEM,
                        List.of("fw-evidence-item", "fw-evidence-" + item.getKind().getName()), List.of());
                diagnostics.decorate(box, item);
                marks.decorate(box, item);
                content.nodes().add(box);
                content.edges().add(edge(StructureTypes.CONTAINS, area.getId(), item.getId(), "fw-contains"));
            }
        }
        if (!state.filters().contains(DiagramFilter.HIDE_INDICATORS)) {
            boolean hideRetired = state.filters().contains(DiagramFilter.HIDE_RETIRED_INDICATORS);
            for (Indicator indicator : area.getIndicators()) {
                if (hideRetired && IndicatorStyle.isRetired(indicator)) {
                    continue;
                }
                if (shownIndicators.add(indicator.getId())) {
                    List<String> classes = new ArrayList<>(List.of("fw-indicator"));
                    classes.addAll(IndicatorStyle.cssClasses(indicator));
                    GNode box = NodeShapes.box(indicator, IndicatorStyle.idWithPolarity(indicator) + " " + indicator.getName(),
                            StructureTypes.INDICATOR, classes, List.of());
                    diagnostics.decorate(box, indicator);
                    marks.decorate(box, indicator);
                    content.nodes().add(box);
                }
                content.edges().add(edge(StructureTypes.CONTAINS, area.getId(), indicator.getId(), "fw-contains"));
            }
        }
    }

    @Override
    protected Set<String> hiddenEdgeTypes(FramewrightModelState state) {
        return state.filters().contains(DiagramFilter.HIDE_CONTAINS) ? Set.of(StructureTypes.CONTAINS) : Set.of();
    }

    private static org.eclipse.glsp.graph.GEdge edge(String type, String source, String target, String cssClass) {
        return new GEdgeBuilder(type).id(type.substring(type.indexOf(':') + 1) + "_" + source + "_" + target)
                .addCssClass(cssClass).sourceId(source).targetId(target).build();
    }
}
