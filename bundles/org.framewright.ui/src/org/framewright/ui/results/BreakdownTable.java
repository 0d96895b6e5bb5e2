package org.framewright.ui.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.viewers.Columns;

/** One council's breakdown: overall first, then areas, then indicators, with score, rating and inputs. */
final class BreakdownTable {

    private final TableViewer viewer;
    private Map<String, String> names = Map.of();

    BreakdownTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(viewer, "Node", 200, e -> label((NodeResult) e));
        Columns.add(viewer, "Kind", 80, e -> ((NodeResult) e).kind().toString().toLowerCase());
        Columns.add(viewer, "Score", 75, e -> ScoreFormat.format(((NodeResult) e).score()));
        Columns.add(viewer, "Rating", 100, e -> ((NodeResult) e).rating());
        Columns.add(viewer, "Inputs (value \u00d7 weight)", 420, e -> inputs((NodeResult) e));
    }

    void show(ScoringResult result, CouncilResult council, Framework framework) {
        if (council == null) {
            viewer.setInput(List.of());
            return;
        }
        names = new HashMap<>();
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof ModelElement named && named.getId() != null) {
                names.putIfAbsent(named.getId(), named.getName());
            }
        }
        List<NodeResult> rows = new ArrayList<>();
        List<String> ids = new ArrayList<>(result.nodeIds());
        java.util.Collections.reverse(ids);
        for (String id : ids) {
            NodeResult node = council.nodes().get(id);
            if (node != null) {
                rows.add(node);
            }
        }
        viewer.setInput(rows);
    }

    private String label(NodeResult node) {
        String name = names.get(node.nodeId());
        return name == null ? node.nodeId() : node.nodeId() + "  " + name;
    }

    private static String inputs(NodeResult node) {
        return node.inputs().stream().map(BreakdownTable::input).collect(Collectors.joining(", "));
    }

    private static String input(Contribution input) {
        String text = input.sourceId() + " = " + ScoreFormat.format(input.value());
        if (input.weight() != null) {
            text += " \u00d7 " + ScoreFormat.format(input.weight());
        }
        return input.excluded() ? text + " (excluded)" : text;
    }

    TableViewer viewer() {
        return viewer;
    }
}
