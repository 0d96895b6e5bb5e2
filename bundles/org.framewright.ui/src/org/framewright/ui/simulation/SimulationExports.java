package org.framewright.ui.simulation;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.framewright.ui.charts.Charts;
import org.framewright.ui.editing.ExportDialogs;

/** The Simulation view's toolbar: export the selected tab's chart as PNG and its table as CSV. */
final class SimulationExports {

    private final SimulationView view;

    SimulationExports(SimulationView view) {
        this.view = view;
    }

    void contributeTo(IToolBarManager toolbar) {
        toolbar.add(action("Export the chart as PNG...", this::exportPng));
        toolbar.add(action("Export the table as CSV...", this::exportCsv));
    }

    private static Action action(String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(text);
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
            .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        return action;
    }

    private void exportPng() {
        Chart chart = view.selectedChart();
        if (chart == null) {
            MessageDialog.openInformation(view.getSite().getShell(), "Export chart", "Select a chart tab first.");
            return;
        }
        Path file = ask("png", "simulation.png");
        if (file == null) {
            return;
        }
        try {
            Charts.savePng(chart, file);
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), "Export chart", file + ": " + e.getMessage());
        }
    }

    private void exportCsv() {
        Path file = ask("csv", "simulation.csv");
        if (file == null) {
            return;
        }
        try {
            view.selectedTable().exportCsv(file);
        } catch (IOException e) {
            MessageDialog.openError(view.getSite().getShell(), "Export table", file + ": " + e.getMessage());
        }
    }

    private Path ask(String extension, String name) {
        return ExportDialogs.askSaveLocation(view.getSite().getShell(), view.frameworkFile(), extension, name);
    }
}
