package org.framewright.compare.ui;

import static org.framewright.testing.ui.Gestures.choose;
import static org.framewright.testing.ui.Menus.item;
import static org.framewright.testing.ui.Workbenches.capture;
import static org.framewright.testing.ui.Workbenches.page;
import static org.framewright.testing.ui.Workbenches.processEvents;
import static org.framewright.testing.ui.Workbenches.processEventsUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.framewright.model.AggregationRule;
import org.framewright.model.Framework;
import org.framewright.samples.Samples;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's journey through a framework's history: Show History from the Model Explorer's context menu, the
 * commits listed with what each changed, a double-click shows a commit's changes, Restore This Revision from the
 * row's context menu changes the open model in one step that Edit > Undo takes back.
 */
class FrameworkHistoryJourneyTest {

    private static final String OP = "<weights part=\"OP\" percent=\"40.0\"/>";

    @TempDir
    Path repo;

    private IProject project;

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        if (project != null) {
            project.delete(false, true, null);
        }
    }

    @Test
    void showHistoryListsTheCommitsAndRestoreIsOneUndoableStep() throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), repo.resolve("csci.framework"));
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "Start from CSCI 2006");
        Files.writeString(model, Files.readString(model, StandardCharsets.UTF_8).replace(OP, OP.replace("40.0", "30.0")),
            StandardCharsets.UTF_8);
        git("commit", "-q", "-am", "Older people weigh 30%");
        IFile file = linkedProject().getFile("csci.framework");

        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        processEventsUntil(() -> {
            // the explorer learns of the new project from a resource change event
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            return !explorer.viewer().getSelection().isEmpty();
        });
        choose(explorer.viewer().getTree().getMenu(), "Show History");

        FrameworkHistoryView history = (FrameworkHistoryView) page().findView(FrameworkHistoryView.ID);
        Table table = history.table().getTable();
        processEventsUntil(() -> table.getItemCount() == 2);
        assertEquals("History of History/csci.framework: 2 commits", history.heading());
        assertEquals("Older people weigh 30%", table.getItem(0).getText(3));
        assertEquals("1 weight changed", table.getItem(0).getText(4));
        assertEquals("file added", table.getItem(1).getText(4));

        doubleClick(table, 0);
        FrameworkDiffView diff = (FrameworkDiffView) page().findView(FrameworkDiffView.ID);
        List<String> kinds = Arrays.stream(diff.tree().getTree().getItems())
            .flatMap(item -> Arrays.stream(item.getItems())).map(item -> item.getText(0)).toList();
        assertTrue(kinds.contains("CHANGED (1)"), "the Framework Comparison view shows the commit's change: " + kinds);

        history.table().setSelection(new StructuredSelection(history.table().getElementAt(1)));
        table.setFocus();
        choose(table.getMenu(), "Restore This Revision");
        FrameworkEditor editor = (FrameworkEditor) page().getActiveEditor();
        Framework framework = editor.document().framework();
        assertEquals(40.0, weightOfOlderPeople(framework));
        assertTrue(editor.isDirty(), "nothing is written until the user saves");
        Thread.sleep(org.framewright.ui.markers.LiveValidation.DELAY_MS * 2L);
        processEvents();
        assertEquals(List.of(), editor.validation().diagnostics().stream()
            .filter(d -> d.severity() == org.framewright.validation.Severity.ERROR).map(Object::toString).toList(),
            "the restored model is the committed one, which validates");
        capture("framework-history-restored.png");

        choose(editMenu(), "Undo Restore Revision " + table.getItem(1).getText(0));
        assertEquals(30.0, weightOfOlderPeople(editor.document().framework()));
    }

    @Test
    void openRevisionShowsTheOlderModelReadOnly() throws Exception {
        Path model = Files.copy(Samples.framework("csci-2006.framework"), repo.resolve("csci.framework"));
        git("init", "-q", "-b", "main");
        git("add", ".");
        git("commit", "-q", "-m", "Start from CSCI 2006");
        Files.writeString(model, Files.readString(model, StandardCharsets.UTF_8).replace(OP, OP.replace("40.0", "30.0")),
            StandardCharsets.UTF_8);
        git("commit", "-q", "-am", "Older people weigh 30%");
        byte[] working = Files.readAllBytes(model);
        IFile file = linkedProject().getFile("csci.framework");
        ModelExplorerView explorer = (ModelExplorerView) page().showView(ModelExplorerView.ID);
        processEventsUntil(() -> {
            explorer.viewer().setSelection(new StructuredSelection(file), true);
            return !explorer.viewer().getSelection().isEmpty();
        });
        choose(explorer.viewer().getTree().getMenu(), "Show History");
        FrameworkHistoryView history = (FrameworkHistoryView) page().findView(FrameworkHistoryView.ID);
        Table table = history.table().getTable();
        processEventsUntil(() -> table.getItemCount() == 2);

        history.table().setSelection(new StructuredSelection(history.table().getElementAt(1)));
        table.setFocus();
        choose(table.getMenu(), "Open Revision");

        String first = table.getItem(1).getText(0);
        FrameworkEditor editor = (FrameworkEditor) page().getActiveEditor();
        assertEquals("csci.framework @ " + first + " (read-only)", editor.getPartName(), "the tab names the revision");
        assertEquals(40.0, weightOfOlderPeople(editor.document().framework()), "the first commit's model is shown");
        assertEquals("Read-only: revision " + first + " of csci.framework.", editor.readOnlyMessage());
        assertEquals(editor.readOnlyMessage(), header(editor), "every page's header says it is read-only");

        AggregationRule rule = (AggregationRule) editor.document().resource().getEObject("agg-outcomes");
        var weight = rule.getWeights().get(0);
        editor.selectElement(weight);
        processEvents();
        choose(editMenu(), "Delete");
        assertTrue(rule.getWeights().contains(weight), "Edit > Delete changes nothing in a revision");
        assertEquals(false, editor.isDirty(), "a revision never becomes dirty");
        assertTrue(header(editor).contains("The change was not made"), "the header says why: " + header(editor));
        capture("framework-history-open-revision.png");

        choose(table.getMenu(), "Open Revision");
        assertTrue(page().getActiveEditor() == editor, "opening the same revision again shows its editor");
        page().closeEditor(editor, true);
        processEvents();
        assertTrue(java.util.Arrays.equals(working, Files.readAllBytes(model)), "the working file is untouched");
    }

    private static String header(FrameworkEditor editor) {
        var form = ((org.eclipse.ui.forms.editor.IFormPage) editor.getSelectedPage()).getManagedForm().getForm();
        return form.getMessage();
    }

    private static double weightOfOlderPeople(Framework framework) {
        AggregationRule rule = (AggregationRule) framework.eResource().getEObject("agg-outcomes");
        return rule.getWeights().stream().filter(w -> w.getPart().getId().equals("OP")).findFirst().orElseThrow()
            .getPercent();
    }

    private IProject linkedProject() throws Exception {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("History");
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription("History");
        description.setLocation(new org.eclipse.core.runtime.Path(repo.toString()));
        project.create(description, null);
        project.open(null);
        return project;
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Ann Analyst",
            "-c", "user.email=ann@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
    }

    private static Menu editMenu() {
        Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
        return item(bar, "Edit").getMenu();
    }

    private static void doubleClick(Table table, int row) {
        table.setSelection(row);
        Event event = new Event();
        event.item = table.getItem(row);
        table.notifyListeners(SWT.Selection, event);
        table.notifyListeners(SWT.DefaultSelection, event);
        processEvents();
    }

}
