package org.framewright.compare.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.ChangeKind;
import org.framewright.compare.ElementChange;
import org.framewright.compare.internal.ElementDiffer;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.model.ModelElement;

/**
 * The passes of a three-way merge over identified elements, applied to the merged copy of OURS: THEIRS' additions,
 * then feature changes of elements both kept, moves, reorderings and, last, THEIRS' deletions (so that a deleted
 * element's references are gone only after everything else has been placed).
 */
final class ElementMerger {

    private final MergeContext context;
    private final PartMerger parts;
    private final Set<String> changedByOurs;
    private final Set<String> changedByTheirs;

    ElementMerger(MergeContext context) {
        this.context = context;
        this.parts = new PartMerger(context);
        this.changedByOurs = changedKeys(context.base, context.ours);
        this.changedByTheirs = changedKeys(context.base, context.theirs);
    }

    void run() {
        addTheirsAdditions();
        context.resolveReferencesOfCopies();
        mergeKeptElements();
        context.resolveReferencesOfCopies();
        applyTheirsMoves();
        applyTheirsReorderings();
        applyTheirsDeletions();
    }

    private static Set<String> changedKeys(ElementIndex base, ElementIndex side) {
        Set<String> keys = new HashSet<>();
        for (ElementChange change : new ElementDiffer(base, side).differences()) {
            if (change.kind() == ChangeKind.CHANGED || change.kind() == ChangeKind.MOVED) {
                keys.add(change.id());
            }
        }
        return keys;
    }

    private void addTheirsAdditions() {
        for (Map.Entry<String, ModelElement> entry : context.theirs.elements().entrySet()) {
            String key = entry.getKey();
            ModelElement added = entry.getValue();
            if (matched(context.base, key, added) != null) {
                continue;
            }
            ModelElement oursToo = matched(context.ours, key, added);
            if (oursToo != null || context.ours.get(key) != null) {
                String oursValue = describe(context.ours, context.ours.get(key));
                String theirsValue = describe(context.theirs, added);
                if (!oursValue.equals(theirsValue)) {
                    context.conflict(key, "(element)", "", oursValue, theirsValue,
                        "added on both sides with different content");
                }
                continue;
            }
            EObject container = added.eContainer();
            if (container != context.theirs.framework() && container instanceof ModelElement parent
                    && context.base.get(context.theirs.key(parent)) == null
                    && context.ours.get(context.theirs.key(parent)) == null) {
                continue; // comes with its added container
            }
            EObject target = context.mergedContainer(context.theirs, container);
            if (target == null) {
                context.conflict(key, "(element)", "", "", describe(context.theirs, added), "THEIRS added it inside "
                    + containerKey(context.theirs, added) + ", which OURS deleted; it was left out");
                continue;
            }
            insert(key, target, added, context.copyOfTheirs(added));
        }
    }

    /**
     * Places {@code element} in {@code target} where THEIRS has it: after its nearest preceding kept sibling and after
     * what OURS added there.
     */
    @SuppressWarnings("unchecked")
    private void insert(String key, EObject target, ModelElement theirsElement, EObject element) {
        EReference feature = theirsElement.eContainmentFeature();
        if (!feature.isMany()) {
            if (target.eGet(feature) != null) {
                context.conflict(key, "(element)", "", org.framewright.compare.internal.Values.idOf((EObject) target.eGet(feature)),
                    describe(context.theirs, theirsElement), "both sides set " + feature.getName() + " differently");
                return;
            }
            target.eSet(feature, element);
            return;
        }
        List<EObject> siblings = (List<EObject>) target.eGet(feature);
        List<EObject> theirsSiblings = (List<EObject>) theirsElement.eContainer().eGet(feature);
        int position = 0;
        for (EObject sibling : theirsSiblings) {
            if (sibling == theirsElement) {
                break;
            }
            int index = siblings.indexOf(context.mergedElement(context.theirs.key((ModelElement) sibling)));
            if (index >= 0) {
                position = index + 1;
            }
        }
        // what OURS added at the same place comes first, as a text merge would have it
        while (position < siblings.size() && siblings.get(position) instanceof ModelElement sibling
                && context.base.get(sibling.getId()) == null && context.theirs.get(sibling.getId()) == null) {
            position++;
        }
        siblings.add(Math.min(position, siblings.size()), element);
    }

