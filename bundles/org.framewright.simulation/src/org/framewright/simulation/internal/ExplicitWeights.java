package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.framewright.model.AggregationMethod;
import org.framewright.model.AggregationRule;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.ModelElement;
import org.framewright.model.Weight;

/**
 * The weights of a rule as {@code Weight} objects the general path can set per draw: a weighted mean's own weights,
 * and for a mean one explicit weight per part (a mean is a weighted mean with equal weights).
 */
final class ExplicitWeights {

    private ExplicitWeights() {
    }

    /** The weights of {@code rule} for {@code parts} (by id), created on the rule when missing. */
    static List<Weight> of(AggregationRule rule, List<String> parts) {
        List<Weight> weights = new ArrayList<>();
        for (String part : parts) {
            Weight weight = rule.getWeights().stream()
                .filter(w -> w.getPart() != null && part.equals(w.getPart().getId())).findFirst().orElse(null);
            if (weight == null) {
                weight = FrameworkFactory.eINSTANCE.createWeight();
                weight.setPart(element(rule, part));
                rule.getWeights().add(weight);
            }
            weights.add(weight);
        }
        return weights;
    }

    /**
     * Sets the drawn weights. A mean rule becomes a weighted mean for the draw, unless all its weights are equal
     * (then it stays a mean, so an unperturbed draw computes exactly the baseline's arithmetic).
     */
    static void set(List<Weight> weights, double[] drawn, AggregationMethod baselineMethod) {
        boolean equal = true;
        for (int i = 0; i < drawn.length; i++) {
            weights.get(i).setPercent(drawn[i]);
            equal &= drawn[i] == drawn[0];
        }
        if (baselineMethod == AggregationMethod.MEAN && !weights.isEmpty()) {
            AggregationRule rule = (AggregationRule) weights.get(0).eContainer();
            rule.setMethod((equal ? AggregationMethod.MEAN : AggregationMethod.WEIGHTED_MEAN).id());
        }
    }

    private static ModelElement element(AggregationRule rule, String id) {
        EObject root = rule;
        while (root.eContainer() != null) {
            root = root.eContainer();
        }
        for (var contents = root.eAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            if (object instanceof ModelElement element && id.equals(element.getId())) {
                return element;
            }
        }
        throw new IllegalArgumentException("rule " + rule.getId() + ": no model element with id " + id);
    }
}
