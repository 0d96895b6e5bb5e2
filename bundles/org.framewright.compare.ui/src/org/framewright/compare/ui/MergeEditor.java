package org.framewright.compare.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.framewright.compare.merge.ConflictFile;
import org.framewright.compare.merge.ConflictTarget;
import org.framewright.compare.merge.MergeConflict;
import org.framewright.model.Framework;
import org.framewright.ui.editing.ModelDocument;
import org.framewright.ui.editing.ModelDocuments;
import org.framewright.ui.markers.LiveValidation;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.framewright.validation.Severity;

/**
 * The Merge editor of a framework file that {@code framewright merge} (or Git's merge driver) left with conflicts in
 * {@code <file>.conflicts}: one row per conflict (element path, feature, base, ours, theirs, reason). The user takes
 * OURS or THEIRS (context menu) or types a value (the Value column) per row; Save applies the choices to the file's
 * shared document as one undoable command ("Settle Merge Conflicts", undone from the framework editor's Edit menu),
 * refuses a result with validation errors, writes the model canonically and atomically, and rewrites the conflict file
 * with the rows still unsettled, deleting it (and THEIRS' model beside it) once every conflict is settled. THEIRS'
 * version of a whole element, move, order or whole part is taken from {@code <file>.theirs} (written by the merge)
 * through {@link TakeTheirsCommand}, in the same command.
 */
public final class MergeEditor extends EditorPart {

    /** The editor id, as declared in plugin.xml. */
    public static final String ID = "org.framewright.compare.ui.merge";

