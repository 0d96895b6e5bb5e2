package org.framewright.ui.results;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoreFormat;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.viewers.Columns;

/** The league table of a scoring result: rank, council, region, overall score and rating; sortable. */
final class LeagueTable {

    /** The columns' titles, in order (also the CSV export's header). */
    static final String[] HEADERS = {"Rank", "Council", "Code", "Score", "Rating"};

    private final TableViewer viewer;

    LeagueTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        int[] widths = {50, 160, 85, 80, 90};
        for (int i = 0; i < HEADERS.length; i++) {
            int column = i;
            Columns.add(viewer, HEADERS[i], widths[i], e -> cell((CouncilResult) e, column));
        }
    }

    /** The text of {@code column} for {@code council} (as shown and exported). */
    static String cell(CouncilResult council, int column) {
        return switch (column) {
            case 0 -> council.rank() == null ? "" : council.rank().toString();
            case 1 -> council.council().getName();
            case 2 -> council.council().getId();
            case 3 -> ScoreFormat.format(council.overall() == null ? null : council.overall().score());
            default -> council.overall() == null ? "" : council.overall().rating();
        };
    }

    void show(ScoringResult result) {
        viewer.setInput(result.councils());
        viewer.getTable().setSortColumn(null);
        viewer.setComparator(null);
        boolean ranked = result.councils().stream().anyMatch(c -> c.rank() != null);
        // ranked: by rank, best first; else by overall score, highest first (a second click sorts descending)
        org.eclipse.swt.widgets.TableColumn column = viewer.getTable().getColumn(ranked ? 0 : 3);
        column.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        if (!ranked) {
            column.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        }
    }

    TableViewer viewer() {
        return viewer;
    }
}
