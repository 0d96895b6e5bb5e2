package org.framewright.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.model.Framework;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.explorer.ModelExplorerView;

/**
 * Report...: the self-contained HTML report of the selected framework as {@code framewright report} writes it (summary,
 * structure, logic models, rating chart, league table; one place: {@link org.framewright.compare.report.ReportRun}).
 * Its dialog ({@link ReportDialog}) asks for the scheme, the data file (the one named like the framework first) and
 * period, the councils whose strengths and weaknesses are shown, and the draws and weight perturbation of the
 * rank-interval and sensitivity plots. The report is computed by a cancellable background job ({@link ReportJob}),
 * written to {@code reports/<framework>-report.html} in the framework's project and shown in the Model Explorer.
 */
public final class WriteReportCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.report";

    /** The title of the dialog and of the messages. */
    static final String TITLE = "Report";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IFile file = SelectedFrameworks.first(event, TITLE);
        if (file == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        ModelDocument document;
        try {
            document = ModelDocuments.acquire(file);
        } catch (CoreException e) {
            throw new ExecutionException(file.getFullPath() + ": cannot be read", e);
        }
        try {
            Framework framework = document.framework();
            if (framework.getSchemes().isEmpty()) {
                MessageDialog.openInformation(shell, TITLE, file.getName() + " has no scoring scheme to report on.");
                return null;
            }
            ReportDialog dialog = new ReportDialog(shell, framework, file, dataFiles());
            if (dialog.open() != Window.OK || dialog.choice().data().getLocation() == null) {
                return null;
            }
            IFile report = file.getProject().getFolder("reports")
                .getFile(file.getName().replaceFirst("\\.framework$", "") + "-report.html");
            Job job = new ReportJob(framework, dialog.choice(), file.getLocation().toFile().toPath(), report,
                outcome -> Display.getDefault().asyncExec(() -> finish(outcome, window)));
            job.schedule();
            return job;
        } finally {
            document.release();
        }
    }

    private static List<IFile> dataFiles() throws ExecutionException {
        try {
            return WorkspaceFiles.scan().dataFiles();
        } catch (CoreException e) {
            throw new ExecutionException("The workspace's data files cannot be listed", e);
        }
    }

    /** In the UI thread: shows where the report is, or why it was not written. */
    private static void finish(ReportJob.Outcome outcome, IWorkbenchWindow window) {
        if (outcome.problem() != null) {
            MessageDialog.openError(window.getShell(), TITLE, outcome.report().getName() + " was not written: "
                + outcome.problem());
        } else {
            reveal(outcome.report(), window);
        }
    }

    private static void reveal(IFile report, IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page != null && page.findView(ModelExplorerView.ID) instanceof ModelExplorerView explorer) {
            explorer.viewer().refresh();
            explorer.viewer().setSelection(new StructuredSelection(report), true);
            explorer.getViewSite().getActionBars().getStatusLineManager()
                .setMessage("Report written to " + report.getFullPath() + " (double-click to open it)");
        }
    }
}
