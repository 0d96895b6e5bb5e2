package org.framewright.model.resource;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Fresh ids for new model elements, unique within their file: every way of creating an element (the workbench's
 * New Child menus, the diagram's create tools) takes its id from here. Ids are a prefix and a number, e.g.
 * {@code area-3} for the third area-like id, and use only letters, digits and {@code '-'} (rule FW-ID-02).
 */
public final class IdAllocator {

    private IdAllocator() {
    }

    /** The first id {@code prefix + n} (n = 1, 2, ...) that no element of {@code resource} has. */
    public static String freshId(Resource resource, String prefix) {
        return freshId(usedIds(resource), prefix);
    }

    /** The id prefix for elements of {@code eClass}: its name in lower case with hyphens, e.g. {@code "aggregation-rule-"}. */
    public static String prefixOf(EClass eClass) {
        return eClass.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT) + "-";
    }

    /**
     * Gives {@code element} and everything it contains that has no id yet a fresh id from its class name, unique
     * within {@code resource} (which {@code element} need not be part of yet). Call before the command that adds it.
     */
    public static void assignIds(Resource resource, EObject element) {
        Set<String> used = usedIds(resource);
        assignId(element, used);
        for (Iterator<EObject> contents = element.eAllContents(); contents.hasNext();) {
            assignId(contents.next(), used);
        }
    }

    private static void assignId(EObject element, Set<String> used) {
        EAttribute id = element.eClass().getEIDAttribute();
        Object value = id == null ? null : element.eGet(id);
        if (id != null && (value == null || value.toString().isBlank())) {
            String fresh = freshId(used, prefixOf(element.eClass()));
            element.eSet(id, fresh);
            used.add(fresh);
        }
    }

    private static String freshId(Set<String> used, String prefix) {
        for (int n = 1;; n++) {
            String id = prefix + n;
            if (!used.contains(id)) {
                return id;
            }
        }
    }

    private static Set<String> usedIds(Resource resource) {
        Set<String> used = new HashSet<>();
        if (resource != null) {
            for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
                String id = EcoreUtil.getID(contents.next());
                if (id != null) {
                    used.add(id);
                }
            }
        }
        return used;
    }
}
