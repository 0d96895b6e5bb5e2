package org.framewright.compare.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;

/**
 * The identified elements of one framework by key (the id; a containment path for the rare element without one),
 * in containment order, with each element's parent: the areas that list an indicator, else the nearest identified
 * container.
 */
public final class ElementIndex {

    /** The parent shown for top-level elements. */
    public static final String FRAMEWORK = "(framework)";

    /** The parent shown for an indicator that no area lists. */
    public static final String NO_AREA = "(no area)";

    private final Framework framework;
    private final Map<String, ModelElement> byKey = new LinkedHashMap<>();
    private final Map<ModelElement, String> keys = new LinkedHashMap<>();
    private final Map<Indicator, List<String>> areasOfIndicator = new LinkedHashMap<>();

    /** Indexes every identified element below {@code framework}. */
    public ElementIndex(Framework framework) {
        this.framework = framework;
        framework.eAllContents().forEachRemaining(content -> {
            if (content instanceof ModelElement element) {
                String key = keyOf(element);
                keys.put(element, key);
                byKey.putIfAbsent(key, element);
            }
            if (content instanceof Area area) {
                for (Indicator indicator : area.getIndicators()) {
                    areasOfIndicator.computeIfAbsent(indicator, i -> new ArrayList<>()).add(area.getId());
                }
            }
        });
    }

    /** The indexed framework. */
    public Framework framework() {
        return framework;
    }

    /** Every identified element by key, in containment order (the root is not included). */
    public Map<String, ModelElement> elements() {
        return byKey;
    }

    /** The element with this key, or null. */
    public ModelElement get(String key) {
        return byKey.get(key);
    }

    /** The key of an indexed element. */
    public String key(ModelElement element) {
        return keys.get(element);
    }

    /** The ids of the areas listing {@code indicator}, in containment order; empty when none does. */
    public List<String> areasOf(Indicator indicator) {
        return areasOfIndicator.getOrDefault(indicator, List.of());
    }

    /** The parent as users see it: the areas of an indicator, else the nearest identified container. */
    public String parentOf(ModelElement element) {
        if (element instanceof Indicator indicator) {
            List<String> areas = areasOf(indicator);
            return areas.isEmpty() ? NO_AREA : String.join(" ", areas);
        }
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container == framework) {
                return FRAMEWORK;
            }
            if (container instanceof ModelElement identified) {
                return keys.getOrDefault(identified, Values.idOf(identified));
            }
        }
        return FRAMEWORK;
    }

    private String keyOf(ModelElement element) {
        if (element.getId() != null && !element.getId().isBlank()) {
            return element.getId();
        }
        // no id: the containment path, e.g. "scheme-a/scales[2]"
        EObject container = element.eContainer();
        EStructuralFeature feature = element.eContainingFeature();
        String prefix = container instanceof ModelElement parent && parent != framework
            ? keys.getOrDefault(parent, Values.idOf(parent)) + "/" : "";
        int index = feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(element) : 0;
        return prefix + feature.getName() + "[" + index + "]";
    }

    /** True for features that the element matching handles (ids and contained identified elements). */
    public static boolean matchedSeparately(EStructuralFeature feature) {
        return feature == FrameworkPackage.Literals.MODEL_ELEMENT__ID
            || feature instanceof org.eclipse.emf.ecore.EReference reference && reference.isContainment()
                && FrameworkPackage.Literals.MODEL_ELEMENT.isSuperTypeOf(reference.getEReferenceType());
    }
}
