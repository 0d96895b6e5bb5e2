package org.framewright.cli.benchmark;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;

/**
 * A large framework made of copies of a real one: every top-level element of the source (areas, indicators,
 * disaggregations, schemes, ...) is copied {@code copies} times into one framework, each copy's ids suffixed with
 * {@code -c<n>} (1-based) and its references kept within the copy. The result is the same for the same source and
 * count, so benchmark figures can be reproduced.
 */
public final class ReplicatedFramework {

    private ReplicatedFramework() {
    }

    /** A new framework (in no resource) with the root attributes of {@code source} and {@code copies} copies of its contents. */
    public static Framework of(Framework source, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, not " + copies);
        }
        Framework replicated = (Framework) EcoreUtil.create(source.eClass());
        copyRootFeatures(source, replicated);
        replicated.setName(source.getName() + " (" + copies + (copies == 1 ? " copy)" : " copies)"));
        for (int copy = 1; copy <= copies; copy++) {
            addCopy(source, replicated, "-c" + copy);
        }
        return replicated;
    }

    /** The number of elements with an id in {@code framework}, itself included. */
    public static int identifiedElements(Framework framework) {
        int count = framework.getId() == null ? 0 : 1;
        for (TreeIterator<EObject> i = framework.eAllContents(); i.hasNext();) {
            if (EcoreUtil.getID(i.next()) != null) {
                count++;
            }
        }
        return count;
    }

    /** Attributes and cross references of the root itself (not its contents) are taken over as they are. */
    private static void copyRootFeatures(Framework source, Framework target) {
        for (EAttribute attribute : source.eClass().getEAllAttributes()) {
            if (attribute.isChangeable() && !attribute.isDerived() && source.eIsSet(attribute)) {
                target.eSet(attribute, source.eGet(attribute));
            }
        }
        for (EReference reference : source.eClass().getEAllReferences()) {
            if (!reference.isContainment() && !reference.isContainer() && reference.isChangeable()
                    && !reference.isDerived() && source.eIsSet(reference)) {
                target.eSet(reference, source.eGet(reference, false));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void addCopy(Framework source, Framework target, String suffix) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        // references to the source root point at the new root, so no copy refers outside itself
        copier.put(source, target);
        for (EReference containment : source.eClass().getEAllContainments()) {
            if (!containment.isMany()) {
                continue;
            }
            List<EObject> copies = (List<EObject>) target.eGet(containment);
            for (EObject element : (List<EObject>) source.eGet(containment)) {
                copies.add(copier.copy(element));
            }
        }
        copier.copyReferences();
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            EObject copy = entry.getValue();
            String id = copy == target ? null : EcoreUtil.getID(copy);
            if (id != null) {
                EcoreUtil.setID(copy, id + suffix);
            }
        }
    }
}
