package org.framewright.compare.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.framewright.compare.FrameworkComparison;
import org.framewright.history.FileRevision;
import org.framewright.history.FrameworkHistory;
import org.framewright.history.HistoryException;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.model.resource.ModelLoadException;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.editor.RevisionEditorInput;

/**
 * Framework History: the Git commits that touched a framework file (newest first: commit, date, author, message and
 * what it changed in the model). Double-click or Show Changes puts a commit's semantic diff against its parent in the
 * Framework Comparison view; Open Revision shows the revision read-only in the framework editor; Compare with
 * Working Copy diffs the revision against the file as saved; Restore This Revision makes the open model equal to the
 * revision in one undoable command (the file is saved when the user saves).
 */
public final class FrameworkHistoryView extends ViewPart {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.compare.ui.history";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneId.systemDefault());

    private Label title;
    private TableViewer table;
    private IFile file;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        title = new Label(parent, SWT.WRAP);
        title.setText("Choose Show History on a framework file in the Model Explorer to see its commits.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        column("Commit", 80, FileRevision::shortId);
        column("Date", 130, revision -> DATE.format(revision.time()));
        column("Author", 140, FileRevision::author);
        column("Message", 320, FileRevision::message);
        column("Changes", 320, FileRevision::summary);
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(event -> showChanges());
        MenuManager menu = new MenuManager();
        menu.add(action("Show Changes", this::showChanges));
        menu.add(action("Open Revision", this::openRevision));
        menu.add(action("Compare with Working Copy", this::compareWithWorkingCopy));
        menu.add(action("Restore This Revision", this::restore));
        table.getTable().setMenu(menu.createContextMenu(table.getTable()));
        getSite().setSelectionProvider(table);
    }

    private void column(String header, int width, Function<FileRevision, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((FileRevision) element);
            }
        });
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Shows the history of {@code frameworkFile}, read in the background. */
    public void showHistoryOf(IFile frameworkFile) {
        this.file = frameworkFile;
        title.setText("Reading the history of " + frameworkFile.getName() + "...");
        table.setInput(List.of());
        Job job = Job.create("Reading the Git history of " + frameworkFile.getName(), (IProgressMonitor monitor) -> {
            String heading;
            List<FileRevision> revisions;
            try (FrameworkHistory history = FrameworkHistory.of(location(frameworkFile))) {
                revisions = history.revisions();
                heading = "History of " + frameworkFile.getFullPath().makeRelative() + ": " + revisions.size()
                    + " commit" + (revisions.size() == 1 ? "" : "s");
            } catch (HistoryException e) {
                revisions = List.of();
                heading = e.getMessage();
            }
            String shownHeading = heading;
            List<FileRevision> shown = revisions;
            table.getControl().getDisplay().asyncExec(() -> {
                if (!table.getControl().isDisposed() && frameworkFile.equals(file)) {
                    title.setText(shownHeading);
                    table.setInput(shown);
                    title.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** The history's rows as shown. */
    public TableViewer table() {
        return table;
    }

    /** The heading line above the table. */
    public String heading() {
        return title.getText();
    }

    private FileRevision selected() {
        return (FileRevision) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    private void showChanges() {
        FileRevision revision = selected();
        if (revision == null) {
            return;
        }
        try (FrameworkHistory history = FrameworkHistory.of(location(file))) {
            Framework after = history.at(revision.commitId());
            Framework before = history.at(revision.commitId() + "^");
            if (after == null || before == null) {
                MessageDialog.openInformation(getSite().getShell(), "Show Changes", revision.shortId() + ": "
                    + revision.summary() + "; there is no earlier model to compare it with.");
                return;
            }
            showDiff(before, after);
        } catch (HistoryException e) {
            MessageDialog.openError(getSite().getShell(), "Show Changes", e.getMessage());
        }
    }

    private void compareWithWorkingCopy() {
        FileRevision revision = selected();
        if (revision == null) {
            return;
        }
        try (FrameworkHistory history = FrameworkHistory.of(location(file))) {
            Framework then = history.at(revision.commitId());
            if (then == null) {
                MessageDialog.openInformation(getSite().getShell(), "Compare with Working Copy",
                    file.getName() + " is not a readable framework at " + revision.shortId() + ".");
                return;
            }
            showDiff(then, FrameworkFiles.loadFramework(location(file)));
        } catch (HistoryException | ModelLoadException e) {
            MessageDialog.openError(getSite().getShell(), "Compare with Working Copy", e.getMessage());
        }
    }

    private void openRevision() {
        FileRevision revision = selected();
        if (revision == null) {
            return;
        }
        try (FrameworkHistory history = FrameworkHistory.of(location(file))) {
            Framework then = history.at(revision.commitId());
            if (then == null) {
                MessageDialog.openInformation(getSite().getShell(), "Open Revision",
                    file.getName() + " is not a readable framework at " + revision.shortId() + ".");
                return;
            }
            String description = DATE.format(revision.time()) + ", " + revision.author() + ": " + revision.message();
            getSite().getPage().openEditor(new RevisionEditorInput(file, revision.shortId(), description, then),
                FrameworkEditor.ID);
        } catch (HistoryException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Open Revision", e.getMessage());
        }
    }

    private void showDiff(Framework before, Framework after) {
        try {
            FrameworkDiffView view = (FrameworkDiffView) getSite().getPage().showView(FrameworkDiffView.ID, null,
                IWorkbenchPage.VIEW_ACTIVATE);
            view.show(FrameworkComparison.compare(before, after), before, after);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Framework Comparison", e.getMessage());
        }
    }

    private void restore() {
        FileRevision revision = selected();
        if (revision == null) {
            return;
        }
        try (FrameworkHistory history = FrameworkHistory.of(location(file))) {
            Framework then = history.at(revision.commitId());
            if (then == null) {
                MessageDialog.openInformation(getSite().getShell(), "Restore This Revision",
                    file.getName() + " is not a readable framework at " + revision.shortId() + ".");
                return;
            }
            FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(getSite().getPage(), file, FrameworkEditor.ID);
            var document = editor.document();
            document.commandStack().execute(RevisionRestore.command(document.domain(), document.framework(), then,
                "Restore Revision " + revision.shortId()));
        } catch (HistoryException | PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Restore This Revision", e.getMessage());
        }
    }

    private static Path location(IFile file) {
        return Path.of(file.getLocationURI());
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
