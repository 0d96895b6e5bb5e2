package org.framewright.compare.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.compare.merge.ConflictFile;
import org.framewright.compare.merge.FrameworkMerge;
import org.framewright.compare.merge.MergeResult;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Person;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person settles the conflicts of a real three-way merge of the CSCI sample: Resolve Conflicts... from the Model
 * Explorer's context menu opens the Merge editor; they take THEIRS for one weight, OURS for a name and type a value for
 * another weight (a wrong value first, which is refused), save with File > Save; the file holds the choices in
 * canonical form, the conflict file is gone, and Edit > Undo in the framework editor takes the settlement back.
 */
class MergeEditorJourneyTest {

    @TempDir
    Path folder;

    private IProject project;

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        if (project != null) {
            project.delete(false, true, null);
        }
    }

    @Test
    void resolveConflictsTakesTheChoicesSavesAndRemovesTheConflictFile() throws Exception {
        Path model = folder.resolve("csci.framework");
        IFile file = mergedWithConflicts(model);

        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        processEventsUntil(() -> {
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            return !explorer.viewer().getSelection().isEmpty();
        });
        choose(explorer.viewer().getTree().getMenu(), "Resolve Conflicts...");

        MergeEditor editor = (MergeEditor) page().getActiveEditor();
        Table table = editor.table().getTable();
        assertEquals(3, table.getItemCount());
        assertTrue(editor.heading().startsWith("csci.framework: 3 merge conflicts, 3 not settled."), editor.heading());
        int op = row(table, "weights[OP].percent");
        assertEquals(List.of("40", "45", "30"), List.of(table.getItem(op).getText(2), table.getItem(op).getText(3),
            table.getItem(op).getText(4)), "base, ours and theirs are shown");

        select(editor, op);
        choose(table.getMenu(), "Take Theirs");
        select(editor, row(table, "name"));
        choose(table.getMenu(), "Take Ours");
        int car = row(table, "weights[CAR].percent");
        type(editor, car, "lots");
        assertTrue(editor.heading().contains("percent: 'lots' is not a"), editor.heading());
        assertEquals("", table.getItem(car).getText(6), "a wrong value settles nothing");
        type(editor, car, "25");
        assertEquals("edited", table.getItem(car).getText(5));
        assertEquals("theirs", table.getItem(op).getText(5));
        assertTrue(editor.isDirty());

        choose(menuBar("File"), "Save");

        assertFalse(Files.exists(ConflictFile.of(model)), "every conflict settled: the conflict file is gone");
        assertFalse(editor.isDirty());
        assertTrue(editor.heading().startsWith("Saved csci.framework; every conflict is settled"), editor.heading());
        Framework saved = FrameworkFiles.loadFramework(model);
        assertEquals(30.0, weight(saved, "OP").getPercent());
        assertEquals(25.0, weight(saved, "CAR").getPercent());
        assertEquals("Outcome grade (ours)", rule(saved).getName());
        Path again = folder.resolve("again.framework");
        FrameworkFiles.saveAs(saved, again);
        assertArrayEquals(Files.readAllBytes(again), Files.readAllBytes(model), "the file is written canonically");

        explorer.viewer().setSelection(new StructuredSelection(file), true);
        Menu menu = explorer.viewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        assertFalse(java.util.Arrays.stream(menu.getItems()).anyMatch(i -> i.getText().startsWith("Resolve Conflicts")),
            "without a conflict file, Resolve Conflicts... is not offered");
        menu.notifyListeners(SWT.Hide, new Event());

        FrameworkEditor form = FrameworkEditor.open(page(), file, null);
        choose(menuBar("Edit"), "Undo Settle Merge Conflicts");
        assertEquals(45.0, weight(form.document().framework(), "OP").getPercent(), "one undo takes it all back");
        assertEquals(10.0, weight(form.document().framework(), "CAR").getPercent());
    }

    /** A real three-way merge of CSCI 2006 with three conflicts, written to {@code model} and its conflict file. */
    private IFile mergedWithConflicts(Path model) throws Exception {
        Framework base = load();
        Framework ours = load();
        Framework theirs = load();
        weight(ours, "OP").setPercent(45);
        weight(ours, "CAR").setPercent(10);
        rule(ours).setName("Outcome grade (ours)");
        weight(theirs, "OP").setPercent(30);
        weight(theirs, "CAR").setPercent(30);
        rule(theirs).setName("Outcome grade (theirs)");
        MergeResult merge = FrameworkMerge.merge(base, ours, theirs);
        assertEquals(3, merge.conflicts().size(), merge.conflicts().toString());
        FrameworkFiles.saveAs(merge.merged(), model);
        ConflictFile.write(model, merge.conflicts());
        return linkedProject().getFile("csci.framework");
    }

    @Test
    void openingTheFileOffersTheMergeEditor() throws Exception {
        Path model = folder.resolve("csci.framework");
        IFile file = mergedWithConflicts(model);
        FrameworkEditor form = (FrameworkEditor) org.eclipse.ui.ide.IDE.openEditor(page(), file);
        ScrolledForm header = ((IFormPage) form.getSelectedPage()).getManagedForm().getForm();
        assertEquals("3 merge conflicts pending", header.getMessage());

        click(header, "Resolve Conflicts...");
        MergeEditor editor = (MergeEditor) page().getActiveEditor();
        editor.table().getTable().selectAll();
        editor.table().setSelection(new StructuredSelection(List.of(editor.table().getElementAt(0),
            editor.table().getElementAt(1), editor.table().getElementAt(2))));
        editor.table().getTable().setFocus();
        choose(editor.table().getTable().getMenu(), "Take Ours");
        choose(menuBar("File"), "Save");

        assertFalse(Files.exists(ConflictFile.of(model)));
        processEvents();
        assertTrue(header.getMessage() == null || !header.getMessage().contains("merge conflict"),
            "the framework editor stops offering the Merge editor: " + header.getMessage());
        assertEquals(45.0, weight(FrameworkFiles.loadFramework(model), "OP").getPercent(), "OURS was kept");
    }

    /**
     * One side deleted a CQC score band the other changed: the row shows "(none)" for THEIRS; the person selects it,
     * presses Take Theirs and Ctrl+S; the file no longer has the band (THEIRS' version), validates, both side files
     * are gone, and Edit > Undo in the framework editor brings OURS' band back.
     */
    @Test
    void takeTheirsDeletesWhatTheirsDeletedAndUndoBringsOursBack() throws Exception {
        Path model = folder.resolve("cqc.framework");
        Framework base = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
        Framework ours = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
        Framework theirs = FrameworkFiles.loadFramework(Samples.framework("cqc-la-2023.framework"));
        ((Band) ours.eResource().getEObject("statement-band-2")).setUpper(61);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(theirs.eResource().getEObject("statement-band-2"), true);
        ((Band) theirs.eResource().getEObject("statement-band-1")).setUpper(62);
        MergeResult merge = FrameworkMerge.merge(base, ours, theirs);
        assertEquals(1, merge.conflicts().size(), merge.conflicts().toString());
        FrameworkFiles.saveAs(merge.merged(), model);
        ConflictFile.write(model, merge.conflicts(), theirs);
        IFile file = linkedProject().getFile("cqc.framework");

        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        processEventsUntil(() -> {
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            return !explorer.viewer().getSelection().isEmpty();
        });
        choose(explorer.viewer().getTree().getMenu(), "Resolve Conflicts...");
        MergeEditor editor = (MergeEditor) page().getActiveEditor();
        Table table = editor.table().getTable();
        TableItem row = table.getItem(row(table, "(element)"));
        assertEquals("(none)", row.getText(4), "THEIRS has no such band: the cell says so");
        assertTrue(row.getText(3).contains("upper=61"), row.getText(3));

        Person.select(table, 1, "(element)");
        Person.click(Gestures.find(table.getParent(), Button.class, b -> "Take Theirs".equals(b.getText())));
        assertEquals("theirs", row.getText(5));
        page().activate(editor);
        Gestures.press("M1+S");

        assertFalse(editor.isDirty(), editor.heading());
        assertFalse(Files.exists(ConflictFile.of(model)), "every conflict settled: the conflict file is gone");
        assertFalse(Files.exists(ConflictFile.theirsOf(model)), "and THEIRS' model beside it");
        Framework saved = FrameworkFiles.loadFramework(model);
        assertEquals(null, saved.eResource().getEObject("statement-band-2"), "THEIRS deleted the band");
        assertEquals(62.0, ((Band) saved.eResource().getEObject("statement-band-1")).getUpper());
        assertEquals(List.of(), FrameworkValidation.validate(saved).stream()
            .filter(d -> d.severity() == Severity.ERROR).map(d -> d.code() + " " + d.message()).toList());

        FrameworkEditor form = FrameworkEditor.open(page(), file, null);
        choose(menuBar("Edit"), "Undo Settle Merge Conflicts");
        Band back = (Band) form.document().framework().eResource().getEObject("statement-band-2");
        assertTrue(back != null, "Undo brings OURS' band back");
        assertEquals(61.0, back.getUpper());
    }

    /**
     * In a window about 1100 px wide, and narrower, opening the conflicted file (double-click in the Model Explorer)
     * shows the whole offer: the bar below the header wraps its text, every line of it shown inside the form; its
     * Resolve Conflicts... link opens the Merge editor.
     */
    @Test
    void theOfferIsReadableInANarrowWindow() throws Exception {
        Path model = folder.resolve("csci.framework");
        IFile file = mergedWithConflicts(model);
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        Point size = shell.getSize();
        try {
            for (int width : new int[] {1100, 800}) {
                shell.setSize(width, 700);
                processEvents();
                FrameworkEditor form = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
                ScrolledForm header = ((IFormPage) form.getSelectedPage()).getManagedForm().getForm();
                processEvents();
                assertEquals("3 merge conflicts pending", header.getMessage(), "the header's message is short");
                Label offer = Gestures.find(header, Label.class,
                    label -> label.getText().startsWith("3 merge conflicts are pending"));
                assertEquals("3 merge conflicts are pending in csci.framework.conflicts. Resolve Conflicts... opens"
                    + " the Merge editor: take ours or theirs for each, then save.", offer.getText());
                assertTrue(offer.isVisible(), "the offer is shown at " + width + " px");
                Rectangle bounds = offer.getBounds();
                Rectangle inForm = header.getDisplay().map(offer.getParent(), header, bounds);
                assertTrue(bounds.width > 50 && inForm.x >= 0 && inForm.x + inForm.width <= header.getClientArea().width,
                    "the offer lies within the form at " + width + " px: " + inForm + " in " + header.getClientArea());
                assertTrue(offer.computeSize(bounds.width, SWT.DEFAULT).y <= bounds.height,
                    "every line of the offer is shown at " + width + " px: " + bounds + ", needs "
                        + offer.computeSize(bounds.width, SWT.DEFAULT));
                page().closeAllEditors(false);
                processEvents();
            }
            FrameworkEditor form = (FrameworkEditor) Gestures.doubleClickInExplorer(file);
            ScrolledForm header = ((IFormPage) form.getSelectedPage()).getManagedForm().getForm();
            Link resolve = Gestures.find(header, Link.class, link -> link.getText().contains("Resolve Conflicts..."));
            resolve.notifyListeners(SWT.Selection, new Event());
            processEvents();
            assertTrue(page().getActiveEditor() instanceof MergeEditor, "the link opens the Merge editor");
        } finally {
            shell.setSize(size);
        }
    }

    private static void click(ScrolledForm form, String label) {
        ToolBar bar = ((ToolBarManager) form.getToolBarManager()).getControl();
        for (ToolItem item : bar.getItems()) {
            if (label.equals(item.getText()) || label.equals(item.getToolTipText())) {
                item.notifyListeners(SWT.Selection, new Event());
                processEvents();
                return;
            }
        }
        throw new AssertionError("no " + label + " in the form's toolbar");
    }

    private static Framework load() throws Exception {
        return FrameworkFiles.loadFramework(Samples.framework("csci-2006.framework"));
    }

    private static AggregationRule rule(Framework framework) {
        return (AggregationRule) framework.eResource().getEObject("agg-outcomes");
    }

    private static org.framewright.model.Weight weight(Framework framework, String part) {
        return rule(framework).getWeights().stream().filter(w -> w.getPart().getId().equals(part)).findFirst()
            .orElseThrow();
    }

    private static int row(Table table, String feature) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(1).equals(feature)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + feature);
    }

    private static void select(MergeEditor editor, int row) {
        editor.table().setSelection(new StructuredSelection(editor.table().getElementAt(row)));
        editor.table().getTable().setFocus();
        processEvents();
    }

    /** Types {@code value} into the row's Value cell and presses Enter. */
    private static void type(MergeEditor editor, int row, String value) {
        editor.table().editElement(editor.table().getElementAt(row), 6);
        processEvents();
        Text text = null;
        for (Control child : editor.table().getTable().getChildren()) {
            if (child instanceof Text editorText && !child.isDisposed()) {
                text = editorText;
            }
        }
        assertTrue(text != null, "the Value cell opens for typing");
        text.setText(value);
        text.notifyListeners(SWT.DefaultSelection, new Event());
        processEvents();
    }

    private IProject linkedProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("Merge");
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription("Merge");
        description.setLocation(new org.eclipse.core.runtime.Path(folder.toString()));
        project.create(description, null);
        project.open(null);
        return project;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static Menu menuBar(String title) {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        return item(bar, title).getMenu();
    }

    private static void choose(Menu menu, String label) {
        MenuItem item = item(menu, label);
        assertTrue(item.isEnabled(), label + " is enabled");
        item.notifyListeners(SWT.Selection, new Event());
        processEvents();
    }

    private static MenuItem item(Menu menu, String label) {
        menu.notifyListeners(SWT.Show, new Event());
        processEvents();
        List<String> seen = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            String text = item.getText().split("\t")[0].replace("&", "");
            if (text.equals(label)) {
                return item;
            }
            seen.add(text);
        }
        throw new AssertionError("No menu item '" + label + "' in " + seen);
    }

    private static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // handle what is queued
        }
    }

    private static void processEventsUntil(BooleanSupplier condition) throws InterruptedException {
        long until = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < until) {
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        assertTrue(condition.getAsBoolean(), "timed out waiting");
    }
}
