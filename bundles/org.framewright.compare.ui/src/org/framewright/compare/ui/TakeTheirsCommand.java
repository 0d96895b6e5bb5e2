package org.framewright.compare.ui;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.merge.MergeConflict;
import org.framewright.compare.merge.TakeTheirs;
import org.framewright.model.Framework;
import org.framewright.model.resource.FrameworkFiles;

/**
 * Takes THEIRS' version of one conflict on a whole element, move, order or whole part, as an undoable command on the
 * open document: executing runs {@link TakeTheirs#apply}, which records the change; undo and redo reverse it.
 */
final class TakeTheirsCommand extends AbstractCommand {

    private final Framework merged;
    private final Framework theirs;
    private final MergeConflict conflict;
    private ChangeDescription change;

    TakeTheirsCommand(Framework merged, Framework theirs, MergeConflict conflict) {
        super("Take Theirs " + conflict.element() + " " + conflict.feature());
        this.merged = merged;
        this.theirs = theirs;
        this.conflict = conflict;
    }

    /**
     * Takes THEIRS for every conflict, in order, on a copy of {@code merged}: null when all can be taken, else why
     * not (the document is not touched).
     */
    static String tryOnACopy(Framework merged, Framework theirs, List<MergeConflict> conflicts) {
        Resource resource = FrameworkFiles.newResourceSet().createResource(URI.createURI("trial.framework"));
        Framework copy = EcoreUtil.copy(merged);
        resource.getContents().add(copy);
        try {
            for (MergeConflict each : conflicts) {
                TakeTheirs.apply(copy, theirs, each);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    protected boolean prepare() {
        return merged != null && theirs != null;
    }

    @Override
    public void execute() {
        change = TakeTheirs.apply(merged, theirs, conflict);
    }

    @Override
    public void undo() {
        change.applyAndReverse();
    }

    @Override
    public void redo() {
        change.applyAndReverse();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        return List.of(merged);
    }
}
