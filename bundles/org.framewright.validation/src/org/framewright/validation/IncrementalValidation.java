package org.framewright.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.Framework;
import org.framewright.validation.internal.ChangedElements;
import org.framewright.validation.internal.ElementChecks;
import org.framewright.validation.internal.Referrers;

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
 * element of such a kind changed. Referrers come from an inverse index kept up to date from the edits; the model is
 * walked again only when elements were added or removed or an id changed. {@link #ruleEvaluations()} counts the
 * checks evaluated. Not thread-safe: call it where the model is edited.
 */
public final class IncrementalValidation {

    private final Framework framework;
    private final ElementChecks checks;
    private List<EObject> order = List.of();
    /** The position of each element in {@link #order}. */
    private Map<EObject, Integer> positions = new IdentityHashMap<>();
    private Map<EObject, List<ModelDiagnostic>[]> results = new IdentityHashMap<>();
    /** The elements some check found a problem on, so that listing the problems skips the clean majority. */
    private Set<EObject> flagged = identitySet();
    private Referrers referrers = new Referrers();

    /** Validates {@code framework} as a whole. */
    public IncrementalValidation(Framework framework) {
        this.framework = framework;
        this.checks = new ElementChecks(framework);
        validateAll();
    }

    /** The problems of the model as last validated, in model order (as {@link FrameworkValidation#validate}). */
    public List<ModelDiagnostic> diagnostics() {
        // the flagged elements in model order: after an edit, sorting the few flagged costs less than a walk of all
        List<EObject> found = new ArrayList<>(flagged);
        found.sort(Comparator.comparingInt(positions::get));
        List<ModelDiagnostic> diagnostics = new ArrayList<>();
        for (EObject element : found) {
            for (List<ModelDiagnostic> problems : results.get(element)) {
                diagnostics.addAll(problems);
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
        order = walk();
        referrers = new Referrers();
        results = new IdentityHashMap<>(order.size() * 2);
        flagged = identitySet();
        for (EObject element : order) {
            referrers.record(element);
            store(element, runAll(element));
        }
        return diagnostics();
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
        Set<EObject> targets = identitySet();
        targets.addAll(affected);
        targets.addAll(changes.pointedAt());
        List<EObject> referring = new ArrayList<>();
        referrers.addReferrers(targets, referring);
        referring.forEach(e -> addWithContainers(e, affected));
        changes.touched().forEach(referrers::record);
        if (changes.structureChanged() || !changes.ids().isEmpty()) {
            order = walk();
            Map<EObject, List<ModelDiagnostic>[]> kept = new IdentityHashMap<>(order.size() * 2);
            for (EObject element : order) {
                kept.put(element, results.get(element));
                if (changes.ids().contains(EcoreUtil.getID(element))) {
                    affected.add(element);
                }
            }
            results = kept;
            flagged.retainAll(kept.keySet());
        }
        for (EObject element : affected) {
            if (results.containsKey(element)) {
                store(element, runAll(element));
            }
        }
        List<Integer> triggered = checksWithChangedInputs(affected);
        if (!triggered.isEmpty()) {
            for (EObject element : order) {
                if (affected.contains(element)) {
                    continue;
                }
                for (int check : triggered) {
                    if (ElementChecks.applies(check, element)) {
                        List<ModelDiagnostic>[] found = results.get(element);
                        found[check] = checks.run(check, element);
                        store(element, found);
                    }
                }
            }
        }
        return diagnostics();
    }

    /** The framework and its contents in model order (depth first, as EMF's Diagnostician visits them). */
    private List<EObject> walk() {
        List<EObject> elements = new ArrayList<>();
        elements.add(framework);
        for (TreeIterator<EObject> i = framework.eAllContents(); i.hasNext();) {
            elements.add(i.next());
        }
        positions = new IdentityHashMap<>(elements.size() * 2);
        for (int i = 0; i < elements.size(); i++) {
            positions.put(elements.get(i), i);
        }
        return elements;
    }

    private void store(EObject element, List<ModelDiagnostic>[] found) {
        results.put(element, found);
        if (anyProblem(found)) {
            flagged.add(element);
        } else {
            flagged.remove(element);
        }
    }

    private static boolean anyProblem(List<ModelDiagnostic>[] found) {
        for (List<ModelDiagnostic> problems : found) {
            if (!problems.isEmpty()) {
                return true;
            }
        }
        return false;
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

    private static void addWithContainers(EObject element, Set<EObject> into) {
        for (EObject e = element; e != null && into.add(e); e = e.eContainer()) {
            // containers check their contents (a banding its bands, a logic model its links)
        }
    }

    private static Set<EObject> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