    private IFile file;
    private ModelDocument document;
    private Framework theirs;
    private List<ConflictRow> rows = List.of();
    private Label heading;
    private TableViewer table;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IFileEditorInput fileInput)) {
            throw new PartInitException("The Merge editor opens workspace files only, not " + input.getName());
        }
        setSite(site);
        setInput(input);
        file = fileInput.getFile();
        List<MergeConflict> conflicts;
        try {
            conflicts = ConflictFile.read(location());
            theirs = conflicts.isEmpty() ? null : ConflictFile.readTheirs(location());
        } catch (IOException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        try {
            document = ModelDocuments.acquire(file);
        } catch (CoreException e) {
            throw new PartInitException(e.getStatus());
        }
        List<ConflictRow> read = new ArrayList<>();
        for (MergeConflict conflict : conflicts) {
            read.add(new ConflictRow(conflict, ConflictTarget.locate(document.framework(), conflict), theirs != null));
        }
        rows = read;
        setPartName(file.getName() + " (merge)");
        setTitleToolTip("Merge conflicts of " + file.getFullPath() + " listed in " + file.getName()
            + ConflictFile.SUFFIX);
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(heading);
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new RowLayout(SWT.HORIZONTAL));
        button(buttons, "Take Ours", "Settle the selected rows with OURS' value (the merged file has it)",
            ConflictRow.Choice.OURS);
        button(buttons, "Take Theirs", "Settle the selected rows with THEIRS' value, element, place or order",
            ConflictRow.Choice.THEIRS);
        button(buttons, "Clear", "Leave the selected rows unsettled", ConflictRow.Choice.NONE);
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
        column("Element", 220, row -> row.conflict.path());
        column("Feature", 170, row -> row.conflict.feature());
        column("Base", 110, row -> orNone(row.conflict.base()));
        column("Ours", 110, row -> orNone(row.conflict.ours()));
        column("Theirs", 110, row -> orNone(row.conflict.theirs()));
        column("Choice", 70, ConflictRow::choiceLabel);
        TableViewerColumn value = column("Value", 130, ConflictRow::resolution);
        value.setEditingSupport(new ValueEditing());
        column("Reason", 300, row -> row.conflict.reason());
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(rows);
        MenuManager menu = new MenuManager();
        menu.add(action("Take Ours", () -> choose(ConflictRow.Choice.OURS)));
        menu.add(action("Take Theirs", () -> choose(ConflictRow.Choice.THEIRS)));
        menu.add(action("Clear", () -> choose(ConflictRow.Choice.NONE)));
        table.getTable().setMenu(menu.createContextMenu(table.getTable()));
        getSite().setSelectionProvider(table);
        describe(null);
    }

    /** What a cell shows for a side without a value (an element or part it does not have). */
    static final String NONE = "(none)";

    private static String orNone(String value) {
        return value.isEmpty() ? NONE : value;
    }

    private void button(Composite parent, String label, String tooltip, ConflictRow.Choice choice) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setToolTipText(tooltip);
        button.addListener(SWT.Selection, event -> choose(choice));
    }

    private TableViewerColumn column(String header, int width, Function<ConflictRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
        column.getColumn().setText(header);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ConflictRow) element);
            }
        });
        return column;
    }

    private static Action action(String label, Runnable run) {
        return new Action(label) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** The rows as shown (for tests and the selection). */
    public TableViewer table() {
        return table;
    }

    /** The line above the table: what is pending, or what went wrong. */
    public String heading() {
        return heading.getText();
    }

    private void choose(ConflictRow.Choice choice) {
        List<String> refused = new ArrayList<>();
        for (Object selected : ((IStructuredSelection) table.getSelection()).toList()) {
            ConflictRow row = (ConflictRow) selected;
            if (choice == ConflictRow.Choice.THEIRS && !row.theirsAvailable()) {
                refused.add(row.conflict.path() + " " + row.conflict.feature());
            } else {
                row.choice = choice;
            }
        }
        changed(refused.isEmpty() ? null : "THEIRS cannot be taken here for " + String.join(", ", refused)
            + " (a whole element, move or order, and THEIRS' model " + file.getName() + ConflictFile.THEIRS_SUFFIX
            + " is not beside the file): take OURS and make the change in the framework editor.");
    }

    private void changed(String problem) {
        table.refresh();
        describe(problem);
        firePropertyChange(PROP_DIRTY);
    }

    private void describe(String problem) {
        long open = rows.stream().filter(row -> row.choice == ConflictRow.Choice.NONE).count();
        String text = rows.isEmpty() ? file.getName() + " has no pending merge conflicts."
            : file.getName() + ": " + rows.size() + " merge conflict" + (rows.size() == 1 ? "" : "s") + ", " + open
                + " not settled. Select rows, Take Ours or Take Theirs (buttons or context menu) or type a value, then"
                + " save.";
        heading.setText(problem == null ? text : problem + "\n" + text);
        heading.getParent().layout();
    }

    @Override
    public boolean isDirty() {
        return rows.stream().anyMatch(row -> row.choice != ConflictRow.Choice.NONE);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        CompoundCommand settle = new CompoundCommand("Settle Merge Conflicts");
        List<MergeConflict> structural = new ArrayList<>();
        for (ConflictRow row : rows) {
            if (row.target == null && row.choice == ConflictRow.Choice.THEIRS) {
                structural.add(row.conflict);
                continue;
            }
            if (row.target == null || row.choice == ConflictRow.Choice.NONE || row.choice == ConflictRow.Choice.OURS
                    && row.target.current().equals(row.conflict.ours())) {
                continue;
            }
            Object value;
            try {
                value = row.target.parse(row.resolution());
            } catch (IllegalArgumentException e) {
                refuse(monitor, "Not saved: " + row.conflict.path() + " " + e.getMessage());
                return;
            }
            settle.append(SetCommand.create(document.domain(), row.target.owner(), row.target.feature(),
                value == null ? SetCommand.UNSET_VALUE : value));
        }
        if (!structural.isEmpty()) {
            String problem = TakeTheirsCommand.tryOnACopy(document.framework(), theirs, structural);
            if (problem != null) {
                refuse(monitor, "Not saved: " + problem);
                return;
            }
            for (MergeConflict conflict : structural) {
                settle.append(new TakeTheirsCommand(document.framework(), theirs, conflict));
            }
        }
        boolean executed = false;
        if (!settle.isEmpty()) {
            if (!settle.canExecute()) {
                refuse(monitor, "Not saved: the chosen values cannot be set in " + file.getName());
                return;
            }
            document.commandStack().execute(settle);
            executed = true;
        }
        List<ModelDiagnostic> errors = FrameworkValidation.validate(document.framework()).stream()
            .filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            if (executed) {
                document.commandStack().undo();
            }
            refuse(monitor, "Not saved: with these choices " + file.getName() + " would not be valid: "
                + errors.get(0).code() + " " + errors.get(0).message());
            return;
        }
        try {
            document.save(monitor);
            List<ConflictRow> open = rows.stream().filter(row -> row.choice == ConflictRow.Choice.NONE).toList();
            ConflictFile.write(location(), open.stream().map(row -> row.conflict).toList());
            file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
            LiveValidation.of(document).validateNow(); // the framework editor's header stops offering this editor
            List<ConflictRow> relocated = new ArrayList<>();
            for (ConflictRow row : open) {
                relocated.add(new ConflictRow(row.conflict, ConflictTarget.locate(document.framework(), row.conflict),
                    theirs != null));
            }
            rows = relocated;
            table.setInput(rows);
            changed(open.isEmpty() ? "Saved " + file.getName() + "; every conflict is settled and "
                + file.getName() + ConflictFile.SUFFIX + " was removed." : "Saved " + file.getName() + ".");
        } catch (CoreException | IOException e) {
            refuse(monitor, "Not saved: " + e.getMessage());
        }
    }

    private void refuse(IProgressMonitor monitor, String problem) {
        describe(problem);
        if (monitor != null) {
            monitor.setCanceled(true);
        }
    }

    private Path location() {
        return Path.of(file.getLocationURI());
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // the merged file is settled in place
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (document != null) {
            document.release();
            document = null;
        }
        super.dispose();
    }

    /** The Value column: a typed value settles the row (checked against the feature's type at once). */
    private final class ValueEditing extends EditingSupport {

        ValueEditing() {
            super(table);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(table.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return ((ConflictRow) element).settable();
        }

        @Override
        protected Object getValue(Object element) {
            return ((ConflictRow) element).resolution();
        }

        @Override
        protected void setValue(Object element, Object value) {
            ConflictRow row = (ConflictRow) element;
            String text = String.valueOf(value);
            try {
                row.target.parse(text);
            } catch (IllegalArgumentException e) {
                changed(row.conflict.path() + " " + e.getMessage());
                return;
            }
            row.edited = text;
            row.choice = ConflictRow.Choice.EDITED;
            changed(null);
        }
    }
}
