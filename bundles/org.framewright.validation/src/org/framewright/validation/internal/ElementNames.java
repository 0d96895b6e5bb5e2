package org.framewright.validation.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.Framework;
import org.framewright.model.LogicElement;
import org.framewright.model.ModelElement;

/**
 * How diagnostics name elements: {@link #describe} for messages ({@code Aggregation rule 'agg-outcomes' (Outcome
 * grade) of scheme 'star-rating'}) and {@link #path} for the element path ({@code csci-2006/star-rating/agg-outcomes}).
 */
public final class ElementNames {

    private static final int NAME_LIMIT = 70;

    private static final Map<String, String> KINDS = Map.of(
            "ScoringScheme", "Scheme",
            "RuleMatrix", "Matrix",
            "LeadsTo", "Leads-to link");

    private ElementNames() {
    }

    /** The element's kind in words, e.g. {@code Aggregation rule}; a logic element's kind is its own (Outcome). */
    public static String kind(EObject element) {
        if (element instanceof LogicElement logicElement && logicElement.getKind() != null) {
            return logicElement.getKind().getLiteral();
        }
        String className = element.eClass().getName();
        String kind = KINDS.get(className);
        if (kind != null) {
            return kind;
        }
        String words = className.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The element named for a message: kind, id, name and the nearest identified container (not the framework). */
    public static String describe(EObject element) {
        StringBuilder text = new StringBuilder(self(element));
        EObject parent = element.eContainer();
        while (parent != null && !(parent instanceof Framework) && id(parent) == null) {
            parent = parent.eContainer();
        }
        if (parent != null && !(parent instanceof Framework)) {
            String parentKind = kind(parent);
            text.append(" of ").append(Character.toLowerCase(parentKind.charAt(0))).append(parentKind.substring(1))
                .append(" '").append(id(parent)).append('\'');
        }
        return text.toString();
    }

    /** Kind, id (quoted) and name (in brackets, shortened) of the element alone, e.g. {@code Indicator '2A' (...)}. */
    public static String self(EObject element) {
        String id = id(element);
        if (id == null) {
            return kind(element) + ordinal(element);
        }
        String text = kind(element) + " '" + id + "'";
        String name = element instanceof ModelElement modelElement ? modelElement.getName() : null;
        if (name != null && !name.isBlank() && !name.equals(id)) {
            String shortName = name.length() > NAME_LIMIT ? name.substring(0, NAME_LIMIT - 3).strip() + "..." : name;
            text += " (" + shortName + ")";
        }
        return text;
    }

    /** A quoted reference to an element in a message: its id, or its kind when it has none. */
    public static String ref(EObject element) {
        String id = element == null ? null : id(element);
        return id != null ? "'" + id + "'" : element == null ? "nothing" : kind(element).toLowerCase();
    }

    /**
     * The ids from the root down to the element, separated by {@code /}. An element without an id is named by its
     * containing feature, with a 1-based index for lists ({@code agg-overall/matrix/cells[5]}).
     */
    public static String path(EObject element) {
        Deque<String> segments = new ArrayDeque<>();
        for (EObject current = element; current != null; current = current.eContainer()) {
            String id = id(current);
            segments.addFirst(id != null ? id : featureSegment(current));
        }
        return String.join("/", segments);
    }

    /** The element's id, or {@code null} when it has none (or an empty one). */
    public static String id(EObject element) {
        if (element instanceof ModelElement modelElement) {
            String id = modelElement.getId();
            return id == null || id.isEmpty() ? null : id;
        }
        return null;
    }

    private static String featureSegment(EObject element) {
        EStructuralFeature feature = element.eContainingFeature();
        if (feature == null) {
            return "(" + kind(element).toLowerCase() + ")";
        }
        if (!feature.isMany()) {
            return feature.getName();
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(feature);
        return feature.getName() + "[" + (siblings.indexOf(element) + 1) + "]";
    }

    private static String ordinal(EObject element) {
        EStructuralFeature feature = element.eContainingFeature();
        if (feature == null || !feature.isMany()) {
            return "";
        }
        List<?> siblings = (List<?>) element.eContainer().eGet(feature);
        return " " + (siblings.indexOf(element) + 1);
    }
}
