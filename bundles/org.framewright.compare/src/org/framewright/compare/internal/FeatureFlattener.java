package org.framewright.compare.internal;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.BasicEObjectImpl;
import org.framewright.compare.ChangeCategory;
import org.framewright.model.FrameworkPackage.Literals;

/**
 * Turns one identified element into comparable {@code path -> value} entries: its attributes, its references (by
 * id) and, recursively, its contained unidentified parts (weights, rounding, matrix cells, limiters, descriptors,
 * scenario changes). A part of a list is keyed by the references that identify it (a weight by its part, a matrix
 * cell by row and column), so that reordering is no change and a changed cell result is one change.
 */
public final class FeatureFlattener {

    /** The references that identify an unidentified list item; other classes are keyed by position. */
    private static final Map<EClass, List<EStructuralFeature>> ITEM_KEYS = Map.ofEntries(
        Map.entry(Literals.WEIGHT, List.of(Literals.WEIGHT__PART)),
        Map.entry(Literals.MATRIX_CELL, List.of(Literals.MATRIX_CELL__ROW, Literals.MATRIX_CELL__COLUMN)),
        Map.entry(Literals.LIMITER, List.of(Literals.LIMITER__CONDITION)),
        Map.entry(Literals.DESCRIPTOR, List.of(Literals.DESCRIPTOR__AREA, Literals.DESCRIPTOR__LEVEL)),
        Map.entry(Literals.WEIGHT_CHANGE, List.of(Literals.WEIGHT_CHANGE__RULE, Literals.WEIGHT_CHANGE__PART)),
        Map.entry(Literals.METHOD_CHANGE, List.of(Literals.METHOD_CHANGE__RULE)),
        Map.entry(Literals.MISSING_DATA_CHANGE, List.of(Literals.MISSING_DATA_CHANGE__RULE)),
        Map.entry(Literals.NORMALISATION_CHANGE, List.of(Literals.NORMALISATION_CHANGE__RULE)),
        Map.entry(Literals.BAND_CHANGE, List.of(Literals.BAND_CHANGE__BAND)),
        Map.entry(Literals.TARGET_CHANGE, List.of(Literals.TARGET_CHANGE__INDICATOR)),
        Map.entry(Literals.POPULATION_COUNT, List.of(Literals.POPULATION_COUNT__AGE_BAND)),
        // a provenance record by the attribute it is about (empty: the whole element): at most one of each
        Map.entry(Literals.PROVENANCE, List.of(Literals.PROVENANCE__ATTRIBUTE)));

    private static final Set<EClass> WEIGHT_CLASSES = Set.of(Literals.WEIGHT, Literals.WEIGHT_CHANGE);
    private static final Set<EClass> MATRIX_CLASSES = Set.of(Literals.RULE_MATRIX, Literals.MATRIX_CELL);
    private static final Set<EStructuralFeature> BAND_FEATURES = Set.of(Literals.BAND__LOWER, Literals.BAND__UPPER,
        Literals.BAND__LEVEL, Literals.BANDING__STEP, Literals.BANDING__SCALE, Literals.BAND_CHANGE__BAND,
        Literals.BAND_CHANGE__LOWER, Literals.BAND_CHANGE__UPPER);

    /** A flattened value and the category a change of it belongs to. */
    public record Entry(String value, ChangeCategory category) {
    }

    private FeatureFlattener() {
    }

