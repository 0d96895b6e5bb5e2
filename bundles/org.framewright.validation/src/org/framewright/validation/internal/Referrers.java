package org.framewright.validation.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Which elements refer to which (cross references, proxies unresolved), kept up to date from the elements an edit
 * touched instead of a walk of the model per edit. It may name more referrers than there are (a reference since
 * removed, an element since deleted): a referrer costs a needless re-check, never a missed one.
 */
public final class Referrers {

    private final Map<EObject, Set<EObject>> byTarget = new IdentityHashMap<>();

    /** Records the references {@code element} has now (in addition to those recorded before). */
    public void record(EObject element) {
        for (Iterator<EObject> i = ((InternalEList<EObject>) element.eCrossReferences()).basicIterator(); i.hasNext();) {
            byTarget.computeIfAbsent(i.next(), t -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
        }
    }

    /** Adds the elements that refer (or referred) to any of {@code targets} to {@code into}. */
    public void addReferrers(Collection<EObject> targets, Collection<EObject> into) {
        for (EObject target : targets) {
            into.addAll(byTarget.getOrDefault(target, Set.of()));
        }
    }
}
