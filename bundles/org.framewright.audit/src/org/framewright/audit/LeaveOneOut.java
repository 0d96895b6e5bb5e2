package org.framewright.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framewright.model.AggregationRule;
import org.framewright.model.Area;
import org.framewright.model.Framework;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.ModelElement;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.CouncilResult;
import org.framewright.scoring.ScoringResult;

/**
 * Leave one out: the scheme with one indicator or one area (with its indicators) taken out of a copy of the
 * framework, so that the rest is scored as the scheme says (weights of the parts left are re-normalised by the
 * engine), and the councils' rank shifts against the full scheme.
 */
public final class LeaveOneOut {

    private LeaveOneOut() {
    }

    /**
     * A copy of {@code scheme} (inside a copy of its framework) without the indicator or area {@code elementId}: it is
     * taken out of every area, indicator rule, aggregation rule and weight that names it; an area goes with its
     * sub-areas and indicators. The original is never changed.
     */
    public static ScoringScheme without(ScoringScheme scheme, String elementId) {
        Framework framework = (Framework) EcoreUtil.getRootContainer(scheme);
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Framework copy = (Framework) copier.copy(framework);
        copier.copyReferences();
        ScoringScheme copiedScheme = (ScoringScheme) copier.get(scheme);
        List<ModelElement> removed = new ArrayList<>();
        for (EObject element : (Iterable<EObject>) () -> copy.eAllContents()) {
            if (element instanceof ModelElement e && elementId.equals(e.getId())
                    && (e instanceof Indicator || e instanceof Area)) {
                removed.add(e);
            }
        }
        if (removed.isEmpty()) {
            throw new IllegalArgumentException("framework " + framework.getId() + " has no indicator or area '"
                + elementId + "'");
        }
        for (ModelElement element : List.copyOf(removed)) {
            if (element instanceof Area area) {
                area.eAllContents().forEachRemaining(e -> {
                    if (e instanceof Area child) {
                        removed.addAll(child.getIndicators());
                    }
                });
                removed.addAll(area.getIndicators());
            }
        }
        for (ModelElement element : removed) {
            remove(copy, element);
        }
        return copiedScheme;
    }

    private static void remove(Framework framework, ModelElement element) {
        List<EObject> rules = new ArrayList<>();
        framework.eAllContents().forEachRemaining(e -> {
            if (e instanceof IndicatorRule || e instanceof AggregationRule) {
                rules.add(e);
            }
        });
        for (EObject e : rules) {
            // an indicator rule left with no indicator would apply to every indicator: it scored only this one, so it goes
            if (e instanceof IndicatorRule rule && rule.getIndicators().remove(element) && rule.getIndicators().isEmpty()) {
                EcoreUtil.delete(rule);
            }
            if (e instanceof AggregationRule rule) {
                rule.getWeights().removeIf(w -> w.getPart() == element);
            }
        }
        if (element.eContainer() != null) {
            EcoreUtil.delete(element, true);
        }
    }

    /**
     * The absolute rank shifts |rank without - rank with| of the councils ranked in both results, in the order of
     * {@code baseline}'s councils.
     */
    public static double[] rankShifts(ScoringResult baseline, ScoringResult without) {
        List<Double> shifts = new ArrayList<>();
        for (CouncilResult council : baseline.councils()) {
            CouncilResult other = without.council(council.council().getId());
            if (council.rank() != null && other != null && other.rank() != null) {
                shifts.add((double) Math.abs(other.rank() - council.rank()));
            }
        }
        return shifts.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The median and maximum of {@code shifts} ({NaN, NaN} when empty). */
    public static double[] medianAndMax(double[] shifts) {
        if (shifts.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] sorted = shifts.clone();
        Arrays.sort(sorted);
        return new double[] {Descriptives.quantile(sorted, 0.5), sorted[sorted.length - 1]};
    }
}