    private void mergeKeptElements() {
        parts.merge(ElementIndex.FRAMEWORK, "", context.base.framework(), context.ours.framework(),
            context.theirs.framework(), context.merged);
        for (Map.Entry<String, ModelElement> entry : context.base.elements().entrySet()) {
            String key = entry.getKey();
            ModelElement base = entry.getValue();
            ModelElement ours = matched(context.ours, key, base);
            ModelElement theirs = matched(context.theirs, key, base);
            if (theirs == null || !changedWithin(context.theirs, theirs, changedByTheirs)) {
                continue;
            }
            if (ours == null) {
                context.conflict(key, "(element)", describe(context.base, base), "", describe(context.theirs, theirs),
                    "OURS deleted it, THEIRS changed it; it stays deleted");
            } else if (changedByTheirs.contains(key)) {
                parts.merge(key, "", base, ours, theirs, context.mergedElement(key));
            }
        }
    }

    private void applyTheirsMoves() {
        for (Map.Entry<String, ModelElement> entry : context.base.elements().entrySet()) {
            String key = entry.getKey();
            ModelElement ours = matched(context.ours, key, entry.getValue());
            ModelElement theirs = matched(context.theirs, key, entry.getValue());
            if (ours == null || theirs == null) {
                continue;
            }
            String basePlace = containerKey(context.base, entry.getValue());
            String oursPlace = containerKey(context.ours, ours);
            String theirsPlace = containerKey(context.theirs, theirs);
            if (theirsPlace.equals(basePlace) || theirsPlace.equals(oursPlace)) {
                continue;
            }
            EObject target = context.mergedContainer(context.theirs, theirs.eContainer());
            if (!oursPlace.equals(basePlace) || target == null) {
                context.conflict(key, "(container)", basePlace, oursPlace, theirsPlace, target == null
                    ? "THEIRS moved it into an element OURS deleted" : "moved to different places on both sides");
                continue;
            }
            EcoreUtil.remove(context.mergedElement(key));
            insert(key, target, theirs, context.mergedElement(key));
        }
    }

    /** Where an element sits: its identified container's key and the containment feature. */
    private static String containerKey(ElementIndex index, ModelElement element) {
        EObject container = element.eContainer();
        String owner = container == index.framework() || !(container instanceof ModelElement identified)
            ? ElementIndex.FRAMEWORK : index.key(identified);
        return owner + "." + element.eContainingFeature().getName();
    }

    private void applyTheirsReorderings() {
        reorder(ElementIndex.FRAMEWORK, context.base.framework(), context.ours.framework(),
            context.theirs.framework(), context.merged);
        for (Map.Entry<String, ModelElement> entry : context.base.elements().entrySet()) {
            ModelElement ours = matched(context.ours, entry.getKey(), entry.getValue());
            ModelElement theirs = matched(context.theirs, entry.getKey(), entry.getValue());
            if (ours != null && theirs != null) {
                reorder(entry.getKey(), entry.getValue(), ours, theirs, context.mergedElement(entry.getKey()));
            }
        }
    }

    /** Takes THEIRS' order of the identified children both kept, when only THEIRS reordered them. */
    @SuppressWarnings("unchecked")
    private void reorder(String key, EObject base, EObject ours, EObject theirs, EObject merged) {
        for (EReference feature : merged.eClass().getEAllContainments()) {
            if (!feature.isMany() || !ElementIndex.matchedSeparately(feature)) {
                continue;
            }
            List<String> baseOrder = keys(context.base, (List<EObject>) base.eGet(feature));
            List<String> oursOrder = keys(context.ours, (List<EObject>) ours.eGet(feature));
            List<String> theirsOrder = keys(context.theirs, (List<EObject>) theirs.eGet(feature));
            Set<String> common = new HashSet<>(baseOrder);
            common.retainAll(oursOrder);
            common.retainAll(theirsOrder);
            baseOrder.retainAll(common);
            oursOrder.retainAll(common);
            theirsOrder.retainAll(common);
            if (theirsOrder.equals(baseOrder) || theirsOrder.equals(oursOrder)) {
                continue;
            }
            if (!oursOrder.equals(baseOrder)) {
                context.conflict(key, "order of " + feature.getName(), String.join(" ", baseOrder),
                    String.join(" ", oursOrder), String.join(" ", theirsOrder), "reordered differently on both sides");
                continue;
            }
            EList<EObject> children = (EList<EObject>) merged.eGet(feature);
            List<EObject> reordered = new ArrayList<>(children);
            int next = 0;
            for (int i = 0; i < reordered.size(); i++) {
                if (reordered.get(i) instanceof ModelElement child && common.contains(child.getId())) {
                    reordered.set(i, context.mergedElement(theirsOrder.get(next++)));
                }
            }
            ECollections.setEList(children, reordered);
        }
    }

