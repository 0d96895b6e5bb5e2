package org.framewright.compare.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.compare.internal.FeatureFlattener;
import org.framewright.model.Framework;
import org.framewright.model.ModelElement;

/**
 * Settles one conflict of a merge with THEIRS' version where the conflict is not one value of the model (those are
 * set through {@link ConflictTarget}): a whole element ({@code (element)}: THEIRS deleted it, added it, or has it
 * with other content), a move ({@code (container)}), an order ({@code order of areas}) or a whole unidentified part
 * ({@code weights[OP]}, {@code rounding}). THEIRS' model is the one {@code framewright merge} writes beside the merged
 * file ({@link ConflictFile#theirsOf}). The change is made to the merged model and returned as an EMF
 * {@link ChangeDescription}, so that a command can undo it ({@code applyAndReverse}).
 */
public final class TakeTheirs {

    private static final String ORDER_OF = "order of ";

    private final Framework merged;
    private final Framework theirs;
    private final ElementIndex theirsIndex;
    private ElementIndex mergedIndex;

    private TakeTheirs(Framework merged, Framework theirs) {
        this.merged = merged;
        this.theirs = theirs;
        this.theirsIndex = new ElementIndex(theirs);
        this.mergedIndex = new ElementIndex(merged);
    }

    /**
     * Makes {@code merged} have THEIRS' version of what {@code conflict} is about, recording the change.
     *
     * @return the change made, whose {@code applyAndReverse} undoes it
     * @throws IllegalArgumentException when THEIRS' version cannot be placed in the merged model (its container is
     *         not there, or the conflict is not one this class settles); the message names element and feature
     */
    public static ChangeDescription apply(Framework merged, Framework theirs, MergeConflict conflict) {
        ChangeRecorder recorder = merged.eResource() != null ? new ChangeRecorder(merged.eResource())
            : new ChangeRecorder(merged);
        try {
            new TakeTheirs(merged, theirs).take(conflict);
        } catch (RuntimeException e) {
            recorder.endRecording().applyAndReverse();
            recorder.dispose();
            throw e;
        }
        ChangeDescription change = recorder.endRecording();
        recorder.dispose();
        return change;
    }

    private void take(MergeConflict conflict) {
        String feature = conflict.feature();
        if (feature.equals("(element)")) {
            element(conflict);
        } else if (feature.equals("(container)")) {
            move(conflict);
        } else if (feature.startsWith(ORDER_OF)) {
            order(conflict, feature.substring(ORDER_OF.length()));
        } else {
            part(conflict);
        }
    }

    private IllegalArgumentException cannot(MergeConflict conflict, String why) {
        return new IllegalArgumentException(conflict.path() + " " + conflict.feature() + ": THEIRS cannot be taken ("
            + why + ")");
    }

    private EObject mergedOwner(String key) {
        return ElementIndex.FRAMEWORK.equals(key) ? merged : mergedIndex.get(key);
    }

    private EObject theirsOwner(String key) {
        return ElementIndex.FRAMEWORK.equals(key) ? theirs : theirsIndex.get(key);
    }

    /** THEIRS deleted it (delete it here), has it and the merge has not (add it) or has other content (replace). */
    private void element(MergeConflict conflict) {
        ModelElement theirsElement = theirsIndex.get(conflict.element());
        ModelElement mergedElement = mergedIndex.get(conflict.element());
        if (theirsElement == null) {
            if (mergedElement != null) {
                EcoreUtil.delete(mergedElement, true);
            }
            return;
        }
        EObject container = counterpart(theirsElement.eContainer());
        if (container == null) {
            throw cannot(conflict, "THEIRS has it inside " + describe(theirsElement.eContainer())
                + ", which the merged model does not have");
        }
        EObject copy = copy(theirsElement);
        if (mergedElement == null) {
            insert(container, theirsElement, copy);
        } else {
            replace(mergedElement, copy);
            if (copy.eContainer() != container || copy.eContainmentFeature() != theirsElement.eContainmentFeature()) {
                EcoreUtil.remove(copy);
                insert(container, theirsElement, copy);
            }
        }
        mergedIndex = new ElementIndex(merged);
        restoreReferrers(theirsElement);
    }