    /** The entries of {@code element}, in feature order; unset and empty values are left out. */
    public static Map<String, Entry> flatten(EObject element) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        flatten(element, "", entries);
        return entries;
    }

    /**
     * True when {@code a} and {@code b} certainly flatten to the same entries: the same class, the same attribute
     * values, references to the same ids and, recursively, the same contained parts in the same order. Builds no
     * string and no map, so a diff of two mostly equal frameworks flattens only the elements that differ (false may
     * still mean equal entries, e.g. reordered weights; the caller then flattens both).
     */
    public static boolean same(EObject a, EObject b) {
        if (a.eClass() != b.eClass()) {
            return false;
        }
        for (EStructuralFeature feature : a.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || ElementIndex.matchedSeparately(feature)) {
                continue;
            }
            Object x = a.eGet(feature, false);
            Object y = b.eGet(feature, false);
            if (!(feature instanceof EReference reference ? sameReferenced(reference, x, y) : Objects.equals(x, y))) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link FeatureFlattener#same} for many pairs of elements: the features each class compares are listed once per
     * class (with the ids its generated code reads them by) instead of being filtered for every element. One
     * comparer per diff; not for several threads.
     */
    public static final class Comparer {

        private static final byte ATTRIBUTE = 0;
        private static final byte REFERENCE = 1;
        private static final byte REFERENCES = 2;
        private static final byte PART = 3;
        private static final byte PARTS = 4;

        /** The features compared for one class, by the ids its objects' {@code eGet} takes, and their kinds. */
        private record Plan(int[] ids, byte[] kinds) {
        }

        private final Map<EClass, Plan> plans = new IdentityHashMap<>();
        private EClass lastClass;
        private Plan lastPlan;

        /** The same answer as {@link FeatureFlattener#same}. */
        public boolean same(EObject a, EObject b) {
            EClass eClass = a.eClass();
            if (eClass != b.eClass()) {
                return false;
            }
            Plan plan = plan(eClass, a);
            InternalEObject x = (InternalEObject) a;
            InternalEObject y = (InternalEObject) b;
            int[] ids = plan.ids;
            byte[] kinds = plan.kinds;
            for (int i = 0; i < ids.length; i++) {
                Object u = x.eGet(ids[i], false, true);
                Object v = y.eGet(ids[i], false, true);
                boolean equal = switch (kinds[i]) {
                    case ATTRIBUTE -> Objects.equals(u, v);
                    case REFERENCE -> sameId((EObject) u, (EObject) v);
                    case PART -> u == null || v == null ? u == v : same((EObject) u, (EObject) v);
                    default -> sameList((List<?>) u, (List<?>) v, kinds[i] == PARTS);
                };
                if (!equal) {
                    return false;
                }
            }
            return true;
        }

        private boolean sameList(List<?> xs, List<?> ys, boolean parts) {
            int size = xs.size();
            if (size != ys.size()) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                EObject u = (EObject) xs.get(i);
                EObject v = (EObject) ys.get(i);
                if (!(parts ? u == null || v == null ? u == v : same(u, v) : sameId(u, v))) {
                    return false;
                }
            }
            return true;
        }

        private static boolean sameId(EObject u, EObject v) {
            return u == null || v == null ? u == v : Values.idOf(u).equals(Values.idOf(v));
        }

        private Plan plan(EClass eClass, EObject sample) {
            if (eClass == lastClass) {
                return lastPlan;
            }
            Plan plan = plans.get(eClass);
            if (plan == null) {
                List<EStructuralFeature> features = eClass.getEAllStructuralFeatures();
                int[] ids = new int[features.size()];
                byte[] kinds = new byte[features.size()];
                int count = 0;
                for (EStructuralFeature feature : features) {
                    if (feature.isDerived() || feature.isTransient() || ElementIndex.matchedSeparately(feature)) {
                        continue;
                    }
                    // the id eGet(feature) reads the feature by
                    ids[count] = sample instanceof BasicEObjectImpl basic ? basic.eDerivedStructuralFeatureID(feature)
                        : eClass.getFeatureID(feature);
                    kinds[count++] = !(feature instanceof EReference reference) ? ATTRIBUTE
                        : reference.isContainment() ? reference.isMany() ? PARTS : PART
                        : reference.isMany() ? REFERENCES : REFERENCE;
                }
                plan = new Plan(Arrays.copyOf(ids, count), Arrays.copyOf(kinds, count));
                plans.put(eClass, plan);
            }
            lastClass = eClass;
            lastPlan = plan;
            return plan;
        }
    }

    private static boolean sameReferenced(EReference reference, Object x, Object y) {
        if (!reference.isMany()) {
            return sameObject(reference, (EObject) x, (EObject) y);
        }
        List<?> xs = (List<?>) x;
        List<?> ys = (List<?>) y;
        if (xs.size() != ys.size()) {
            return false;
        }
        for (int i = 0; i < xs.size(); i++) {
            if (!sameObject(reference, (EObject) xs.get(i), (EObject) ys.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Contained parts: the same content; referenced elements: the same id, as {@link Values#show} prints them. */
    private static boolean sameObject(EReference reference, EObject x, EObject y) {
        if (x == null || y == null) {
            return x == y;
        }
        return reference.isContainment() ? same(x, y) : Values.idOf(x).equals(Values.idOf(y));
    }

    private static void flatten(EObject object, String prefix, Map<String, Entry> entries) {
        for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
            if (feature.isDerived() || feature.isTransient() || ElementIndex.matchedSeparately(feature)
                    || ITEM_KEYS.getOrDefault(object.eClass(), List.of()).contains(feature)) {
                continue;
            }
            String path = prefix + feature.getName();
            if (feature instanceof EReference reference && reference.isContainment()) {
                flattenContained(object, reference, path, entries);
            } else {
                String value = Values.show(object.eGet(feature, false));
                if (!value.isEmpty()) {
                    entries.put(path, new Entry(value, categoryOf(object.eClass(), feature)));
                }
            }
        }
    }

    private static void flattenContained(EObject object, EReference reference, String path,
            Map<String, Entry> entries) {
        if (!reference.isMany()) {
            EObject part = (EObject) object.eGet(reference);
            if (part != null) {
                flatten(part, path + ".", entries);
            }
            return;
        }
        List<?> parts = (List<?>) object.eGet(reference);
        for (int i = 0; i < parts.size(); i++) {
            EObject part = (EObject) parts.get(i);
            flatten(part, path + "[" + itemKey(part, i) + "].", entries);
        }
    }

    /** What identifies a part within its list: its key references (a weight's part), else its 1-based position. */
    public static String itemKey(EObject part, int index) {
        List<EStructuralFeature> keyFeatures = ITEM_KEYS.get(part.eClass());
        if (keyFeatures == null) {
            return String.valueOf(index + 1);
        }
        return keyFeatures.stream().map(f -> Values.show(part.eGet(f, false))).collect(Collectors.joining(", "));
    }

    private static ChangeCategory categoryOf(EClass owner, EStructuralFeature feature) {
        if (WEIGHT_CLASSES.contains(owner)) {
            return ChangeCategory.WEIGHT;
        }
        if (MATRIX_CLASSES.contains(owner)) {
            return ChangeCategory.MATRIX;
        }
        if (owner == Literals.PROVENANCE) {
            return ChangeCategory.PROVENANCE;
        }
        if (BAND_FEATURES.contains(feature)) {
            return ChangeCategory.BAND;
        }
        return feature instanceof EAttribute ? ChangeCategory.ATTRIBUTE : ChangeCategory.REFERENCE;
    }
}
