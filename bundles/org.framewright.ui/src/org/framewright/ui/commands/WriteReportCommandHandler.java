package org.framewright.ui.commands;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.framewright.compare.report.FrameworkReport;
import org.framewright.model.Framework;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringResult;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.editing.WorkspaceFiles;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.ui.results.ResultChoices;
import org.framewright.ui.results.ScoringJob;

/**
 * Report...: the self-contained HTML report of the selected framework (as {@code framewright report} writes it:
 * summary, structure, logic models, rating chart, league table) under its first scheme, on the data file named like
 * the framework (else the one the user chooses), written to {@code reports/<framework>-report.html} in the
 * framework's project and shown in the Model Explorer. Scoring runs as a background job.
 */
public final class WriteReportCommandHandler extends AbstractHandler {

    /** The command id, as declared in plugin.xml. */
    public static final String COMMAND_ID = "org.framewright.ui.report";

    private static final String TITLE = "Report";

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
            IFile data = chooseData(file, shell);
            if (data == null || data.getLocation() == null) {
                return null;
            }
            IFile report = file.getProject().getFolder("reports")
                .getFile(file.getName().replaceFirst("\\.framework$", "") + "-report.html");
            ScoringScheme scheme = framework.getSchemes().get(0);
            Job job = new ScoringJob(framework, scheme.getId(), data.getLocation().toFile().toPath(), null,
                outcome -> finish(outcome, report, window));
            job.schedule();
            return job;
        } finally {
            document.release();
        }
    }

    private static IFile chooseData(IFile framework, Shell shell) throws ExecutionException {
        try {
            var dataFiles = WorkspaceFiles.scan().dataFiles();
            IFile named = ResultChoices.dataFileFor(framework, dataFiles);
            if (named != null) {
                return named;
            }
            ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((IFile) element).getFullPath().makeRelative().toString();
                }
            });
            dialog.setTitle(TITLE);
            dialog.setMessage("Council data to score " + framework.getName() + " on:");
            dialog.setElements(dataFiles.toArray());
            return dialog.open() == ElementListSelectionDialog.OK ? (IFile) dialog.getFirstResult() : null;
        } catch (CoreException e) {
            throw new ExecutionException("The workspace's data files cannot be listed", e);
        }
    }

    /** In the scoring job: writes the report, then shows where it is (or what went wrong). */
    private static void finish(ScoringJob.Outcome outcome, IFile report, IWorkbenchWindow window) {
        String problem = outcome.error() != null ? outcome.error()
            : outcome.result() == null ? outcome.dataImport().errors().size() + " data errors; first: "
                + outcome.dataImport().errors().get(0) : null;
        if (problem == null) {
            problem = write(outcome.result(), report);
        }
        String message = problem;
        Display.getDefault().asyncExec(() -> {
            if (message != null) {
                MessageDialog.openError(window.getShell(), TITLE, report.getName() + " was not written: " + message);
            } else {
                reveal(report, window);
            }
        });
    }

    private static String write(ScoringResult result, IFile report) {
        ScoringScheme scheme = result.scheme();
        Framework framework = (Framework) EcoreUtil.getRootContainer(scheme);
        byte[] html = FrameworkReport.html(framework, scheme, result).getBytes(StandardCharsets.UTF_8);
        try {
            IFolder folder = (IFolder) report.getParent();
            if (!folder.exists()) {
                folder.create(IResource.NONE, true, null);
            }
            if (report.exists()) {
                report.setContents(new ByteArrayInputStream(html), IResource.KEEP_HISTORY, null);
            } else {
                report.create(new ByteArrayInputStream(html), IResource.NONE, null);
            }
            return null;
        } catch (CoreException e) {
            return e.getMessage();
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
