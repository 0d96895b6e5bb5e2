package org.framewright.compare.ui;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.framewright.compare.results.ResultComparison;
import org.framewright.compare.results.ResultsDiff;
import org.framewright.io.CouncilDataReader;
import org.framewright.io.DataFileException;
import org.framewright.io.DataImport;
import org.framewright.io.DataProblem;
import org.framewright.io.ImportOptions;
import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.Observation;
import org.framewright.scoring.ScoringEngine;
import org.framewright.scoring.ScoringResult;

/** Score side by side...: asks for a council data file and a period, scores both frameworks, shows who moves. */
public final class SideBySide {

    private SideBySide() {
    }

    /** Asks for the data and period, then shows the results in {@code view} (or the problem in a dialog). */
    static void ask(FrameworkDiffView view, Framework oldFramework, Framework newFramework) {
        Shell shell = view.getSite().getShell();
        FileDialog dialog = new FileDialog(shell);
        dialog.setText("Council data to score both frameworks on");
        dialog.setFilterExtensions(new String[] {"*.csv;*.xlsx", "*.*"});
        String file = dialog.open();
        if (file == null) {
            return;
        }
        try {
            DataSet probe = read(Path.of(file), oldFramework, null);
            TreeSet<String> periods = probe.getObservations().stream().map(Observation::getPeriod)
                .filter(p -> p != null && !p.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            InputDialog period = new InputDialog(shell, "Period", "Period to score (one of " + periods + "):",
                periods.isEmpty() ? "" : periods.last(), null);
            if (period.open() != Window.OK) {
                return;
            }
            String chosen = period.getValue().isBlank() ? null : period.getValue().trim();
            BusyIndicator.showWhile(shell.getDisplay(), () -> {
                try {
                    view.showResults(score(oldFramework, newFramework, Path.of(file), chosen));
                } catch (DataFileException | IllegalArgumentException | IllegalStateException e) {
                    MessageDialog.openError(shell, "Score side by side", e.getMessage());
                }
            });
        } catch (DataFileException | IllegalArgumentException | IllegalStateException e) {
            MessageDialog.openError(shell, "Score side by side", e.getMessage());
        }
    }

    /** Scores both frameworks' first schemes on the data in {@code file} and compares the results. */
    public static ResultsDiff score(Framework oldFramework, Framework newFramework, Path file, String period)
            throws DataFileException {
        ScoringResult before = ScoringEngine.score(oldFramework, oldFramework.getSchemes().get(0),
            read(file, oldFramework, period), period);
        ScoringResult after = ScoringEngine.score(newFramework, newFramework.getSchemes().get(0),
            read(file, newFramework, period), period);
        return ResultComparison.compare(before, oldFramework.getId() + " / " + oldFramework.getSchemes().get(0).getId(),
            after, newFramework.getId() + " / " + newFramework.getSchemes().get(0).getId());
    }

    private static DataSet read(Path file, Framework framework, String period) throws DataFileException {
        DataImport data = CouncilDataReader.read(file, new ImportOptions(framework, period));
        if (data.hasErrors()) {
            throw new IllegalArgumentException(data.errors().stream().limit(10).map(DataProblem::toString)
                .collect(Collectors.joining("\n")));
        }
        return data.dataSet();
    }
}
