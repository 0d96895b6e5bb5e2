package org.framewright.compare.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentsEList;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.ModelElement;

/**
 * The identified elements of one framework by key (the id; a containment path for the rare element without one),
 * in containment order, with each element's parent: the areas that list an indicator, else the nearest identified
 * container.
 * <p>
 * Built in one walk of the model into parallel arrays by position (element, key, the key's hash, the parent's key)
 * and an open-addressing table from key to position sized once for the whole model, so that a diff reads each
 * framework in order and looks keys up without a map entry, a boxed position or a string built per element. The
 * maps of {@link #elements()} and {@link #key(ModelElement)} are made on first use only (the merge uses them).
 */
public final class ElementIndex {

    /** The parent shown for top-level elements. */
    public static final String FRAMEWORK = "(framework)";

    /** The parent shown for an indicator that no area lists. */
    public static final String NO_AREA = "(no area)";

    private final Framework framework;
    /** Elements with a unique key, in containment order (a later element with a key already taken is left out). */
    private ModelElement[] elements;
    private String[] keys;
    private int[] hashes;
    /** The key of the nearest identified container, or {@link #FRAMEWORK}. */
    private String[] parentKeys;
    private int size;
    /** Position + 1 of the element with a key, 0 for a free slot; its length is a power of two. */
    private int[] table;
    private final Map<Indicator, List<String>> areasOfIndicator = new HashMap<>();
    /** Every indexed element (duplicates of a key too) with its key, made on first use of {@link #key}. */
    private Map<ModelElement, String> keyMap;
    private Map<String, ModelElement> elementMap;

