package org.framewright.scoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.ScaleLevel;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan.PlannedNode;

/** Scores a node whose rule is a matrix: the levels of the row and column nodes pick the cell's level. */
final class Matrices {

    private Matrices() {
    }

    static NodeResult score(PlannedNode node, Map<String, NodeResult> own) {
        AggregationRule rule = node.rule();
        List<String> notes = new ArrayList<>();
        if (rule.getMatrix() == null) {
            notes.add("the rule " + rule.getId() + " has method matrix but no matrix: unscored");
            return new NodeResult(node.id(), node.kind(), null, null, null, List.of(), notes);
        }
        ScaleLevel row = levelOf(rule.getMatrix().getRowNode(), own);
        ScaleLevel column = levelOf(rule.getMatrix().getColumnNode(), own);
        List<Contribution> inputs = List.of(contribution(rule.getMatrix().getRowNode(), row),
            contribution(rule.getMatrix().getColumnNode(), column));
        if (row == null || column == null) {
            notes.add("row or column node has no level: unscored (the matrix needs both)");
            return new NodeResult(node.id(), node.kind(), null, null, null, inputs, notes);
        }
        ScaleLevel cell = MatrixLookup.result(rule.getMatrix(), row, column);
        if (cell == null) {
            notes.add("the matrix has no cell for " + row.getName() + " x " + column.getName() + ": unscored");
            return new NodeResult(node.id(), node.kind(), null, null, null, inputs, notes);
        }
        notes.add("matrix cell " + row.getName() + " x " + column.getName() + ": " + cell.getName());
        List<String> steps = new ArrayList<>();
        steps.add(Explanations.matrixCell(rule, row, column, cell));
        ScaleLevel level = Levels.limit(rule, cell, own, notes, steps);
        return new NodeResult(node.id(), node.kind(), null, (double) level.getValue(), level, inputs, notes, steps);
    }

    private static ScaleLevel levelOf(Area area, Map<String, NodeResult> own) {
        NodeResult result = area == null ? null : own.get(area.getId());
        return result == null ? null : result.level();
    }

    private static Contribution contribution(Area area, ScaleLevel level) {
        String id = area == null ? "?" : area.getId();
        return level == null ? new Contribution(id, null, null, true)
            : new Contribution(id, (double) level.getValue(), null, false);
    }
}
