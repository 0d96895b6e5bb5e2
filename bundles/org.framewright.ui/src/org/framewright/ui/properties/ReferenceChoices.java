package org.framewright.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.FrameworkPackage;
import org.framewright.model.Indicator;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;
import org.framewright.model.query.AggregationRuleQuery;

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

    /** The parts a weight of {@code rule} may name (none for direct inputs), in model order. */
    static List<?> inputsOf(AggregationRule rule) {
        return new AggregationRuleQuery(rule).inputs();
    }
}