    private void move(MergeConflict conflict) {
        ModelElement theirsElement = theirsIndex.get(conflict.element());
        ModelElement mergedElement = mergedIndex.get(conflict.element());
        if (theirsElement == null || mergedElement == null) {
            throw cannot(conflict, "one side does not have " + conflict.element());
        }
        EObject container = counterpart(theirsElement.eContainer());
        if (container == null) {
            throw cannot(conflict, "THEIRS moved it into " + describe(theirsElement.eContainer())
                + ", which the merged model does not have");
        }
        EcoreUtil.remove(mergedElement);
        insert(container, theirsElement, mergedElement);
    }

    @SuppressWarnings("unchecked")
    private void order(MergeConflict conflict, String featureName) {
        EObject owner = mergedOwner(conflict.element());
        EObject theirsOwner = theirsOwner(conflict.element());
        EStructuralFeature feature = owner == null ? null : owner.eClass().getEStructuralFeature(featureName);
        if (theirsOwner == null || !(feature instanceof EReference reference) || !reference.isMany()
                || !reference.isContainment()) {
            throw cannot(conflict, "no list " + featureName + " of " + conflict.element() + " on both sides");
        }
        List<String> theirsOrder = new ArrayList<>();
        for (EObject child : (List<EObject>) theirsOwner.eGet(reference)) {
            theirsOrder.add(key(theirsIndex, child));
        }
        EList<EObject> children = (EList<EObject>) owner.eGet(reference);
        List<String> mergedKeys = new ArrayList<>();
        for (EObject child : children) {
            mergedKeys.add(key(mergedIndex, child));
        }
        List<String> common = new ArrayList<>(theirsOrder);
        common.retainAll(mergedKeys);
        List<EObject> reordered = new ArrayList<>(children);
        int next = 0;
        for (int i = 0; i < reordered.size(); i++) {
            if (common.contains(mergedKeys.get(i))) {
                reordered.set(i, mergedIndex.get(common.get(next++)));
            }
        }
        ECollections.setEList(children, reordered);
    }

    private static String key(ElementIndex index, EObject object) {
        return object instanceof ModelElement element ? index.key(element) : null;
    }

    /** A whole unidentified part: {@code weights[OP]} (one item of a list) or {@code rounding} (a single part). */
    @SuppressWarnings("unchecked")
    private void part(MergeConflict conflict) {
        EObject owner = mergedOwner(conflict.element());
        EObject theirsOwner = theirsOwner(conflict.element());
        if (owner == null || theirsOwner == null) {
            throw cannot(conflict, "one side does not have " + conflict.element());
        }
        String[] segments = conflict.feature().split("\\.");
        for (int i = 0; i < segments.length; i++) {
            String name = segments[i].contains("[") ? segments[i].substring(0, segments[i].indexOf('[')) : segments[i];
            String itemKey = segments[i].contains("[")
                ? segments[i].substring(segments[i].indexOf('[') + 1, segments[i].lastIndexOf(']')) : null;
            EStructuralFeature feature = owner.eClass().getEStructuralFeature(name);
            if (!(feature instanceof EReference reference) || !reference.isContainment()) {
                throw cannot(conflict, name + " is not a part of " + owner.eClass().getName());
            }
            boolean last = i == segments.length - 1;
            if (!last) {
                owner = item(owner, reference, itemKey);
                theirsOwner = item(theirsOwner, reference, itemKey);
                if (owner == null || theirsOwner == null) {
                    throw cannot(conflict, segments[i] + " is not on both sides");
                }
                continue;
            }
            EObject theirsPart = item(theirsOwner, reference, itemKey);
            EObject mergedPart = item(owner, reference, itemKey);
            EObject copy = theirsPart == null ? null : copy(theirsPart);
            if (!reference.isMany()) {
                owner.eSet(reference, copy);
                return;
            }
            List<EObject> list = (List<EObject>) owner.eGet(reference);
            if (copy == null) {
                list.remove(mergedPart);
            } else if (mergedPart != null) {
                list.set(list.indexOf(mergedPart), copy);
            } else {
                List<EObject> theirsList = (List<EObject>) theirsOwner.eGet(reference);
                int position = 0;
                for (int t = 0; t < theirsList.size() && theirsList.get(t) != theirsPart; t++) {
                    EObject before = item(owner, reference, FeatureFlattener.itemKey(theirsList.get(t), t));
                    if (before != null) {
                        position = list.indexOf(before) + 1;
                    }
                }
                list.add(Math.min(position, list.size()), copy);
            }
        }
    }

