package org.framewright.compare.merge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.compare.internal.FeatureFlattener;
import org.framewright.compare.internal.Values;

/**
 * Merges the features of one matched element (or unidentified part) three ways: a feature THEIRS changed and OURS
 * did not takes THEIRS' value; one both changed alike is kept; one both changed differently is a conflict (OURS'
 * value stays). Unidentified parts (weights, matrix cells, rounding, bands...) are merged item by item, keyed as
 * {@code diff} keys them, so that two people changing two different weights of one rule do not conflict.
 */
final class PartMerger {

    private final MergeContext context;

    PartMerger(MergeContext context) {
        this.context = context;
    }

    /** Merges THEIRS' changes of {@code base -> theirs} into {@code merged}, the counterpart of {@code ours}. */
    void merge(String key, String prefix, EObject base, EObject ours, EObject theirs, EObject merged) {
        for (EStructuralFeature feature : merged.eClass().getEAllStructuralFeatures()) {
            if (MergeContext.ignored(feature) || ElementIndex.matchedSeparately(feature)) {
                continue;
            }
            String path = prefix + feature.getName();
            if (feature instanceof EReference reference && reference.isContainment()) {
                if (reference.isMany()) {
                    mergeParts(key, path, reference, base, ours, theirs, merged);
                } else {
                    mergePart(key, path, reference, base, ours, theirs, merged);
                }
            } else {
                mergeValue(key, path, feature, base, ours, theirs, merged);
            }
        }
    }

    private void mergeValue(String key, String path, EStructuralFeature feature, EObject base, EObject ours,
            EObject theirs, EObject merged) {
        String baseValue = Values.show(base.eGet(feature, false));
        String oursValue = Values.show(ours.eGet(feature, false));
        String theirsValue = Values.show(theirs.eGet(feature, false));
        if (theirsValue.equals(baseValue) || theirsValue.equals(oursValue)) {
            return;
        }
        if (oursValue.equals(baseValue)) {
            takeTheirs(key, feature, theirs, merged);
        } else if (feature instanceof EReference reference && reference.isMany()) {
            combineListChanges(key, reference, base, theirs, merged);
        } else {
            context.conflict(key, path, baseValue, oursValue, theirsValue, "changed differently on both sides");
        }
    }

    @SuppressWarnings("unchecked")
    private void takeTheirs(String key, EStructuralFeature feature, EObject theirs, EObject merged) {
        if (!theirs.eIsSet(feature)) {
            merged.eUnset(feature);
            return;
        }
        Object value = theirs.eGet(feature, false);
        if (feature instanceof EReference reference) {
            if (reference.isMany()) {
                List<EObject> targets = (List<EObject>) merged.eGet(reference);
                targets.clear();
                for (Object target : (List<?>) value) {
                    EObject mapped = context.inMerged((EObject) target, key, feature.getName());
                    if (mapped != null && !targets.contains(mapped)) {
                        targets.add(mapped);
                    }
                }
            } else {
                merged.eSet(reference, context.inMerged((EObject) value, key, feature.getName()));
            }
        } else if (feature.isMany()) {
            List<Object> values = (List<Object>) merged.eGet(feature);
            values.clear();
            values.addAll((List<?>) value);
        } else {
            merged.eSet(feature, value);
        }
    }

    /**
     * Both sides changed a list of references (e.g. the indicators an area lists): OURS' list, without what THEIRS
     * removed, with what THEIRS added placed after its predecessor in THEIRS.
     */
    @SuppressWarnings("unchecked")
    private void combineListChanges(String key, EReference reference, EObject base, EObject theirs, EObject merged) {
        Set<String> baseIds = ((List<EObject>) base.eGet(reference, false)).stream().map(Values::show)
            .collect(Collectors.toSet());
        List<EObject> theirsTargets = (List<EObject>) theirs.eGet(reference, false);
        Set<String> theirsIds = theirsTargets.stream().map(Values::show).collect(Collectors.toSet());
        List<EObject> targets = (List<EObject>) merged.eGet(reference);
        targets.removeIf(target -> baseIds.contains(Values.show(target)) && !theirsIds.contains(Values.show(target)));
        int position = 0;
        for (EObject theirsTarget : theirsTargets) {
            String id = Values.show(theirsTarget);
            int existing = indexOfId(targets, id);
            if (existing >= 0) {
                position = existing + 1;
            } else if (!baseIds.contains(id)) {
                EObject mapped = context.inMerged(theirsTarget, key, reference.getName());
                if (mapped != null) {
                    targets.add(Math.min(position, targets.size()), mapped);
                    position++;
                }
            }
        }
    }

