package org.framewright.ui.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.framewright.model.ModelElement;

/**
 * What EMF's {@code DeleteCommand} would silently cut when it deletes some elements: every reference to them (or
 * to anything they contain) from an element that stays, e.g. "Area 'Outcome area 1' [1]: indicators -> Indicator
 * 'Social care-related quality of life' [1A]". The Delete action shows these lines and asks before removing them.
 */
public final class DeletionReferences {

    private DeletionReferences() {
    }

    /** One line per reference from a remaining element to {@code deleted} or their contents, in model order. */
    public static List<String> describe(Collection<? extends EObject> deleted, AdapterFactory labels) {
        Set<EObject> gone = new LinkedHashSet<>();
        for (EObject element : deleted) {
            gone.add(element);
            element.eAllContents().forEachRemaining(gone::add);
        }
        EObject root = deleted.isEmpty() ? null : EcoreUtil.getRootContainer(deleted.iterator().next());
        if (root == null || root.eResource() == null) {
            return List.of();
        }
        Map<EObject, Collection<EStructuralFeature.Setting>> usages =
            EcoreUtil.UsageCrossReferencer.findAll(gone, root.eResource());
        List<String> lines = new ArrayList<>();
        for (TreeIterator<EObject> all = root.eResource().getAllContents(); all.hasNext();) {
            EObject owner = all.next();
            if (gone.contains(owner)) {
                all.prune();
                continue;
            }
            for (EObject target : gone) {
                for (EStructuralFeature.Setting setting : usages.getOrDefault(target, List.of())) {
                    if (setting.getEObject() == owner && !setting.getEStructuralFeature().isDerived()) {
                        lines.add(label(owner, labels) + ": " + words(setting.getEStructuralFeature().getName())
                            + " -> " + label(target, labels));
                    }
                }
            }
        }
        return lines;
    }

    /** The element's label from its item provider, its id in brackets, and for unnamed parts its container. */
    static String label(EObject element, AdapterFactory labels) {
        IItemLabelProvider provider = (IItemLabelProvider) labels.adapt(element, IItemLabelProvider.class);
        String text = provider == null ? element.eClass().getName() : provider.getText(element);
        if (element instanceof ModelElement named) {
            return text + " [" + named.getId() + "]";
        }
        return element.eContainer() == null ? text : text + " of " + label(element.eContainer(), labels);
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
