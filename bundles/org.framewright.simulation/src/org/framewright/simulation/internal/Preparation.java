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
import org.framewright.simulation.Uncertainty;

/**
 * What a simulation computes once before its draws: the baseline results (and one result per normalisation
 * choice), the uncertain inputs, and the fast path's composite when the scheme allows it.
 */
public final class Preparation {

    private final ScoringResult baseline;
    private final SchemeInputs inputs;
    private final CompositeModel composite;
    private final String reason;

    /** Scores the baseline and the normalisation variants and tries to build the fast path. */
    public Preparation(Framework framework, ScoringScheme scheme, DataSet data, String period, Uncertainty uncertainty) {
        ScoringPlan plan = ScoringPlan.compile(framework, scheme);
        baseline = plan.score(data, period, ScoringMonitor.NONE);
        inputs = new SchemeInputs(plan, baseline, uncertainty);
        List<ScoringResult> variants = new ArrayList<>(List.of(baseline));
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
            variants.add(ScoringPlan.compile(framework, variant).score(data, period, ScoringMonitor.NONE));
        }
        FastPathBuilder builder = new FastPathBuilder();
        composite = builder.build(plan, inputs, variants);
        reason = builder.reason();
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

    /** Why there is no composite, or null. */
    public String reason() {
        return reason;
    }
}
