package org.framewright.diagram.server.model;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.framewright.diagram.server.document.DiagramDocument;
import org.framewright.diagram.server.filter.DiagramFilter;
import org.framewright.diagram.server.layout.DiagramLayout;
import org.framewright.diagram.server.share.ParticipantCommand;
import org.framewright.model.Framework;

/**
 * The state of one diagram session: the {@link DiagramDocument} it shows, which diagram of it ({@link #diagramKey()}
 * and, for a logic model, the shown element), the active filters, and the current GModel.
 *
 * <p>Unlike GLSP's default, commands run on the document's command stack (shared with the form editors), so every
 * diagram edit is one entry in the workbench's undo history, and dirty state is the document's.
 */
public class FramewrightModelState extends DefaultGModelState {

    private static final Logger LOG = LogManager.getLogger(FramewrightModelState.class);

    private DiagramDocument document;
    private String diagramKey;
    private String shownElementId;
    private volatile boolean executingOwnCommand;
    private String participant;
    private boolean readOnly;

    /** Binds this session to a document and one of its diagrams (called when the client requests the model). */
    public void open(DiagramDocument newDocument, String newDiagramKey, String newShownElementId) {
        this.document = newDocument;
        this.diagramKey = newDiagramKey;
        this.shownElementId = newShownElementId;
    }

    /**
     * Makes this the session of a participant of a shared diagram: their edits are labelled with {@code name}
     * ("Move (Alice)"), and refused when {@code editable} is false. Participants cannot undo, redo or save: the host
     * does.
     */
    public void joinAs(String name, boolean editable) {
        this.participant = java.util.Objects.requireNonNull(name);
        this.readOnly = !editable;
    }

    /** The participant's name in a shared diagram's session, or null in the host's own sessions. */
    public String participant() {
        return participant;
    }

    /** True in the session of a read-only link: every edit is refused. */
    public boolean isReadOnly() {
        return readOnly;
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
        if (readOnly) {
            LOG.warn("{} follows a read-only link: refused {}", participant, command.getLabel());
            return;
        }
        Command labelled = participant == null ? command : new ParticipantCommand(command, participant);
        runOwn(() -> stack().execute(labelled));
    }

    @Override
    public boolean canUndo() {
        return document != null && participant == null && stack().canUndo();
    }

    @Override
    public boolean canRedo() {
        return document != null && participant == null && stack().canRedo();
    }

    @Override
    public void undo() {
        if (participant == null) {
            runOwn(stack()::undo);
        }
    }

    @Override
    public void redo() {
        if (participant == null) {
            runOwn(stack()::redo);
        }
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public void saveIsDone() {
        // the document provider marks the shared command stack saved
    }

    // The flag is raised on the editing thread, only while the action runs there: raised on this session's thread it
    // would also cover whatever the editing thread ran while this session waited for it (the host's Edit > Undo, say),
    // and this session's client would miss that change.
    private void runOwn(Runnable action) {
        document.runEdit(() -> {
            executingOwnCommand = true;
            try {
                action.run();
            } finally {
                executingOwnCommand = false;
            }
        });
    }
}
