package org.framewright.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.framewright.model.Framework;
import org.framewright.validation.internal.ChangedElements;
import org.framewright.validation.internal.ElementChecks;

/**
 * Validation that follows the edits of a model: validates the whole framework once, then, given the notifications
 * of an edit, re-runs only the checks whose targets or inputs changed and keeps every other result. The diagnostics
 * are always those {@link FrameworkValidation#validate(Framework)} would give for the model as it is now, in the
 * same order.
 * <p>
 * After an edit the checks re-run on: the changed and added elements, the elements a changed reference pointed or
 * points at, every container of those, every element referring to any of them (or to a removed element), and the
 * holders of ids that appeared or disappeared (EMF's unique-id check); each rule that declares
 * {@linkplain org.framewright.validation.internal.rules.Rule#inputs() inputs} re-runs on all its elements when an
 * element of such a kind changed. One walk of the model per update finds referrers and id holders (linear, no rule
 * evaluated); {@link #ruleEvaluations()} counts the checks evaluated. Not thread-safe: call it where the model is
 * edited.
 */
public final class IncrementalValidation {

    private final Framework framework;
    private final ElementChecks checks;
    private List<EObject> order = List.of();
    private Map<EObject, List<ModelDiagnostic>[]> results = new IdentityHashMap<>();

    /** Validates {@code framework} as a whole. */
    public IncrementalValidation(Framework framework) {
        this.framework = framework;
        this.checks = new ElementChecks(framework);
        validateAll();
    }

    /** The problems of the model as last validated, in model order (as {@link FrameworkValidation#validate}). */
    public List<ModelDiagnostic> diagnostics() {
        List<ModelDiagnostic> diagnostics = new ArrayList<>();
        for (EObject element : order) {
            for (List<ModelDiagnostic> found : results.get(element)) {
                diagnostics.addAll(found);
            }
        }
        return diagnostics;
    }

    /** The checks (EMF's constraints or one rule, on one element) evaluated since this validation was created. */
    public long ruleEvaluations() {
        return checks.evaluations();
    }

    /** Validates the whole model again, for changes no notification describes. */
    public List<ModelDiagnostic> validateAll() {
        results = new IdentityHashMap<>();
        return update(new ChangedElements(), identitySet(), Set.of());
    }

    /**
     * Brings the diagnostics up to date after the changes {@code notifications} describe (all the notifications of
     * one edit or of several, in any order; a whole-model run when one is not about an element).
     *
     * @return the problems of the model now, in model order
     */
    public List<ModelDiagnostic> update(Collection<? extends Notification> notifications) {
        ChangedElements changes = ChangedElements.of(notifications);
        if (changes.outsideModel()) {
            return validateAll();
        }
        Set<EObject> affected = identitySet();
        changes.touched().forEach(e -> addWithContainers(e, affected));
        changes.pointedAt().forEach(e -> addWithContainers(e, affected));
        Set<EObject> pointedAt = identitySet();
        pointedAt.addAll(affected);
        pointedAt.addAll(changes.pointedAt());
        return update(changes, affected, pointedAt);
    }

    private List<ModelDiagnostic> update(ChangedElements changes, Set<EObject> affected, Set<EObject> pointedAt) {
        List<EObject> elements = new ArrayList<>();
        List<EObject> referrers = new ArrayList<>();
        elements.add(framework);
        for (TreeIterator<EObject> i = framework.eAllContents(); i.hasNext();) {
            elements.add(i.next());
        }
        for (EObject element : elements) {
            if (!changes.ids().isEmpty() && changes.ids().contains(EcoreUtil.getID(element))) {
                affected.add(element);
            }
            if (!pointedAt.isEmpty() && refersToAny(element, pointedAt)) {
                referrers.add(element);
            }
        }
        referrers.forEach(e -> addWithContainers(e, affected));
        List<Integer> triggered = checksWithChangedInputs(affected);
        Map<EObject, List<ModelDiagnostic>[]> next = new IdentityHashMap<>(elements.size() * 2);
        for (EObject element : elements) {
            List<ModelDiagnostic>[] found = results.get(element);
            if (found == null || affected.contains(element)) {
                found = runAll(element);
            } else {
                for (int check : triggered) {
                    if (ElementChecks.applies(check, element)) {
                        found[check] = checks.run(check, element);
                    }
                }
            }
            next.put(element, found);
        }
        order = elements;
        results = next;
        return diagnostics();
    }

    @SuppressWarnings("unchecked")
    private List<ModelDiagnostic>[] runAll(EObject element) {
        List<ModelDiagnostic>[] found = new List[ElementChecks.COUNT];
        for (int check = 0; check < ElementChecks.COUNT; check++) {
            found[check] = checks.run(check, element);
        }
        return found;
    }

    /** The rules declaring as input a kind of which some element changed. */
    private static List<Integer> checksWithChangedInputs(Set<EObject> changed) {
        List<Integer> triggered = new ArrayList<>();
        for (int check = 1; check < ElementChecks.COUNT; check++) {
            List<Class<? extends EObject>> inputs = ElementChecks.rule(check).inputs();
            if (!inputs.isEmpty() && changed.stream().anyMatch(e -> inputs.stream().anyMatch(k -> k.isInstance(e)))) {
                triggered.add(check);
            }
        }
        return triggered;
    }

    /** Whether a cross reference of {@code element} points at one of {@code targets} (proxies are not resolved). */
    private static boolean refersToAny(EObject element, Set<EObject> targets) {
        for (Iterator<EObject> i = ((InternalEList<EObject>) element.eCrossReferences()).basicIterator(); i.hasNext();) {
            if (targets.contains(i.next())) {
                return true;
            }
        }
        return false;
    }

    private static void addWithContainers(EObject element, Set<EObject> into) {
        for (EObject e = element; e != null && into.add(e); e = e.eContainer()) {
            // containers check their contents (a banding its bands, a logic model its links)
        }
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
