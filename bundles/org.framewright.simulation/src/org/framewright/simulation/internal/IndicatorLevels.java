package org.framewright.simulation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Band;
import org.framewright.model.Banding;
import org.framewright.model.Indicator;
import org.framewright.model.IndicatorRule;
import org.framewright.model.IndicatorScoringMethod;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringPlan;
import org.framewright.scoring.ScoringResult;

/**
 * The indicators whose level a draw can change: those scored by a rule that bands its score (thresholds, or a
 * plugin's method) with a perturbed banding, and those rated by a target RAG rule whose boundaries are perturbed
 * ({@link RagLevels}). Their score never changes (neither banding nor RAG boundaries enter it), so the rating model
 * keeps what decides the level per council (the score; the shortfall from the target) and the kernel decides the
 * level per draw against the drawn thresholds; a parent reading level values reads that level's value. Other
 * indicators' leaves stay as the engine scored them.
 */
final class IndicatorLevels {

    private final Map<String, Integer> bandingOf = new HashMap<>();
    private final RagLevels rags = new RagLevels();

    /** The perturbed bandings of {@code inputs} by the indicators of {@code plan} that band with one. */
    IndicatorLevels(ScoringPlan plan, SchemeInputs inputs) {
        for (Indicator indicator : plan.framework().getIndicators()) {
            IndicatorRule rule = plan.ruleFor(indicator);
            IndicatorScoringMethod builtin = rule == null ? null : IndicatorScoringMethod.get(rule.getMethod());
            boolean bands = rule != null && (builtin == null || builtin == IndicatorScoringMethod.THRESHOLDS);
            int t = bands ? inputs.thresholdOf(rule.getBanding()) : -1;
            if (t >= 0) {
                bandingOf.put(indicator.getId(), t);
            }
            int r = builtin == IndicatorScoringMethod.TARGET_RAG ? inputs.ragOf(rule) : -1;
            if (r >= 0 && indicator.getTarget() != null) {
                rags.add(indicator, r);
            }
        }
    }

    /** Whether the level of node or indicator {@code id} changes with a draw's thresholds. */
    boolean perturbed(String id) {
        return bandingOf.containsKey(id) || rags.rates(id);
    }

    /**
     * Compiles the re-banded leaves into {@code model}: a leaf reading the level value of a perturbed indicator
     * ({@code sources[leaf]}, {@code readsLevel[leaf]}) keeps the indicator's score per variant and council.
     */
    void compile(RatingModel model, String[] sources, boolean[] readsLevel, List<ScoringResult> variants) {
        rags.compile(model, sources, readsLevel, variants);
        int leaves = sources.length;
        model.leafBanding = new int[leaves];
        model.leafScores = new double[variants.size()][leaves][];
        for (int l = 0; l < leaves; l++) {
            Integer t = readsLevel[l] ? bandingOf.get(sources[l]) : null;
            model.leafBanding[l] = t == null ? -1 : t;
            if (t == null) {
                continue;
            }
            for (int v = 0; v < variants.size(); v++) {
                double[] scores = new double[model.councils];
                for (int c = 0; c < model.councils; c++) {
                    NodeResult result = variants.get(v).councils().get(c).nodes().get(sources[l]);
                    scores[c] = result == null || result.score() == null ? Double.NaN : result.score();
                }
                model.leafScores[v][l] = scores;
            }
        }
        model.thresholdLevel = new int[model.thresholds.size()][];
        for (int t = 0; t < model.thresholds.size(); t++) {
            Banding banding = model.thresholds.get(t).banding();
            List<Band> bands = banding.getBands();
            model.thresholdLevel[t] = new int[bands.size()];
            for (int b = 0; b < bands.size(); b++) {
                model.thresholdLevel[t][b] = model.level(bands.get(b).getLevel());
            }
        }
    }
    /**
     * A worker's leaves: the model's, with its own copy of every re-banded leaf (workers re-band in parallel).
     */
    static double[][][] workerLeaves(RatingModel model) {
        double[][][] leaves = new double[model.leafValues.length][][];
        for (int v = 0; v < leaves.length; v++) {
            leaves[v] = model.leafValues[v].clone();
            for (int l = 0; l < leaves[v].length; l++) {
                if (model.leafBanding[l] >= 0 || model.leafRag[l] >= 0) {
                    leaves[v][l] = leaves[v][l].clone();
                }
            }
        }
        return leaves;
    }

    /**
     * Re-bands every perturbed indicator leaf of {@code variant} against this draw's band edges ({@code low} and
     * {@code high} per perturbed banding: the doubles each band holds, as {@link RatingModel#edges} computes them);
     * the first band holding the score wins, as in the engine. A score is the engine's own double, so the look-up
     * is exact. Allocates nothing; RAG leaves as {@link RagLevels#rate}.
     */
    static void reband(RatingModel model, int variant, double[][] low, double[][] high, double[][] ragTolerance,
            double[][][] leaves) {
        RagLevels.rate(model, variant, ragTolerance, leaves);
        for (int l = 0; l < model.leafBanding.length; l++) {
            int t = model.leafBanding[l];
            if (t < 0) {
                continue;
            }
            double[] scores = model.leafScores[variant][l];
            double[] values = leaves[variant][l];
            for (int c = 0; c < values.length; c++) {
                values[c] = levelValue(model, t, scores[c], low[t], high[t]);
            }
        }
    }

    private static double levelValue(RatingModel model, int t, double score, double[] low, double[] high) {
        for (int b = 0; score == score && b < low.length; b++) {
            if (score >= low[b] && score <= high[b]) {
                int level = model.thresholdLevel[t][b];
                return level < 0 ? Double.NaN : model.levelValue[level];
            }
        }
        return Double.NaN;
    }
}
