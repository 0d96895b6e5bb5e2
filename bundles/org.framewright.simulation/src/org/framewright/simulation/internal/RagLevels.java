package org.framewright.simulation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.framewright.model.Band;
import org.framewright.model.Indicator;
import org.framewright.model.Polarity;
import org.framewright.scoring.Contribution;
import org.framewright.scoring.NodeResult;
import org.framewright.scoring.ScoringResult;

/**
 * The indicators a perturbed target RAG rule rates, as rating-model leaves: per council the shortfall from the
 * target in the direction of the polarity (target - value, or value - target when lower is better), fixed, and per
 * draw the level from the drawn tolerances: Green when the shortfall is at most greenTolerance x |target|, else
 * Amber when at most amberTolerance x |target|, else Red, as the engine decides in decimals. The kernel compares
 * doubles and decides exactly (in decimals, allocating) only when the shortfall lies within a relative 1e-9 of a
 * boundary, where binary arithmetic could decide otherwise.
 */
final class RagLevels {

    private final Map<String, Indicator> rated = new HashMap<>();
    private final Map<String, Integer> ragOf = new HashMap<>();

    /** Records that perturbed RAG rule {@code r} rates {@code indicator} (which has a target). */
    void add(Indicator indicator, int r) {
        rated.put(indicator.getId(), indicator);
        ragOf.put(indicator.getId(), r);
    }

    /** Whether a perturbed RAG rule rates the indicator {@code id}. */
    boolean rates(String id) {
        return rated.containsKey(id);
    }

    /** Compiles the RAG leaves (leaves reading the level value of an indicator a perturbed RAG rule rates). */
    void compile(RatingModel model, String[] sources, boolean[] readsLevel, List<ScoringResult> variants) {
        int leaves = sources.length;
        model.leafRag = new int[leaves];
        model.leafShortfall = new double[variants.size()][leaves][];
        model.leafShortfallExact = new BigDecimal[variants.size()][leaves][];
        model.leafTarget = new double[leaves];
        model.leafTargetExact = new BigDecimal[leaves];
        for (int l = 0; l < leaves; l++) {
            Indicator indicator = readsLevel[l] ? rated.get(sources[l]) : null;
            model.leafRag[l] = indicator == null ? -1 : ragOf.get(sources[l]);
            if (indicator == null) {
                continue;
            }
            BigDecimal target = BigDecimal.valueOf(indicator.getTarget());
            model.leafTargetExact[l] = target.abs();
            model.leafTarget[l] = target.abs().doubleValue();
            for (int v = 0; v < variants.size(); v++) {
                model.leafShortfall[v][l] = new double[model.councils];
                model.leafShortfallExact[v][l] = new BigDecimal[model.councils];
                for (int c = 0; c < model.councils; c++) {
                    BigDecimal shortfall = shortfall(indicator, target,
                        variants.get(v).councils().get(c).nodes().get(sources[l]));
                    model.leafShortfallExact[v][l][c] = shortfall;
                    model.leafShortfall[v][l][c] = shortfall == null ? Double.NaN : shortfall.doubleValue();
                }
            }
        }
        model.ragLevel = new int[model.ragThresholds.size()][3];
        for (int r = 0; r < model.ragThresholds.size(); r++) {
            List<Band> bands = model.ragThresholds.get(r).rule().getBanding().getBands();
            for (int b = 0; b < 3; b++) {
                model.ragLevel[r][b] = model.level(bands.get(b).getLevel());
            }
        }
    }

    /** The shortfall of the value the engine rated (after treatments and imputation), or null without one. */
    private static BigDecimal shortfall(Indicator indicator, BigDecimal target, NodeResult result) {
        if (result == null || result.inputs().isEmpty()) {
            return null;
        }
        Contribution input = result.inputs().get(0);
        if (input.value() == null) {
            return null;
        }
        BigDecimal value = BigDecimal.valueOf(input.value());
        return indicator.getPolarity() == Polarity.LOWER_IS_BETTER ? value.subtract(target) : target.subtract(value);
    }

    /** Rates every RAG leaf of {@code variant} with this draw's tolerances ({@code tolerance[rag][green, amber]}). */
    static void rate(RatingModel model, int variant, double[][] tolerance, double[][][] leaves) {
        for (int l = 0; l < model.leafRag.length; l++) {
            int r = model.leafRag[l];
            if (r < 0) {
                continue;
            }
            double[] shortfalls = model.leafShortfall[variant][l];
            double[] values = leaves[variant][l];
            double green = tolerance[r][0] * model.leafTarget[l];
            double amber = tolerance[r][1] * model.leafTarget[l];
            for (int c = 0; c < values.length; c++) {
                double shortfall = shortfalls[c];
                int band = shortfall != shortfall ? -1
                    : atMost(model, variant, l, c, green, tolerance[r][0]) ? 2
                    : atMost(model, variant, l, c, amber, tolerance[r][1]) ? 1 : 0;
                int level = band < 0 ? -1 : model.ragLevel[r][band];
                values[c] = level < 0 ? Double.NaN : model.levelValue[level];
            }
        }
    }

    /** Whether council c's shortfall is at most {@code fraction} x |target| ({@code bound} in binary). */
    private static boolean atMost(RatingModel model, int variant, int l, int c, double bound, double fraction) {
        double shortfall = model.leafShortfall[variant][l][c];
        if (!RatingArithmetic.near(shortfall, bound)) {
            return shortfall <= bound;
        }
        BigDecimal exact = BigDecimal.valueOf(fraction).multiply(model.leafTargetExact[l]);
        return model.leafShortfallExact[variant][l][c].compareTo(exact) <= 0;
    }
}
