package org.framewright.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.forms.editor.IFormPage;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Weight;
import org.framewright.model.resource.FrameworkFiles;
import org.framewright.samples.Samples;
import org.framewright.testing.ui.Workbenches;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FrameworkEditorTest {

    static java.util.List<String> samples() {
        return Samples.FRAMEWORKS;
    }

    @AfterEach
    void closeEditors() {
        Workbenches.closeAllEditors();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleOpensWithAllPages(String sample) throws Exception {
        IFile file = Workbenches.freshSample(sample);
        Framework expected = FrameworkFiles.loadFramework(Samples.framework(sample));

        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        assertNotNull(editor, sample + " opens in the framework editor");
        for (String page : new String[] {"overview", "structure", "indicators", "schemes", "descriptors"}) {
            IFormPage shown = editor.setActivePage(page);
            Workbenches.processEvents();
            assertNotNull(shown, sample + ": page " + page);
            assertNotNull(shown.getPartControl(), sample + ": page " + page + " has content");
        }
        assertEquals(sample, editor.getPartName());
        assertEquals(expected.getId(), editor.document().framework().getId());
        assertEquals(expected.getIndicators().size(), editor.document().framework().getIndicators().size());
        assertFalse(editor.isDirty(), sample + ": opening changes nothing");
    }

    @Test
    void aWeightEditIsUndoneRedoneSavedAndReopenedExactly() throws Exception {
        IFile file = Workbenches.freshSample("csci-2006.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        Framework framework = editor.document().framework();
        Weight weight = firstWeight(framework);
        double before = weight.getPercent();
        editor.selectElement(weight);
        Workbenches.processEvents();
        assertEquals("schemes", editor.getActivePageInstance().getId(), "a weight is shown on the Schemes page");

        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(), weight,
            FrameworkPackage.Literals.WEIGHT__PERCENT, before + 5));
        assertTrue(editor.isDirty());

        IHandlerService handlers = editor.getSite().getService(IHandlerService.class);
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(before, weight.getPercent(), "Edit > Undo restores the weight");
        assertFalse(editor.isDirty(), "undo back to the save point is clean");
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals(before + 5, weight.getPercent(), "Edit > Redo applies it again");
        assertTrue(editor.isDirty());

        Workbenches.page().saveEditor(editor, false);
        assertFalse(editor.isDirty(), "saved");
        Path onDisk = file.getLocation().toFile().toPath();
        Framework saved = FrameworkFiles.loadFramework(onDisk);
        assertEquals(before + 5, firstWeight(saved).getPercent());
        assertTrue(EcoreUtil.equals(framework, saved), "the file holds exactly the edited model");

        Workbenches.closeAllEditors();
        FrameworkEditor reopened = FrameworkEditor.open(Workbenches.page(), file, null);
        assertEquals(before + 5, firstWeight(reopened.document().framework()).getPercent());
        assertTrue(EcoreUtil.equals(saved, reopened.document().framework()), "reopening restores what was saved");
        assertFalse(reopened.isDirty());
    }

    @Test
    void closingWithoutSavingDiscardsTheChanges() throws Exception {
        IFile file = Workbenches.freshSample("ascof-2023-24.framework");
        FrameworkEditor editor = FrameworkEditor.open(Workbenches.page(), file, null);
        String name = editor.document().framework().getName();
        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(),
            editor.document().framework(), FrameworkPackage.Literals.MODEL_ELEMENT__NAME, "Unsaved name"));
        Workbenches.closeAllEditors();

        FrameworkEditor reopened = FrameworkEditor.open(Workbenches.page(), file, null);
        assertEquals(name, reopened.document().framework().getName());
        assertFalse(reopened.isDirty());
    }

    private static Weight firstWeight(Framework framework) {
        return (Weight) java.util.stream.StreamSupport.stream(
            java.util.Spliterators.spliteratorUnknownSize(framework.eAllContents(), 0), false)
            .filter(Weight.class::isInstance).findFirst()
            .orElseThrow(() -> new AssertionError(framework.getId() + " has no weight"));
    }
}
