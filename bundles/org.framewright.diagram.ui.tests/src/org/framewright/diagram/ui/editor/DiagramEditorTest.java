package org.framewright.diagram.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.LogicElement;
import org.framewright.model.LogicModel;
import org.framewright.samples.Samples;
import org.framewright.ui.application.SamplesProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * End to end in the workbench (under Xvfb): opens the logic model CA1-LM of the ADASS 2020 Option Two sample in the
 * diagram editor, creates a node through the diagram (the web client sends the create operation to the in-process
 * GLSP server), undoes it through the diagram, and saves a screenshot to target/screenshots/diagram-editor.png.
 */
class DiagramEditorTest {

    private static final String OPTION_TWO = "adass-2020-option-two.framework";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        processEvents(500);
    }

    @Test
    void createANodeThroughTheDiagramAndUndoIt() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = DiagramEditor.open(page(), file, "CA1-LM", "Logic model CA1");
        LogicModel logicModel = (LogicModel) editor.document().resource().getEObject("CA1-LM");
        int elements = logicModel.getElements().size();
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        shell.setBounds(0, 0, 1280, 860);
        page().setPartState(page().getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);

        waitFor(() -> "ready".equals(editor.clientStatus()) && nodeCount(editor) >= elements, 60_000,
                () -> "the diagram did not render: client status '" + editor.clientStatus() + "', nodes "
                        + nodeCount(editor));

        processEvents(500);
        int shapes = nodeCount(editor);
        editor.browser().execute("fwDispatch({kind:'createNode', elementTypeId:'node:logic-element:activity',"
                + " location:{x:622, y:76}, args:{}, isOperation:true})");
        waitFor(() -> logicModel.getElements().size() == elements + 1, 30_000, () -> "no element was created");
        waitFor(() -> nodeCount(editor) == shapes + 1, 30_000, () -> "the new box is not drawn");
        assertEquals("New Activity", logicModel.getElements().get(elements).getName());
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");
        editor.browser().execute("fwDispatch({kind:'fit', elementIds:[], padding:16, maxZoom:1, animate:false})");
        Path screenshot = capture(shell, "diagram-editor.png");
        assertTrue(Files.size(screenshot) > 20_000, "the screenshot shows the diagram");

        editor.browser().execute("fwDispatch({kind:'glspUndo', isOperation:true})");
        waitFor(() -> logicModel.getElements().size() == elements, 30_000, () -> "undo did not remove the element");
        waitFor(() -> !editor.isDirty(), 10_000, () -> "after undo the editor is clean again");
        waitFor(() -> nodeCount(editor) == shapes, 30_000, () -> "the undone box is still drawn");
        assertFalse(editor.document().commandStack().canUndo());
    }

    @Test
    void aFormEditStyleCommandShowsInTheDiagramAndADiagramSelectionIsTheEditorsSelection() throws Exception {
        IFile file = freshSample(OPTION_TWO);
        DiagramEditor editor = DiagramEditor.open(page(), file, "CA1-LM", "Logic model CA1");
        waitFor(() -> "ready".equals(editor.clientStatus()), 60_000,
                () -> "the diagram did not render: client status '" + editor.clientStatus() + "'");
        LogicElement e13 = (LogicElement) editor.document().resource().getEObject("CA1-el-E13");

        // what the form editor does: one command on the shared stack
        editor.document().commandStack().execute(SetCommand.create(editor.document().domain(), e13,
                FrameworkPackage.Literals.MODEL_ELEMENT__NAME, "Renamed in the form"));
        waitFor(() -> Boolean.TRUE.equals(editor.browser().evaluate(
                "return document.getElementById('sprotty').textContent.indexOf('Renamed in the form') >= 0;")),
                30_000, () -> "the diagram does not show the new name");

        editor.browser().execute("fwDispatch({kind:'elementSelected', selectedElementsIDs:['CA1-el-E13'],"
                + " deselectedElementsIDs:[], deselectAll:true})");
        waitFor(() -> editor.getSite().getSelectionProvider().getSelection() instanceof IStructuredSelection selection
                && selection.toList().equals(List.of(e13)), 30_000, () -> "the diagram selection is not the editor's");

        editor.document().commandStack().undo();
        assertFalse(editor.isDirty());
    }

    private static int nodeCount(DiagramEditor editor) {
        Object count = editor.browser().evaluate(
                "return typeof fwNodeCount === 'function' ? fwNodeCount() : 0;");
        return count instanceof Number n ? n.intValue() : 0;
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static IFile freshSample(String fileName) throws Exception {
        SamplesProject.ensure(new NullProgressMonitor());
        IFile file = SamplesProject.framework(fileName);
        try (InputStream original = Files.newInputStream(Samples.framework(fileName))) {
            if (file.exists()) {
                file.setContents(original, IResource.FORCE, new NullProgressMonitor());
            } else {
                file.create(original, IResource.FORCE, new NullProgressMonitor());
            }
        }
        Files.deleteIfExists(file.getLocation().toFile().toPath().resolveSibling(fileName + ".layout"));
        return file;
    }

    private static void processEvents(long millis) {
        Display display = Display.getCurrent();
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void waitFor(BooleanSupplier condition, long timeoutMillis,
            java.util.function.Supplier<String> failure) {
        long until = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError(failure.get());
            }
            processEvents(50);
        }
    }

    private static Path capture(Shell shell, String name) throws Exception {
        processEvents(1500);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        Path data = Path.of(Platform.getInstanceLocation().getURL().getPath());
        Path target = data.getParent() != null && data.getParent().getParent() != null
                ? data.getParent().getParent() : data;
        Path folder = target.resolve("screenshots");
        Files.createDirectories(folder);
        Path png = folder.resolve(name);
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
        return png;
    }
}
