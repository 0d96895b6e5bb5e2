package org.framewright.ui.results;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TableColumn;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.viewers.Columns;

/**
 * The league table of a scoring result: rank, council, code, overall score and rating; sortable. A scheme that
 * ranks gives the ranks; for one that does not (CSCI's stars, CQC's ratings) the table ranks by overall score,
 * highest first, ties sharing the best rank, so a person still sees where a council stands.
 */
final class LeagueTable {

    /** The columns' titles, in order (also the CSV export's header). */
    static final String[] HEADERS = {"Rank", "Council", "Code", "Score", "Rating"};

    private final TableViewer viewer;
    private Map<CouncilResult, Integer> ranks = Map.of();

    LeagueTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < HEADERS.length; i++) {
            int column = i;
            Columns.add(viewer, HEADERS[i], 60, e -> cell((CouncilResult) e, column, ranks));
        }
        viewer.getTable().getColumn(0).setToolTipText("The scheme's rank; without one, the place by overall score");
    }

    /** The rank of each council: the scheme's, else by overall score, highest first (ties share the best). */
    static Map<CouncilResult, Integer> ranks(ScoringResult result) {
        Map<CouncilResult, Integer> ranks = new IdentityHashMap<>();
        for (CouncilResult council : result.councils()) {
            Double score = score(council);
            if (council.rank() != null || score == null) {
                ranks.put(council, council.rank());
                continue;
            }
            long better = result.councils().stream().filter(c -> score(c) != null && score(c) > score).count();
            ranks.put(council, (int) better + 1);
        }
        return ranks;
    }

    private static Double score(CouncilResult council) {
        NodeResult overall = council.overall();
        return overall == null ? null : overall.score();
    }

    /** The text of {@code column} for {@code council} (as shown and exported). */
    static String cell(CouncilResult council, int column, Map<CouncilResult, Integer> ranks) {
        return switch (column) {
            case 0 -> ranks.get(council) == null ? "" : ranks.get(council).toString();
            case 1 -> council.council().getName();
            case 2 -> council.council().getId();
            case 3 -> ScoreFormat.format(score(council));
            default -> council.overall() == null ? "" : council.overall().rating();
        };
    }

    void show(ScoringResult result) {
        ranks = ranks(result);
        viewer.setInput(result.councils());
        viewer.getTable().setSortColumn(null);
        viewer.setComparator(null);
        // by rank, best first (a scheme ranking lowest first has rank 1 at its lowest score)
        viewer.getTable().getColumn(0).notifyListeners(SWT.Selection, new Event());
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.pack();
        }
    }

    /** Shows no council (the data could not be scored: no earlier result may pass for the current one). */
    void clear() {
        viewer.setInput(List.of());
    }

    TableViewer viewer() {
        return viewer;
    }
}
