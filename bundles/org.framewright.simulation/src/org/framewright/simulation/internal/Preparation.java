package org.framewright.simulation.internal;

import java.util.ArrayList;
import java.util.List;

import org.framewright.model.DataSet;
import org.framewright.model.Framework;
import org.framewright.model.FrameworkFactory;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.model.NormalisationChange;
import org.framewright.model.NormalisationMethod;
import org.framewright.model.Scenario;
import org.framewright.model.ScoringScheme;
import org.framewright.scoring.ScoringMonitor;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;
import org.framewright.scoring.Scenarios;
import org.framewright.scoring.internal.CollectedInputs;
import org.framewright.simulation.Uncertainty;
import org.framewright.simulation.WeightPerturbation;

/**
 * What a simulation computes once before its draws: the baseline results (and one result per normalisation
 * choice), the uncertain inputs, and the fast path's composite when the scheme allows it.
 */
public final class Preparation {

    private final ScoringResult baseline;
    private final SchemeInputs inputs;
    private final CompositeModel composite;
    private final RatingModel rating;
    private final String reason;
    private List<String> primitives = List.of();

    /** Scores the baseline and the normalisation variants and tries to build the fast path. */
    public Preparation(Framework framework, ScoringScheme scheme, DataSet data, String period, Uncertainty uncertainty) {
        ScoringPlan plan = ScoringPlan.compile(framework, scheme);
        baseline = plan.score(data, period, ScoringMonitor.NONE);
        inputs = new SchemeInputs(plan, baseline, uncertainty);
        List<ScoringResult> variants = new ArrayList<>(List.of(baseline));
        List<ScoringPlan> plans = new ArrayList<>(List.of(plan));
        for (NormalisationMethod normalisation : uncertainty.normalisations()) {
            Scenario scenario = FrameworkFactory.eINSTANCE.createScenario();
            for (IndicatorRule rule : scheme.getIndicatorRules()) {
                if (IndicatorScoringMethod.NORMALISE.is(rule.getMethod())) {
                    NormalisationChange change = FrameworkFactory.eINSTANCE.createNormalisationChange();
                    change.setRule(rule);
                    change.setNormalisation(normalisation.id());
                    scenario.getChanges().add(change);
                }
            }
            ScoringScheme variant = Scenarios.apply(scheme, scenario);
            plans.add(ScoringPlan.compile(framework, variant));
            variants.add(plans.get(plans.size() - 1).score(data, period, ScoringMonitor.NONE));
        }
        FastPathBuilder builder = new FastPathBuilder();
        // shifted thresholds and drawn missing-data policies: the rating kernel computes them, the composite does not
        composite = inputs.perturbsRules() ? null : builder.build(plan, inputs, variants);
        if (composite != null) {
            primitives = builder.primitives();
            rating = null;
            reason = null;
            return;
        }
        // levels, rounding, matrices, limiters, other missing-data policies: the rating kernel compiles them
        List<CollectedInputs> collected = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            collected.add(CollectedInputs.of(plans.get(v), data, period, variants.get(v)));
        }
        RatingModelBuilder ratings = new RatingModelBuilder();
        rating = ratings.build(plan, inputs, variants, collected);
        reason = rating == null ? ratings.reason() : null;
    }

    /**
     * The rating kernel's draws (weights perturbed by {@code perturbation} with {@code amount}), or null when the
     * scheme runs on the composite fast path or the general path.
     */
    public DrawModel ratingDraws(WeightPerturbation perturbation, double amount) {
        return rating == null ? null : new RatingKernel(rating, baseline, perturbation, amount);
    }

    /** The baseline results. */
    public ScoringResult baseline() {
        return baseline;
    }

    /** The uncertain inputs. */
    public SchemeInputs inputs() {
        return inputs;
    }

    /** The fast path's composite, or null when the general path must run. */
    public CompositeModel composite() {
        return composite;
    }

    /**
     * The plugins' methods the composite kernel computes on their primitive implementations, e.g.
     * {@code geometric-mean (org.framewright.examples)}; empty otherwise.
     */
    public List<String> primitives() {
        return primitives;
    }

    /** Why neither fast path applies, or null. */
    public String reason() {
        return reason;
    }
}
