package org.framewright.ui.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan;

/**
 * One row of a council's breakdown tree, in the framework's order: the overall result, its areas (with their
 * sub-areas), each area's indicators, and inputs that are no node of their own (evidence categories, client groups).
 *
 * @param id the node, category or group id
 * @param name its name in the framework, or "" when it has none
 * @param result the node's result, or null for an input that is no node
 * @param input for an input that is no node, the value it contributed; else null
 * @param children the rows below, in model order
 */
record BreakdownRow(String id, String name, NodeResult result, Contribution input, List<BreakdownRow> children) {

    /** The tree of {@code council}'s results under {@code framework}'s structure, rooted at {@code overall}. */
    static BreakdownRow of(CouncilResult council, Framework framework) {
        Map<String, String> names = names(framework);
        List<BreakdownRow> areas = new ArrayList<>();
        framework.getAreas().forEach(area -> addArea(area, council, names, areas));
        NodeResult overall = council.nodes().get(ScoringPlan.OVERALL);
        return new BreakdownRow(ScoringPlan.OVERALL, "", overall, null, areas);
    }

    /** The text of the Node column: id and name. */
    String label() {
        return name.isBlank() || name.equals(id) ? id : id + "  " + name;
    }

    private static void addArea(Area area, CouncilResult council, Map<String, String> names, List<BreakdownRow> rows) {
        List<BreakdownRow> children = new ArrayList<>();
        area.getChildren().forEach(child -> addArea(child, council, names, children));
        for (Indicator indicator : area.getIndicators()) {
            NodeResult result = council.nodes().get(indicator.getId());
            if (result != null) {
                children.add(new BreakdownRow(indicator.getId(), name(indicator), result, null, List.of()));
            }
        }
        NodeResult result = council.nodes().get(area.getId());
        if (result != null) {
            for (Contribution input : result.inputs()) {
                if (!council.nodes().containsKey(input.sourceId())) {
                    children.add(new BreakdownRow(input.sourceId(), names.getOrDefault(input.sourceId(), ""), null,
                        input, List.of()));
                }
            }
        }
        if (result != null || !children.isEmpty()) {
            rows.add(new BreakdownRow(area.getId(), name(area), result, null, children));
        }
    }

    /** Names of every element with an id (areas, indicators, evidence categories, client groups). */
    private static Map<String, String> names(Framework framework) {
        Map<String, String> names = new HashMap<>();
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof ModelElement named && named.getId() != null && named.getName() != null) {
                names.putIfAbsent(named.getId(), named.getName());
            }
        }
        return names;
    }

    private static String name(ModelElement element) {
        return element.getName() == null ? "" : element.getName();
    }
}
