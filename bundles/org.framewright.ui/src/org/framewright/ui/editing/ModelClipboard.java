package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.resource.IdAllocator;

/**
 * The workbench's clipboard of model elements: Copy keeps a snapshot of the selected elements (with their contents),
 * Paste makes fresh copies of it with new ids ({@link IdAllocator}), so the same snapshot pastes as often as wanted
 * and never duplicates an id. UI thread only.
 */
public final class ModelClipboard {

    private static List<EObject> snapshot = List.of();

    private ModelClipboard() {
    }

    /** Keeps a copy of {@code elements} (references to elements outside them still point at the originals). */
    public static void copy(Collection<? extends EObject> elements) {
        snapshot = List.copyOf(EcoreUtil.copyAll(elements));
    }

    /** Whether something was copied. */
    public static boolean isEmpty() {
        return snapshot.isEmpty();
    }

    /**
     * Fresh copies of the snapshot for pasting into {@code target}: every id (theirs and their contents') new and
     * unique in {@code target}; references to elements of another file dropped, since ids refer within a file.
     */
    public static List<EObject> copiesFor(Resource target) {
        List<EObject> copies = new ArrayList<>(EcoreUtil.copyAll(snapshot));
        Set<EObject> pasted = new HashSet<>();
        copies.forEach(copy -> {
            pasted.add(copy);
            copy.eAllContents().forEachRemaining(pasted::add);
        });
        for (EObject element : pasted) {
            clearIds(element);
            dropForeignReferences(element, target, pasted);
        }
        copies.forEach(copy -> IdAllocator.assignIds(target, copy));
        return copies;
    }

    private static void clearIds(EObject element) {
        EAttribute id = element.eClass().getEIDAttribute();
        if (id != null) {
            element.eUnset(id);
        }
    }

    private static void dropForeignReferences(EObject element, Resource target, Set<EObject> pasted) {
        for (EReference reference : element.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || !reference.isChangeable() || !element.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                ((List<?>) element.eGet(reference)).removeIf(value -> !kept((EObject) value, target, pasted));
            } else if (!kept((EObject) element.eGet(reference), target, pasted)) {
                element.eUnset(reference);
            }
        }
    }

    /** A reference is kept when it points into the pasted elements or at an element of the target file. */
    private static boolean kept(EObject referenced, Resource target, Set<EObject> pasted) {
        return pasted.contains(referenced) || referenced.eResource() == target;
    }
}
