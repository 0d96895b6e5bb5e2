package org.framewright.compare.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;

/**
 * What the passes of one merge share: the three inputs' indexes, the merged framework (a copy of OURS) with its own
 * index, the copies made of THEIRS' parts, and the conflicts found.
 */
final class MergeContext {

    final ElementIndex base;
    final ElementIndex ours;
    final ElementIndex theirs;
    final Framework merged;
    private final Map<String, ModelElement> mergedByKey = new HashMap<>();
    private final Map<EObject, EObject> copiesOfTheirs = new HashMap<>();
    private final Map<EObject, EObject> pendingCopies = new HashMap<>();
    private final List<MergeConflict> conflicts = new ArrayList<>();

    MergeContext(ElementIndex base, ElementIndex ours, ElementIndex theirs, Framework merged) {
        this.base = base;
        this.ours = ours;
        this.theirs = theirs;
        this.merged = merged;
        ElementIndex mergedIndex = new ElementIndex(merged);
        mergedIndex.elements().forEach(mergedByKey::put);
    }

    /** The merged model's element with this key (including those copied in from THEIRS), or null. */
    ModelElement mergedElement(String key) {
        return mergedByKey.get(key);
    }

    /** The merged counterpart of an identified container of any of the three inputs: the root or by key. */
    EObject mergedContainer(ElementIndex index, EObject container) {
        if (container == index.framework()) {
            return merged;
        }
        return container instanceof ModelElement element ? mergedByKey.get(index.key(element)) : null;
    }

    /**
     * A copy of a part of THEIRS for the merged model: containment and attributes now, references once every part has
     * been copied ({@link #resolveReferencesOfCopies()}), so that a reference to another added element finds its copy.
     */
    EObject copyOfTheirs(EObject part) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(part);
        copiesOfTheirs.putAll(copier);
        pendingCopies.putAll(copier);
        copier.forEach((original, copied) -> {
            if (original instanceof ModelElement element && theirs.key(element) != null) {
                mergedByKey.putIfAbsent(theirs.key(element), (ModelElement) copied);
            }
        });
        return copy;
    }

    /** Sets the references of every copy made of THEIRS' parts to the merged model's elements. */
    void resolveReferencesOfCopies() {
        for (Map.Entry<EObject, EObject> entry : List.copyOf(pendingCopies.entrySet())) {
            EObject original = entry.getKey();
            EObject copy = entry.getValue();
            for (EReference reference : original.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !reference.isChangeable() || !original.eIsSet(reference)) {
                    continue;
                }
                Object value = original.eGet(reference, false);
                String key = keyOf(copy);
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    List<EObject> targets = (List<EObject>) copy.eGet(reference);
                    for (Object target : (List<?>) value) {
                        EObject mapped = inMerged((EObject) target, key, reference.getName());
                        if (mapped != null && !targets.contains(mapped)) {
                            targets.add(mapped);
                        }
                    }
                } else {
                    copy.eSet(reference, inMerged((EObject) value, key, reference.getName()));
                }
            }
        }
        pendingCopies.clear();
    }

    /**
     * The merged model's counterpart of an element THEIRS refers to: its copy, the element with the same key, or a
     * fresh proxy for a cross-file reference. Null, with a conflict, when OURS deleted it.
     */
    EObject inMerged(EObject theirsTarget, String referrer, String feature) {
        if (theirsTarget == null) {
            return null;
        }
        if (theirsTarget.eIsProxy()) {
            EObject proxy = EcoreUtil.create(theirsTarget.eClass());
            ((InternalEObject) proxy).eSetProxyURI(((InternalEObject) theirsTarget).eProxyURI());
            return proxy;
        }
        EObject copy = copiesOfTheirs.get(theirsTarget);
        if (copy != null) {
            return copy;
        }
        if (theirsTarget == theirs.framework()) {
            return merged;
        }
        if (theirsTarget instanceof ModelElement element) {
            ModelElement counterpart = mergedByKey.get(theirs.key(element));
            if (counterpart != null && counterpart.eClass() == element.eClass()) {
                return counterpart;
            }
            conflict(referrer, feature, "", "", theirs.key(element),
                "THEIRS refers to " + theirs.key(element) + ", which OURS deleted; the reference was left out");
        }
        return null;
    }

    /** The key of a merged-model element or of the identified element owning a part. */
    String keyOf(EObject object) {
        for (EObject current = object; current != null; current = current.eContainer()) {
            if (current == merged) {
                return ElementIndex.FRAMEWORK;
            }
            if (current instanceof ModelElement element && element.getId() != null && !element.getId().isBlank()) {
                return element.getId();
            }
        }
        return ElementIndex.FRAMEWORK;
    }

    /** Forgets a merged element that was deleted. */
    void forget(String key) {
        mergedByKey.remove(key);
    }

    /** Records a conflict on the element with this key, with its path in OURS (or BASE, or THEIRS). */
    void conflict(String key, String feature, String baseValue, String oursValue, String theirsValue, String reason) {
        conflicts.add(new MergeConflict(key, pathOf(key), feature, baseValue, oursValue, theirsValue, reason));
    }

    List<MergeConflict> conflicts() {
        return conflicts;
    }

    /** The ids of the identified containers of the element, from the root: {@code (framework)/CA1/CA1-LM}. */
    private String pathOf(String key) {
        ElementIndex index = ours.get(key) != null ? ours : base.get(key) != null ? base : theirs;
        ModelElement element = index.get(key);
        if (element == null) {
            return ElementIndex.FRAMEWORK;
        }
        List<String> ids = new ArrayList<>();
        for (EObject current = element; current != null && current != index.framework(); current = current.eContainer()) {
            if (current instanceof ModelElement identified && index.key(identified) != null) {
                ids.add(0, index.key(identified));
            }
        }
        ids.add(0, ElementIndex.FRAMEWORK);
        return String.join("/", ids);
    }

    /** True for features a merge leaves alone: the id, derived and transient ones. */
    static boolean ignored(EStructuralFeature feature) {
        return feature.isDerived() || feature.isTransient() || !feature.isChangeable()
            || feature == org.framewright.model.FrameworkPackage.Literals.MODEL_ELEMENT__ID;
    }
}