    private static List<String> keys(ElementIndex index, List<EObject> elements) {
        List<String> keys = new ArrayList<>();
        for (EObject element : elements) {
            keys.add(index.key((ModelElement) element));
        }
        return keys;
    }

    private void applyTheirsDeletions() {
        List<EObject> deleted = new ArrayList<>();
        for (Map.Entry<String, ModelElement> entry : context.base.elements().entrySet()) {
            String key = entry.getKey();
            ModelElement ours = matched(context.ours, key, entry.getValue());
            if (matched(context.theirs, key, entry.getValue()) != null || ours == null) {
                continue;
            }
            if (changedWithin(context.ours, ours, changedByOurs)) {
                context.conflict(key, "(element)", describe(context.base, entry.getValue()),
                    describe(context.ours, ours), "", "THEIRS deleted it, OURS changed it; it was kept");
                continue;
            }
            ModelElement merged = context.mergedElement(key);
            if (merged != null && !isWithin(merged, deleted)) {
                deleted.add(merged);
            }
        }
        deleteAll(deleted);
    }

    /** Removes the elements and every reference to them or their contents, in one walk of the merged model. */
    private void deleteAll(List<EObject> deleted) {
        if (deleted.isEmpty()) {
            return;
        }
        List<EObject> withContents = new ArrayList<>();
        for (EObject element : deleted) {
            withContents.add(element);
            element.eAllContents().forEachRemaining(withContents::add);
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> usages =
            EcoreUtil.UsageCrossReferencer.findAll(withContents, context.merged.eResource());
        Set<EObject> gone = new HashSet<>(withContents);
        usages.forEach((target, settings) -> {
            for (EStructuralFeature.Setting setting : settings) {
                if (gone.contains(setting.getEObject())) {
                    continue;
                }
                if (setting.getEStructuralFeature().isMany()) {
                    ((List<?>) setting.get(false)).remove(target);
                } else {
                    setting.unset();
                }
            }
        });
        for (EObject element : deleted) {
            context.forget(((ModelElement) element).getId());
            EcoreUtil.remove(element);
        }
    }

    private static boolean isWithin(EObject element, List<EObject> containers) {
        for (EObject container : containers) {
            if (EcoreUtil.isAncestor(container, element)) {
                return true;
            }
        }
        return false;
    }

    /** True when the side changed, moved or added the element or anything identified inside it. */
    private boolean changedWithin(ElementIndex side, ModelElement element, Set<String> changed) {
        if (changed.contains(side.key(element))) {
            return true;
        }
        for (var contents = element.eAllContents(); contents.hasNext();) {
            if (contents.next() instanceof ModelElement inner
                    && (changed.contains(side.key(inner)) || context.base.get(side.key(inner)) == null)) {
                return true;
            }
        }
        return false;
    }

    private static ModelElement matched(ElementIndex index, String key, ModelElement element) {
        ModelElement other = index.get(key);
        return other != null && other.eClass() == element.eClass() ? other : null;
    }

    /** An element as one comparable line: its place and flattened features; {@code ""} for none. */
    private static String describe(ElementIndex index, ModelElement element) {
        if (element == null) {
            return "";
        }
        String features = PartMerger.describe(element);
        return element.eClass().getName() + " in " + containerKey(index, element)
            + (features.isEmpty() ? "" : ": " + features);
    }
}
