package org.framewright.diagram.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.framewright.diagram.server.logicmodel.DeleteLogicElementsOperationHandler;
import org.framewright.model.LogicModel;
import org.framewright.ui.editing.DeleteAction;
import org.framewright.ui.editing.ModelClipboard;
import org.framewright.ui.editing.ModelDocument;

import com.google.gson.Gson;

/**
 * Delete, Copy and Paste on a diagram's selected nodes (Edit menu, context menu, and the Delete, Ctrl+C and Ctrl+V keys
 * in the diagram). Delete lists what else refers to the removed elements and asks first (the same dialog as the form
 * editor's), then the server deletes them and what would dangle, one undoable command. Copy keeps the elements in the
 * workbench's {@link ModelClipboard}; Paste adds fresh copies (new ids) to the logic model shown, or into the selected
 * structure element (else its container, else the framework), one undoable command; the diagram places them clear of
 * the other nodes.
 */
final class DiagramEditing {

    private static final long SAME_PRESS_NANOS = 1_000_000_000L;

    private final DiagramEditor editor;
    private final Map<String, Long> lastRun = new HashMap<>();

    DiagramEditing(DiagramEditor editor) {
        this.editor = editor;
    }

    /**
     * Runs {@code command} (delete, copy or paste) for a key pressed in the diagram, unless the same press already ran
     * it: the browser hands Ctrl+C and Ctrl+V both to the page's key listener and to the workbench's key binding, and
     * which of the two arrives first depends on how busy the machine is, so both paths come here and the later one of
     * a press is dropped (Delete reaches the page only).
     */
    void fromKey(String command) {
        Long last = lastRun.get(command);
        if (last != null && System.nanoTime() - last < SAME_PRESS_NANOS) {
            return;
        }
        switch (command) {
            case "delete" -> delete();
            case "copy" -> copy();
            case "paste" -> paste();
            default -> { }
        }
    }

    /** Deletes the selected nodes after asking when something else refers to what goes. */
    void delete() {
        lastRun.put("delete", System.nanoTime());
        List<EObject> selected = editor.selectedElements();
        ModelDocument document = editor.document();
        if (selected.isEmpty() || document == null) {
            return;
        }
        Collection<EObject> removed = editor.shown() instanceof LogicModel logicModel
                ? DeleteLogicElementsOperationHandler.deletedWith(logicModel, selected) : selected;
        if (DeleteAction.confirmed(document, selected, removed)) {
            editor.runInClient("fwDispatch({kind:'deleteElement', elementIds:"
                    + new Gson().toJson(editor.selectedIds()) + ", isOperation:true})");
        }
    }

    /** Copies the selected nodes' elements. */
    void copy() {
        lastRun.put("copy", System.nanoTime());
        List<EObject> selected = editor.selectedElements();
        if (!selected.isEmpty()) {
            ModelClipboard.copy(selected);
        }
    }

    /** Pastes fresh copies of what was copied; returns them (none when nothing fits here). */
    List<EObject> paste() {
        lastRun.put("paste", System.nanoTime());
        ModelDocument document = editor.document();
        if (document == null || ModelClipboard.isEmpty()) {
            return List.of();
        }
        List<EObject> copies = ModelClipboard.copiesFor(document.resource());
        for (EObject target : targets()) {
            Command command = addAll(document, target, copies);
            if (command.canExecute()) {
                document.commandStack().execute(command);
                return copies;
            }
        }
        return List.of();
    }

    /** Where a paste may go, first choice first. */
    private List<EObject> targets() {
        List<EObject> targets = new ArrayList<>();
        if (editor.shown() instanceof LogicModel logicModel) {
            targets.add(logicModel);
            return targets;
        }
        List<EObject> selected = editor.selectedElements();
        if (selected.size() == 1) {
            targets.add(selected.get(0));
            if (selected.get(0).eContainer() != null) {
                targets.add(selected.get(0).eContainer());
            }
        }
        targets.add(editor.document().framework());
        return targets;
    }

    /** Adds each copy to a many-valued containment of {@code target} that takes it, in one command. */
    private static Command addAll(ModelDocument document, EObject target, List<EObject> copies) {
        CompoundCommand paste = new CompoundCommand("Paste");
        for (EObject copy : copies) {
            EReference into = target.eClass().getEAllContainments().stream()
                    .filter(containment -> containment.isMany() && containment.getEReferenceType().isInstance(copy))
                    .findFirst().orElse(null);
            if (into == null) {
                return UnexecutableCommand.INSTANCE;
            }
            paste.append(AddCommand.create(document.domain(), target, into, copy));
        }
        return paste;
    }
}