    /** The part {@code reference[key]} of {@code owner} (or its single part), or null. */
    @SuppressWarnings("unchecked")
    private static EObject item(EObject owner, EReference reference, String key) {
        if (!reference.isMany()) {
            return (EObject) owner.eGet(reference);
        }
        List<EObject> parts = (List<EObject>) owner.eGet(reference);
        for (int i = 0; i < parts.size(); i++) {
            if (FeatureFlattener.itemKey(parts.get(i), i).equals(key)) {
                return parts.get(i);
            }
        }
        return null;
    }

    /**
     * A copy of a part of THEIRS whose references name the merged model's elements (a reference inside the copy
     * names the copy; one to an element the merged model lacks is left out).
     */
    @SuppressWarnings("unchecked")
    private EObject copy(EObject theirsObject) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        EObject copy = copier.copy(theirsObject);
        for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
            EObject original = entry.getKey();
            for (EReference reference : original.eClass().getEAllReferences()) {
                if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                        || !reference.isChangeable() || !original.eIsSet(reference)) {
                    continue;
                }
                Object value = original.eGet(reference, false);
                if (reference.isMany()) {
                    List<EObject> targets = (List<EObject>) entry.getValue().eGet(reference);
                    for (Object target : (List<?>) value) {
                        EObject mapped = copier.containsKey(target) ? copier.get(target) : counterpart((EObject) target);
                        if (mapped != null && !targets.contains(mapped)) {
                            targets.add(mapped);
                        }
                    }
                } else {
                    EObject target = (EObject) value;
                    entry.getValue().eSet(reference, copier.containsKey(target) ? copier.get(target)
                        : counterpart(target));
                }
            }
        }
        return copy;
    }

    /**
     * The merged model's counterpart of an object of THEIRS: the root, the element with the same key, or an
     * unidentified part found by the same containment path below its nearest identified container; a fresh proxy for
     * a reference to another file; null when the merged model has none.
     */
    @SuppressWarnings("unchecked")
    private EObject counterpart(EObject theirsObject) {
        if (theirsObject == null) {
            return null;
        }
        if (theirsObject.eIsProxy()) {
            EObject proxy = EcoreUtil.create(theirsObject.eClass());
            ((InternalEObject) proxy).eSetProxyURI(((InternalEObject) theirsObject).eProxyURI());
            return proxy;
        }
        if (theirsObject == theirs) {
            return merged;
        }
        if (theirsObject instanceof ModelElement element && theirsIndex.key(element) != null) {
            ModelElement counterpart = mergedIndex.get(theirsIndex.key(element));
            return counterpart != null && counterpart.eClass() == element.eClass() ? counterpart : null;
        }
        EObject container = theirsObject.eContainer();
        EObject mergedContainer = counterpart(container);
        if (mergedContainer == null) {
            return null;
        }
        EReference reference = theirsObject.eContainmentFeature();
        if (!reference.isMany()) {
            return (EObject) mergedContainer.eGet(reference);
        }
        List<EObject> siblings = (List<EObject>) container.eGet(reference);
        return item(mergedContainer, reference, FeatureFlattener.itemKey(theirsObject, siblings.indexOf(theirsObject)));
    }

    /** Places {@code element} in {@code container} after its nearest preceding sibling in THEIRS that is there. */
    @SuppressWarnings("unchecked")
    private void insert(EObject container, ModelElement theirsElement, EObject element) {
        EReference feature = theirsElement.eContainmentFeature();
        if (!feature.isMany()) {
            container.eSet(feature, element);
            return;
        }
        List<EObject> siblings = (List<EObject>) container.eGet(feature);
        int position = 0;
        for (EObject sibling : (List<EObject>) theirsElement.eContainer().eGet(feature)) {
            if (sibling == theirsElement) {
                break;
            }
            int index = siblings.indexOf(counterpart(sibling));
            if (index >= 0) {
                position = index + 1;
            }
        }
        siblings.add(Math.min(position, siblings.size()), element);
    }

    /**
     * Puts {@code copy} in place of {@code old}; what referred to {@code old} or an identified element inside it now
     * refers to the copy's element of the same key (or, when the copy has none, no longer refers to it).
     */
    @SuppressWarnings("unchecked")
    private void replace(EObject old, EObject copy) {
        List<EObject> gone = new ArrayList<>();
        gone.add(old);
        old.eAllContents().forEachRemaining(gone::add);
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = usages(gone, merged);
        Map<String, EObject> copyById = new java.util.HashMap<>();
        copy.eAllContents().forEachRemaining(content -> {
            if (content instanceof ModelElement element && element.getId() != null) {
                copyById.putIfAbsent(element.getId(), element);
            }
        });
        EcoreUtil.replace(old, copy);
        usages.forEach((target, settings) -> {
            EObject replacement = target == old ? copy
                : target instanceof ModelElement element && mergedIndex.key(element) != null
                    ? copyById.get(mergedIndex.key(element)) : null;
            for (EStructuralFeature.Setting setting : settings) {
                if (EcoreUtil.isAncestor(old, setting.getEObject())) {
                    continue;
                }
                if (setting.getEStructuralFeature().isMany()) {
                    List<EObject> list = (List<EObject>) setting.get(false);
                    int index = list.indexOf(target);
                    if (replacement == null || list.contains(replacement)) {
                        list.remove(index);
                    } else {
                        list.set(index, replacement);
                    }
                } else {
                    setting.set(replacement);
                }
            }
        });
    }

    /** Adds the references THEIRS has to the element (or its contents) from elements the merged model has. */
    @SuppressWarnings("unchecked")
    private void restoreReferrers(ModelElement theirsElement) {
        List<EObject> objects = new ArrayList<>();
        objects.add(theirsElement);
        theirsElement.eAllContents().forEachRemaining(objects::add);
        Map<EObject, Collection<EStructuralFeature.Setting>> usages = usages(objects, theirs);
        usages.forEach((target, settings) -> {
            EObject mergedTarget = counterpart(target);
            for (EStructuralFeature.Setting setting : settings) {
                EObject referrer = setting.getEObject();
                if (mergedTarget == null || EcoreUtil.isAncestor(theirsElement, referrer)) {
                    continue;
                }
                EObject mergedReferrer = counterpart(referrer);
                EStructuralFeature feature = setting.getEStructuralFeature();
                if (mergedReferrer == null || !feature.isChangeable() || feature.isDerived()) {
                    continue;
                }
                if (feature.isMany()) {
                    List<EObject> list = (List<EObject>) mergedReferrer.eGet(feature);
                    if (!list.contains(mergedTarget)) {
                        int index = ((List<EObject>) referrer.eGet(feature)).indexOf(target);
                        list.add(Math.min(index, list.size()), mergedTarget);
                    }
                } else {
                    mergedReferrer.eSet(feature, mergedTarget);
                }
            }
        });
    }

    private static Map<EObject, Collection<EStructuralFeature.Setting>> usages(List<EObject> objects, Framework in) {
        return in.eResource() != null ? EcoreUtil.UsageCrossReferencer.findAll(objects, in.eResource())
            : EcoreUtil.UsageCrossReferencer.findAll(objects, in);
    }

    private String describe(EObject object) {
        return object instanceof ModelElement element && theirsIndex.key(element) != null ? theirsIndex.key(element)
            : ElementIndex.FRAMEWORK;
    }
}