    private static int indexOfId(List<EObject> targets, String id) {
        for (int i = 0; i < targets.size(); i++) {
            if (Values.show(targets.get(i)).equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void mergePart(String key, String path, EReference reference, EObject base, EObject ours,
            EObject theirs, EObject merged) {
        EObject basePart = (EObject) base.eGet(reference);
        EObject oursPart = (EObject) ours.eGet(reference);
        EObject theirsPart = (EObject) theirs.eGet(reference);
        EObject mergedPart = (EObject) merged.eGet(reference);
        if (sameClass(basePart, oursPart, theirsPart) && mergedPart != null) {
            merge(key, path + ".", basePart, oursPart, theirsPart, mergedPart);
            return;
        }
        String baseValue = describe(basePart);
        String oursValue = describe(oursPart);
        String theirsValue = describe(theirsPart);
        if (theirsValue.equals(baseValue) || theirsValue.equals(oursValue)) {
            return;
        }
        if (oursValue.equals(baseValue)) {
            merged.eSet(reference, theirsPart == null ? null : context.copyOfTheirs(theirsPart));
        } else {
            context.conflict(key, path, baseValue, oursValue, theirsValue, "changed differently on both sides");
        }
    }

    @SuppressWarnings("unchecked")
    private void mergeParts(String key, String path, EReference reference, EObject base, EObject ours,
            EObject theirs, EObject merged) {
        Map<String, EObject> baseParts = keyed((List<EObject>) base.eGet(reference));
        Map<String, EObject> oursParts = keyed((List<EObject>) ours.eGet(reference));
        List<EObject> mergedList = (List<EObject>) merged.eGet(reference);
        Map<String, EObject> mergedParts = keyed(mergedList);
        EObject predecessor = null;
        for (Map.Entry<String, EObject> entry : keyed((List<EObject>) theirs.eGet(reference)).entrySet()) {
            String itemPath = path + "[" + entry.getKey() + "]";
            EObject theirsPart = entry.getValue();
            EObject basePart = baseParts.get(entry.getKey());
            EObject oursPart = oursParts.get(entry.getKey());
            EObject mergedPart = mergedParts.get(entry.getKey());
            if (basePart != null && oursPart != null) {
                if (sameClass(basePart, oursPart, theirsPart)) {
                    merge(key, itemPath + ".", basePart, oursPart, theirsPart, mergedPart);
                }
            } else if (basePart != null) {
                if (!describe(theirsPart).equals(describe(basePart))) {
                    context.conflict(key, itemPath, describe(basePart), "", describe(theirsPart),
                        "OURS removed it, THEIRS changed it; it stays removed");
                }
            } else if (oursPart != null) {
                if (!describe(oursPart).equals(describe(theirsPart))) {
                    context.conflict(key, itemPath, "", describe(oursPart), describe(theirsPart),
                        "added on both sides with different content");
                }
            } else {
                mergedPart = context.copyOfTheirs(theirsPart);
                int position = predecessor == null ? 0 : mergedList.indexOf(predecessor) + 1;
                mergedList.add(Math.min(position, mergedList.size()), mergedPart);
            }
            if (mergedPart != null && mergedList.contains(mergedPart)) {
                predecessor = mergedPart;
            }
        }
        Map<String, EObject> theirsParts = keyed((List<EObject>) theirs.eGet(reference));
        for (Map.Entry<String, EObject> entry : baseParts.entrySet()) {
            EObject oursPart = oursParts.get(entry.getKey());
            if (theirsParts.containsKey(entry.getKey()) || oursPart == null) {
                continue;
            }
            if (describe(oursPart).equals(describe(entry.getValue()))) {
                mergedList.remove(mergedParts.get(entry.getKey()));
            } else {
                context.conflict(key, path + "[" + entry.getKey() + "]", describe(entry.getValue()),
                    describe(oursPart), "", "THEIRS removed it, OURS changed it; it was kept");
            }
        }
    }

    private static Map<String, EObject> keyed(List<EObject> parts) {
        Map<String, EObject> keyed = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            keyed.putIfAbsent(FeatureFlattener.itemKey(parts.get(i), i), parts.get(i));
        }
        return keyed;
    }

    private static boolean sameClass(EObject base, EObject ours, EObject theirs) {
        return base != null && ours != null && theirs != null && base.eClass() == ours.eClass()
            && base.eClass() == theirs.eClass();
    }

    /** A part as one comparable line: {@code percent=40; part=OP}; {@code ""} for none. */
    static String describe(EObject part) {
        if (part == null) {
            return "";
        }
        return FeatureFlattener.flatten(part).entrySet().stream()
            .map(entry -> entry.getKey() + "=" + entry.getValue().value()).collect(Collectors.joining("; "));
    }
}
