package org.framewright.ui.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.framewright.io.CsvTableWriter;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.editing.ExportDialogs;

/** Exports the league table to a CSV file (header as shown; written atomically by io's {@link CsvTableWriter}). */
final class ExportCsvAction extends Action {

    private final ScoringView view;

    ExportCsvAction(ScoringView view) {
        super("Export CSV...");
        this.view = view;
        setToolTipText("Export the league table as CSV");
        setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
    }

    @Override
    public void run() {
        ScoringResult result = view.result();
        if (result == null) {
            return;
        }
        Path target = ExportDialogs.askSaveLocation(view.getSite().getShell(), view.frameworkFile(), "csv",
            "league-table.csv");
        if (target == null) {
            return;
        }
        try {
            write(result, target);
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), "Export CSV", target + ": " + e.getMessage());
        }
    }

    /** Writes the league table of {@code result} to {@code file} atomically (io's CSV writer, one way for all). */
    static void write(ScoringResult result, Path file) throws IOException {
        Map<CouncilResult, Integer> ranks = LeagueTable.ranks(result);
        List<List<String>> rows = new ArrayList<>();
        for (CouncilResult council : result.councils()) {
            List<String> row = new ArrayList<>();
            for (int column = 0; column < LeagueTable.HEADERS.length; column++) {
                row.add(LeagueTable.cell(council, column, ranks));
            }
            rows.add(row);
        }
        CsvTableWriter.write(file, List.of(LeagueTable.HEADERS), rows);
    }
}
