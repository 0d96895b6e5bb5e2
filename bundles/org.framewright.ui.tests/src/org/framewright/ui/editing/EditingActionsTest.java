package org.framewright.ui.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.ui.editor.FrameworkEditor;
import org.framewright.testing.ui.Gestures;
import org.framewright.testing.ui.Workbenches;
import org.framewright.validation.FrameworkValidation;
import org.framewright.validation.ModelDiagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EditingActionsTest {

    private final List<Object> revealed = new ArrayList<>();

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @Test
    void newChildCreatesAnAreaAndAnIndicatorWithFreshIdsUndoablySavedAndReopened() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        Area parent = framework.getAreas().get(0);
        int areasBefore = parent.getChildren().size();
        int indicatorsBefore = framework.getIndicators().size();

        run(EditingMenus.newChildActions(new StructuredSelection(parent), this::reveal), Area.class,
            FrameworkPackage.Literals.AREA__CHILDREN);
        Area area = parent.getChildren().get(areasBefore);
        run(EditingMenus.newSiblingActions(new StructuredSelection(framework.getIndicators().get(0)), this::reveal),
            Indicator.class, FrameworkPackage.Literals.FRAMEWORK__INDICATORS);
        Indicator indicator = (Indicator) revealed.get(1);
        int indicatorAt = framework.getIndicators().indexOf(indicator);
        assertEquals(1, indicatorAt, "a new sibling comes right after the selected element");
        assertEquals(indicatorsBefore + 1, framework.getIndicators().size());

        assertTrue(area.getId().matches("area-[0-9]+"), "an area's id comes from its class: " + area.getId());
        assertTrue(indicator.getId().matches("indicator-[0-9]+"), indicator.getId());
        assertEquals(List.of(area, indicator), revealed, "each new element is handed over to be selected");
        assertSame(area, editor.document().resource().getEObject(area.getId()));
        assertIdsUniqueAndValid(framework);
        assertTrue(editor.isDirty());

        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(areasBefore, parent.getChildren().size(), "undo removes the area");
        assertEquals(indicatorsBefore, framework.getIndicators().size(), "undo removes the indicator");
        assertFalse(editor.isDirty());
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertSame(area, parent.getChildren().get(areasBefore), "redo adds the same area again");
        assertSame(indicator, framework.getIndicators().get(indicatorAt));

        Workbenches.page().saveEditor(editor, false);
        Workbenches.closeAllEditors();
        FrameworkEditor reopened = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework saved = reopened.document().framework();
        assertEquals(area.getId(), saved.getAreas().get(0).getChildren().get(areasBefore).getId());
        assertEquals(indicator.getId(), saved.getIndicators().get(indicatorAt).getId());
        assertTrue(EcoreUtil.equals(saved, FrameworkFiles.loadFramework(file.getLocation().toFile().toPath())));
    }

    @Test
    void deleteRemovesAnIndicatorAndTheReferencesToItAndUndoRestoresThem() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        Area area = allAreas(framework).stream().filter(a -> !a.getIndicators().isEmpty()).findFirst()
            .orElseThrow(() -> new AssertionError(framework.getId() + " has no area with indicators"));
        Indicator indicator = area.getIndicators().get(0);
        int position = framework.getIndicators().indexOf(indicator);
        int references = EcoreUtil.UsageCrossReferencer.find(indicator, editor.document().resource()).size();
        assertTrue(references > 0, indicator.getId() + " is referenced");

        editor.selectElement(indicator);
        Workbenches.processEvents();
        assertTrue(editor.deleteAction().isEnabled(), "the selected indicator can be deleted");
        Gestures.Answer asked = Gestures.answer(DeleteAction.DIALOG_TITLE, "Delete and Remove References",
            "delete-lists-references.png");
        editor.getSite().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.delete", null);

        assertTrue(asked.text().contains("[" + area.getId() + "]: indicators -> "), "the dialog names the area that"
            + " lists the indicator: " + asked.text());
        assertTrue(asked.text().contains("[" + indicator.getId() + "]"), asked.text());

        assertFalse(framework.getIndicators().contains(indicator), "Edit > Delete removes the indicator");
        assertFalse(area.getIndicators().contains(indicator), "and the area's reference to it");
        assertTrue(EcoreUtil.UsageCrossReferencer.find(indicator, editor.document().resource()).isEmpty());
        assertNull(editor.document().resource().getEObject(indicator.getId()));
        assertTrue(editor.isDirty());

        editor.document().commandStack().undo();
        assertSame(indicator, framework.getIndicators().get(position), "undo puts the indicator back in place");
        assertSame(indicator, area.getIndicators().get(0), "and restores the references");
        assertEquals(references, EcoreUtil.UsageCrossReferencer.find(indicator, editor.document().resource()).size());
        assertFalse(editor.isDirty());
    }

    @Test
    void cancellingTheDeleteDialogKeepsTheAreaThatASchemeRuleComputes() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        AggregationRule rule = framework.getSchemes().get(0).getAggregations().stream()
            .filter(r -> !r.getAreas().isEmpty()).findFirst().orElseThrow();
        Area area = rule.getAreas().get(0);
        List<Area> areas = List.copyOf(rule.getAreas());
        editor.selectElement(area);
        Workbenches.processEvents();

        Gestures.Answer asked = Gestures.answer(DeleteAction.DIALOG_TITLE, "Cancel", "delete-cancelled.png");
        Gestures.press("DEL");

        assertTrue(asked.text().contains("[" + rule.getId() + "]: areas -> "), "the dialog lists the scheme's rule"
            + " that computes the area: " + asked.text());
        assertEquals(areas, rule.getAreas(), "Cancel keeps the rule's areas");
        assertSame(framework, EcoreUtil.getRootContainer(area), "and the area itself");
        assertFalse(editor.isDirty());
    }

    @Test
    void theRootCannotBeDeletedAndOtherFilesGetNoMenus() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        assertTrue(EditingMenus.newSiblingActions(new StructuredSelection(framework), this::reveal).isEmpty());
        assertFalse(EditingMenus.newChildActions(new StructuredSelection(framework), this::reveal).isEmpty());
        Framework notOpen = FrameworkFiles.loadFramework(file.getLocation().toFile().toPath());
        assertTrue(EditingMenus.newChildActions(new StructuredSelection(notOpen), this::reveal).isEmpty(),
            "only elements of open documents are edited, never a loose copy");
    }

    @Test
    void dragAndDropReordersAndMovesAreasUndoably() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        assertTrue(framework.getAreas().size() >= 2, framework.getId() + " has two top-level areas");
        Area first = framework.getAreas().get(0);
        Area second = framework.getAreas().get(1);
        int firstChildren = first.getChildren().size();

        editor.document().commandStack().execute(TreeDragAndDrop.moveCommand(first, 0.1f, List.of(second)));
        assertEquals(List.of(second, first), framework.getAreas().subList(0, 2), "dropped before: reordered");
        editor.document().commandStack().undo();
        assertEquals(List.of(first, second), framework.getAreas().subList(0, 2));

        editor.document().commandStack().execute(TreeDragAndDrop.moveCommand(first, 0.5f, List.of(second)));
        assertSame(first, second.eContainer(), "dropped on an area: moved into it");
        assertEquals(firstChildren + 1, first.getChildren().size());
        assertIdsUniqueAndValid(framework);
        editor.document().commandStack().undo();
        assertSame(second, framework.getAreas().get(1), "undo moves it back");
        assertFalse(editor.isDirty());
        assertFalse(TreeDragAndDrop.moveCommand(second, 0.5f, List.of(framework)).canExecute(), "the root stays");
    }

    private void reveal(Collection<?> created) {
        revealed.addAll(created);
    }

    private static void run(List<CreateChildAction> actions, Class<?> type, Object feature) {
        CreateChildAction action = actions.stream().filter(a -> type.isInstance(a.child()) && a.feature() == feature)
            .findFirst().orElseThrow(() -> new AssertionError("no action creates a " + type.getSimpleName()));
        assertTrue(action.isEnabled());
        assertNotEquals(null, action.getText());
        action.run();
    }

    private static void assertIdsUniqueAndValid(Framework framework) {
        Set<String> ids = new HashSet<>();
        for (EObject element : (Iterable<EObject>) framework::eAllContents) {
            if (element instanceof ModelElement modelElement) {
                assertTrue(ids.add(modelElement.getId()), "id used twice: " + modelElement.getId());
            }
        }
        List<ModelDiagnostic> idProblems = FrameworkValidation.validate(framework).stream()
            .filter(d -> d.code().startsWith("FW-ID-")).toList();
        assertEquals(List.of(), idProblems, "the allocated ids pass the FW-ID rules");
    }

    private static List<Area> allAreas(Framework framework) {
        List<Area> areas = new ArrayList<>();
        framework.eAllContents().forEachRemaining(e -> {
            if (e instanceof Area area) {
                areas.add(area);
            }
        });
        return areas;
    }
}
