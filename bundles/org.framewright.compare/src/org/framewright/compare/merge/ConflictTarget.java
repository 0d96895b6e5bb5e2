package org.framewright.compare.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.compare.internal.ElementIndex;
import org.framewright.compare.internal.FeatureFlattener;
import org.framewright.compare.internal.Values;
import org.framewright.model.Framework;

/**
 * Where a {@link MergeConflict} on a value sits in the merged model: the object owning the feature (the element, or
 * one of its unidentified parts such as a weight) and the feature, found from the conflict's element key and feature
 * path ({@code weights[OP].percent}, {@code rounding.mode}, {@code name}). Conflicts on whole elements, moves,
 * orders and whole parts ({@code (element)}, {@code (container)}, {@code order of ...}, {@code weights[OP]}) have
 * no such place: the merged model keeps OURS there, and {@link TakeTheirs} makes THEIRS' version from THEIRS' model.
 *
 * @param owner the object whose feature disagrees
 * @param feature the feature
 */
public record ConflictTarget(EObject owner, EStructuralFeature feature) {

    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([^\\]]*)\\])?");

    /** The place of {@code conflict} in {@code merged}; {@code null} when it is not one value of the model. */
    public static ConflictTarget locate(Framework merged, MergeConflict conflict) {
        EObject object = ElementIndex.FRAMEWORK.equals(conflict.element()) ? merged
            : new ElementIndex(merged).get(conflict.element());
        if (object == null || conflict.feature().startsWith("(") || conflict.feature().contains(" ")) {
            return null;
        }
        String[] segments = conflict.feature().split("\\.");
        for (int i = 0; i < segments.length; i++) {
            Matcher matcher = SEGMENT.matcher(segments[i]);
            if (!matcher.matches()) {
                return null;
            }
            EStructuralFeature feature = object.eClass().getEStructuralFeature(matcher.group(1));
            boolean last = i == segments.length - 1;
            if (feature == null) {
                return null;
            }
            if (last) {
                boolean containment = feature instanceof EReference reference && reference.isContainment();
                return matcher.group(2) != null || containment || feature.isDerived() || !feature.isChangeable() ? null
                    : new ConflictTarget(object, feature);
            }
            object = part(object, feature, matcher.group(2));
            if (object == null) {
                return null;
            }
        }
        return null;
    }

    /** The contained part {@code feature[key]} (or the single part {@code feature}) of {@code object}, or null. */
    private static EObject part(EObject object, EStructuralFeature feature, String key) {
        if (!(feature instanceof EReference reference) || !reference.isContainment()) {
            return null;
        }
        if (!reference.isMany()) {
            return key == null ? (EObject) object.eGet(reference) : null;
        }
        List<?> parts = (List<?>) object.eGet(reference);
        for (int i = 0; i < parts.size(); i++) {
            if (FeatureFlattener.itemKey((EObject) parts.get(i), i).equals(key)) {
                return (EObject) parts.get(i);
            }
        }
        return null;
    }

    /** The feature's value now, shown as the conflict file shows values. */
    public String current() {
        return Values.show(owner.eGet(feature, false));
    }

    /**
     * The model value that {@code text} (as the conflict file shows values: numbers, enumeration literals, ids,
     * lists separated by spaces) stands for; {@code null} for {@code ""} (unset).
     *
     * @throws IllegalArgumentException when {@code text} is not a value of the feature; the message names feature and
     *         expected form
     */
    public Object parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (!feature.isMany()) {
            return one(trimmed);
        }
        List<Object> values = new ArrayList<>();
        for (String item : trimmed.split("\\s+")) {
            values.add(one(item));
        }
        return values;
    }

    private Object one(String text) {
        if (feature instanceof EAttribute attribute) {
            try {
                return EcoreUtil.createFromString(attribute.getEAttributeType(), text);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(feature.getName() + ": '" + text + "' is not a "
                    + attribute.getEAttributeType().getName() + " value", e);
            }
        }
        EObject target = owner.eResource() == null ? null : owner.eResource().getEObject(text);
        EReference reference = (EReference) feature;
        if (target == null || !reference.getEReferenceType().isInstance(target)) {
            throw new IllegalArgumentException(feature.getName() + ": '" + text + "' is not the id of a "
                + reference.getEReferenceType().getName() + " in the model");
        }
        return target;
    }
}
