package org.framewright.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;

/**
 * The valid targets of references typed as "any model element", where the item provider offers every element (the
 * framework, schemes, rules, scenarios), which would only make a validation rule fire: a weight's "Part" may name
 * the inputs of its rule (for a scenario's weight change, of the rule it changes), as the scoring contract defines
 * them: the child areas, the leaf areas, the areas' indicators, the framework's client groups or evidence
 * categories, nothing for direct inputs; a limiter's "Condition" names a node: an area or an indicator.
 */
final class ReferenceChoices {

    private ReferenceChoices() {
    }

    /** The choices for {@code feature} of {@code object}: the valid targets where known, else {@code offered}. */
    static Collection<?> filter(Object object, Object feature, Collection<?> offered) {
        if (offered == null) {
            return null;
        }
        List<?> valid;
        if (feature == FrameworkPackage.Literals.WEIGHT__PART && object instanceof Weight weight
                && weight.eContainer() instanceof AggregationRule rule) {
            valid = inputsOf(rule);
        } else if (feature == FrameworkPackage.Literals.WEIGHT_CHANGE__PART && object instanceof WeightChange change
                && change.getRule() != null) {
            valid = inputsOf(change.getRule());
        } else if (feature == FrameworkPackage.Literals.LIMITER__CONDITION) {
            valid = offered.stream().filter(o -> o instanceof Area || o instanceof Indicator).toList();
        } else {
            return offered;
        }
        Set<Object> choices = new LinkedHashSet<>(valid);
        if (offered.contains(null)) {
            choices.add(null);
        }
        return new ArrayList<>(choices);
    }

    /** The parts a weight of {@code rule} may name, in model order. */
    static List<?> inputsOf(AggregationRule rule) {
        Framework framework = framework(rule);
        if (framework == null) {
            return List.of();
        }
        List<Area> nodes = rule.isOverall() ? List.of() : rule.getAreas();
        Set<Object> inputs = new LinkedHashSet<>();
        switch (rule.getInputs()) {
            case CHILDREN -> {
                if (rule.isOverall()) {
                    inputs.addAll(framework.getAreas());
                }
                nodes.forEach(area -> inputs.addAll(area.getChildren()));
            }
            case LEAF_AREAS -> {
                if (rule.isOverall()) {
                    addLeaves(framework.getAreas(), inputs);
                }
                nodes.forEach(area -> addLeaves(area.getChildren(), inputs));
            }
            case INDICATORS -> {
                if (rule.isOverall()) {
                    inputs.addAll(framework.getIndicators());
                }
                nodes.forEach(area -> inputs.addAll(area.getIndicators()));
            }
            case GROUPS -> inputs.addAll(framework.getDisaggregations());
            case EVIDENCE_CATEGORIES -> inputs.addAll(framework.getEvidenceCategories());
            case DIRECT -> {
                // one value per node: nothing to weigh
            }
        }
        return new ArrayList<>(inputs);
    }

    private static void addLeaves(List<Area> areas, Set<Object> leaves) {
        for (Area area : areas) {
            if (area.getChildren().isEmpty()) {
                leaves.add(area);
            } else {
                addLeaves(area.getChildren(), leaves);
            }
        }
    }

    private static Framework framework(AggregationRule rule) {
        org.eclipse.emf.ecore.EObject root = org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(rule);
        return root instanceof Framework framework ? framework : null;
    }
}
