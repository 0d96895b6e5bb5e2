package org.framewright.ui.results;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.editing.ExportDialogs;

/** Exports the league table to a CSV file (header as shown; written to a temporary file, then renamed). */
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

    /** Writes the league table of {@code result} to {@code file} atomically. */
    static void write(ScoringResult result, Path file) throws IOException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(LeagueTable.HEADERS).get())) {
            Map<CouncilResult, Integer> ranks = LeagueTable.ranks(result);
            for (CouncilResult council : result.councils()) {
                for (int column = 0; column < LeagueTable.HEADERS.length; column++) {
                    csv.print(LeagueTable.cell(council, column, ranks));
                }
                csv.println();
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".saving");
        try {
            Files.writeString(temporary, text.toString(), StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
