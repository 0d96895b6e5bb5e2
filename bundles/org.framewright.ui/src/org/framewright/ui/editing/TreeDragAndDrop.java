package org.framewright.ui.editing;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop inside a model tree to reorder elements or move them to another parent: EMF's
 * {@link DragAndDropCommand} on the elements' document, one undoable command. Only moves: a copy would duplicate ids.
 */
public final class TreeDragAndDrop extends ViewerDropAdapter {

    private static final Transfer[] TRANSFERS = {LocalSelectionTransfer.getTransfer()};

    private TreeDragAndDrop(StructuredViewer viewer) {
        super(viewer);
    }

    /** Lets the user drag the elements of {@code viewer} before, after or into other elements. */
    public static void hook(StructuredViewer viewer) {
        viewer.addDragSupport(DND.DROP_MOVE, TRANSFERS, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                event.doit = !viewer.getSelection().isEmpty();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, TRANSFERS, new TreeDragAndDrop(viewer));
    }

    /**
     * The command that moves {@code dragged} relative to {@code target}: {@code location} 0 to 1 is the position in
     * the target's row (below 0.2 before it, above 0.8 after it, else into it).
     */
    public static Command moveCommand(Object target, float location, Collection<?> dragged) {
        ModelDocument document = target instanceof EObject element ? ModelDocuments.of(element) : null;
        if (document == null || dragged.isEmpty()
            || !dragged.stream().allMatch(d -> d instanceof EObject e && e.eResource() == document.resource())) {
            return UnexecutableCommand.INSTANCE;
        }
        return DragAndDropCommand.create(document.domain(), target, location, DragAndDropFeedback.DROP_MOVE,
            DragAndDropFeedback.DROP_MOVE, dragged);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(type)
            && moveCommand(target, location(), dragged()).canExecute();
    }

    @Override
    public boolean performDrop(Object data) {
        Command command = moveCommand(getCurrentTarget(), location(), dragged());
        if (!command.canExecute()) {
            return false;
        }
        ModelDocuments.of((EObject) getCurrentTarget()).commandStack().execute(command);
        return true;
    }

    private float location() {
        return switch (getCurrentLocation()) {
            case LOCATION_BEFORE -> 0.1f;
            case LOCATION_AFTER -> 0.9f;
            default -> 0.5f;
        };
    }

    private static List<?> dragged() {
        return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
            ? selection.toList() : List.of();
    }
}