    /** Indexes every identified element below {@code framework}. */
    public ElementIndex(Framework framework) {
        this.framework = framework;
        elements = new ModelElement[256];
        keys = new String[256];
        parentKeys = new String[256];
        walk(framework, null, FRAMEWORK);
        hashes = new int[size];
        table = new int[Math.max(16, Integer.highestOneBit(Math.max(1, size) * 2 - 1) << 1)];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            int hash = spread(keys[i].hashCode());
            if (insert(keys[i], hash, kept)) {
                elements[kept] = elements[i];
                keys[kept] = keys[i];
                parentKeys[kept] = parentKeys[i];
                hashes[kept] = hash;
                kept++;
            }
        }
        if (kept < size) {
            Arrays.fill(elements, kept, size, null);
        }
        size = kept;
    }

    /**
     * Adds the contents of {@code object} in containment order. {@code objectKey} is the key of {@code object} when it
     * is an identified element below the root (the prefix of a child without id), {@code parentKey} the key of its
     * nearest identified container (or {@link #FRAMEWORK}).
     */
    private void walk(EObject object, String objectKey, String parentKey) {
        Iterator<EObject> contents = object.eContents().iterator();
        EContentsEList.FeatureIterator<?> features = contents instanceof EContentsEList.FeatureIterator<?> f ? f : null;
        EStructuralFeature previous = null;
        int index = 0;
        while (contents.hasNext()) {
            EObject content = contents.next();
            String contentParent = parentKey;
            if (content instanceof ModelElement element) {
                EStructuralFeature feature = features != null ? features.feature() : element.eContainingFeature();
                index = feature == previous ? index + 1 : 0;
                previous = feature;
                String key = keyOf(element, object, objectKey, feature, features != null ? index : -1);
                add(element, key, parentKey);
                contentParent = key;
                if (content instanceof Area area) {
                    for (Indicator indicator : area.getIndicators()) {
                        areasOfIndicator.computeIfAbsent(indicator, i -> new ArrayList<>(2)).add(area.getId());
                    }
                }
                walk(content, key, contentParent);
            } else {
                if (features != null) {
                    EStructuralFeature feature = features.feature();
                    index = feature == previous ? index + 1 : 0;
                    previous = feature;
                }
                walk(content, null, contentParent);
            }
        }
    }

    private void add(ModelElement element, String key, String parentKey) {
        if (size == elements.length) {
            int capacity = size * 2;
            elements = Arrays.copyOf(elements, capacity);
            keys = Arrays.copyOf(keys, capacity);
            parentKeys = Arrays.copyOf(parentKeys, capacity);
        }
        elements[size] = element;
        keys[size] = key;
        parentKeys[size] = parentKey;
        size++;
        if (keyMap != null) {
            keyMap.put(element, key);
        }
    }

    /** Puts {@code key} at {@code position} unless the table has it already (then false). */
    private boolean insert(String key, int hash, int position) {
        int mask = table.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int taken = table[slot];
            if (taken == 0) {
                table[slot] = position + 1;
                return true;
            }
            if (hashes[taken - 1] == hash && keys[taken - 1].equals(key)) {
                return false;
            }
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The indexed framework. */
    public Framework framework() {
        return framework;
    }

    /** The number of elements with a (unique) key; the root is not counted. */
    public int size() {
        return size;
    }

    /** The element at {@code position} (containment order, 0-based). */
    public ModelElement element(int position) {
        return elements[position];
    }

    /** The key of the element at {@code position}. */
    public String keyAt(int position) {
        return keys[position];
    }

    /** The key of the nearest identified container of the element at {@code position}, or {@link #FRAMEWORK}. */
    public String containerKeyAt(int position) {
        return parentKeys[position];
    }

    /** The position of the element with {@code key}, or -1. */
    public int position(String key) {
        return position(key, spread(key.hashCode()));
    }

    /**
     * The position of the element with the same key as the element at {@code position} of {@code other}, or -1:
     * the same position first (two versions of a framework mostly list their elements in the same order, and
     * reading both in order is far kinder to the memory caches than a look-up), compared by hash before the text.
     */
    public int positionOf(ElementIndex other, int position) {
        int hash = other.hashes[position];
        String key = other.keys[position];
        if (position < size && hashes[position] == hash && keys[position].equals(key)) {
            return position;
        }
        return position(key, hash);
    }

    private int position(String key, int hash) {
        int mask = table.length - 1;
        for (int slot = hash & mask;; slot = (slot + 1) & mask) {
            int taken = table[slot];
            if (taken == 0) {
                return -1;
            }
            if (hashes[taken - 1] == hash && keys[taken - 1].equals(key)) {
                return taken - 1;
            }
        }
    }

    /** Every identified element by key, in containment order (the root is not included). Made on first call. */
    public Map<String, ModelElement> elements() {
        if (elementMap == null) {
            Map<String, ModelElement> map = new LinkedHashMap<>(size * 4 / 3 + 1);
            for (int i = 0; i < size; i++) {
                map.put(keys[i], elements[i]);
            }
            elementMap = Collections.unmodifiableMap(map);
        }
        return elementMap;
    }

    /** The element with this key, or null. */
    public ModelElement get(String key) {
        int position = position(key);
        return position < 0 ? null : elements[position];
    }

    /** The key of an indexed element (also of one whose key an earlier element took), or null. */
    public String key(ModelElement element) {
        if (keyMap == null) {
            // walk again, keeping every element (the arrays hold only the first of a duplicated key)
            Map<ModelElement, String> map = new IdentityHashMap<>(size * 2);
            ElementIndex all = new ElementIndex(framework, map);
            keyMap = all.keyMap;
        }
        return keyMap.get(element);
    }

    private ElementIndex(Framework framework, Map<ModelElement, String> keyMap) {
        this.framework = framework;
        this.keyMap = keyMap;
        elements = new ModelElement[256];
        keys = new String[256];
        parentKeys = new String[256];
        walk(framework, null, FRAMEWORK);
    }

    /** The ids of the areas listing {@code indicator}, in containment order; empty when none does. */
    public List<String> areasOf(Indicator indicator) {
        return areasOfIndicator.getOrDefault(indicator, List.of());
    }

    /** The parent as users see it: the areas of an indicator, else the nearest identified container. */
    public String parentOf(ModelElement element) {
        if (element instanceof Indicator indicator) {
            return parentOf(areasOf(indicator));
        }
        for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
            if (container == framework) {
                return FRAMEWORK;
            }
            if (container instanceof ModelElement identified) {
                String key = key(identified);
                return key != null ? key : Values.idOf(identified);
            }
        }
        return FRAMEWORK;
    }

    /** {@link #parentOf} of the element at {@code position}. */
    public String parentAt(int position) {
        return elements[position] instanceof Indicator indicator ? parentOf(areasOf(indicator)) : parentKeys[position];
    }

    /** The parent of an indicator listed by {@code areas}. */
    static String parentOf(List<String> areas) {
        return areas.isEmpty() ? NO_AREA : String.join(" ", areas);
    }

    private String keyOf(ModelElement element, EObject container, String containerKey, EStructuralFeature feature,
            int index) {
        String id = element.getId();
        if (id != null && !id.isBlank()) {
            return id;
        }
        // no id: the containment path, e.g. "scheme-a/scales[2]"
        String prefix = container instanceof ModelElement parent && parent != framework
            ? (containerKey != null ? containerKey : Values.idOf(parent)) + "/" : "";
        int position = !feature.isMany() ? 0
            : index >= 0 ? index : ((List<?>) container.eGet(feature)).indexOf(element);
        return prefix + feature.getName() + "[" + position + "]";
    }

    /** True for features that the element matching handles (ids and contained identified elements). */
    public static boolean matchedSeparately(EStructuralFeature feature) {
        return feature == FrameworkPackage.Literals.MODEL_ELEMENT__ID
            || feature instanceof EReference reference && reference.isContainment()
                && FrameworkPackage.Literals.MODEL_ELEMENT.isSuperTypeOf(reference.getEReferenceType());
    }
}
