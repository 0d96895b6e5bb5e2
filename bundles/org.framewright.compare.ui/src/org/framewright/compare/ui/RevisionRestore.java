package org.framewright.compare.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framewright.model.Framework;

/**
 * Restoring a framework to an earlier revision as ONE undoable command on the open document, not a file copy: every
 * feature of the root takes the revision's value (its contents copied, so the revision stays untouched), and undo
 * brings the current model back.
 */
final class RevisionRestore {

    private RevisionRestore() {
    }

    /** The command that makes {@code live} equal to {@code revision}; labelled for the Edit menu's Undo. */
    static Command command(EditingDomain domain, Framework live, Framework revision, String label) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(revision);
        copier.copyReferences();
        pointAt(copy, live);
        CompoundCommand restore = new CompoundCommand(label);
        for (EStructuralFeature feature : live.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
                continue;
            }
            Object value = copy.eGet(feature);
            if (feature.isMany()) {
                restore.append(SetCommand.create(domain, live, feature, new ArrayList<>((List<?>) value)));
            } else {
                restore.append(SetCommand.create(domain, live, feature,
                    copy.eIsSet(feature) ? value : SetCommand.UNSET_VALUE));
            }
        }
        return restore;
    }

    /** References to the revision's root (copied to {@code copy}) must name the live root the contents move into. */
    @SuppressWarnings("unchecked")
    private static void pointAt(EObject copy, Framework live) {
        copy.eAllContents().forEachRemaining(object -> {
            for (EReference reference : object.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !reference.isChangeable()) {
                    continue;
                }
                if (reference.isMany()) {
                    List<EObject> targets = (List<EObject>) object.eGet(reference);
                    int index = targets.indexOf(copy);
                    if (index >= 0) {
                        targets.set(index, live);
                    }
                } else if (object.eGet(reference, false) == copy) {
                    object.eSet(reference, live);
                }
            }
        });
    }
}
