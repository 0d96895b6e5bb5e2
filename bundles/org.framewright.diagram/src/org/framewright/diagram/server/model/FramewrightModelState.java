package org.framewright.diagram.server.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.model.Framework;

/**
 * The state of one diagram session: the {@link DiagramDocument} it shows, which diagram of it ({@link #diagramKey()}
 * and, for a logic model, the shown element), the active filters, and the current GModel.
 *
 * <p>Unlike GLSP's default, commands run on the document's command stack (shared with the form editors), so every
 * diagram edit is one entry in the workbench's undo history, and dirty state is the document's.
 */
public class FramewrightModelState extends DefaultGModelState {

    private DiagramDocument document;
    private String diagramKey;
    private String shownElementId;
    private volatile boolean executingOwnCommand;

    /** Binds this session to a document and one of its diagrams (called when the client requests the model). */
    public void open(DiagramDocument newDocument, String newDiagramKey, String newShownElementId) {
        this.document = newDocument;
        this.diagramKey = newDiagramKey;
        this.shownElementId = newShownElementId;
    }

    /** The document shown; null before the model was requested. */
    public DiagramDocument document() {
        return document;
    }

    /** The framework shown. */
    public Framework framework() {
        return document.framework();
    }

    /** The diagram positions of the document. */
    public DiagramLayout layout() {
        return document.layout();
    }

    /** The layout key of this diagram (see {@code DiagramKey}). */
    public String diagramKey() {
        return diagramKey;
    }

    /** The id of the model element the diagram shows (the logic model), or null for the whole framework. */
    public String shownElementId() {
        return shownElementId;
    }

    /** The model element with XMI id {@code id} in the shown file. */
    public Optional<EObject> semanticElement(String id) {
        return Optional.ofNullable(id == null ? null : framework().eResource().getEObject(id));
    }

    /**
     * The filters switched on in this diagram (kept per diagram in the layout file; change them through
     * {@code ToggleFilterActionHandler}, one undoable command).
     */
    public Set<DiagramFilter> filters() {
        Set<DiagramFilter> active = EnumSet.noneOf(DiagramFilter.class);
        for (String name : layout().filters(diagramKey)) {
            DiagramFilter.named(name).ifPresent(active::add);
        }
        return active;
    }

    /** True while this session executes, undoes or redoes a command (so its own changes are not echoed). */
    public boolean isExecutingOwnCommand() {
        return executingOwnCommand;
    }

    private CommandStack stack() {
        return document.commandStack();
    }

    @Override
    public void execute(Command command) {
        runOwn(() -> stack().execute(command));
    }

    @Override
    public boolean canUndo() {
        return document != null && stack().canUndo();
    }

    @Override
    public boolean canRedo() {
        return document != null && stack().canRedo();
    }

    @Override
    public void undo() {
        runOwn(stack()::undo);
    }

    @Override
    public void redo() {
        runOwn(stack()::redo);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void saveIsDone() {
        // the document provider marks the shared command stack saved
    }

    private void runOwn(Runnable action) {
        executingOwnCommand = true;
        try {
            document.runEdit(action);
        } finally {
            executingOwnCommand = false;
        }
    }
}
