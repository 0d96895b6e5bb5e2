package org.framewright.scoring;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil.Copier;
import org.framewright.model.AggregationRule;
import org.framewright.model.Band;
import org.framewright.model.BandChange;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.MethodChange;
import org.framewright.model.MissingDataChange;
import org.framewright.model.ModelElement;
import org.framewright.model.NormalisationChange;
import org.framewright.model.Scenario;
import org.framewright.model.SchemeChange;
import org.framewright.model.ScoringScheme;
import org.framewright.model.TargetChange;
import org.framewright.model.Weight;
import org.framewright.model.WeightChange;

/**
 * Scenarios as schemes: {@link #apply} copies the baseline's whole framework (so that target changes do not touch
 * the original) and returns the copy's scheme with the scenario's changes applied. The baseline is never changed.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * The scheme {@code scenario} describes: a copy of {@code baseline} (inside a copy of its framework) with the
     * changes applied. Score it with {@link ScoringEngine}; the engine uses the copy's framework.
     */
    public static ScoringScheme apply(ScoringScheme baseline, Scenario scenario) {
        EObject root = baseline.eContainer() instanceof Framework framework ? framework : baseline;
        Copier copier = new Copier();
        EObject copy = copier.copy(root);
        copier.copyReferences();
        ScoringScheme scheme = (ScoringScheme) copier.get(baseline);
        for (SchemeChange change : scenario.getChanges()) {
            applyChange(change, copier);
        }
        return copy == null ? null : scheme;
    }

    private static void applyChange(SchemeChange change, Copier copier) {
        if (change instanceof WeightChange c && copyOf(copier, c.getRule()) instanceof AggregationRule rule) {
            ModelElement part = copyOrSelf(copier, c.getPart());
            Weight weight = rule.getWeights().stream().filter(w -> w.getPart() == part).findFirst().orElse(null);
            if (weight == null) {
                weight = FrameworkFactory.eINSTANCE.createWeight();
                weight.setPart(part);
                rule.getWeights().add(weight);
            }
            weight.setPercent(c.getPercent());
        } else if (change instanceof MethodChange c && copyOf(copier, c.getRule()) instanceof AggregationRule rule) {
            rule.setMethod(c.getMethod());
        } else if (change instanceof MissingDataChange c && copyOf(copier, c.getRule()) instanceof AggregationRule rule) {
            rule.setMissingData(c.getPolicy());
        } else if (change instanceof NormalisationChange c && copyOf(copier, c.getRule()) instanceof IndicatorRule rule) {
            rule.setNormalisation(c.getNormalisation());
        } else if (change instanceof BandChange c && copyOf(copier, c.getBand()) instanceof Band band) {
            band.setLower(c.getLower());
            band.setUpper(c.getUpper());
        } else if (change instanceof TargetChange c && copyOf(copier, c.getIndicator()) instanceof Indicator indicator) {
            indicator.setTarget(c.getTarget());
        }
    }

    private static EObject copyOf(Copier copier, EObject original) {
        return original == null ? null : copier.get(original);
    }

    @SuppressWarnings("unchecked")
    private static <T extends EObject> T copyOrSelf(Copier copier, T original) {
        EObject copy = copyOf(copier, original);
        return copy == null ? original : (T) copy;
    }
}
