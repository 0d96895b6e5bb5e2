package org.framewright.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.framewright.model.ModelElement;
import org.framewright.review.CommentThread;
import org.framewright.review.ReviewComments;
import org.framewright.ui.editor.FrameworkEditor;

/**
 * Comments: the review comment threads of the framework selected in the workbench (element, comment, author, date,
 * replies, status), filtered to open, resolved or all. Reply..., Resolve and Reopen in the context menu; a
 * double-click reveals the element in the form editor.
 */
public final class CommentsView extends ViewPart implements CommentStore.Listener {

    /** The view id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.ui.comments";

    /** The filter choices, as the combo shows them. */
    public static final List<String> FILTERS = List.of("Open", "Resolved", "All");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(ZoneId.systemDefault());

    private Label heading;
    private Combo filter;
    private TableViewer table;
    private Path file;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        heading = new Label(parent, SWT.NONE);
        heading.setText("Select a framework to see its review comments; add one with Add Comment... on an element.");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        filter = new Combo(parent, SWT.READ_ONLY);
        filter.setItems(FILTERS.toArray(String[]::new));
        filter.select(0);
        filter.addListener(SWT.Selection, event -> refresh());
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.getControl());
        column("Element", 120, CommentThread::element);
        column("Comment", 360, CommentThread::text);
        column("Author", 110, CommentThread::author);
        column("Date", 130, thread -> DATE.format(thread.time()));
        column("Replies", 60, thread -> String.valueOf(thread.replies().size()));
        column("Status", 80, thread -> thread.resolved() ? "Resolved" : "Open");
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.addDoubleClickListener(event -> reveal());
        MenuManager menu = new MenuManager();
        menu.add(action("Reply...", this::reply));
        menu.add(action("Resolve", () -> setResolved(true)));
        menu.add(action("Reopen", () -> setResolved(false)));
        menu.add(action("Show Element", this::reveal));
        table.getTable().setMenu(menu.createContextMenu(table.getTable()));
        getSite().getPage().addPostSelectionListener(selectionListener);
        CommentStore.addListener(this);
    }

    private void column(String header, int width, Function<CommentThread, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((CommentThread) element);
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

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || !(selection instanceof IStructuredSelection structured)) {
            return;
        }
        Object first = structured.getFirstElement();
        Path shown = first instanceof EObject element ? CommentStore.fileOf(element) : null;
        IFile resource = Adapters.adapt(first, IFile.class);
        if (shown == null && resource != null && "framework".equals(resource.getFileExtension())
                && resource.getLocation() != null) {
            shown = resource.getLocation().toFile().toPath();
        }
        if (shown != null && !shown.equals(file)) {
            show(shown);
        }
    }

    /** Shows the comments beside {@code modelFile}. */
    public void show(Path modelFile) {
        this.file = modelFile;
        refresh();
    }

    /** Selects the filter labelled {@code label} (one of {@link #FILTERS}). */
    public void filter(String label) {
        filter.select(FILTERS.indexOf(label));
        refresh();
    }

    /** The table of threads as shown. */
    public TableViewer table() {
        return table;
    }

    /** The heading line. */
    public String heading() {
        return heading.getText();
    }

    private void refresh() {
        if (file == null || table.getControl().isDisposed()) {
            return;
        }
        try {
            List<CommentThread> threads = CommentStore.of(file).threads().stream().filter(this::shown).toList();
            heading.setText("Comments on " + file.getFileName() + ": " + threads.size() + " "
                + filter.getText().toLowerCase());
            table.setInput(threads);
        } catch (IOException e) {
            heading.setText(e.getMessage());
            table.setInput(List.of());
        }
        heading.getParent().layout();
    }

    private boolean shown(CommentThread thread) {
        return switch (filter.getText()) {
            case "Open" -> !thread.resolved();
            case "Resolved" -> thread.resolved();
            default -> true;
        };
    }

    @Override
    public void commentsChanged(Path modelFile) {
        if (modelFile.equals(file)) {
            table.getControl().getDisplay().asyncExec(this::refresh);
        }
    }

    private CommentThread selected() {
        return (CommentThread) ((IStructuredSelection) table.getSelection()).getFirstElement();
    }

    private void reply() {
        CommentThread thread = selected();
        if (thread == null) {
            return;
        }
        CommentDialog dialog = new CommentDialog(getSite().getShell(), "Reply", "Reply to " + thread.author()
            + ": \u201c" + thread.text() + "\u201d");
        if (dialog.open() == Window.OK) {
            change(comments -> comments.reply(thread.id(), Authors.current(), dialog.value()));
        }
    }

    private void setResolved(boolean resolved) {
        CommentThread thread = selected();
        if (thread != null) {
            change(comments -> comments.resolve(thread.id(), resolved));
        }
    }

    private void change(java.util.function.Consumer<ReviewComments> edit) {
        try {
            ReviewComments comments = CommentStore.of(file);
            edit.accept(comments);
            CommentStore.save(file, comments);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), "Comments", e.getMessage());
        }
    }

    private void reveal() {
        CommentThread thread = selected();
        IFile resource = file == null ? null : ResourcesPlugin.getWorkspace().getRoot()
            .getFileForLocation(org.eclipse.core.runtime.Path.fromOSString(file.toString()));
        if (thread == null || resource == null) {
            return;
        }
        try {
            FrameworkEditor editor = (FrameworkEditor) IDE.openEditor(getSite().getPage(), resource, FrameworkEditor.ID);
            EObject element = editor.document().resource().getEObject(thread.element());
            if (element instanceof ModelElement) {
                editor.selectElement(element);
            } else {
                MessageDialog.openInformation(getSite().getShell(), "Show Element", thread.element()
                    + " is no longer in " + resource.getName() + "; the comment stays until it is resolved.");
            }
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Show Element", e.getMessage());
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        CommentStore.removeListener(this);
        super.dispose();
    }
}
